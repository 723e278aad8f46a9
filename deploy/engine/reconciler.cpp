#include "reconciler.h"

#include "plan/firewall.h"
#include "plan/planner.h"
#include "plan/steps.h"
#include "plan/tags.h"

#include <QCoreApplication>

#include <optional>

namespace studio {

class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(studio::Reconciler)
};

QString stateText(ObjectStatus::State state)
{
    switch (state) {
    case ObjectStatus::State::InSync:
        return Reconciler::tr("as designed");
    case ObjectStatus::State::Drift:
        return Reconciler::tr("differs");
    case ObjectStatus::State::Missing:
        return Reconciler::tr("missing");
    case ObjectStatus::State::Extra:
        return Reconciler::tr("not in the design");
    }
    return {};
}

namespace {

using State = ObjectStatus::State;

class HostReconciler
{
public:
    HostReconciler(const Topology &t, const Host &h, const HostState &s, PlanStyle style)
        : m_t(t)
        , m_h(h)
        , m_s(s)
        , m_tag(t.name)
        , m_splitHorizon(splitHorizonLinks(t))
        , m_guide(style == PlanStyle::Guide)
    {}

    Reconciliation run()
    {
        checkConflicts();
        if (!m_r.conflicts.isEmpty())
            return m_r;
        planOvs();
        planAddresses();
        planContainers();
        if (!m_guide)
            planFastContainerSteps();
        planFirewall();
        // Isolation before anything else, as in the full plan. Detaching must happen while the
        // old bridges still exist; attaching after the new ones do.
        for (PlanStep &s : m_isolate)
            m_r.steps.push_back(std::move(s));
        for (PlanStep &s : m_detach)
            m_r.steps.push_back(std::move(s));
        if (!m_filesToRemove.isEmpty())
            m_r.steps.push_back(steps::removeFilesOf(m_tag, m_h.name, m_filesToRemove));
        if (!m_ovs.isEmpty()) {
            PlanStep ovs{Reconciler::tr("Create, change or delete Open vSwitch bridges and ports "
                                        "(one transaction)."),
                         m_ovsDetails, steps::ovsTransaction(m_ovs), kNoObject};
            ovs.creates = m_ovsCreates;
            m_r.steps.push_back(std::move(ovs));
        }
        for (auto *list : {&m_ip, &m_run, &m_attach, &m_open}) {
            for (PlanStep &s : *list)
                m_r.steps.push_back(std::move(s));
        }
        return m_r;
    }

private:
    void status(State state, ObjectId object, const QString &name, const QString &detail = {})
    {
        m_r.status.push_back({state, object, name, detail});
    }

    void checkConflicts()
    {
        const auto notOurs = [this](const QString &tag) {
            return tag.isEmpty() ? Reconciler::tr("was not created by OverlayStudio")
                                 : Reconciler::tr("belongs to topology %1").arg(tag);
        };
        for (const Bridge *b : m_t.bridgesOf(m_h.id)) {
            const auto it = m_s.bridges.constFind(b->name);
            if (it != m_s.bridges.constEnd() && it->tag != m_tag)
                m_r.conflicts << Reconciler::tr(
                                     "Bridge %1 already exists on %2 and %3; OverlayStudio "
                                     "leaves it alone. Rename the bridge in the design or "
                                     "remove it from the host.")
                                     .arg(b->name, m_h.name, notOurs(it->tag));
            const auto port = m_s.ports.constFind(b->gatewayPort);
            if (port != m_s.ports.constEnd() && port->tag != m_tag)
                m_r.conflicts << Reconciler::tr(
                                     "Port %1 already exists on %2 (bridge %3) and %4. Rename "
                                     "the gateway port in the design.")
                                     .arg(b->gatewayPort, m_h.name, port->bridge,
                                          notOurs(port->tag));
        }
        for (const TunnelEnd &e : tunnelEndsOn(m_t, m_h.id)) {
            const auto port = m_s.ports.constFind(e.port);
            if (port != m_s.ports.constEnd() && port->tag != m_tag)
                m_r.conflicts << Reconciler::tr(
                                     "Port %1 already exists on %2 (bridge %3) and %4. Rename "
                                     "the tunnel port in the design.")
                                     .arg(e.port, m_h.name, port->bridge, notOurs(port->tag));
        }
        for (const Container *c : m_t.containersOf(m_h.id)) {
            const auto other = m_s.otherContainers.constFind(c->name);
            if (other != m_s.otherContainers.constEnd())
                m_r.conflicts << Reconciler::tr("A container named %1 already exists on %2 and %3. "
                                                "Rename the container in the design.")
                                     .arg(c->name, m_h.name,
                                          other->startsWith(QLatin1Char('/'))
                                              ? Reconciler::tr("was not created by OverlayStudio")
                                              : Reconciler::tr("belongs to %1").arg(*other));
        }
    }

