#include "planner.h"

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
    Context context{topology, topology.name, {}};
    for (const Segment &s : segments(topology)) {
        if (s.isFullMesh()) {
            for (ObjectId l : s.links)
                context.splitHorizonLinks.insert(l);
        }
    }
    return context;
}

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
    QString ignored;
    const auto cidr = parseIpv4Cidr(t.bridge(c.bridge)->gatewayAddress, &ignored);
    return cidr ? cidr->address.toString() : QString();
}

struct TunnelEnd
{
    const VxlanLink *link;
    const Bridge *local;
    const Bridge *remote;
    QString port;
};

std::vector<TunnelEnd> tunnelsOn(const Topology &t, ObjectId hostId)
{
    std::vector<TunnelEnd> ends;
    for (const VxlanLink &l : t.links()) {
        const Bridge *a = t.bridge(l.bridgeA);
        const Bridge *b = t.bridge(l.bridgeB);
        if (a->host == hostId)
            ends.push_back({&l, a, b, l.portA});
        else if (b->host == hostId)
            ends.push_back({&l, b, a, l.portB});
    }
    return ends;
}

// iptables arguments of the guide's three NAT rules for one bridge, without the verb.
std::vector<QStringList> natRules(const Context &c, const Bridge &b)
{
    const QStringList comment{QStringLiteral("--match"), QStringLiteral("comment"),
                              QStringLiteral("--comment"), tags::iptablesComment(c.tag)};
    return {
        QStringList{QStringLiteral("FORWARD"), QStringLiteral("--in-interface"), b.gatewayPort,
                    QStringLiteral("--jump"), QStringLiteral("ACCEPT")}
            + comment,
        QStringList{QStringLiteral("FORWARD"), QStringLiteral("--out-interface"), b.gatewayPort,
                    QStringLiteral("--jump"), QStringLiteral("ACCEPT")}
            + comment,
        QStringList{QStringLiteral("--table"), QStringLiteral("nat"), QStringLiteral("POSTROUTING"),
                    QStringLiteral("--source"), subnetOf(b), QStringLiteral("--jump"),
                    QStringLiteral("MASQUERADE")}
            + comment,
    };
}

// iptables wants the table option before the verb: "iptables --table nat --append POSTROUTING".
QStringList iptables(const QString &verb, QStringList rule)
{
    QStringList argv{QStringLiteral("iptables")};
    if (rule.first() == QLatin1String("--table")) {
        argv << rule.takeFirst() << rule.takeFirst();
    }
    argv << verb;
    return argv + rule;
}

