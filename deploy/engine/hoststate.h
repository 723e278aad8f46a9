#pragma once

#include "plan/firewall.h"
#include "plan/remotecommand.h"

#include "model/result.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace studio {

struct OvsBridgeState
{
    QString name;
    QString datapath; // "", "system" or "netdev"
    QString tag;      // our external_ids value, empty if not ours
};

struct OvsPortState
{
    QString name;
    QString bridge;
    QString tag;
    bool isProtected = false;
    QString type; // interface type: internal, vxlan, "" (system)...
    QMap<QString, QString> options;
    int mtuRequest = -1;
    QString containerId;    // interface external_ids:container_id (set by ovs-docker)
    QString containerIface; // interface external_ids:container_iface
};

struct LinkState
{
    QString name;
    int mtu = 0;
    bool up = false;
    QStringList ipv4; // "198.19.2.1/24"
};

struct ContainerState
{
    QString name;
    QString id; // Docker's full ID (empty in reports from before it was read)
    QString image;
    QString state; // running, exited, created...
    bool running() const { return state == QLatin1String("running"); }
    // How commands name it: by ID, since a name that is gone by then would match any container
    // whose ID begins with it.
    QString ref() const { return id.isEmpty() ? name : id; }
    QHash<QString, LinkState> links; // inside the container (running ones only)
    QString defaultGateway;
};

// What exists on one host, as far as a topology is concerned, read in one round trip.
struct HostState
{
    QStringList missingPrograms;
    QStringList missingTools; // needed by some features only (tcpdump: Capture); not in the way
    QStringList missingImages;
    QHash<QString, OvsBridgeState> bridges;    // every bridge
    QHash<QString, OvsPortState> ports;        // every port, by name
    QHash<QString, LinkState> links;           // host interfaces
    QHash<QString, ContainerState> containers; // ours (topology and host labels match)
    QHash<QString, QString> otherContainers;   // name -> "topology/host" labels, for conflicts
    std::vector<FirewallRule> firewallRules;   // ours (exact tag), in each chain's order
    bool ipForward = false;
    // /etc/machine-id: hosts on one machine (the local lab's namespaces) share its Docker engine.
    QString machineId;
    // Containers whose /etc/hosts and /etc/resolv.conf the fast style keeps on this host (names
    // of the folders in steps::containerFilesDir()).
    QStringList containerFiles;

    QStringList portsOfBridge(const QString &bridge) const;
    const OvsPortState *containerPort(const QString &container, const QString &iface) const;
    // The port ovs-docker made for any interface of the container, if there is one.
    const OvsPortState *portOfContainer(const QString &container) const;
};

// The read-only command that prints a host's state. The script is fixed text; the topology and host
// names reach it as quoted positional arguments, never as script text.
// Destroy needs neither the images nor each container's own network (one docker inspect and an
// nsenter per container less).
enum class ProbeFor { ApplyOrStatus, Destroy };
RemoteCommand probeCommand(const QString &topology, const QString &host,
                           ProbeFor purpose = ProbeFor::ApplyOrStatus);
// Parses its output (for the same topology, host and images); a section that cannot be read is an
// error naming it.
Result<HostState> parseProbe(const QByteArray &output, const QString &topology, const QString &host,
                             const QStringList &requestedImages);

} // namespace studio
