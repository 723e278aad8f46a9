// Monitor figures: replot of one graph holding 64 series x 3,600 points (an hour at 1 Hz;
// target < 10 ms), one monitoring tick through the store into the dock (8 hosts, 64 pings),
// and memory over simulated hours of samples (target: flat once the window is full).
#include "synthetic.h"

#include "monitordock.h"
#include "monitorplot.h"
#include "monitorseries.h"

#include "monitor/monitorstore.h"
#include "monitor/probeselection.h"

#include <QApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cmath>
#include <malloc.h>
#include <random>

using namespace studio;

namespace {

constexpr double kStart = 1.8e9; // seconds since the epoch, a fixed start for repeatable runs

double heapMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

double rssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void BM_Replot64x3600(benchmark::State &state)
{
    MonitorPlot plot(QStringLiteral("Round-trip time"), QStringLiteral("ms"),
                     MonitorPlot::Scale::Plain);
    plot.resize(1200, 500);
    // The whole hour in view, or the default 10-minute window over an hour of history.
    plot.setWindow(double(state.range(0)));
    plot.show();
    QCoreApplication::processEvents();
    std::mt19937 random(7);
    std::normal_distribution<double> jitter(0, 0.05);
    for (int s = 0; s < 64; ++s) {
        MonitorSeries *series
            = plot.addSeries(QString::number(s), QStringLiteral("probe %1").arg(s),
                             QColor::fromHsv(s * 5 % 360, 200, 200));
        double rtt = 0.3 + 0.02 * s;
        for (int i = 0; i < 3600; ++i) {
            rtt = std::max(0.05, rtt + jitter(random));
            if (i % 97 == 13) {
                // The odd lost ping: a gap in the line and a cross below it, as the dock draws it.
                series->appendGap(kStart + i);
                series->appendLoss(kStart + i);
            } else {
                series->append(kStart + i, rtt);
            }
        }
    }
    for (auto _ : state)
        plot.replotNow();
    // To look at the frame being measured: BENCH_MONITOR_SNAPSHOT=hour.png (one file per view,
    // named after the window: hour-3600.png, hour-600.png).
    if (const QString file = qEnvironmentVariable("BENCH_MONITOR_SNAPSHOT"); !file.isEmpty()) {
        QString name = file;
        name.insert(name.lastIndexOf(QLatin1Char('.')), QStringLiteral("-%1").arg(state.range(0)));
        plot.grab().save(name);
    }
    state.counters["series"] = 64;
    state.counters["points"] = double(plot.allSeries().front()->pointCount());
    state.counters["in_view"] = double(plot.allSeries().front()->pointsBetween(
        plot.xAxis->range().lower, plot.xAxis->range().upper));
    state.counters["losses"] = double(plot.allSeries().front()->lossCount());
}

// A monitored topology and a dock showing it, fed by a generator of lab-like samples.
struct Monitored
{
    Topology topology = bench::syntheticTopology(8, 2, 2);
    MonitorStore store;
    MonitorDock dock;
    std::vector<ProbeSpec> probes;
    int tick = 0;

    Monitored()
    {
        probes = ProbeSelection::select(topology).value();
        store.reset(topology, probes);
        dock.setStore(&store);
        dock.resize(1500, 700);
        dock.show();
        QCoreApplication::processEvents();
    }

