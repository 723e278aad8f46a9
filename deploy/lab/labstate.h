#pragma once

#include "labprocess.h"
#include "model/result.h"

#include <QList>
#include <QString>

namespace studio {

struct LabHost
{
    QString name;                // lab1, lab2...
    QString netns;               // oslab-h1
    QString address;             // underlay and SSH address, 198.18.0.N
    QString rootVeth;            // the host's NIC as seen from the machine, on the underlay bridge
    QString dir;                 // its OVS run/db/log and sshd config, below the lab's run dir
    QList<LabProcess> processes; // ovsdb-server, ovs-vswitchd, sshd
};

// Everything a lab made, written to RUNDIR/state.json as it is made, so "lab down" removes
// exactly that (and a failed "lab up" rolls back exactly what it got to).
struct LabState
{
    QString runDir;
    QString keyDir;
    QString bridge;           // Linux bridge joining the hosts' NICs (the underlay)
    QString bridgeAddress;    // the machine's address on it: the underlay gateway
    bool forwardRule = false; // our iptables FORWARD accept rule for the bridge is in place
    LabProcess dockerd;       // pid 0: Docker was already running and is not ours to stop
    QString image;
    QString clientKey;  // private key the hosts accept for root
    QString knownHosts; // the hosts' keys, as a known_hosts file
    QList<LabHost> hosts;

    // The underlay bridge's fixed name: one lab at a time, and "lab down" removes no other link.
    static QString underlayBridge() { return QStringLiteral("oslab0"); }
    static QString fileIn(const QString &runDir) { return runDir + QStringLiteral("/state.json"); }
    // Writes the state to fileIn(runDir) atomically: a crash leaves the old or the new file.
    Status save() const;
    // The state recorded in runDir; an error when no lab is up there or the file is damaged.
    static Result<LabState> load(const QString &runDir);
};

} // namespace studio
