#pragma once

#include "hoststate.h"

#include "plan/plan.h"

#include "model/topology.h"

#include <QSet>

namespace studio {

struct ObjectStatus
{
    enum class State { InSync, Drift, Missing, Extra };
    State state = State::InSync;
    ObjectId object = kNoObject; // kNoObject for extras (not in the design)
    QString name;                // "br0", "vxlan0", "container1", "NAT veth0"
    QString detail;              // what differs
};

QString stateText(ObjectStatus::State state);

struct Reconciliation
{
    std::vector<PlanStep> steps;      // only what must change, in a safe order
    QStringList conflicts;            // objects in the way that are not ours: the host is refused
    std::vector<ObjectStatus> status; // every object of the design on this host, and our extras
};

// What it takes to make one host match the design: reads the probed state, changes only what
// differs, removes what we made there that the design no longer has. Pure: no I/O.
// The style says how containers are started, plugged and unplugged; either style recognises what
// the other made.
Reconciliation reconcileApply(const Topology &topology, const Host &host, const HostState &state,
                              PlanStyle style = PlanStyle::Fast);
// Everything this topology made on the host, found by its tags, removed.
// host: its name in the design (where the fast style kept the containers' files).
Reconciliation reconcileDestroy(const QString &topology, const QString &host,
                                const HostState &state, PlanStyle style = PlanStyle::Fast);

} // namespace studio