    void planOvs()
    {
        QSet<QString> wantedPorts;
        QSet<QString> wantedBridges;
        for (const Bridge *b : m_t.bridgesOf(m_h.id)) {
            wantedBridges.insert(b->name);
            wantedPorts.insert(b->gatewayPort);
            const auto actual = m_s.bridges.constFind(b->name);
            if (actual == m_s.bridges.constEnd()) {
                m_ovs << steps::addBridge(*b, m_h.datapath, m_tag)
                      << steps::addGatewayPort(*b, m_tag);
                m_ovsDetails << describeBridge(*b, m_h.datapath) << describeGatewayPort(*b);
                m_ovsCreates.push_back(b->id);
                status(State::Missing, b->id, b->name);
                continue;
            }
            const bool wantNetdev = m_h.datapath == Datapath::Netdev;
            if ((actual->datapath == QLatin1String("netdev")) != wantNetdev) {
                m_ovs << steps::setDatapath(b->name, m_h.datapath);
                m_ovsDetails << Reconciler::tr("%1: datapath %2")
                                    .arg(b->name, wantNetdev ? QStringLiteral("netdev")
                                                             : QStringLiteral("system"));
                status(State::Drift, b->id, b->name,
                       Reconciler::tr("datapath is '%1'").arg(actual->datapath));
            } else {
                status(State::InSync, b->id, b->name);
            }
            const auto port = m_s.ports.constFind(b->gatewayPort);
            if (port == m_s.ports.constEnd() || port->bridge != b->name) {
                m_ovs << steps::addGatewayPort(*b, m_tag);
                m_ovsDetails << describeGatewayPort(*b);
                status(State::Missing, b->id, b->gatewayPort);
            } else if (port->type != QLatin1String("internal") || port->mtuRequest != b->mtu) {
                m_ovs << steps::addGatewayPort(*b, m_tag);
                m_ovsDetails << describeGatewayPort(*b);
                status(State::Drift, b->id, b->gatewayPort,
                       Reconciler::tr("type '%1', MTU request %2")
                           .arg(port->type)
                           .arg(port->mtuRequest));
            } else {
                status(State::InSync, b->id, b->gatewayPort);
            }
        }

        for (const TunnelEnd &e : tunnelEndsOn(m_t, m_h.id)) {
            wantedPorts.insert(e.port);
            const bool split = m_splitHorizon.contains(e.link->id);
            const auto add = [&] {
                m_ovs << steps::addTunnel(e.local->name, e.port, e.remoteAddress, e.localAddress,
                                          e.link->vni, e.link->udpPort, split, m_tag);
                m_ovsDetails << describeTunnel(m_t, e, split);
            };
            const auto port = m_s.ports.constFind(e.port);
            if (port == m_s.ports.constEnd()) {
                add();
                m_ovsCreates.push_back(e.link->id);
                status(State::Missing, e.link->id, e.port);
                continue;
            }
            QStringList differences;
            if (port->bridge != e.local->name)
                differences << Reconciler::tr("on bridge %1").arg(port->bridge);
            if (port->type != QLatin1String("vxlan"))
                differences << Reconciler::tr("type '%1'").arg(port->type);
            if (port->options.value(QStringLiteral("remote_ip")) != e.remoteAddress)
                differences << Reconciler::tr("remote_ip %1")
                                   .arg(port->options.value(QStringLiteral("remote_ip")));
            if (port->options.value(QStringLiteral("key")) != QString::number(e.link->vni))
                differences << Reconciler::tr("key %1").arg(
                    port->options.value(QStringLiteral("key")));
            const QString dstPort = port->options.value(QStringLiteral("dst_port"));
            const bool defaultPort = e.link->udpPort == Topology::kDefaultVxlanPort;
            if (defaultPort ? !dstPort.isEmpty() : dstPort != QString::number(e.link->udpPort))
                differences << Reconciler::tr("dst_port %1")
                                   .arg(dstPort.isEmpty() ? QStringLiteral("4789") : dstPort);
            const QString localIp = port->options.value(QStringLiteral("local_ip"));
            if (localIp != e.localAddress)
                differences << Reconciler::tr("local_ip '%1'").arg(localIp);
            if (port->isProtected != split)
                differences << (port->isProtected ? Reconciler::tr("protected")
                                                  : Reconciler::tr("not protected"));
            if (differences.isEmpty()) {
                status(State::InSync, e.link->id, e.port);
                continue;
            }
            status(State::Drift, e.link->id, e.port, differences.join(QStringLiteral(", ")));
            if (port->bridge != e.local->name)
                m_ovs << steps::deletePort(port->bridge, e.port);
            add();
            if (defaultPort && !dstPort.isEmpty())
                m_ovs << steps::removeTunnelOption(e.port, QStringLiteral("dst_port"));
            if (e.localAddress.isEmpty() && !localIp.isEmpty())
                m_ovs << steps::removeTunnelOption(e.port, QStringLiteral("local_ip"));
            if (port->isProtected && !split)
                m_ovs << QStringList{QStringLiteral("set"), QStringLiteral("port"), e.port,
                                     QStringLiteral("protected=false")};
        }

        // What we made before and the design no longer has.
        for (const OvsBridgeState &b : m_s.bridges) {
            if (b.tag == m_tag && !wantedBridges.contains(b.name)) {
                m_ovs << steps::deleteBridge(b.name);
                m_ovsDetails << Reconciler::tr("%1: deleted, no longer in the design").arg(b.name);
                status(State::Extra, kNoObject, b.name);
            }
        }
        for (const OvsPortState &p : m_s.ports) {
            // Container ports (tagged by the fast style too) are the containers' business.
            if (p.tag == m_tag && p.containerId.isEmpty() && !wantedPorts.contains(p.name)
                && wantedBridges.contains(p.bridge)) {
                m_ovs << steps::deletePort(p.bridge, p.name);
                m_ovsDetails << Reconciler::tr("%1: deleted, no longer in the design").arg(p.name);
                status(State::Extra, kNoObject, p.name);
            }
        }
    }

