#include "packetpath.h"

#include "plan/firewall.h"
#include "plan/planner.h"

#include "model/addresses.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <deque>
#include <optional>

namespace studio {

class PacketPathText
{
    Q_DECLARE_TR_FUNCTIONS(studio::PacketPath)
};

namespace {

constexpr int kEthernet = 14, kIpv4 = 20, kIpv6 = 40, kUdp = 8, kVxlan = 8, kIcmp = 8;
const QChar kMinus(0x2212);

struct Hop
{
    const VxlanLink *link;
    const Bridge *from;
    const Bridge *to;
};

// A design with a bad address has problems of its own (validation names them); the path tracer
// only needs to know there is no subnet to follow.
std::optional<Ipv4Cidr> cidrOf(const QString &text)
{
    auto parsed = parseIpv4Cidr(text);
    if (!parsed)
        return std::nullopt;
    return std::move(parsed).value();
}

class Tracer
{
public:
    Tracer(const Topology &t)
        : m_t(t)
    {
        const std::vector<Segment> all = segments(t);
        for (std::size_t i = 0; i < all.size(); ++i) {
            for (ObjectId b : all[i].bridges)
                m_segment.insert(b, int(i));
        }
    }

    Result<PacketPath> trace(const Container &src, const Container &dst)
    {
        m_path.from = src.id;
        m_path.to = dst.id;
        const Bridge *bs = m_t.bridge(src.bridge);
        const Bridge *bd = m_t.bridge(dst.bridge);
        const auto srcCidr = cidrOf(src.address);
        const auto dstCidr = cidrOf(dst.address);
        if (!bs || !bd || !srcCidr || !dstCidr)
            return Error{m_t.displayName(bs ? dst.id : src.id),
                         PacketPathText::tr(
                             "is not plugged into a bridge, so no packet can leave or reach it."),
                         PacketPathText::tr("Connect the container to a bridge.")};
        m_path.fromAddress = srcCidr->address.toString();
        m_path.toAddress = dstCidr->address.toString();
        const QString srcHost = hostName(src.host);

        const QString srcMac = PacketPathText::tr("%1 (%2)").arg(src.name, src.interfaceName);
        if (srcCidr->contains(dstCidr->address)) {
            const std::vector<PacketHeader> inner = innerHeaders(
                srcMac, PacketPathText::tr("%1 (%2)").arg(dst.name, dst.interfaceName), 64);
            m_path.innerHeaders = inner;
            hop(PathHop::Kind::Send, src.id, srcHost,
                PacketPathText::tr("%1 sends on %2").arg(src.name, src.interfaceName),
                PacketPathText::tr(
                    "%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so "
                    "it is on-link: %1 asks for its MAC address with ARP and sends the frame "
                    "straight to it, out of %5 (MTU %6).")
                    .arg(src.name, src.address, m_path.toAddress, srcCidr->subnetText(),
                         src.interfaceName)
                    .arg(bs->mtu));
            if (!switchTo(bs, bd, inner,
                          PacketPathText::tr("the frame for %1").arg(m_path.toAddress)))
                return m_path;
            deliver(dst, *bd);
            return m_path;
        }

        // Another network: the frame goes to the gateway, whose host routes it.
        const QString gateway = gatewayOf(m_t, src);
        const std::vector<PacketHeader> inner
            = innerHeaders(srcMac, PacketPathText::tr("gateway %1").arg(gateway), 64);
        m_path.innerHeaders = inner;
        hop(PathHop::Kind::Send, src.id, srcHost,
            PacketPathText::tr("%1 sends to its gateway").arg(src.name),
            PacketPathText::tr(
                "%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so "
                "its default route sends the packet to gateway %6: the frame goes to the "
                "gateway's MAC address (learned with ARP), out of %5 (MTU %7).")
                .arg(src.name, src.address, m_path.toAddress, srcCidr->subnetText(),
                     src.interfaceName, gateway)
                .arg(bs->mtu));
        const Bridge *router = gatewayBridge(*bs, gateway);
        if (!router) {
            drop(bs->id, srcHost, PacketPathText::tr("No gateway answers"),
                 PacketPathText::tr(
                     "No bridge of %1's network has the gateway address %2: its ARP request "
                     "goes unanswered and the packet is never sent.")
                     .arg(src.name, gateway),
                 PacketPathText::tr("Set %1's gateway to the gateway address of its bridge.")
                     .arg(src.name));
            return m_path;
        }
        if (!switchTo(bs, router, inner,
                      PacketPathText::tr("the frame for gateway %1").arg(gateway)))
            return m_path;
        const QString routerHost = hostName(router->host);
        const Host *rh = m_t.host(router->host);

        // The router's host looks for a network of its own that holds the destination.
        const Bridge *out = nullptr;
        for (const Bridge *b : m_t.bridgesOf(router->host)) {
            const auto c = cidrOf(b->gatewayAddress);
            if (b != router && c && c->contains(dstCidr->address))
                out = b;
        }
        hop(PathHop::Kind::Route, router->id, routerHost,
            PacketPathText::tr("%1 takes it in on %2").arg(routerHost, router->gatewayPort),
            out ? PacketPathText::tr(
                      "The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 "
                      "finds %5 in %6, the network of its bridge %7, and would forward it out "
                      "of %8.")
                      .arg(router->gatewayPort, router->name, router->gatewayAddress, routerHost,
                           m_path.toAddress, subnetOf(*out), out->name, out->gatewayPort)
                : PacketPathText::tr(
                      "The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, "
                      "which looks for a route to %5.")
                      .arg(router->gatewayPort, router->name, router->gatewayAddress, routerHost,
                           m_path.toAddress));
        if (!out) {
            const QString why
                = router->nat
                      ? PacketPathText::tr(
                            "%1 has no network that holds %2. Its default route would send the "
                            "packet out to the underlay, masqueraded by the NAT of %3, where "
                            "nobody knows %2: it is lost.")
                            .arg(routerHost, m_path.toAddress, router->name)
                      : PacketPathText::tr(
                            "%1 has no network that holds %2 and no route to it: the packet is "
                            "dropped.")
                            .arg(routerHost, m_path.toAddress);
            drop(router->id, routerHost, PacketPathText::tr("No route on %1").arg(routerHost), why,
                 PacketPathText::tr(
                     "Put both containers on one network (the same VNI), or give %1 a bridge in "
                     "%2's network and set routing on both bridges.")
                     .arg(routerHost, dst.name));
            return m_path;
        }
        const bool routed
            = std::any_of(rulesOn(*rh).begin(), rulesOn(*rh).end(), [&](const FirewallRule &r) {
                  return !r.isolation && r.table == QLatin1String("mangle")
                         && r.spec.contains(router->gatewayPort)
                         && r.spec.contains(out->gatewayPort)
                         && r.spec.indexOf(router->gatewayPort) < r.spec.indexOf(out->gatewayPort);
              });
        if (!routed) {
            const quint32 vniIn = vniOf(*router), vniOut = vniOf(*out);
            drop(out->id, routerHost, PacketPathText::tr("Isolation of %1 drops it").arg(out->name),
                 PacketPathText::tr(
                     "The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not "
                     "a reply) drops it. The networks are isolated%4, and the design does not "
                     "route between %5 and %1.")
                     .arg(out->name, routerHost, out->gatewayPort,
                          vniIn && vniOut && vniIn != vniOut
                              ? PacketPathText::tr(": the VNIs differ (%1 and %2)")
                                    .arg(vniIn)
                                    .arg(vniOut)
                              : QString(),
                          router->name),
                 PacketPathText::tr(
                     "Set routing on %1 and %2 of %3 (and on every host that has both "
                     "networks), or put the containers on the same VNI.")
                     .arg(router->name, out->name, routerHost));
            return m_path;
        }
        std::vector<PacketHeader> routedInner
            = innerHeaders(PacketPathText::tr("%1 (%2)").arg(out->gatewayPort, routerHost),
                           PacketPathText::tr("%1 (%2)").arg(dst.name, dst.interfaceName), 63);
        hop(PathHop::Kind::Route, out->id, routerHost,
            PacketPathText::tr("%1 routes it out of %2").arg(routerHost, out->gatewayPort),
            PacketPathText::tr(
                "Routing between %1 and %2 is part of the design: the rule that lets %3 into "
                "%4 comes before the isolation rule. The TTL drops to 63 and the frame leaves "
                "%4 with the gateway port's MAC address as its source.")
                .arg(router->name, out->name, router->gatewayPort, out->gatewayPort));
        if (!switchTo(out, bd, routedInner,
                      PacketPathText::tr("the frame for %1").arg(m_path.toAddress)))
            return m_path;
        deliver(dst, *bd);
        return m_path;
    }

private:
    QString hostName(ObjectId host) const
    {
        const Host *h = m_t.host(host);
        return h ? h->name : QString();
    }

