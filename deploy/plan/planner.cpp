#include "planner.h"

#include "steps.h"
#include "tags.h"

#include "model/addresses.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QSet>

namespace studio {

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(studio::Planner)
};

namespace {

RemoteCommand run(std::initializer_list<QString> argv)
{
    return RemoteCommand::run(QStringList(argv));
}

// Everything about the topology the per-host planners need, computed once.
struct Context
{
    const Topology &t;
    QString tag;                      // the topology name, value of every tag
    QSet<ObjectId> splitHorizonLinks; // links of full-mesh segments
};

Result<Context> prepare(const Topology &topology)
{
    const QList<Problem> problems = validate(topology);
    if (hasErrors(problems)) {
        int errors = 0;
        const Problem *first = nullptr;
        for (const Problem &p : problems) {
            if (p.severity == Severity::Error && ++errors == 1)
                first = &p;
        }
        return Error{
            topology.displayName(first->object),
            Planner::tr("the topology has %n error(s) and cannot be planned; the first: %1",
                        nullptr, errors)
                .arg(first->text()),
            Planner::tr("Fix the problems listed by validation.")};
    }
    return Context{topology, topology.name, splitHorizonLinks(topology)};
}

HostPlan applyHost(const Context &c, const Host &host)
{
    const Topology &t = c.t;
    HostPlan plan{host.id, host.name, host.managementAddress, {}};
    const auto bridges = t.bridgesOf(host.id);
    const auto tunnels = tunnelEndsOn(t, host.id);

    // 1. One OVS transaction for bridges, gateway ports and tunnels: nothing in between depends
    //    on them, and each separate ovs-vsctl call costs a database round trip.
    if (!bridges.empty()) {
        QList<QStringList> ops;
        QStringList details;
        for (const Bridge *b : bridges) {
            ops << steps::addBridge(*b, host.datapath, c.tag) << steps::addGatewayPort(*b, c.tag);
            details << describeBridge(*b, host.datapath) << describeGatewayPort(*b);
        }
        for (const TunnelEnd &e : tunnels) {
            const bool splitHorizon = c.splitHorizonLinks.contains(e.link->id);
            ops << steps::addTunnel(e.local->name, e.port, e.remoteAddress, e.localAddress,
                                    e.link->vni, e.link->udpPort, splitHorizon, c.tag);
            details << describeTunnel(t, e, splitHorizon);
        }
        plan.steps.push_back(
            {tunnels.empty()
                 ? Planner::tr("Create the Open vSwitch bridges and their gateway ports "
                               "(one transaction).")
                 : Planner::tr("Create the Open vSwitch bridges, their gateway ports and "
                               "the VXLAN tunnel ports (one transaction)."),
             details, steps::ovsTransaction(ops), kNoObject});
    }

    // 2. Gateway addresses, as in the guide; "replace" instead of "add" so a second run succeeds.
    for (const Bridge *b : bridges) {
        plan.steps.push_back(steps::gatewayAddress(*b));
        plan.steps.push_back(steps::gatewayLinkUp(*b));
    }

    // 3. Containers with no network of their own, then their ports on the bridges.
    const auto containers = t.containersOf(host.id);
    for (const Container *ct : containers)
        plan.steps.push_back(steps::runContainer(*ct, c.tag, host.name));
    for (const Container *ct : containers) {
        if (const Bridge *b = t.bridge(ct->bridge))
            plan.steps.push_back(steps::attachContainer(*ct, *b, gatewayOf(t, *ct)));
    }

    // 4. NAT (guide step 6) for bridges that ask for it.
    bool forwardingEnabled = false;
    for (const Bridge *b : bridges) {
        if (!b->nat)
            continue;
        if (!forwardingEnabled) {
            forwardingEnabled = true;
            plan.steps.push_back(steps::enableForwarding());
        }
        const auto rules = steps::natRules(*b, subnetOf(*b), c.tag);
        const QStringList what = steps::natRuleDescriptions(*b, subnetOf(*b));
        for (std::size_t i = 0; i < rules.size(); ++i)
            plan.steps.push_back(steps::appendRule(rules[i], what[int(i)], b->id));
    }
    return plan;
}

HostPlan teardownHost(const Context &c, const Host &host)
{
    const Topology &t = c.t;
    HostPlan plan{host.id, host.name, host.managementAddress, {}};
    const auto bridges = t.bridgesOf(host.id);

    // Containers first: only those carrying our label, so a same-named container of someone else
    // survives.
    for (const Container *ct : t.containersOf(host.id)) {
        const RemoteCommand ours
            = run({QStringLiteral("docker"), QStringLiteral("container"), QStringLiteral("inspect"),
                   QStringLiteral("--format"),
                   QStringLiteral("{{index .Config.Labels \"%1\"}}").arg(tags::dockerLabel()),
                   ct->name})
                  .withoutStderr()
                  .pipeTo(run({QStringLiteral("grep"), QStringLiteral("-qxF"), QStringLiteral("--"),
                               c.tag}));
        const Bridge *b = t.bridge(ct->bridge);
        PlanStep step
            = steps::removeContainer(ct->name, b ? b->name : QString(), ct->interfaceName);
        step.explanation
            = Planner::tr("Remove container %1 and its port, if OverlayStudio created it.")
                  .arg(ct->name);
        step.command = RemoteCommand::ifThen(ours, step.command);
        step.object = ct->id;
        plan.steps.push_back(step);
    }

    // NAT rules, matched by their comment so only ours go.
    for (const Bridge *b : bridges) {
        if (!b->nat)
            continue;
        for (const QStringList &rule : steps::natRules(*b, subnetOf(*b), c.tag))
            plan.steps.push_back(steps::deleteRule(
                rule,
                Planner::tr("Remove the NAT rule for %1 that OverlayStudio added.")
                    .arg(b->gatewayPort),
                b->id));
    }

    // Bridges last: deleting a bridge removes its gateway and tunnel ports and their addresses.
    for (const Bridge *b : bridges) {
        const RemoteCommand ours
            = run({QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                   QStringLiteral("--columns=name"), QStringLiteral("find"),
                   QStringLiteral("bridge"), QStringLiteral("name=") + b->name,
                   QStringLiteral("external_ids:") + tags::ovsKey() + QLatin1Char('=') + c.tag})
                  .pipeTo(run({QStringLiteral("grep"), QStringLiteral("-qxF"), QStringLiteral("--"),
                               b->name}));
        plan.steps.push_back(
            {Planner::tr(
                 "Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.")
                 .arg(b->name),
             {},
             RemoteCommand::ifThen(ours, steps::ovsTransaction({steps::deleteBridge(b->name)})),
             b->id});
    }
    return plan;
}

Result<Plan> makePlan(const Topology &topology, PlanKind kind)
{
    auto context = prepare(topology);
    if (!context)
        return context.error();
    Plan plan;
    plan.kind = kind;
    plan.topologyName = topology.name;
    plan.hosts.reserve(topology.hosts().size());
    for (const Host &h : topology.hosts())
        plan.hosts.push_back(kind == PlanKind::Apply ? applyHost(context.value(), h)
                                                     : teardownHost(context.value(), h));
    return plan;
}

} // namespace

