#pragma once

#include "labstate.h"
#include "model/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>

namespace studio {

// Makes one simulated host of the lab: a network namespace with its NIC on the underlay bridge,
// its own Open vSwitch (ovsdb-server, ovs-vswitchd, br-phy with the underlay address) and its own
// sshd. Each thing made is recorded in the lab's state file at once, so "lab down" removes it even
// when a later step fails.
class LabHostSetup
{
public:
    using Progress = std::function<void(const QString &)>;

    // Adds host number n (lab<n> at Lab::hostAddress(n)) to state and brings it up.
    static Status add(LabState &state, int n, const Progress &progress);
    // Starts the host's sshd (its config written already) and records its PID in place of an
    // earlier one; the caller saves the state.
    static Status startSshd(LabHost &host);

    // An ed25519 key pair at path (and path.pub), made unless both exist.
    static Status ensureKey(const QString &path, const QString &comment);
    // Writes a file atomically; permissions applied when given.
    static Status writeFile(const QString &path, const QByteArray &data,
                            QFile::Permissions permissions = {});

private:
    static QByteArray sshdConfig(const LabHost &host, const QString &keyDir);
};

} // namespace studio
