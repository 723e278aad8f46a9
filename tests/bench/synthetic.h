#pragma once

#include "model/topology.h"

namespace studio::bench {

// A large, valid topology for benchmarks: `hosts` hosts with `bridgesPerHost` bridges and
// `containersPerBridge` containers each. Bridge k of every host is in segment k (its own VNI and
// /16 subnet), and the hosts of a segment are chained by VXLAN links (a tree).
inline Topology syntheticTopology(int hosts, int bridgesPerHost, int containersPerBridge)
{
    Topology t;
    t.name = QStringLiteral("synthetic");
    const auto address = [](int segment, int index) {
        return QStringLiteral("10.%1.%2.%3").arg(segment + 1).arg(index >> 8).arg(index & 255);
    };
    std::vector<std::vector<ObjectId>> segmentBridges{std::size_t(bridgesPerHost)};
    for (int h = 0; h < hosts; ++h) {
        Host host;
        host.name = QStringLiteral("host%1").arg(h + 1);
        host.managementAddress
            = QStringLiteral("198.18.%1.%2").arg((h + 1) >> 8).arg((h + 1) & 255);
        host.position = QPointF((h % 25) * 480.0, (h / 25) * 340.0);
        const ObjectId hostId = t.addHost(host).value();
        for (int k = 0; k < bridgesPerHost; ++k) {
            Bridge b;
            b.host = hostId;
            b.name = QStringLiteral("br%1").arg(k);
            b.gatewayPort = QStringLiteral("gw%1").arg(k);
            b.gatewayAddress = address(k, 1 + h) + QStringLiteral("/16");
            b.position = QPointF(20, 20 + 60 * k);
            const ObjectId bridgeId = t.addBridge(b).value();
            segmentBridges[std::size_t(k)].push_back(bridgeId);
            for (int j = 0; j < containersPerBridge; ++j) {
                Container c;
                c.host = hostId;
                c.bridge = bridgeId;
                c.name = QStringLiteral("c%1-%2").arg(k).arg(j);
                c.image = QStringLiteral("busybox:latest");
                c.address = address(k, 1000 + h * containersPerBridge + j) + QStringLiteral("/16");
                c.position = QPointF(240, 20 + 12 * (k * containersPerBridge + j));
                t.addContainer(c).value(); // throws if the set-up is wrong
            }
        }
    }
    for (int k = 0; k < bridgesPerHost; ++k) {
        const auto &chain = segmentBridges[std::size_t(k)];
        for (std::size_t i = 1; i < chain.size(); ++i) {
            VxlanLink l;
            l.bridgeA = chain[i - 1];
            l.bridgeB = chain[i];
            l.vni = quint32(1000 + k);
            // Each host has up to two tunnels per segment: to its predecessor and successor.
            l.portA = QStringLiteral("vx%1n").arg(k);
            l.portB = QStringLiteral("vx%1p").arg(k);
            t.addLink(l).value(); // throws if the set-up is wrong
        }
    }
    return t;
}

// The canvas benchmarks' diagram: 200 hosts x (1 + 2 bridges + 8 containers) = 2,200 nodes, each
// host holding the 10 children the targets name; 2,000 links between bridges of different hosts
// (chains, then longer hops).
inline Topology canvasDiagram()
{
    Topology t = syntheticTopology(200, 2, 4);
    std::vector<std::vector<ObjectId>> bySegment(2);
    for (const Host &h : t.hosts()) {
        const auto bridges = t.bridgesOf(h.id);
        for (std::size_t k = 0; k < bridges.size(); ++k)
            bySegment[k].push_back(bridges[k]->id);
    }
    for (int hop = 2; t.links().size() < 2000; ++hop) {
        for (std::size_t k = 0; k < bySegment.size() && t.links().size() < 2000; ++k) {
            for (std::size_t i = 0; i + hop < bySegment[k].size() && t.links().size() < 2000; ++i) {
                VxlanLink l;
                l.bridgeA = bySegment[k][i];
                l.bridgeB = bySegment[k][i + hop];
                l.vni = quint32(1000 + k);
                l.portA = QStringLiteral("vx%1a%2").arg(k).arg(hop);
                l.portB = QStringLiteral("vx%1b%2").arg(k).arg(hop);
                if (!t.addLink(l))
                    qFatal("bench: cannot add a link");
            }
        }
    }
    return t;
}

} // namespace studio::bench