    const std::vector<FirewallRule> &rulesOn(const Host &h)
    {
        auto it = m_firewall.find(h.id);
        if (it == m_firewall.end())
            it = m_firewall.insert(h.id, firewall::rulesFor(m_t, h));
        return it.value();
    }

    quint32 vniOf(const Bridge &b) const
    {
        const auto links = m_t.linksOf(b.id);
        return links.empty() ? 0 : links.front()->vni;
    }

    void hop(PathHop::Kind kind, ObjectId object, const QString &host, const QString &title,
             const QString &explanation)
    {
        m_path.hops.push_back({kind, object, host, title, explanation});
    }

    void drop(ObjectId object, const QString &host, const QString &title, const QString &why,
              const QString &fix)
    {
        hop(PathHop::Kind::Drop, object, host, title, why);
        m_path.delivered = false;
        m_path.verdict = why;
        m_path.fix = fix;
    }

    void deliver(const Container &dst, const Bridge &bridge)
    {
        const QString host = hostName(dst.host);
        hop(PathHop::Kind::Deliver, dst.id, host,
            PacketPathText::tr("%1 receives it on %2").arg(dst.name, dst.interfaceName),
            PacketPathText::tr(
                "%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 "
                "and answers it with an echo reply, which takes the way back.")
                .arg(bridge.name, dst.name, dst.address, dst.interfaceName));
        m_path.delivered = true;
        m_path.verdict = PacketPathText::tr("The echo request from %1 reaches %2.")
                             .arg(m_t.displayName(m_path.from), m_t.displayName(m_path.to));
    }

