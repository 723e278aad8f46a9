#pragma once

#include "model/topology.h"

#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

namespace studio {

// Passwords typed for SSH hosts, kept in memory only (never written anywhere) and keyed by the
// server they were typed for, "user@address:port": a password typed for one server is never sent
// to another that happens to carry the same host name in another file, or after the address was
// edited. A password the server refused is forgotten, so it can be typed again; the owner drops
// all of them when the document changes. Safe to use from several deploy workers at once.
class CredentialCache
{
public:
    // "root@198.18.0.1:22", "admin@[fd00::1]:2222"; DNS names and IPv6 letters in lower case.
    static QString keyFor(const QString &user, const QString &address, int port);
    static QString keyFor(const Host &host);

    std::optional<QString> password(const QString &key) const;
    void remember(const QString &key, const QString &password);
    void forget(const QString &key); // e.g. the server refused it
    void clear();                    // e.g. another document was opened
    int size() const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, QString> m_passwords;
};

} // namespace studio
