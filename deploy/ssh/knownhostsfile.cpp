#include "knownhostsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace studio {

namespace {

// Its messages keep the lab's translation context, where they were first written.
class KnownHostsText
{
    Q_DECLARE_TR_FUNCTIONS(studio::Lab)
};

} // namespace

QByteArray KnownHostsFile::entry(const QString &address, const QByteArray &publicKey)
{
    const QList<QByteArray> fields = publicKey.trimmed().split(' ');
    return address.toUtf8() + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n';
}

Status KnownHostsFile::replaceHosts(const QStringList &addresses, const QByteArray &entries) const
{
    QByteArray kept;
    QFile old(m_path);
    if (old.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : old.readAll().split('\n')) {
            const QByteArray host = line.split(' ').value(0);
            if (line.trimmed().isEmpty() || addresses.contains(QString::fromUtf8(host)))
                continue;
            kept += line + '\n';
        }
    }
    return write(kept + entries);
}

Status KnownHostsFile::replaceAll(const QByteArray &entries) const
{
    return write(entries);
}

Status KnownHostsFile::write(const QByteArray &data) const
{
    QFileInfo(m_path).dir().mkpath(QStringLiteral("."));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.flush()
        || !f.commit()) // flush: close ignores a failed final write
        return Error{m_path, KnownHostsText::tr("cannot be written: %1").arg(f.errorString()), {}};
    // Whose keys are trusted is the owner's business only.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return success();
}

} // namespace studio
