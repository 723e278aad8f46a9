#include "planner.h"

#include "firewall.h"
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
    PlanStyle style = PlanStyle::Fast;
};

Result<Context> prepare(const Topology &topology, PlanStyle style)
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
    return Context{topology, topology.name, splitHorizonLinks(topology), style};
}

HostPlan applyHost(const Context &c, const Host &host)
{
    const Topology &t = c.t;
    HostPlan plan{host.id, host.name, host.managementAddress, {}};
    const auto bridges = t.bridgesOf(host.id);
    const auto tunnels = tunnelEndsOn(t, host.id);
    const std::vector<FirewallRule> rules = firewall::rulesFor(t, host);

    // 0. Isolation first: every segment is closed to forwarding before it exists, so it never
    //    is open, even for a moment, on a host that forwards (every Docker host does).
    for (const FirewallRule &r : rules) {
        if (r.isolation)
            plan.steps.push_back(r.addStep());
    }

    // 1. One OVS transaction for bridges, gateway ports and tunnels: nothing in between depends
    //    on them, and each separate ovs-vsctl call costs a database round trip.
    if (!bridges.empty()) {
        QList<QStringList> ops;
        QStringList details;
        for (const Bridge *b : bridges) {
            ops << steps::addBridge(*b, host.datapath, c.tag) << steps::addGatewayPort(*b, c.tag);
            details << describeBridge(*b, host.datapath) << describeGatewayPort(*b);
        }
        std::vector<ObjectId> created;
        for (const Bridge *b : bridges)
            created.push_back(b->id);
        for (const TunnelEnd &e : tunnels) {
            const bool splitHorizon = c.splitHorizonLinks.contains(e.link->id);
            ops << steps::addTunnel(e.local->name, e.port, e.remoteAddress, e.localAddress,
                                    e.link->vni, e.link->udpPort, splitHorizon, c.tag);
            details << describeTunnel(t, e, splitHorizon);
            created.push_back(e.link->id);
        }
        PlanStep step{tunnels.empty()
                          ? Planner::tr("Create the Open vSwitch bridges and their gateway ports "
                                        "(one transaction).")
                          : Planner::tr("Create the Open vSwitch bridges, their gateway ports and "
                                        "the VXLAN tunnel ports (one transaction)."),
                      details, steps::ovsTransaction(ops), kNoObject};
        step.creates = created;
        plan.steps.push_back(step);
    }

    // 2. Gateway addresses, as in the guide; "replace" instead of "add" so a second run succeeds.
    for (const Bridge *b : bridges) {
        plan.steps.push_back(steps::gatewayAddress(*b));
        plan.steps.push_back(steps::gatewayLinkUp(*b));
    }

    // 3. Containers with no network of their own, then their ports on the bridges.
    const auto containers = t.containersOf(host.id);
    if (c.style == PlanStyle::Guide) {
        for (const Container *ct : containers)
            plan.steps.push_back(steps::runContainer(*ct, c.tag, host.name));
        for (const Container *ct : containers) {
            if (const Bridge *b = t.bridge(ct->bridge))
                plan.steps.push_back(steps::attachContainer(*ct, *b, gatewayOf(t, *ct)));
        }
    } else if (!containers.empty()) {
        plan.steps.push_back(steps::startContainers(containers, c.tag, host.name));
        std::vector<steps::Plug> plugs;
        for (const Container *ct : containers) {
            if (const Bridge *b = t.bridge(ct->bridge))
                plugs.push_back({ct, b, gatewayOf(t, *ct)});
        }
        if (!plugs.empty())
            plan.steps.push_back(steps::plugContainers(plugs, c.tag, host.name));
    }

    // 4. NAT (guide step 6) where a bridge asks for it, routing where the design chooses it.
    if (firewall::needsForwarding(t, host))
        plan.steps.push_back(firewall::enableForwarding());
    for (const FirewallRule &r : rules) {
        if (!r.isolation)
            plan.steps.push_back(r.addStep());
    }
    return plan;
}

// $1: the topology; then the design's bridges. Deletes, in one transaction, those that carry our
// tag. Fixed text: the names arrive as quoted arguments.
const char kDeleteBridgesScript[] = R"SH(tag=$1; shift
nl="
"
ours=$nl$(ovs-vsctl --bare --columns=name find bridge "external_ids:overlaystudio-topology=$tag")$nl
n=$#
for b in "$@"; do
  case $ours in *"$nl$b$nl"*) set -- "$@" -- --if-exists del-br "$b" ;; esac
done
shift "$n"
[ $# -eq 0 ] || ovs-vsctl "$@"
)SH";

