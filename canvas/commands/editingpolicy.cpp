#include "editingpolicy.h"

#include "addobjectcommand.h"
#include "setpropertycommand.h"

#include "model/addresses.h"
#include "model/addressing.h"
#include "model/validation.h"

#include <QSet>

#include <algorithm>

namespace studio {

namespace {

const Segment *segmentOf(const std::vector<Segment> &all, ObjectId bridge)
{
    for (const Segment &s : all) {
        if (std::find(s.bridges.begin(), s.bridges.end(), bridge) != s.bridges.end())
            return &s;
    }
    return nullptr;
}

int containerCount(const Topology &t, const Segment &s)
{
    int n = 0;
    for (ObjectId b : s.bridges)
        n += int(t.containersOnBridge(b).size());
    return n;
}

// Free host addresses of a subnet, handed out from the bottom (containers) or from the top
// (gateways, so each host's gateway stays apart from the containers).
class AddressPool
{
public:
    AddressPool(const Ipv4Cidr &subnet, QSet<quint32> used)
        : m_subnet(subnet)
        , m_used(std::move(used))
    {}
    QString take(bool fromTop)
    {
        const quint32 first = m_subnet.networkValue() + 1, last = m_subnet.broadcastValue() - 1;
        for (quint32 i = 0; first + i <= last; ++i) {
            const quint32 a = fromTop ? last - i : first + i;
            if (!m_used.contains(a)) {
                m_used.insert(a);
                return Ipv4Cidr{QHostAddress(a), m_subnet.prefix}.toString();
            }
        }
        return {};
    }

private:
    Ipv4Cidr m_subnet;
    QSet<quint32> m_used;
};

QSet<quint32> usedIn(const Topology &t, const Segment &s)
{
    QSet<quint32> used;
    // Addresses that do not parse take nothing from the pool; validation reports them.
    for (ObjectId b : s.bridges) {
        if (auto g = parseIpv4Cidr(t.bridge(b)->gatewayAddress))
            used.insert(g.value().value());
        for (const Container *c : t.containersOnBridge(b)) {
            if (auto a = parseIpv4Cidr(c->address))
                used.insert(a.value().value());
        }
    }
    return used;
}

} // namespace

QString EditingPolicy::usualImage(const Topology &t)
{
    QHash<QString, int> images;
    for (const Container &c : t.containers())
        ++images[c.image];
    QString best = QStringLiteral("ubuntu:v1"); // the guide's image
    int most = 0;
    for (const Container &c : t.containers()) { // in order, so ties go to the first seen
        if (images.value(c.image) > most) {
            most = images.value(c.image);
            best = c.image;
        }
    }
    return best;
}

Edit EditingPolicy::addHost(TopologyDocument *document, const QPointF &position)
{
    Host h;
    h.id = document->reserveId();
    h.name = addressing::nextName(addressing::hostNames(document->topology()),
                                  QStringLiteral("host"), 1);
    h.position = position;
    Snapshot object;
    object.hosts.push_back(h);
    Edit edit;
    edit.command
        = std::make_unique<AddObjectCommand>(document, object, tr("Add host %1").arg(h.name));
    edit.message = tr("Added host %1; enter its management address in the properties.").arg(h.name);
    edit.created = h.id;
    return edit;
}

Edit EditingPolicy::addBridge(TopologyDocument *document, ObjectId hostId, const QPointF &position)
{
    const Topology &t = document->topology();
    const Host *host = t.host(hostId);
    if (!host)
        return {nullptr, tr("A bridge lives on a host: drop it inside a host frame."), kNoObject};
    Bridge b;
    b.id = document->reserveId();
    b.host = hostId;
    const QStringList taken = addressing::interfaceNames(t, hostId);
    b.name = addressing::nextName(taken, QStringLiteral("br"));
    b.gatewayPort = addressing::nextName(taken, QStringLiteral("veth"));
    const auto gateway = addressing::nextBridgeGateway(t, hostId);
    if (gateway)
        b.gatewayAddress = gateway.value(); // else left empty: validation asks for one
    b.position = position;
    Snapshot object;
    object.bridges.push_back(b);
    Edit edit;
    edit.command = std::make_unique<AddObjectCommand>(
        document, object, tr("Add bridge %1 on %2").arg(b.name, host->name));
    edit.message = gateway ? tr("Added bridge %1 on %2 with subnet %3.")
                                 .arg(b.name, host->name, b.gatewayAddress)
                           : tr("Added bridge %1 on %2; %3 %4. %5")
                                 .arg(b.name, host->name, gateway.error().where,
                                      gateway.error().message, gateway.error().fix);
    edit.created = b.id;
    return edit;
}

Edit EditingPolicy::addContainer(TopologyDocument *document, ObjectId hostId,
                                 const QPointF &position)
{
    const Topology &t = document->topology();
    const Host *host = t.host(hostId);
    if (!host)
        return {nullptr, tr("A container runs on a host: drop it inside a host frame."), kNoObject};
    Container c;
    c.id = document->reserveId();
    c.host = hostId;
    c.name = addressing::nextName(addressing::containerNames(t, hostId),
                                  QStringLiteral("container"), 1);
    c.image = usualImage(t);
    c.position = position;
    Snapshot object;
    object.containers.push_back(c);
    Edit edit;
    edit.command = std::make_unique<AddObjectCommand>(
        document, object, tr("Add container %1 on %2").arg(c.name, host->name));
    edit.message = tr("Added %1; drag from its handle to a bridge to attach it.").arg(c.name);
    edit.created = c.id;
    return edit;
}

Edit EditingPolicy::attach(TopologyDocument *document, ObjectId containerId, ObjectId bridgeId)
{
    const Topology &t = document->topology();
    const Container *c = t.container(containerId);
    if (!c)
        return {nullptr, tr("There is no such container."), kNoObject};
    if (bridgeId == kNoObject) {
        if (c->bridge == kNoObject)
            return {nullptr, tr("%1 is not attached.").arg(c->name), kNoObject};
        Edit edit;
        edit.command = std::make_unique<SetPropertyCommand>(document, containerId,
                                                            QStringLiteral("bridge"), kNoObject);
        edit.command->setText(tr("Detach %1").arg(t.displayName(containerId)));
        edit.message = tr("Detached %1.").arg(t.displayName(containerId));
        return edit;
    }
    const Bridge *b = t.bridge(bridgeId);
    if (!b)
        return {nullptr, tr("There is no such bridge."), kNoObject};
    if (b->host != c->host)
        return {nullptr,
                tr("%1 runs on %2; it can only attach to a bridge there.")
                    .arg(c->name, t.host(c->host)->name),
                kNoObject};
    if (c->bridge == b->id)
        return {nullptr, tr("%1 is already attached to %2.").arg(c->name, b->name), kNoObject};

    auto macro = std::make_unique<QUndoCommand>(tr("Attach %1 to %2").arg(c->name, b->name));
    new SetPropertyCommand(document, containerId, QStringLiteral("bridge"), b->id, 0, macro.get());
    // A free address in the bridge's subnet, unless its own already fits there.
    const auto own = parseIpv4Cidr(c->address);
    const auto subnet = parseIpv4Cidr(b->gatewayAddress);
    const bool fits = own && subnet && own.value().prefix == subnet.value().prefix
                      && subnet.value().contains(own.value().address);
    QString address = c->address;
    Status addressed = success(); // or why no free address could be given
    if (!fits) {
        // No free address (a full subnet, an invalid gateway address): it is attached all the
        // same, keeping its old address, and the message says what to change.
        if (const auto free = addressing::nextContainerAddress(t, b->id)) {
            new SetPropertyCommand(document, containerId, QStringLiteral("address"), free.value(),
                                   0, macro.get());
            address = free.value();
        } else {
            addressed = free.error();
        }
    }
    // An explicit gateway from the old subnet would be wrong: the bridge's own is used instead.
    if (!c->gateway.isEmpty() && !fits)
        new SetPropertyCommand(document, containerId, QStringLiteral("gateway"), QString(), 0,
                               macro.get());
    Edit edit;
    edit.command = std::move(macro);
    // "Attached container1 to br1, but host1/br1 has no free address left in subnet
    // 10.7.7.0/30. Use a larger subnet (a shorter prefix) for this segment."
    edit.message = addressed
                       ? tr("Attached %1 to %2 with address %3.").arg(c->name, b->name, address)
                       : tr("Attached %1 to %2, but %3 %4. %5")
                             .arg(c->name, b->name, addressed.error().where,
                                  addressed.error().message, addressed.error().fix);
    return edit;
}

Edit EditingPolicy::connect(TopologyDocument *document, ObjectId from, ObjectId to)
{
    const Topology &t = document->topology();
    // Either order: container and bridge, or two bridges.
    if (t.kindOf(from) == ObjectKind::Bridge && t.kindOf(to) == ObjectKind::Container)
        std::swap(from, to);
    if (t.kindOf(from) == ObjectKind::Container && t.kindOf(to) == ObjectKind::Bridge)
        return attach(document, from, to);
    if (t.kindOf(from) != ObjectKind::Bridge || t.kindOf(to) != ObjectKind::Bridge)
        return {
            nullptr,
            tr("Connect a container to a bridge on its host, or a bridge to a bridge on another "
               "host."),
            kNoObject};

    const Bridge &a = *t.bridge(from);
    const Bridge &b = *t.bridge(to);
    if (a.host == b.host)
        return {nullptr,
                tr("A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.")
                    .arg(a.name, b.name, t.host(a.host)->name),
                kNoObject};
    for (const VxlanLink &l : t.links()) {
        if ((l.bridgeA == a.id && l.bridgeB == b.id) || (l.bridgeA == b.id && l.bridgeB == a.id))
            return {
                nullptr,
                tr("%1 and %2 are already linked.").arg(t.displayName(a.id), t.displayName(b.id)),
                kNoObject};
    }
    VxlanLink l;
    l.id = document->reserveId();
    l.bridgeA = a.id;
    l.bridgeB = b.id;
    l.vni = addressing::nextVni(t, a.id, b.id);
    l.portA = addressing::nextName(addressing::interfaceNames(t, a.host), QStringLiteral("vxlan"));
    l.portB = addressing::nextName(addressing::interfaceNames(t, b.host), QStringLiteral("vxlan"));
    Snapshot object;
    object.links.push_back(l);
    const QString linkText = tr("Link %1 and %2").arg(t.displayName(a.id), t.displayName(b.id));
    auto macro = std::make_unique<QUndoCommand>(linkText);
    new AddObjectCommand(document, object, linkText, macro.get());
    QString message = tr("Linked %1 and %2 with VNI %3.")
                          .arg(t.displayName(a.id), t.displayName(b.id))
                          .arg(l.vni);

    // One layer-2 segment needs one subnet. When the two sides differ, the side with fewer
    // containers (on a tie, the one linked to) takes the other's subnet: its gateways from the top
    // of the subnet, its containers from the bottom, all in this same step.
    // A side whose address does not parse has no subnet to adopt or give: validation explains it.
    const auto subnetA = parseIpv4Cidr(a.gatewayAddress);
    const auto subnetB = parseIpv4Cidr(b.gatewayAddress);
    if (subnetA && subnetB
        && (subnetA.value().networkValue() != subnetB.value().networkValue()
            || subnetA.value().prefix != subnetB.value().prefix)) {
        const std::vector<Segment> all = segments(t);
        const Segment *segA = segmentOf(all, a.id);
        const Segment *segB = segmentOf(all, b.id);
        if (segA && segB) {
            const bool aKeeps = containerCount(t, *segA) >= containerCount(t, *segB);
            const Segment &keeper = aKeeps ? *segA : *segB;
            const Segment &joiner = aKeeps ? *segB : *segA;
            const Ipv4Cidr subnet = aKeeps ? subnetA.value() : subnetB.value();
            AddressPool pool(subnet, usedIn(t, keeper));
            int moved = 0;
            bool full = false;
            QStringList gateways;
            for (ObjectId bid : joiner.bridges) {
                const QString gateway = pool.take(true);
                full = full || gateway.isEmpty();
                if (full)
                    break;
                new SetPropertyCommand(document, bid, QStringLiteral("gatewayAddress"), gateway, 0,
                                       macro.get());
                gateways << tr("%1 gets %2").arg(t.displayName(bid), gateway);
                for (const Container *c : t.containersOnBridge(bid)) {
                    const QString address = pool.take(false);
                    full = full || address.isEmpty();
                    if (full)
                        break;
                    new SetPropertyCommand(document, c->id, QStringLiteral("address"), address, 0,
                                           macro.get());
                    if (!c->gateway.isEmpty())
                        new SetPropertyCommand(document, c->id, QStringLiteral("gateway"),
                                               QString(), 0, macro.get());
                    ++moved;
                }
            }
            if (full) {
                // Nothing half-done: the link alone, and validation explains the clash.
                macro = std::make_unique<QUndoCommand>(linkText);
                new AddObjectCommand(document, object, linkText, macro.get());
                message += QLatin1Char(' ')
                           + tr("Subnet %1 has no room for the other side; give both sides one "
                                "subnet.")
                                 .arg(subnet.subnetText());
            } else {
                message += QLatin1Char(' ')
                           + tr("One segment needs one subnet, so the other side joined %1 "
                                "(%2; %n container(s) re-addressed). Undo reverts it all.",
                                nullptr, moved)
                                 .arg(subnet.subnetText(), gateways.join(QStringLiteral(", ")));
            }
        }
    }
    Edit edit;
    edit.command = std::move(macro);
    edit.message = message;
    edit.created = l.id;
    return edit;
}

} // namespace studio