    // One second of monitoring: every host reports its counters and its pings' replies.
    void step()
    {
        const double t = kStart + tick;
        for (const Host &h : topology.hosts()) {
            HostSample s;
            s.host = h.id;
            s.time = t;
            s.health.sshReachable = s.health.ovsAnswering = s.health.dockerAnswering = true;
            s.countersRead = s.containersRead = true;
            const auto port = [&](const QString &bridge, const QString &name, qint64 rate) {
                PortCounters p;
                p.bridge = bridge;
                p.port = name;
                p.rxBytes = p.txBytes = rate * tick;
                p.rxPackets = p.txPackets = rate / 1000 * tick;
                p.durationSeconds = tick;
                s.ports << p;
            };
            for (const Bridge *b : topology.bridgesOf(h.id)) {
                for (const VxlanLink *l : topology.linksOf(b->id))
                    port(b->name, l->portOn(b->id), 125000 + 1000 * (tick % 17));
            }
            for (const Container *c : topology.containersOf(h.id)) {
                const QString portName = QStringLiteral("p") + QString::number(c->id);
                port(QString(), portName, 50000 + 100 * (tick % 13));
                s.containerPorts.insert(c->name, portName);
                s.containers << ContainerSample{c->name, ContainerRun::Running,
                                                QStringLiteral("running"), 100};
            }
            for (const ProbeSpec &p : probes) {
                if (p.sourceHost != h.id)
                    continue;
                PingEvent e;
                e.probe = p.index;
                e.seq = tick;
                e.time = t;
                e.outcome
                    = (tick + p.index) % 50 == 0 ? PingOutcome::NoAnswerYet : PingOutcome::Reply;
                e.rttMs = 0.3 + 0.01 * ((tick * 7 + p.index) % 11);
                s.pings << e;
            }
            store.addHostSample(s);
        }
        store.flush();
        ++tick;
    }
};

void BM_MonitorTick(benchmark::State &state)
{
    Monitored m;
    for (int i = 0; i < 600; ++i) // a full 10-minute window first
        m.step();
    m.dock.refresh();
    QCoreApplication::processEvents();
    for (auto _ : state) {
        m.step();
        m.dock.refresh();
        QCoreApplication::processEvents(); // the queued replots
    }
    int series = 0;
    for (MonitorPlot *p : m.dock.plots())
        series += int(p->allSeries().size());
    state.counters["hosts"] = double(m.topology.hosts().size());
    state.counters["pings"] = double(m.probes.size());
    state.counters["series"] = series;
}

// Memory while an hour (then a second one) of samples arrives at 1 Hz, with the default
// 10-minute window and with a 60-minute one: it must stop growing once the window is full.
void BM_MemoryOverSimulatedHours(benchmark::State &state)
{
    const double windowMinutes = double(state.range(0));
    const int hours = int(state.range(1));
    Monitored m;
    m.dock.setWindow(windowMinutes * 60);
    std::printf("Memory with a %.0f-minute window (8 hosts, %zu pings, 1 Hz):\n", windowMinutes,
                m.probes.size());
    std::printf("  %-10s %12s %10s %14s\n", "simulated", "heap in use", "RSS", "points drawn");
    const double heapBefore = heapMegabytes();
    double fullWindow = 0; // heap once the window has filled
    double atEnd = 0;
    for (auto _ : state) {
        for (int minute = 0; minute <= hours * 60; ++minute) {
            if (minute % 10 == 0) {
                long points = 0;
                for (MonitorPlot *p : m.dock.plots()) {
                    for (const auto &s : p->allSeries())
                        points += s->pointCount();
                }
                std::printf("  %3d min %12.1f MB %8.1f MB %14ld\n", minute,
                            heapMegabytes() - heapBefore, rssMegabytes(), points);
                if (minute == int(windowMinutes) + 10)
                    fullWindow = heapMegabytes();
                atEnd = heapMegabytes();
            }
            for (int s = 0; s < 60; ++s)
                m.step();
            m.dock.refresh();
            QCoreApplication::processEvents();
        }
    }
    state.counters["growth_after_full_window_MB"] = atEnd - fullWindow;
}

} // namespace

BENCHMARK(BM_Replot64x3600)->Unit(benchmark::kMillisecond)->MinTime(2.0)->Arg(3600)->Arg(600);
BENCHMARK(BM_MonitorTick)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_MemoryOverSimulatedHours)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->Args({10, 1})
    ->Args({60, 2});

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