    void planAddresses()
    {
        for (const Bridge *b : m_t.bridgesOf(m_h.id)) {
            const auto link = m_s.links.constFind(b->gatewayPort);
            const bool exists = link != m_s.links.constEnd();
            QStringList differences;
            if (!exists || !link->ipv4.contains(b->gatewayAddress)) {
                m_ip.push_back(steps::gatewayAddress(*b));
                differences << Reconciler::tr("address");
            }
            if (exists) {
                for (const QString &old : link->ipv4) {
                    if (old != b->gatewayAddress) {
                        m_ip.push_back(steps::removeAddress(*b, old));
                        differences << Reconciler::tr("old address %1").arg(old);
                    }
                }
            }
            if (!exists || !link->up || link->mtu != b->mtu) {
                m_ip.push_back(steps::gatewayLinkUp(*b));
                differences << Reconciler::tr("link state or MTU");
            }
            if (exists && !differences.isEmpty())
                status(State::Drift, b->id,
                       b->gatewayPort + QStringLiteral(" ") + b->gatewayAddress,
                       differences.join(QStringLiteral(", ")));
        }
    }

    // What a container needs, in either style: the guide's steps per container, or the fast
    // style's lists that planFastContainerSteps turns into a few steps for all of them.
    // stoppedId: the container exists (this full ID) and only needs docker start.
    void start(const Container &c, const QString &stoppedId = {})
    {
        if (m_guide) {
            m_run.push_back(steps::startContainer(c, m_tag, m_h.name, stoppedId));
            return;
        }
        m_toStart.push_back(&c);
        if (!stoppedId.isEmpty())
            m_stopped.insert(c.name, stoppedId);
    }

    void plug(const Container &c, const Bridge &b)
    {
        if (m_guide)
            m_attach.push_back(steps::attachContainer(c, b, gatewayOf(m_t, c)));
        else
            m_toPlug.push_back({&c, &b, gatewayOf(m_t, c)});
    }

    // The port goes; a container that keeps running loses the interface with its veth pair.
    void unplug(const QString &container, const OvsPortState &port, const QString &iface)
    {
        if (m_guide) {
            m_detach.push_back(steps::detachContainer(container, port.bridge, iface));
            return;
        }
        if (m_s.links.contains(port.name)) {
            m_unplugLinks << port.name;
            m_unplugged << container;
        }
        deletePortInTransaction(container, port);
    }