HostPlan applyHost(const Context &c, const Host &host)
{
    const Topology &t = c.t;
    HostPlan plan{host.id, host.name, host.managementAddress, {}};
    const auto bridges = t.bridgesOf(host.id);
    const auto tunnels = tunnelsOn(t, host.id);
    const QString tagAssignment
        = QStringLiteral("external_ids:") + tags::ovsKey() + QLatin1Char('=') + c.tag;

    // 1. One OVS transaction for bridges, gateway ports and tunnels: nothing in between depends
    //    on them, and each separate ovs-vsctl call costs a database round trip.
    if (!bridges.empty()) {
        QStringList argv{QStringLiteral("ovs-vsctl")};
        QStringList details;
        for (const Bridge *b : bridges) {
            if (argv.size() > 1)
                argv << QStringLiteral("--");
            argv << QStringLiteral("--may-exist") << QStringLiteral("add-br") << b->name
                 << QStringLiteral("--") << QStringLiteral("set") << QStringLiteral("bridge")
                 << b->name << tagAssignment;
            if (host.datapath == Datapath::Netdev)
                argv << QStringLiteral("datapath_type=netdev");
            argv << QStringLiteral("--") << QStringLiteral("--may-exist")
                 << QStringLiteral("add-port") << b->name << b->gatewayPort << QStringLiteral("--")
                 << QStringLiteral("set") << QStringLiteral("interface") << b->gatewayPort
                 << QStringLiteral("type=internal") << QStringLiteral("mtu_request=%1").arg(b->mtu)
                 << QStringLiteral("--") << QStringLiteral("set") << QStringLiteral("port")
                 << b->gatewayPort << tagAssignment;
            details << (host.datapath == Datapath::Netdev
                            ? Planner::tr(
                                  "%1: a virtual switch, using the userspace datapath (netdev)")
                                  .arg(b->name)
                            : Planner::tr("%1: a virtual switch").arg(b->name));
            details << Planner::tr("%1: an internal port of %2, the gateway that containers on %3 "
                                   "route through (MTU %4)")
                           .arg(b->gatewayPort, b->name, subnetOf(*b))
                           .arg(b->mtu);
        }
        for (const TunnelEnd &e : tunnels) {
            const Host *remoteHost = t.host(e.remote->host);
            argv << QStringLiteral("--") << QStringLiteral("--may-exist")
                 << QStringLiteral("add-port") << e.local->name << e.port << QStringLiteral("--")
                 << QStringLiteral("set") << QStringLiteral("interface") << e.port
                 << QStringLiteral("type=vxlan")
                 << QStringLiteral("options:remote_ip=") + remoteHost->effectiveUnderlayAddress()
                 << QStringLiteral("options:key=%1").arg(e.link->vni);
            if (e.link->udpPort != Topology::kDefaultVxlanPort)
                argv << QStringLiteral("options:dst_port=%1").arg(e.link->udpPort);
            argv << QStringLiteral("--") << QStringLiteral("set") << QStringLiteral("port")
                 << e.port << tagAssignment;
            const bool splitHorizon = c.splitHorizonLinks.contains(e.link->id);
            if (splitHorizon)
                argv << QStringLiteral("protected=true");
            details << Planner::tr("%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7")
                           .arg(e.port, e.local->name, t.displayName(e.remote->id),
                                remoteHost->effectiveUnderlayAddress())
                           .arg(e.link->vni)
                           .arg(e.link->udpPort)
                           .arg(splitHorizon
                                    ? Planner::tr("; protected, so frames from one tunnel never "
                                                  "flood into another (full mesh)")
                                    : QString());
        }
        plan.steps.push_back(
            {tunnels.empty()
                 ? Planner::tr(
                     "Create the Open vSwitch bridges and their gateway ports (one transaction).")
                 : Planner::tr(
                     "Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel "
                     "ports (one transaction)."),
             details, RemoteCommand::run(argv), kNoObject});
    }

    // 2. Gateway addresses, as in the guide; "replace" instead of "add" so a second run succeeds.
    for (const Bridge *b : bridges) {
        plan.steps.push_back(
            {Planner::tr("Give gateway port %1 the address %2, the default gateway of "
                         "containers on %3.")
                 .arg(b->gatewayPort, b->gatewayAddress, b->name),
             {},
             run({QStringLiteral("ip"), QStringLiteral("address"), QStringLiteral("replace"),
                  b->gatewayAddress, QStringLiteral("dev"), b->gatewayPort}),
             b->id});
        plan.steps.push_back(
            {Planner::tr("Bring gateway port %1 up with MTU %2, leaving room for the "
                         "VXLAN header.")
                 .arg(b->gatewayPort)
                 .arg(b->mtu),
             {},
             run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                  QStringLiteral("dev"), b->gatewayPort, QStringLiteral("up"),
                  QStringLiteral("mtu"), QString::number(b->mtu)}),
             b->id});
    }

    // 3. Containers with no network of their own, then their ports on the bridges.
    const auto containers = t.containersOf(host.id);
    for (const Container *ct : containers) {
        const RemoteCommand exists = run({QStringLiteral("docker"), QStringLiteral("container"),
                                          QStringLiteral("inspect"), ct->name})
                                         .quiet();
        const RemoteCommand start
            = run({QStringLiteral("docker"), QStringLiteral("start"), ct->name}).withoutStdout();
        const RemoteCommand create = run(
            {QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--name"), ct->name,
             QStringLiteral("-dit"), QStringLiteral("--net=none"), QStringLiteral("--label"),
             tags::dockerLabel() + QLatin1Char('=') + c.tag, ct->image});
        plan.steps.push_back(
            {Planner::tr("Start container %1 from image %2 with no network (--net=none); "
                         "OverlayStudio gives it one next.")
                 .arg(ct->name, ct->image),
             {},
             RemoteCommand::ifThenElse(exists, start, create),
             ct->id});
    }
    for (const Container *ct : containers) {
        const Bridge *b = t.bridge(ct->bridge);
        if (!b)
            continue;
        // ovs-docker refuses to attach twice; it tags the port with the container and interface,
        // which is how we find it again.
        const RemoteCommand attached
            = run({QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                   QStringLiteral("--columns=name"), QStringLiteral("find"),
                   QStringLiteral("interface"),
                   QStringLiteral("external_ids:container_id=") + ct->name,
                   QStringLiteral("external_ids:container_iface=") + ct->interfaceName})
                  .pipeTo(run({QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral(".")}));
        const RemoteCommand attach
            = run({QStringLiteral("ovs-docker"), QStringLiteral("add-port"), b->name,
                   ct->interfaceName, ct->name, QStringLiteral("--ipaddress=") + ct->address,
                   QStringLiteral("--gateway=") + gatewayOf(t, *ct),
                   QStringLiteral("--mtu=%1").arg(b->mtu)});
        plan.steps.push_back(
            {Planner::tr("Plug container %1 into bridge %2 as %3 with address %4, "
                         "gateway %5 and MTU %6.")
                 .arg(ct->name, b->name, ct->interfaceName, ct->address, gatewayOf(t, *ct))
                 .arg(b->mtu),
             {},
             attached.orElse(attach),
             ct->id});
    }

    // 4. NAT (guide step 6) for bridges that ask for it.
    bool forwardingEnabled = false;
    for (const Bridge *b : bridges) {
        if (!b->nat)
            continue;
        if (!forwardingEnabled) {
            forwardingEnabled = true;
            plan.steps.push_back(
                {Planner::tr("Let the host forward packets between its interfaces (needed "
                             "for NAT)."),
                 {},
                 run({QStringLiteral("sysctl"), QStringLiteral("-w"),
                      QStringLiteral("net.ipv4.ip_forward=1")}),
                 kNoObject});
        }
        const auto rules = natRules(c, *b);
        const QStringList what{
            Planner::tr("Accept packets forwarded from %1 (containers going out).")
                .arg(b->gatewayPort),
            Planner::tr("Accept packets forwarded to %1 (replies coming back).")
                .arg(b->gatewayPort),
            Planner::tr("Masquerade %1 behind the host's address (NAT).").arg(subnetOf(*b)),
        };
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const RemoteCommand present
                = RemoteCommand::run(iptables(QStringLiteral("--check"), rules[i])).withoutStderr();
            const RemoteCommand append
                = RemoteCommand::run(iptables(QStringLiteral("--append"), rules[i]));
            plan.steps.push_back({what[int(i)], {}, present.orElse(append), b->id});
        }
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
        RemoteCommand remove
            = run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"), ct->name})
                  .withoutStdout();
        if (const Bridge *b = t.bridge(ct->bridge)) {
            const RemoteCommand detach
                = run({QStringLiteral("ovs-docker"), QStringLiteral("del-port"), b->name,
                       ct->interfaceName, ct->name})
                      .quiet()
                      .orElse(run({QStringLiteral("true")}));
            remove = RemoteCommand::sequence(detach, remove);
        }
        plan.steps.push_back(
            {Planner::tr("Remove container %1 and its port, if OverlayStudio created it.")
                 .arg(ct->name),
             {},
             RemoteCommand::ifThen(ours, remove),
             ct->id});
    }

    // NAT rules, matched by their comment so only ours go.
    for (const Bridge *b : bridges) {
        if (!b->nat)
            continue;
        for (const QStringList &rule : natRules(c, *b)) {
            const RemoteCommand present
                = RemoteCommand::run(iptables(QStringLiteral("--check"), rule)).withoutStderr();
            plan.steps.push_back(
                {Planner::tr("Remove the NAT rule for %1 that OverlayStudio added.")
                     .arg(b->gatewayPort),
                 {},
                 RemoteCommand::ifThen(
                     present, RemoteCommand::run(iptables(QStringLiteral("--delete"), rule))),
                 b->id});
        }
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
             RemoteCommand::ifThen(ours,
                                   run({QStringLiteral("ovs-vsctl"), QStringLiteral("--if-exists"),
                                        QStringLiteral("del-br"), b->name})),
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

Result<Plan> planApply(const Topology &topology)
{
    return makePlan(topology, PlanKind::Apply);
}

Result<Plan> planTeardown(const Topology &topology)
{
    return makePlan(topology, PlanKind::Teardown);
}

QString renderScript(const Plan &plan, const HostPlan &host)
{
    QString s;
    s += QStringLiteral("#!/bin/sh\n");
    s += (plan.kind == PlanKind::Apply
              ? Planner::tr("# OverlayStudio: build topology %1 on host %2 (%3).")
              : Planner::tr("# OverlayStudio: remove topology %1 from host %2 (%3)."))
             .arg(plan.topologyName, host.hostName, host.address);
    s += QLatin1Char('\n');
    s += Planner::tr("# Run as root on %1. Every step is safe to run again.").arg(host.hostName);
    s += QStringLiteral("\nset -eu\n");
    if (host.steps.empty())
        s += Planner::tr("# Nothing to do on this host.") + QLatin1Char('\n');
    int number = 0;
    for (const PlanStep &step : host.steps) {
        s += QStringLiteral("\n# %1. %2\n").arg(++number).arg(step.explanation);
        for (const QString &detail : step.details)
            s += QStringLiteral("#    - ") + detail + QLatin1Char('\n');
        s += step.command.toShell(true) + QLatin1Char('\n');
    }
    return s;
}

} // namespace studio
