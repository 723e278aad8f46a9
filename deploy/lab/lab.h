#pragma once

#include "labstate.h"
#include "model/result.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace studio {

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