    void remove(const ContainerState &container, const OvsPortState *port, const QString &iface)
    {
        if (m_s.containerFiles.contains(container.name))
            m_filesToRemove << container.name;
        if (m_guide) {
            m_detach.push_back(steps::removeContainer(
                container.name, port ? port->bridge : QString(), iface, container.ref()));
            return;
        }
        m_toRemove << container.name;
        m_toRemoveIds << container.ref();
        if (port)
            deletePortInTransaction(container.name, *port);
    }

    void deletePortInTransaction(const QString &container, const OvsPortState &port)
    {
        m_ovs << QStringList{QStringLiteral("--if-exists"), QStringLiteral("del-port"), port.name};
        m_ovsDetails
            << Reconciler::tr("%1: port of container %2, deleted").arg(port.name, container);
    }

    void planContainers()
    {
        QSet<QString> wanted;
        for (const Container *c : m_t.containersOf(m_h.id)) {
            wanted.insert(c->name);
            const Bridge *b = m_t.bridge(c->bridge);
            const OvsPortState *port = m_s.containerPort(c->name, c->interfaceName);
            const auto actual = m_s.containers.constFind(c->name);
            if (actual == m_s.containers.constEnd()) {
                start(*c);
                if (port) // left behind by a container removed outside OverlayStudio
                    unplug(c->name, *port, c->interfaceName);
                if (b)
                    plug(*c, *b);
                status(State::Missing, c->id, c->name);
                continue;
            }
            if (actual->image != c->image) {
                remove(*actual, port, c->interfaceName);
                start(*c); // removed just before
                if (b)
                    plug(*c, *b);
                status(State::Drift, c->id, c->name, Reconciler::tr("image %1").arg(actual->image));
                continue;
            }
            if (!actual->running()) {
                // A restarted container has a new network namespace: its old port is stale.
                start(*c, actual->ref());
                if (port)
                    unplug(c->name, *port, c->interfaceName);
                if (b)
                    plug(*c, *b);
                status(State::Drift, c->id, c->name, Reconciler::tr("state %1").arg(actual->state));
                continue;
            }
            if (!b) {
                if (port) {
                    unplug(c->name, *port, c->interfaceName);
                    status(State::Drift, c->id, c->name,
                           Reconciler::tr("attached to %1").arg(port->bridge));
                } else {
                    status(State::InSync, c->id, c->name);
                }
                continue;
            }
            QStringList differences;
            const auto link = actual->links.constFind(c->interfaceName);
            if (!port)
                differences << Reconciler::tr("not attached");
            else if (port->bridge != b->name)
                differences << Reconciler::tr("attached to %1").arg(port->bridge);
            if (link == actual->links.constEnd()) {
                differences << Reconciler::tr("no interface %1").arg(c->interfaceName);
            } else {
                if (link->ipv4 != QStringList{c->address})
                    differences
                        << Reconciler::tr("address %1").arg(link->ipv4.join(QStringLiteral(" ")));
                if (link->mtu != b->mtu)
                    differences << Reconciler::tr("MTU %1").arg(link->mtu);
            }
            if (actual->defaultGateway != gatewayOf(m_t, *c))
                differences << Reconciler::tr("gateway %1").arg(actual->defaultGateway);
            if (differences.isEmpty()) {
                status(State::InSync, c->id, c->name);
                continue;
            }
            if (port)
                unplug(c->name, *port, c->interfaceName);
            plug(*c, *b);
            status(State::Drift, c->id, c->name, differences.join(QStringLiteral(", ")));
        }
        for (const ContainerState &c : m_s.containers) {
            if (wanted.contains(c.name))
                continue;
            const OvsPortState *port = m_s.portOfContainer(c.name);
            remove(c, port, port ? port->containerIface : QString());
            status(State::Extra, kNoObject, c.name);
        }
    }

    void planFastContainerSteps()
    {
        if (!m_toRemove.isEmpty())
            m_detach.push_back(steps::removeContainers(m_toRemove, m_toRemoveIds));
        if (!m_unplugLinks.isEmpty())
            m_detach.push_back(steps::deleteLinks(m_unplugLinks, m_unplugged));
        if (!m_toStart.empty())
            m_run.push_back(steps::startContainers(m_toStart, m_tag, m_h.name, m_stopped));
        if (!m_toPlug.empty())
            m_attach.push_back(steps::plugContainers(m_toPlug, m_tag, m_h.name));
    }