HostPlan teardownHost(const Context &c, const Host &host)
{
    const Topology &t = c.t;
    HostPlan plan{host.id, host.name, host.managementAddress, {}};
    const auto bridges = t.bridgesOf(host.id);
    const bool guide = c.style == PlanStyle::Guide;

    // Containers first: only those carrying our label, so a same-named container of someone else
    // survives. The name is compared too: with no container of that name, Docker would answer
    // for one whose ID begins with it.
    if (guide) {
        for (const Container *ct : t.containersOf(host.id)) {
            const RemoteCommand ours
                = run({QStringLiteral("docker"), QStringLiteral("container"),
                       QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.Name}} {{index .Config.Labels \"%1\"}}")
                           .arg(tags::dockerLabel()),
                       ct->name})
                      .withoutStderr()
                      .pipeTo(
                          run({QStringLiteral("grep"), QStringLiteral("-qxF"), QStringLiteral("--"),
                               QLatin1Char('/') + ct->name + QLatin1Char(' ') + c.tag}));
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
    } else if (!t.containersOf(host.id).empty()) {
        // Found by both labels, exactly (Docker's label filter compares whole values); one
        // docker rm removes them side by side, and their veth pairs go with them.
        const RemoteCommand ours = run(
            {QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-aq"),
             QStringLiteral("--filter"),
             QStringLiteral("label=") + tags::dockerLabel() + QLatin1Char('=') + c.tag,
             QStringLiteral("--filter"),
             QStringLiteral("label=") + tags::dockerHostLabel() + QLatin1Char('=') + host.name});
        plan.steps.push_back(
            {Planner::tr("Remove the containers OverlayStudio created on %1 (labelled with the "
                         "topology and the host), side by side.")
                 .arg(host.name),
             {},
             ours.pipeTo(run({QStringLiteral("xargs"), QStringLiteral("-r"),
                              QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f")})
                             .withoutStdout()),
             kNoObject});
    }

    // The files the fast style kept for the containers (a guide-style destroy may follow a
    // fast apply).
    if (!t.containersOf(host.id).empty())
        plan.steps.push_back(steps::removeContainerFiles(c.tag, host.name));

    // Firewall rules, matched by their comment (and every other word) so only ours go: what
    // opens a segment (NAT, routing) now, its isolation only once the bridges are gone.
    const std::vector<FirewallRule> rules = firewall::rulesFor(t, host);
    const auto removeRule = [&plan](const FirewallRule &r) {
        PlanStep step = r.deleteStep();
        step.explanation
            = Planner::tr("Remove the rule for %1 that OverlayStudio added.").arg(r.what);
        plan.steps.push_back(step);
    };
    for (const FirewallRule &r : rules) {
        if (!r.isolation)
            removeRule(r);
    }

    // Bridges last: deleting a bridge removes its gateway, tunnel and container ports and their
    // addresses.
    if (guide) {
        for (const Bridge *b : bridges) {
            const RemoteCommand ours
                = run({QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                       QStringLiteral("--columns=name"), QStringLiteral("find"),
                       QStringLiteral("bridge"), QStringLiteral("name=") + b->name,
                       QStringLiteral("external_ids:") + tags::ovsKey() + QLatin1Char('=') + c.tag})
                      .pipeTo(run({QStringLiteral("grep"), QStringLiteral("-qxF"),
                                   QStringLiteral("--"), b->name}));
            plan.steps.push_back(
                {Planner::tr("Delete bridge %1 with its gateway and tunnel ports, if "
                             "OverlayStudio created it.")
                     .arg(b->name),
                 {},
                 RemoteCommand::ifThen(ours, steps::ovsTransaction({steps::deleteBridge(b->name)})),
                 b->id});
        }
    } else if (!bridges.empty()) {
        QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"),
                         QString::fromLatin1(kDeleteBridgesScript),
                         QStringLiteral("overlaystudio-teardown"), c.tag};
        QStringList names;
        for (const Bridge *b : bridges)
            names << b->name;
        plan.steps.push_back(
            {Planner::tr("Delete bridges %1 with all their ports, those OverlayStudio created "
                         "(one transaction).")
                 .arg(names.join(QStringLiteral(", "))),
             {},
             RemoteCommand::run(argv + names),
             kNoObject});
    }
    for (const FirewallRule &r : rules) {
        if (r.isolation)
            removeRule(r);
    }
    return plan;
}

Result<Plan> makePlan(const Topology &topology, PlanKind kind, PlanStyle style)
{
    auto context = prepare(topology, style);
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
    // Plans are made of validated topologies; an invalid address is shown as it was typed.
    const auto cidr = parseIpv4Cidr(b.gatewayAddress);
    return cidr ? cidr.value().subnetText() : b.gatewayAddress;
}

QString gatewayOf(const Topology &t, const Container &c)
{
    if (!c.gateway.isEmpty())
        return c.gateway;
    const Bridge *b = t.bridge(c.bridge);
    if (!b)
        return {};
    const auto cidr = parseIpv4Cidr(b->gatewayAddress); // validated before planning
    return cidr ? cidr.value().address.toString() : QString();
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

Result<Plan> planApply(const Topology &topology, PlanStyle style)
{
    return makePlan(topology, PlanKind::Apply, style);
}

Result<Plan> planTeardown(const Topology &topology, PlanStyle style)
{
    return makePlan(topology, PlanKind::Teardown, style);
}

} // namespace studio
