#pragma once

#include "plan.h"

#include "model/topology.h"

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
// docker run if the container does not exist, docker start if it is stopped.
PlanStep runContainer(const Container &c, const QString &topology, const QString &host);
PlanStep removeContainer(const QString &name, const QString &bridge, const QString &interfaceName);
PlanStep attachContainer(const Container &c, const Bridge &b, const QString &gateway);
PlanStep detachContainer(const QString &name, const QString &bridge, const QString &interfaceName);

// The fast style (see PlanStyle): the same results, fewer processes and round trips.
constexpr int kContainersAtOnce = 8; // docker runs side by side on one host

// Starts every container (docker run if missing, docker start if stopped), at most
// kContainersAtOnce at a time; a container that fails is reported with its output and the host
// goes on (continueOnFailure), so the others still get plugged.
PlanStep startContainers(const std::vector<const Container *> &containers, const QString &topology,
                         const QString &host);
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
// pair made with one `ip -batch`, every port added in ONE ovs-vsctl transaction and tagged as
// ovs-docker tags it (interface external_ids container_id, container_iface) plus our topology tag
// on the port; inside each container (nsenter) the name, MTU, address, default route, and
// arp_notify, so the kernel announces the address (gratuitous ARP) as the link comes up and peers
// that knew an earlier container under that address learn its new MAC at once. A container that
// is not running is reported and left out (continueOnFailure).
PlanStep plugContainers(const std::vector<Plug> &plugs, const QString &topology,
                        const QString &host);
// Removes containers with one `docker rm -f` (Docker removes them side by side); their veth pairs
// go with their network namespaces.
PlanStep removeContainers(const QStringList &names);
// Deletes the host ends of veth pairs (their container ends go with them): unplugs containers
// that keep running; the OVS ports are deleted in the host's OVS transaction.
PlanStep deleteLinks(const QStringList &links, const QStringList &containers);
// Firewall rules (isolation, NAT, routing): see firewall.h.

} // namespace studio::steps