    void planFirewall()
    {
        const std::vector<FirewallRule> wanted = firewall::rulesFor(m_t, m_h);
        const std::vector<FirewallRule> &actual = m_s.firewallRules;
        const auto present = [&actual](const FirewallRule &r) {
            return std::find(actual.begin(), actual.end(), r) != actual.end();
        };
        // An exception works only above our general rules of its chain: one found below any of
        // them (deleted and re-added by hand, say) is moved back up.
        const auto isException = [&wanted](const FirewallRule &a) {
            return std::any_of(wanted.begin(), wanted.end(),
                               [&a](const FirewallRule &w) { return w.exception && w == a; });
        };
        const auto misplaced = [&](const FirewallRule &r) {
            bool generalSeen = false;
            for (const FirewallRule &a : actual) {
                if (a.table != r.table || a.chain != r.chain)
                    continue;
                if (a == r)
                    return generalSeen;
                generalSeen = generalSeen || !isException(a);
            }
            return false;
        };
        QStringList order;                     // status names, in plan order
        QHash<QString, State> groups;          // status name -> state
        QHash<QString, ObjectId> groupObjects; // status name -> object
        for (const FirewallRule &r : wanted) {
            if (!groups.contains(r.what)) {
                order << r.what;
                groups.insert(r.what, State::InSync);
                groupObjects.insert(r.what, r.object);
            }
            if (!present(r)) {
                (r.isolation ? m_isolate : m_open).push_back(r.addStep());
                groups[r.what] = State::Missing;
            } else if (r.exception && misplaced(r)) {
                m_open.push_back(r.deleteStep());
                m_open.push_back(r.addStep());
                if (groups[r.what] == State::InSync)
                    groups[r.what] = State::Drift;
            }
        }
        for (const QString &what : std::as_const(order))
            status(groups.value(what), groupObjects.value(what), what,
                   groups.value(what) == State::Drift ? Reconciler::tr("rule order") : QString());
        if (firewall::needsForwarding(m_t, m_h) && !m_s.ipForward) {
            m_open.insert(m_open.begin(), firewall::enableForwarding());
            status(State::Missing, kNoObject, QStringLiteral("net.ipv4.ip_forward"));
        }
        for (const FirewallRule &a : actual) {
            if (std::find(wanted.begin(), wanted.end(), a) == wanted.end()) {
                PlanStep step = a.deleteStep();
                step.explanation
                    = Reconciler::tr("Remove a firewall rule the design no longer has: %1")
                          .arg(a.printed());
                m_open.push_back(step);
                status(State::Extra, kNoObject, a.printed());
            }
        }
    }

    const Topology &m_t;
    const Host &m_h;
    const HostState &m_s;
    const QString m_tag;
    const QSet<ObjectId> m_splitHorizon;
    const bool m_guide;
    Reconciliation m_r;
    QList<QStringList> m_ovs;
    QStringList m_ovsDetails;
    std::vector<ObjectId> m_ovsCreates; // bridges and tunnel ends the transaction makes
    std::vector<PlanStep> m_isolate, m_detach, m_ip, m_run, m_attach, m_open;
    // The fast style's containers, collected for one step each.
    QStringList m_toRemove, m_toRemoveIds, m_unplugLinks, m_unplugged, m_filesToRemove;
    std::vector<const Container *> m_toStart;
    QHash<QString, QString> m_stopped; // of m_toStart: those that exist, name -> full ID
    std::vector<steps::Plug> m_toPlug;
};

} // namespace

Reconciliation reconcileApply(const Topology &topology, const Host &host, const HostState &state,
                              PlanStyle style)
{
    return HostReconciler(topology, host, state, style).run();
}