    // The bridge in the source's network that holds the gateway address: the source's own if it
    // does (a host answers ARP for its own gateway first), else another one of the network.
    const Bridge *gatewayBridge(const Bridge &bs, const QString &gateway) const
    {
        const auto holds = [&gateway](const Bridge &b) {
            const auto c = cidrOf(b.gatewayAddress);
            return c && c->address.toString() == gateway;
        };
        if (holds(bs))
            return &bs;
        for (const Bridge &b : m_t.bridges()) {
            if (m_segment.value(b.id, -1) == m_segment.value(bs.id, -2) && holds(b))
                return &b;
        }
        return nullptr;
    }

    // The links from one bridge to another within their network (breadth first).
    std::optional<std::vector<Hop>> layer2Path(const Bridge *from, const Bridge *to) const
    {
        if (from == to)
            return std::vector<Hop>{};
        QHash<ObjectId, Hop> cameBy;
        std::deque<const Bridge *> queue{from};
        QSet<ObjectId> seen{from->id};
        while (!queue.empty()) {
            const Bridge *b = queue.front();
            queue.pop_front();
            for (const VxlanLink *l : m_t.linksOf(b->id)) {
                const Bridge *next = m_t.bridge(l->otherEnd(b->id));
                if (!next || seen.contains(next->id))
                    continue;
                seen.insert(next->id);
                cameBy.insert(next->id, {l, b, next});
                if (next == to) {
                    std::vector<Hop> hops;
                    for (ObjectId at = to->id; at != from->id; at = cameBy.value(at).from->id)
                        hops.insert(hops.begin(), cameBy.value(at));
                    return hops;
                }
                queue.push_back(next);
            }
        }
        return std::nullopt;
    }

