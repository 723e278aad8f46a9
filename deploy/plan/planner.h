#pragma once

#include "plan.h"

#include "model/result.h"
#include "model/topology.h"

#include <QSet>

namespace studio {

// Pure functions: a topology in, the commands that build (or remove) it on each host out. A
// topology with validation errors gives an error and no plan: only validated names and addresses
// ever reach a command, and every value is quoted as well.
Result<Plan> planApply(const Topology &topology, PlanStyle style = PlanStyle::Fast);
Result<Plan> planTeardown(const Topology &topology, PlanStyle style = PlanStyle::Fast);

// Shared with the reconciler.
struct TunnelEnd
{
    const VxlanLink *link;
    const Bridge *local;
    const Bridge *remote;
    QString port;          // tunnel port on the local host
    QString remoteAddress; // underlay address of the remote host
    QString localAddress;  // this host's underlay address if set explicitly, else empty
};
std::vector<TunnelEnd> tunnelEndsOn(const Topology &t, ObjectId host);
QSet<ObjectId> splitHorizonLinks(const Topology &topology); // links of full-mesh segments
QString subnetOf(const Bridge &b);                          // "10.2.2.0/24"
QString gatewayOf(const Topology &t, const Container &c);   // its gateway, or its bridge's
QString describeBridge(const Bridge &b, Datapath datapath);
QString describeGatewayPort(const Bridge &b);
QString describeTunnel(const Topology &t, const TunnelEnd &e, bool splitHorizon);

} // namespace studio
