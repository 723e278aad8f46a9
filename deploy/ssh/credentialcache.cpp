#include "credentialcache.h"

namespace studio {

namespace {

// Overwrites the characters before the string is released: a best effort to keep a forgotten
// password out of freed memory.
void wipe(QString &secret)
{
    secret.fill(QChar(0));
    secret.clear();
}

} // namespace

QString CredentialCache::keyFor(const QString &user, const QString &address, int port)
{
    const QString host = address.trimmed().toLower();
    const QString bracketed
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1@%2:%3").arg(user, bracketed).arg(port);
}

QString CredentialCache::keyFor(const Host &host)
{
    return keyFor(host.user, host.managementAddress, host.sshPort);
}

std::optional<QString> CredentialCache::password(const QString &key) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_passwords.constFind(key);
    if (it == m_passwords.constEnd())
        return std::nullopt;
    return *it;
}

void CredentialCache::remember(const QString &key, const QString &password)
{
    const std::lock_guard lock(m_mutex);
    auto it = m_passwords.find(key);
    if (it != m_passwords.end())
        wipe(*it);
    m_passwords.insert(key, password);
}

void CredentialCache::forget(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    auto it = m_passwords.find(key);
    if (it == m_passwords.end())
        return;
    wipe(*it);
    m_passwords.erase(it);
}

void CredentialCache::clear()
{
    const std::lock_guard lock(m_mutex);
    for (QString &secret : m_passwords)
        wipe(secret);
    m_passwords.clear();
}

int CredentialCache::size() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_passwords.size());
}

} // namespace studio