QString subnetOf(const Bridge &b)
{
    QString ignored;
    const auto cidr = parseIpv4Cidr(b.gatewayAddress, &ignored);
    return cidr ? cidr->subnetText() : b.gatewayAddress;
}

QString gatewayOf(const Topology &t, const Container &c)
{
    if (!c.gateway.isEmpty())
        return c.gateway;
    const Bridge *b = t.bridge(c.bridge);
    QString ignored;
    const auto cidr = b ? parseIpv4Cidr(b->gatewayAddress, &ignored) : std::nullopt;
    return cidr ? cidr->address.toString() : QString();
}

std::vector<TunnelEnd> tunnelEndsOn(const Topology &t, ObjectId hostId)
{
    std::vector<TunnelEnd> ends;
    for (const VxlanLink &l : t.links()) {
        const Bridge *a = t.bridge(l.bridgeA);
        const Bridge *b = t.bridge(l.bridgeB);
        if (!a || !b || a->host == b->host)
            continue;
        const QString local = t.host(hostId)->underlayAddress;
        if (a->host == hostId)
            ends.push_back({&l, a, b, l.portA, t.host(b->host)->effectiveUnderlayAddress(), local});
        else if (b->host == hostId)
            ends.push_back({&l, b, a, l.portB, t.host(a->host)->effectiveUnderlayAddress(), local});
    }
    return ends;
}

QSet<ObjectId> splitHorizonLinks(const Topology &topology)
{
    QSet<ObjectId> links;
    for (const Segment &s : segments(topology)) {
        if (s.isFullMesh()) {
            for (ObjectId l : s.links)
                links.insert(l);
        }
    }
    return links;
}

QString describeBridge(const Bridge &b, Datapath datapath)
{
    return datapath == Datapath::Netdev
               ? Planner::tr("%1: a virtual switch, using the userspace datapath (netdev)")
                     .arg(b.name)
               : Planner::tr("%1: a virtual switch").arg(b.name);
}

QString describeGatewayPort(const Bridge &b)
{
    return Planner::tr("%1: an internal port of %2, the gateway that containers on %3 route "
                       "through (MTU %4)")
        .arg(b.gatewayPort, b.name, subnetOf(b))
        .arg(b.mtu);
}

QString describeTunnel(const Topology &t, const TunnelEnd &e, bool splitHorizon)
{
    return Planner::tr("%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7")
        .arg(e.port, e.local->name, t.displayName(e.remote->id), e.remoteAddress)
        .arg(e.link->vni)
        .arg(e.link->udpPort)
        .arg(splitHorizon ? Planner::tr("; protected, so frames from one tunnel never flood into "
                                        "another (full mesh)")
                          : QString());
}

Result<Plan> planApply(const Topology &topology)
{
    return makePlan(topology, PlanKind::Apply);
}

Result<Plan> planTeardown(const Topology &topology)
{
    return makePlan(topology, PlanKind::Teardown);
}

} // namespace studio