    // Switches a frame from bridge `from` to bridge `to`, through the VXLAN links between them.
    bool switchTo(const Bridge *from, const Bridge *to, const std::vector<PacketHeader> &inner,
                  const QString &what)
    {
        const QString fromHost = hostName(from->host);
        const auto hops = layer2Path(from, to);
        if (!hops) {
            hop(PathHop::Kind::Bridge, from->id, fromHost,
                PacketPathText::tr("%1 on %2").arg(from->name, fromHost),
                PacketPathText::tr("%1 takes in %2 and looks for where it should go.")
                    .arg(from->name, what));
            drop(from->id, fromHost,
                 PacketPathText::tr("No link to %1").arg(m_t.displayName(to->id)),
                 PacketPathText::tr(
                     "No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate "
                     "networks even though their addresses look alike.")
                     .arg(m_t.displayName(from->id), m_t.displayName(to->id), what, fromHost),
                 PacketPathText::tr(
                     "Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the "
                     "other).")
                     .arg(m_t.displayName(from->id), m_t.displayName(to->id)));
            return false;
        }
        if (hops->empty()) {
            hop(PathHop::Kind::Bridge, from->id, fromHost,
                PacketPathText::tr("%1 on %2").arg(from->name, fromHost),
                PacketPathText::tr(
                    "%1 switches %2 from one of its ports to another: both ends are on this "
                    "bridge, so the frame never leaves %3.")
                    .arg(from->name, what, fromHost));
            return true;
        }
        for (const Hop &h : *hops)
            cross(h, inner, what);
        return true;
    }

