#pragma once

#include "model/result.h"
#include "model/topology.h"

#include <QList>
#include <QString>

#include <functional>

namespace studio {

// A process the lab started, remembered with the name and start time it had, so it is stopped by
// PID and only while that PID still is that process (a PID is reused once its process is gone).
struct LabProcess
{
    qint64 pid = 0;
    QString command;       // /proc/PID/comm when started, e.g. "ovs-vswitchd"
    quint64 startTime = 0; // /proc/PID/stat field 22: clock ticks after boot; 0 = unknown
};

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
};

struct LabOptions
{
    int hosts = 2;
    QString runDir = QStringLiteral("/run/overlaystudio-lab");
    // Host keys and the client key live here and are reused, so a host keeps its key from one
    // lab to the next and the known_hosts entries stay valid.
    QString keyDir = QStringLiteral("/var/lib/overlaystudio/lab");
    QString image; // empty: build kDefaultImage from busybox-static if it is missing
    // Also record the hosts' keys in this known_hosts file (the one deploy uses); empty: don't.
    QString knownHostsToUpdate;
};

struct LabHostStatus
{
    QString name;
    QString address;
    bool netnsPresent = false;
    QStringList deadProcesses; // names of lab processes no longer running
    bool sshReachable = false;
};

class Lab
{
    Q_DECLARE_TR_FUNCTIONS(studio::Lab)

public:
    static constexpr int kMaxHosts = 200;
    static QString defaultImage() { return QStringLiteral("overlaystudio/busybox:lab"); }
    static QString hostAddress(int n) { return QStringLiteral("198.18.0.%1").arg(n); }

    using Progress = std::function<void(const QString &)>;

    static Result<LabState> up(const LabOptions &options, const Progress &progress = {});
    // Runs as root and trusts nothing in RUNDIR/state.json beyond what it can check: it removes
    // only directories below runDir, only the lab's own namespaces, links and rule (by their
    // fixed names), and stops only processes whose PID, name and start time all match.
    static Status down(const QString &runDir, const Progress &progress = {});
    static Result<LabState> load(const QString &runDir);

    // /proc/PID/stat field 22, 0 when there is no such process.
    static quint64 processStartTime(qint64 pid);
    // Whether the PID still is the process recorded: same name, same start time, not a zombie.
    static bool isOurProcess(const LabProcess &process);
    static Result<QList<LabHostStatus>> status(const QString &runDir);

    // Faults for tests: stops a host's sshd and drops the connections it serves (by PID), as a
    // host that goes away would; startSshd starts it again and records its new PID, so
    // "lab down" still stops it.
    static Status stopSshd(const QString &runDir, const QString &host);
    static Status startSshd(const QString &runDir, const QString &host);

    // A topology whose hosts are the lab's hosts (key auth as root, netdev datapath), to start
    // a design from.
    static Topology topologyFor(const LabState &state, const QString &name);
};

} // namespace studio
