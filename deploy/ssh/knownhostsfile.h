#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace studio {

// OverlayStudio's own known_hosts file, shared by the GUI and the CLI:
// ~/.local/share/overlaystudio/known_hosts.
inline QString defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/overlaystudio/known_hosts");
}

// Edits a known_hosts file (OpenSSH format: "address keytype base64key" per line) for hosts whose
// keys we know for certain, such as the local lab's: the keys were made on this machine, so
// recording them is no trust-on-first-use. SshSession checks keys against the same file.
class KnownHostsFile
{
public:
    explicit KnownHostsFile(const QString &path)
        : m_path(path)
    {}

    // One line for a public key file's content ("ssh-ed25519 AAAA... comment").
    static QByteArray entry(const QString &address, const QByteArray &publicKey);

    // Drops every line of these addresses and appends `entries`, keeping all other lines; the file
    // (and its directory) is created if missing, readable by its owner only.
    Status replaceHosts(const QStringList &addresses, const QByteArray &entries) const;
    // Makes the file hold exactly `entries`.
    Status replaceAll(const QByteArray &entries) const;

private:
    Status write(const QByteArray &data) const;

    QString m_path;
};

} // namespace studio