    void cross(const Hop &h, const std::vector<PacketHeader> &inner, const QString &what)
    {
        const Host *a = m_t.host(h.from->host);
        const Host *b = m_t.host(h.to->host);
        TunnelCrossing c;
        c.link = h.link->id;
        c.fromHost = a->name;
        c.toHost = b->name;
        c.port = h.link->portOn(h.from->id);
        c.remotePort = h.link->portOn(h.to->id);
        c.localAddress = a->effectiveUnderlayAddress();
        c.remoteAddress = b->effectiveUnderlayAddress();
        c.ipv6 = c.remoteAddress.contains(QLatin1Char(':'));
        c.udpPort = h.link->udpPort;
        c.vni = h.link->vni;
        c.underlayMtu = std::min(a->underlayMtu, b->underlayMtu);
        c.bridgeMtu = h.from->mtu;
        int innerFrame = 0;
        for (const PacketHeader &p : inner)
            innerFrame += p.bytes;
        const int ipBytes = c.ipv6 ? kIpv6 : kIpv4;
        c.headers.push_back(
            {PacketPathText::tr("Outer Ethernet"),
             kEthernet,
             {{PacketPathText::tr("Source MAC"),
               PacketPathText::tr("%1's underlay interface").arg(c.fromHost)},
              {PacketPathText::tr("Destination MAC"),
               PacketPathText::tr("the next hop to %1").arg(c.remoteAddress)},
              {PacketPathText::tr("EtherType"),
               c.ipv6 ? QStringLiteral("0x86dd (IPv6)") : QStringLiteral("0x0800 (IPv4)")}}});
        c.headers.push_back(
            {c.ipv6 ? PacketPathText::tr("Outer IPv6") : PacketPathText::tr("Outer IPv4"),
             ipBytes,
             {{PacketPathText::tr("Source"), c.localAddress},
              {PacketPathText::tr("Destination"), c.remoteAddress},
              {PacketPathText::tr("Protocol"), QStringLiteral("UDP (17)")},
              {c.ipv6 ? PacketPathText::tr("Payload length") : PacketPathText::tr("Total length"),
               QString::number((c.ipv6 ? 0 : ipBytes) + kUdp + kVxlan + innerFrame)}}});
        c.headers.push_back(
            {QStringLiteral("UDP"),
             kUdp,
             {{PacketPathText::tr("Source port"),
               PacketPathText::tr("from a hash of the inner headers")},
              {PacketPathText::tr("Destination port"), QString::number(c.udpPort)},
              {PacketPathText::tr("Length"), QString::number(kUdp + kVxlan + innerFrame)}}});
        c.headers.push_back(
            {QStringLiteral("VXLAN"),
             kVxlan,
             {{PacketPathText::tr("Flags"), PacketPathText::tr("0x08 (VNI present)")},
              {QStringLiteral("VNI"), QString::number(c.vni)}}});
        for (const PacketHeader &p : inner)
            c.headers.push_back(p);

        hop(PathHop::Kind::Bridge, h.from->id, c.fromHost,
            PacketPathText::tr("%1 on %2").arg(h.from->name, c.fromHost),
            PacketPathText::tr(
                "%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it "
                "learned that from earlier frames, or floods the first one), so it sends the "
                "frame there.")
                .arg(h.from->name, what, c.port));
        hop(PathHop::Kind::Encapsulate, h.link->id, c.fromHost,
            PacketPathText::tr("%1 wraps it in VXLAN, VNI %2").arg(c.port).arg(c.vni),
            PacketPathText::tr(
                "The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside "
                "a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. "
                "The MTU arithmetic: %6.")
                .arg(c.port)
                .arg(c.vni)
                .arg(c.remoteAddress)
                .arg(c.udpPort)
                .arg(c.overhead())
                .arg(c.arithmetic()));
        hop(PathHop::Kind::Underlay, h.link->id, c.fromHost,
            PacketPathText::tr("The underlay carries it from %1 to %2")
                .arg(c.localAddress, c.remoteAddress),
            PacketPathText::tr(
                "%1 sends the UDP packet from %2 to %3 like any other; the routers in between "
                "see only the outer headers.")
                .arg(c.fromHost, c.localAddress, c.remoteAddress));
        hop(PathHop::Kind::Decapsulate, h.link->id, c.toHost,
            PacketPathText::tr("%1 on %2 unwraps it").arg(c.remotePort, c.toHost),
            PacketPathText::tr(
                "On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the "
                "remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers "
                "and hands the original frame to %6.")
                .arg(c.toHost)
                .arg(c.udpPort)
                .arg(c.localAddress, c.remotePort)
                .arg(c.vni)
                .arg(h.to->name));
        if (!c.fits())
            hop(PathHop::Kind::Encapsulate, h.link->id, c.fromHost,
                PacketPathText::tr("MTU %1 is too large for this tunnel").arg(c.bridgeMtu),
                PacketPathText::tr(
                    "%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger "
                    "packets are lost. Lower the bridge's MTU to %3.")
                    .arg(h.from->name)
                    .arg(c.bridgeMtu)
                    .arg(c.innerMtu())
                    .arg(c.arithmetic()));
        m_path.tunnels.push_back(c);
        hop(PathHop::Kind::Bridge, h.to->id, c.toHost,
            PacketPathText::tr("%1 on %2").arg(h.to->name, c.toHost),
            PacketPathText::tr(
                "%1 learns the sender's MAC address behind %2 and switches the frame on.")
                .arg(h.to->name, c.remotePort));
    }

    static PacketHeader ethernet(const QString &from, const QString &to)
    {
        return {PacketPathText::tr("Inner Ethernet"),
                kEthernet,
                {{PacketPathText::tr("Source MAC"), from},
                 {PacketPathText::tr("Destination MAC"), to},
                 {PacketPathText::tr("EtherType"), QStringLiteral("0x0800 (IPv4)")}}};
    }