Reconciliation reconcileDestroy(const QString &topology, const QString &host,
                                const HostState &state, PlanStyle style)
{
    Reconciliation r;
    const bool guide = style == PlanStyle::Guide;
    QStringList containers;
    for (const ContainerState &c : state.containers)
        containers << c.name;
    containers.sort();
    QStringList ids; // by full ID: a name gone by then would match another container's ID prefix
    for (const QString &name : std::as_const(containers))
        ids << state.containers.value(name).ref();
    QList<QStringList> ops;
    QStringList details;
    std::optional<PlanStep> removeContainers;
    if (guide) {
        for (const QString &name : std::as_const(containers)) {
            const OvsPortState *port = state.portOfContainer(name);
            r.steps.push_back(steps::removeContainer(name, port ? port->bridge : QString(),
                                                     port ? port->containerIface : QString(),
                                                     state.containers.value(name).ref()));
        }
    } else if (!containers.isEmpty()) {
        // All at once; their ports go in the one transaction below, with the bridges.
        removeContainers = steps::removeContainers(containers, ids);
        for (const QString &name : std::as_const(containers)) {
            for (const OvsPortState &p : state.ports) {
                if (p.containerId == name) {
                    ops << QStringList{QStringLiteral("--if-exists"), QStringLiteral("del-port"),
                                       p.name};
                    details
                        << Reconciler::tr("%1: port of container %2, deleted").arg(p.name, name);
                }
            }
        }
    }
    for (const QString &name : std::as_const(containers))
        r.status.push_back({ObjectStatus::State::Extra, kNoObject, name, {}});
    // What opens a segment goes first; what isolates it only once its bridge is gone.
    std::vector<PlanStep> opening, isolation;
    for (const FirewallRule &rule : state.firewallRules) {
        PlanStep step = rule.deleteStep();
        step.explanation = rule.isolation
                               ? Reconciler::tr("Remove an isolation rule OverlayStudio added: %1")
                                     .arg(rule.printed())
                               : Reconciler::tr("Remove a firewall rule OverlayStudio added: %1")
                                     .arg(rule.printed());
        (rule.isolation ? isolation : opening).push_back(step);
    }
    QStringList names;
    for (const OvsBridgeState &b : state.bridges) {
        if (b.tag == topology)
            names << b.name;
    }
    names.sort();
    for (const QString &name : names) {
        ops << steps::deleteBridge(name);
        details << Reconciler::tr("%1: deleted with its gateway and tunnel ports").arg(name);
    }
    std::optional<PlanStep> deleteOvs;
    if (!ops.isEmpty())
        deleteOvs = PlanStep{
            names.isEmpty()
                ? Reconciler::tr("Delete the ports of OverlayStudio's containers (one "
                                 "transaction).")
                : Reconciler::tr("Delete the bridges OverlayStudio created, with every port "
                                 "(one transaction)."),
            details, steps::ovsTransaction(ops), kNoObject};
    std::optional<PlanStep> removeFiles;
    if (!state.containerFiles.isEmpty())
        removeFiles = steps::removeContainerFiles(topology, host);

    if (removeContainers) {
        // Neither waits for the other: Docker stops and removes the containers (then the files
        // kept for them) while the firewall rules, ports and bridges go, the isolation rules
        // once the bridges are gone. Without their ports the containers reach nothing.
        RemoteCommand containersJob = removeContainers->command;
        if (removeFiles)
            containersJob = containersJob.andThen(removeFiles->command);
        RemoteCommand networkJob;
        QStringList both = details;
        const auto append = [&networkJob, &both](const PlanStep &step) {
            networkJob = networkJob.isEmpty() ? step.command : networkJob.andThen(step.command);
            if (step.details.isEmpty())
                both << step.explanation;
        };
        for (const PlanStep &step : opening)
            append(step);
        if (deleteOvs)
            append(*deleteOvs);
        for (const PlanStep &step : isolation)
            append(step);
        if (networkJob.isEmpty()) {
            r.steps.push_back(*removeContainers);
            if (removeFiles)
                r.steps.push_back(*removeFiles);
        } else {
            r.steps.push_back(
                {Reconciler::tr("Remove containers %1 and, at the same time, delete the "
                                "firewall rules, bridges and ports OverlayStudio created (one "
                                "transaction; the isolation rules once the bridges are gone); "
                                "the containers' veth pairs go with them.")
                     .arg(containers.join(QStringLiteral(", "))),
                 both,
                 RemoteCommand::parallel({{Reconciler::tr("containers"), containersJob},
                                          {Reconciler::tr("network"), networkJob}},
                                         2),
                 kNoObject});
        }
    } else {
        // The guide's order, one step each (the guide style's containers went above).
        for (const PlanStep &step : opening)
            r.steps.push_back(step);
        if (deleteOvs)
            r.steps.push_back(*deleteOvs);
        if (removeFiles)
            r.steps.push_back(*removeFiles);
        for (const PlanStep &step : isolation)
            r.steps.push_back(step);
    }
    for (const FirewallRule &rule : state.firewallRules)
        r.status.push_back({ObjectStatus::State::Extra, kNoObject, rule.printed(), {}});
    for (const QString &name : std::as_const(names))
        r.status.push_back({ObjectStatus::State::Extra, kNoObject, name, {}});
    return r;
}

} // namespace studio
