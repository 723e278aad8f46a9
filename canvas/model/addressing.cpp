#include "addressing.h"

#include "addresses.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSet>

namespace studio {
class Addressing
{
    Q_DECLARE_TR_FUNCTIONS(studio::Addressing)
};
} // namespace studio

namespace studio::addressing {

QString nextName(const QStringList &taken, const QString &prefix, int first)
{
    for (int n = first;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QStringList hostNames(const Topology &t)
{
    QStringList names;
    for (const Host &h : t.hosts())
        names << h.name;
    return names;
}

QStringList containerNames(const Topology &t, ObjectId host)
{
    // Container names: unique per host is required, across the topology is clearer (and hosts
    // sharing one Docker engine, like the lab's, need it).
    Q_UNUSED(host);
    QStringList names;
    for (const Container &c : t.containers())
        names << c.name;
    return names;
}

QStringList interfaceNames(const Topology &t, ObjectId host)
{
    QStringList names;
    for (const Bridge *b : t.bridgesOf(host))
        names << b->name << b->gatewayPort;
    for (const VxlanLink &l : t.links()) {
        const Bridge *a = t.bridge(l.bridgeA);
        const Bridge *b = t.bridge(l.bridgeB);
        if (a && a->host == host)
            names << l.portA;
        if (b && b->host == host)
            names << l.portB;
    }
    return names;
}

Result<QString> nextBridgeGateway(const Topology &t, ObjectId host)
{
    // Bridges whose address does not parse claim no subnet; validation reports them.
    std::vector<Ipv4Cidr> onHost;
    for (const Bridge *b : t.bridgesOf(host)) {
        if (auto c = parseIpv4Cidr(b->gatewayAddress))
            onHost.push_back(c.value());
    }
    const auto free = [&onHost](const Ipv4Cidr &candidate) {
        return std::none_of(onHost.begin(), onHost.end(),
                            [&](const Ipv4Cidr &c) { return c.overlaps(candidate); });
    };
    // Continue the family the topology already uses (e.g. 198.19.x.0/24 in the lab).
    quint32 family = 0;
    int highest = -1;
    for (const Bridge &b : t.bridges()) {
        if (auto c = parseIpv4Cidr(b.gatewayAddress); c && c.value().prefix == 24) {
            family = c.value().value() & 0xffff0000u;
            highest = std::max(highest, int((c.value().value() >> 8) & 0xff));
        }
    }
    if (highest >= 0) {
        for (int third = highest + 1; third <= 255; ++third) {
            const Ipv4Cidr candidate{QHostAddress(family | quint32(third) << 8 | 1u), 24};
            if (free(candidate))
                return candidate.toString();
        }
    }
    // The guide's pattern: 10.2.2.1/24, 10.3.3.1/24, ...
    for (int k = 2; k <= 254; ++k) {
        const Ipv4Cidr candidate{QHostAddress(QStringLiteral("10.%1.%1.1").arg(k)), 24};
        if (free(candidate))
            return candidate.toString();
    }
    return Error{t.displayName(host),
                 Addressing::tr("has no free /24 subnet left for a new bridge"),
                 Addressing::tr("Enter the bridge's gateway address by hand.")};
}

Result<QString> nextContainerAddress(const Topology &t, ObjectId bridgeId)
{
    const Bridge *bridge = t.bridge(bridgeId);
    if (!bridge)
        return Error{{}, Addressing::tr("There is no such bridge."), {}};
    const auto parsed = parseIpv4Cidr(bridge->gatewayAddress);
    if (!parsed)
        return Error{
            t.displayName(bridgeId),
            Addressing::tr("has no valid gateway address to take a subnet from: %1")
                .arg(parsed.error().message),
            Addressing::tr("Enter the gateway address with its prefix, e.g. 10.2.2.1/24.")};
    const Ipv4Cidr &subnet = parsed.value();
    // Addresses that do not parse take nothing from the pool; validation reports them.
    QSet<quint32> used;
    for (const Segment &s : segments(t)) {
        if (std::find(s.bridges.begin(), s.bridges.end(), bridgeId) == s.bridges.end())
            continue;
        for (ObjectId b : s.bridges) {
            if (auto g = parseIpv4Cidr(t.bridge(b)->gatewayAddress))
                used.insert(g.value().value());
            for (const Container *c : t.containersOnBridge(b)) {
                if (auto a = parseIpv4Cidr(c->address))
                    used.insert(a.value().value());
            }
        }
    }
    for (quint32 a = subnet.networkValue() + 1; a < subnet.broadcastValue(); ++a) {
        if (!used.contains(a))
            return Ipv4Cidr{QHostAddress(a), subnet.prefix}.toString();
    }
    return Error{t.displayName(bridgeId),
                 Addressing::tr("has no free address left in subnet %1").arg(subnet.subnetText()),
                 Addressing::tr("Use a larger subnet (a shorter prefix) for this segment.")};
}

quint32 nextVni(const Topology &t, ObjectId bridgeA, ObjectId bridgeB)
{
    for (const VxlanLink &l : t.links()) {
        for (ObjectId end : {bridgeA, bridgeB}) {
            if (l.bridgeA == end || l.bridgeB == end)
                return l.vni; // joining an existing segment: same network, same VNI
        }
    }
    QSet<quint32> used;
    for (const VxlanLink &l : t.links())
        used.insert(l.vni);
    quint32 vni = 100;
    while (used.contains(vni))
        vni += 100;
    return vni;
}

} // namespace studio::addressing
