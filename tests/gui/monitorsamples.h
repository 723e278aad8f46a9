#pragma once

// Samples of the lab example (resources/examples/lab-two-hosts.json) as its two hosts would
// report them, for the GUI tests that feed a MonitorStore directly.
#include "monitor/monitorstore.h"

#include <QSet>

#include <functional>

namespace studio::testsamples {

constexpr ObjectId kLab1 = 1, kLab2 = 2;
constexpr ObjectId kContainer1 = 7, kContainer3 = 9;
constexpr ObjectId kLink100 = 11, kLink200 = 12;

// What a lab host reports in tick i: steady traffic on VNI 100 (1 Mb/s from lab1 to lab2,
// 100 kb/s back), none on VNI 200, and a reply to every ping: overlay 0.5 ms, underlay 0.3 ms,
// except those listed as lost.
inline HostSample tick(const MonitorStore &store, ObjectId host, int i, double t0,
                       const QSet<int> &lostTicks = {})
{
    HostSample s;
    s.host = host;
    s.time = t0 + i;
    s.health.sshReachable = s.health.ovsAnswering = s.health.dockerAnswering = true;
    s.countersRead = s.containersRead = true;
    const bool lab1 = host == kLab1;
    const auto port
        = [&](const QString &bridge, const QString &name, qint64 rxPerTick, qint64 txPerTick) {
              PortCounters p;
              p.bridge = bridge;
              p.port = name;
              p.rxBytes = 1000 + rxPerTick * i;
              p.rxPackets = 10 + rxPerTick / 1000 * i;
              p.txBytes = 1000 + txPerTick * i;
              p.txPackets = 10 + txPerTick / 1000 * i;
              p.durationSeconds = 100 + i;
              p.link = PortLink::Up;
              s.ports << p;
          };
    port(QStringLiteral("br0"), QStringLiteral("vxlan0"), lab1 ? 12500 : 125000, 0);
    port(QStringLiteral("br1"), QStringLiteral("vxlan1"), 0, 0);
    const QStringList containers
        = lab1 ? QStringList{QStringLiteral("container1"), QStringLiteral("container2")}
               : QStringList{QStringLiteral("container3"), QStringLiteral("container4")};
    for (const QString &name : containers) {
        const QString portName = QStringLiteral("p_") + name;
        const bool talks = name == QLatin1String("container1");
        port(name == containers.first() ? QStringLiteral("br0") : QStringLiteral("br1"), portName,
             talks ? 125000 : 0, talks ? 12500 : 0);
        s.containerPorts.insert(name, portName);
        s.containers << ContainerSample{name, ContainerRun::Running, QStringLiteral("running"), 42};
    }
    for (const ProbeSpec &p : store.probes()) {
        if (p.sourceHost != host)
            continue;
        PingEvent e;
        e.probe = p.index;
        e.seq = i;
        e.time = t0 + i;
        if (lostTicks.contains(i) && p.kind == ProbeKind::Overlay) {
            e.outcome = PingOutcome::NoAnswerYet;
        } else {
            e.outcome = PingOutcome::Reply;
            // container1's ping 0.5 ms, container2's 0.7 ms, the underlay 0.3 ms.
            e.rttMs = p.kind == ProbeKind::Underlay ? 0.3
                      : store.topology().container(p.sourceContainer)->name
                              == QLatin1String("container1")
                          ? 0.5
                          : 0.7;
        }
        s.pings << e;
    }
    return s;
}

// Feeds ticks [from, to) of both hosts into the store and flushes each tick; lab2 answers or is
// unreachable (connection refused). adjust, when given, changes each sample before it is added
// (a stopped container, pings that fail).
inline void feed(MonitorStore &store, double t0, int from, int to, const QSet<int> &lost = {},
                 bool lab2Reachable = true, const std::function<void(HostSample &)> &adjust = {})
{
    const auto add = [&](HostSample s) {
        if (adjust)
            adjust(s);
        store.addHostSample(s);
    };
    for (int i = from; i < to; ++i) {
        add(tick(store, kLab1, i, t0, lost));
        if (lab2Reachable) {
            add(tick(store, kLab2, i, t0, lost));
        } else {
            HostSample gone;
            gone.host = kLab2;
            gone.time = t0 + i;
            gone.health.message = QStringLiteral("lab2: connection refused (is sshd running?)");
            store.addHostSample(gone);
        }
        store.flush();
    }
}

} // namespace studio::testsamples
