#pragma once

#include "plan.h"

#include "model/topology.h"

#include <QHash>

#include <optional>

namespace studio::steps {

// Building blocks shared by the full plan (planner) and the diff-based apply (reconciler), so both
// speak the guide's commands. `topology` and `host` are the tag values.

// ovs-vsctl operations, each without the program name; ovsTransaction joins them with "--" into
// one call: one database round trip instead of one per operation.
QStringList addBridge(const Bridge &b, Datapath datapath, const QString &topology);
QStringList setDatapath(const QString &bridge, Datapath datapath);
QStringList addGatewayPort(const Bridge &b, const QString &topology);
// localIp: the host's own VTEP address when it is set explicitly (empty: the route decides).
QStringList addTunnel(const QString &bridge, const QString &port, const QString &remoteIp,
                      const QString &localIp, quint32 vni, int udpPort, bool splitHorizon,
                      const QString &topology);
QStringList removeTunnelOption(const QString &port, const QString &option);
QStringList deletePort(const QString &bridge, const QString &port);
QStringList deleteBridge(const QString &bridge);
RemoteCommand ovsTransaction(const QList<QStringList> &operations);

PlanStep gatewayAddress(const Bridge &b);
PlanStep removeAddress(const Bridge &b, const QString &cidr);
PlanStep gatewayLinkUp(const Bridge &b);
// Docker takes a container's name or any prefix of its ID alike, and a name wins only while it
// exists: "e5" means the container named e5, or, once that is gone, one whose ID begins "e5".
// So a command for a container that may be gone names it by its full ID (read from the host),
// and an existence check compares the name it gets back.

// docker run if the container does not exist (by exact name), docker start if it is stopped.
PlanStep runContainer(const Container &c, const QString &topology, const QString &host);
// The same when the host's state is known: stoppedId empty, runContainer's command; else
// docker start ID.
PlanStep startContainer(const Container &c, const QString &topology, const QString &host,
                        const QString &stoppedId);
// id: the container's full ID when known (else its name is used).
PlanStep removeContainer(const QString &name, const QString &bridge, const QString &interfaceName,
                         const QString &id = {});
PlanStep attachContainer(const Container &c, const Bridge &b, const QString &gateway);
PlanStep detachContainer(const QString &name, const QString &bridge, const QString &interfaceName);

// The fast style (see PlanStyle): the same results, fewer processes and round trips.
constexpr int kContainersAtOnce = 8; // docker runs side by side on one host

// Starts every container, at most kContainersAtOnce at a time: a stopped one with docker start,
// a missing one through Docker's Engine API (curl on the engine's socket) with networking
// disabled, which spares each start the network hook Docker 20.10 runs by re-executing dockerd;
// /etc/hosts and /etc/resolv.conf, which Docker then leaves out, are written as Docker writes them
// for --net=none and bound in from containerFilesDir(). Without curl or a local socket, docker run
// --net=none. A container that fails is reported with Docker's words and the host goes on
// (continueOnFailure), so the others still get plugged. stopped: when the host's state is known,
// the containers that exist, name -> full ID.
PlanStep startContainers(const std::vector<const Container *> &containers, const QString &topology,
                         const QString &host,
                         const std::optional<QHash<QString, QString>> &stopped = std::nullopt);
// Where the fast style keeps a container's /etc/hosts and /etc/resolv.conf on its host (the
// host's folder when container is empty). The names are validated: no path tricks.
QString containerFilesDir(const QString &topology, const QString &host,
                          const QString &container = {});
// Removes those files of the given containers.
PlanStep removeFilesOf(const QString &topology, const QString &host, const QStringList &containers);
// Removes a host's folder of those files, and the folders above it that are left empty.
PlanStep removeContainerFiles(const QString &topology, const QString &host);
// One container's port, as the planner sees it.
struct Plug
{
    const Container *container;
    const Bridge *bridge;
    QString gateway;
};
// The host end of a container's veth pair (the OVS port) is PREFIX_l, the container end PREFIX_c
// until it is renamed: 13 hex digits like ovs-docker's, but derived from the topology, host,
// container and interface, so the plan shows the names it will use and a re-plug reuses them.
QString portPrefix(const QString &topology, const QString &host, const QString &container,
                   const QString &interfaceName);
// Plugs every container into its bridge at once: one docker inspect for every PID, every veth
// pair made with one `ip -force -batch` (a failing line is reported for its container, the
// others go on), every port added in ONE ovs-vsctl transaction and tagged as
// ovs-docker tags it (interface external_ids container_id, container_iface) plus our topology tag
// on the port; inside each container (nsenter) the name, MTU, address, default route, and
// arp_notify, so the kernel announces the address (gratuitous ARP) as the link comes up and peers
// that knew an earlier container under that address learn its new MAC at once. A container that
// is not running is reported and left out (continueOnFailure).
PlanStep plugContainers(const std::vector<Plug> &plugs, const QString &topology,
                        const QString &host);
// Removes containers with one `docker rm -f` (Docker removes them side by side); their veth pairs
// go with their network namespaces. ids: their full IDs, in the same order (the command uses
// them when given; the explanation always names the containers).
PlanStep removeContainers(const QStringList &names, const QStringList &ids = {});
// Deletes the host ends of veth pairs (their container ends go with them): unplugs containers
// that keep running; the OVS ports are deleted in the host's OVS transaction.
PlanStep deleteLinks(const QStringList &links, const QStringList &containers);
// Firewall rules (isolation, NAT, routing): see firewall.h.

} // namespace studio::steps
