// The monitor's store over one simulated hour at 1 Hz: 16 hosts (2 bridges, 4 containers each,
// chained VXLAN links), 64 container-pair pings plus the underlay paths, the default 10-minute
// window. Prints the resident memory every 10 minutes (it must stay flat once the window is
// full) and the time one tick of all hosts costs. No lab needed.
#include "monitor/monitorstore.h"
#include "monitor/probeselection.h"

#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace studio;

namespace {

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> w = f.readAll().split(' ');
    return double(w.value(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Topology t = bench::syntheticTopology(16, 2, 2);
    auto selected = ProbeSelection::select(t);
    if (!selected)
        return 1;
    const std::vector<ProbeSpec> probes = selected.value();
    MonitorStore store;
    store.reset(t, probes, 1.0);
    int updates = 0;
    QObject::connect(&store, &MonitorStore::updated, &app, [&] { ++updates; });

    const MonitorTime t0 = 1795600000.0;
    QElapsedTimer timer;
    double busyMs = 0;
    std::printf("store: %d hosts, %d links, %d containers, %d probes, window %.0f s\n",
                int(t.hosts().size()), int(t.links().size()), int(t.containers().size()),
                int(probes.size()), store.windowSeconds());
    std::printf("| simulated time | resident memory | points kept |\n|---|---|---|\n");
    for (int second = 0; second <= 3600; ++second) {
        timer.start();
        for (const Host &h : t.hosts()) {
            HostSample s;
            s.host = h.id;
            s.time = t0 + second;
            s.health = {true, true, true, false, {}};
            s.countersRead = s.containersRead = true;
            for (const Bridge *b : t.bridgesOf(h.id)) {
                for (const VxlanLink *l : t.linksOf(b->id)) {
                    PortCounters p;
                    p.bridge = b->name;
                    p.port = l->portOn(b->id);
                    p.rxPackets = p.txPackets = 100LL * second;
                    p.rxBytes = p.txBytes = 100000LL * second;
                    p.durationSeconds = second;
                    s.ports << p;
                }
            }
            for (const Container *c : t.containersOf(h.id)) {
                PortCounters p;
                p.port = c->name + QStringLiteral("_l");
                p.rxPackets = p.txPackets = 10LL * second;
                p.rxBytes = p.txBytes = 10000LL * second;
                p.durationSeconds = second;
                p.link = PortLink::Up;
                s.ports << p;
                s.containerPorts.insert(c->name, p.port);
                s.containers << ContainerSample{c->name, ContainerRun::Running,
                                                QStringLiteral("running"), 1};
            }
            for (const ProbeSpec &p : probes) {
                if (p.sourceHost != h.id)
                    continue;
                PingEvent e;
                e.probe = p.index;
                e.seq = second + 1;
                e.time = t0 + second;
                // One request in 50 is lost, one in 200 answered late.
                e.outcome = second % 50 == 7 ? PingOutcome::NoAnswerYet : PingOutcome::Reply;
                e.rttMs = 0.5 + (second % 13) * 0.1;
                s.pings << e;
            }
            store.addHostSample(s);
        }
        store.flush();
        busyMs += double(timer.nsecsElapsed()) / 1e6;
        if (second % 600 == 0) {
            qint64 points = 0;
            for (const SeriesKey &k : store.seriesKeys())
                points += store.series(k)->size();
            std::printf("| %d min | %.1f MiB | %lld |\n", second / 60, residentMiB(), points);
        }
    }
    std::printf("one tick of all %d hosts: %.2f ms on average; %d updates\n", int(t.hosts().size()),
                busyMs / 3601, updates);
    return 0;
}