    std::vector<PacketHeader> innerHeaders(const QString &fromMac, const QString &toMac, int ttl)
    {
        return {
            ethernet(fromMac, toMac),
            {PacketPathText::tr("Inner IPv4"),
             kIpv4,
             {{PacketPathText::tr("Source"), m_path.fromAddress},
              {PacketPathText::tr("Destination"), m_path.toAddress},
              {PacketPathText::tr("Protocol"), QStringLiteral("ICMP (1)")},
              {QStringLiteral("TTL"), QString::number(ttl)},
              {PacketPathText::tr("Total length"),
               QString::number(kIpv4 + kIcmp + PacketPath::kPingPayload)}}},
            {PacketPathText::tr("ICMP echo request"),
             kIcmp,
             {{PacketPathText::tr("Type"), PacketPathText::tr("8 (echo request)")},
              {PacketPathText::tr("Code"), QStringLiteral("0")},
              {PacketPathText::tr("Sequence"), QStringLiteral("1")}}},
            {PacketPathText::tr("Payload"),
             PacketPath::kPingPayload,
             {{PacketPathText::tr("Data"), PacketPathText::tr("ping's timestamp and pattern")}}}};
    }

    const Topology &m_t;
    QHash<ObjectId, int> m_segment;
    QHash<ObjectId, std::vector<FirewallRule>> m_firewall;
    PacketPath m_path;
};

} // namespace

QString TunnelCrossing::arithmetic() const
{
    return PacketPathText::tr("%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)")
        .arg(underlayMtu)
        .arg(kMinus)
        .arg(overhead())
        .arg(innerMtu())
        .arg(ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
        .arg(ipv6 ? kIpv6 : kIpv4)
        .arg(kUdp)
        .arg(kVxlan)
        .arg(kEthernet);
}

std::vector<ObjectId> PacketPath::objects() const
{
    std::vector<ObjectId> ids;
    for (const PathHop &h : hops) {
        if (h.object != kNoObject && std::find(ids.begin(), ids.end(), h.object) == ids.end())
            ids.push_back(h.object);
    }
    return ids;
}

Result<PacketPath> tracePacket(const Topology &topology, ObjectId from, ObjectId to)
{
    const Container *src = topology.container(from);
    const Container *dst = topology.container(to);
    if (!src || !dst)
        return Error{topology.displayName(src ? to : from),
                     PacketPathText::tr("is not a container."),
                     PacketPathText::tr("Choose two containers, or one VXLAN link.")};
    if (from == to)
        return Error{topology.displayName(from),
                     PacketPathText::tr("would ping itself; that never leaves it."),
                     PacketPathText::tr("Choose two different containers.")};
    const QList<Problem> problems = validate(topology);
    if (hasErrors(problems)) {
        for (const Problem &p : problems) {
            if (p.severity == Severity::Error)
                return Error{topology.displayName(p.object),
                             PacketPathText::tr(
                                 "the topology has errors, so its packets cannot be followed: "
                                 "%1")
                                 .arg(p.message),
                             p.fix};
        }
    }
    return Tracer(topology).trace(*src, *dst);
}

Result<PacketPath> tracePacketOverLink(const Topology &topology, ObjectId link)
{
    const VxlanLink *l = topology.link(link);
    if (!l)
        return Error{topology.displayName(link), PacketPathText::tr("is not a VXLAN link."),
                     PacketPathText::tr("Choose a link, or two containers.")};
    const auto a = topology.containersOnBridge(l->bridgeA);
    const auto b = topology.containersOnBridge(l->bridgeB);
    if (a.empty() || b.empty())
        return Error{topology.displayName(link),
                     PacketPathText::tr("has no container on %1 to send or receive a ping.")
                         .arg(topology.displayName(a.empty() ? l->bridgeA : l->bridgeB)),
                     PacketPathText::tr("Plug a container into each end's bridge.")};
    return tracePacket(topology, a.front()->id, b.front()->id);
}

ObjectId suggestedPeer(const Topology &topology, ObjectId from)
{
    const Container *c = topology.container(from);
    if (!c || c->bridge == kNoObject)
        return kNoObject;
    for (const VxlanLink *l : topology.linksOf(c->bridge)) {
        const auto far
            = topology.containersOnBridge(l->bridgeA == c->bridge ? l->bridgeB : l->bridgeA);
        if (!far.empty())
            return far.front()->id;
    }
    for (const Container *other : topology.containersOnBridge(c->bridge)) {
        if (other->id != from)
            return other->id;
    }
    return kNoObject;
}

} // namespace studio
