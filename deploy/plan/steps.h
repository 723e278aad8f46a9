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
// Firewall rules (isolation, NAT, routing): see firewall.h.

} // namespace studio::steps
