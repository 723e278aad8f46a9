// Monitoring cost on an 8-host local lab (root; bench_monitor.sh brings the lab up and down):
// 8 hosts at 1 Hz with 32 pings (25 container pairs + 7 underlay paths) for 60 s. Prints this
// process's own CPU, the per-host per-tick CPU of the remote command (the shell's `times`), and
// what the pings and the SSH sessions cost on the hosts (from /proc, the lab being local).
// Usage: bench_monitor CLI RUNDIR [SECONDS]
#include "lab/lab.h"
#include "model/projectfile.h"
#include "monitor/monitor.h"
#include "monitor/monitorstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace studio;

namespace {

double cpuSecondsOfSelf()
{
    rusage u = {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct ProcStat
{
    qint64 ppid = 0;
    double cpu = 0; // seconds
};

ProcStat statOf(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const QList<QByteArray> w = line.mid(line.lastIndexOf(')') + 2).split(' ');
    static const double tick = double(sysconf(_SC_CLK_TCK));
    return {w.value(1).toLongLong(), double(w.value(11).toLongLong() + w.value(12).toLongLong()
                                            + w.value(13).toLongLong() + w.value(14).toLongLong())
                                         / tick};
}

// CPU so far of the hosts' ping scripts and pings, and of the sshd sessions the lab's sshds
// serve (children of the listeners).
void remoteCpu(const QList<qint64> &listeners, double *pings, double *sessions)
{
    *pings = 0;
    *sessions = 0;
    for (const QString &pid :
         QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmdline = f.readAll();
        const ProcStat st = statOf(pid);
        if (cmdline.contains("overlaystudio-pings")
            || cmdline.startsWith(QByteArray("ping\0-n\0-D\0-O\0", 15)))
            *pings += st.cpu;
        else if (listeners.contains(st.ppid))
            *sessions += st.cpu;
    }
}

int run(const QStringList &argv)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(600000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// lab1..lab8, br0 each in 198.19.8.0/24, a star of VXLAN links from lab1 on VNI 800, one
// container per host.
Topology eightHosts(const LabState &lab)
{
    Topology t = Lab::topologyFor(lab, QStringLiteral("bench-monitor"));
    std::vector<ObjectId> bridges;
    int n = 1;
    for (const Host &h : t.hosts()) {
        Bridge b;
        b.host = h.id;
        b.name = QStringLiteral("br0");
        b.gatewayPort = QStringLiteral("gw0");
        b.gatewayAddress = QStringLiteral("198.19.8.%1/24").arg(n);
        bridges.push_back(t.addBridge(b).value());
        Container c;
        c.host = h.id;
        c.bridge = bridges.back();
        c.name = QStringLiteral("m%1").arg(n);
        c.image = lab.image;
        c.address = QStringLiteral("198.19.8.%1/24").arg(100 + n);
        t.addContainer(c).value(); // throws if the set-up is wrong
        ++n;
    }
    for (std::size_t i = 1; i < bridges.size(); ++i) {
        VxlanLink l;
        l.bridgeA = bridges[0];
        l.bridgeB = bridges[i];
        l.vni = 800;
        l.portA = QStringLiteral("vx%1").arg(i + 1);
        l.portB = QStringLiteral("vx1");
        t.addLink(l).value(); // throws if the set-up is wrong
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_monitor CLI RUNDIR [SECONDS]\n");
        return 2;
    }
    const QString cli = args[1];
    const QString runDir = args[2];
    const int seconds = args.size() > 3 ? args[3].toInt() : 60;
    auto lab = Lab::load(runDir);
    if (!lab || lab.value().hosts.size() < 8) {
        std::fprintf(stderr, "needs an 8-host lab in %s\n", qPrintable(runDir));
        return 1;
    }
    QList<qint64> listeners;
    for (const LabHost &h : lab.value().hosts) {
        for (const LabProcess &p : h.processes) {
            if (p.command == QLatin1String("sshd"))
                listeners << p.pid;
        }
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench-monitor.json"));
    const Topology topology = eightHosts(lab.value());
    if (!projectfile::save(topology, file).ok())
        return 1;
    const QString knownHosts = lab.value().knownHosts;
    std::fprintf(stderr, "applying %d hosts...\n", int(topology.hosts().size()));
    if (run({cli, QStringLiteral("apply"), file, QStringLiteral("--known-hosts"), knownHosts}) != 0)
        return 1;

    MonitorStore store;
    Monitor monitor(&store);
    MonitorOptions options;
    options.knownHostsFile = knownHosts;
    options.probes.maxPairs = 25;
    if (auto started = monitor.start(topology, options); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().toString()));
        return 1;
    }
    bool measuring = false;
    std::vector<double> tickCpu, roundTrips;
    int unreachable = 0;
    QObject::connect(&monitor, &Monitor::hostSampled, &app, [&](const HostSample &s) {
        if (!measuring)
            return;
        if (!s.health.sshReachable)
            ++unreachable;
        if (s.remoteCpuMs >= 0)
            tickCpu.push_back(s.remoteCpuMs);
        if (s.roundTripMs >= 0)
            roundTrips.push_back(s.roundTripMs);
    });
    int updates = 0;
    QObject::connect(&store, &MonitorStore::updated, &app, [&] { ++updates; });

    // Warm up (connect, first Docker read, pings start), then measure.
    double cpuStart = 0, pingsStart = 0, sessionsStart = 0;
    QElapsedTimer wall;
    QTimer::singleShot(5000, &app, [&] {
        measuring = true;
        updates = 0;
        cpuStart = cpuSecondsOfSelf();
        remoteCpu(listeners, &pingsStart, &sessionsStart);
        wall.start();
    });
    QTimer::singleShot(5000 + seconds * 1000, &app, [&] { app.quit(); });
    app.exec();
    const double elapsed = double(wall.elapsed()) / 1000.0;
    const double cpu = cpuSecondsOfSelf() - cpuStart;
    double pingsEnd = 0, sessionsEnd = 0;
    remoteCpu(listeners, &pingsEnd, &sessionsEnd);
    measuring = false;
    monitor.stopAndWait();

    const auto mean = [](const std::vector<double> &v) {
        double sum = 0;
        for (double x : v)
            sum += x;
        return v.empty() ? 0.0 : sum / double(v.size());
    };
    const auto pct = [](std::vector<double> v, double p) {
        if (v.empty())
            return 0.0;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
    };
    int answered = 0, lost = 0;
    for (const ProbeSpec &p : store.probes()) {
        answered += store.summary(p.index).answered;
        lost += store.summary(p.index).lost;
    }
    const int hosts = int(topology.hosts().size());
    std::printf("monitoring %d hosts, %d probes, 1 Hz, %.0f s (after 5 s warm-up)\n", hosts,
                int(store.probes().size()), elapsed);
    std::printf("| figure | value | target |\n|---|---|---|\n");
    std::printf("| this process's CPU | %.2f%% of one core | < 5%% |\n", 100.0 * cpu / elapsed);
    std::printf("| remote command CPU per host per tick (mean / p90, `times`, 10 ms ticks) | %.1f "
                "/ %.1f ms | < 30 ms |\n",
                mean(tickCpu), pct(tickCpu, 0.9));
    std::printf("| tick round trip (mean / p90) | %.1f / %.1f ms | |\n", mean(roundTrips),
                pct(roundTrips, 0.9));
    const double pingsMs = 1000.0 * (pingsEnd - pingsStart) / elapsed / hosts;
    if (pingsEnd - pingsStart > 0)
        std::printf("| pings and their script, per host | %.2f ms CPU/s | |\n", pingsMs);
    else
        std::printf("| pings and their script, per host | < %.2f ms CPU/s (not one 10 ms clock "
                    "tick in %.0f s) | |\n",
                    10.0 / elapsed, elapsed);
    std::printf("| sshd sessions, per host | %.2f ms CPU/s | |\n",
                1000.0 * (sessionsEnd - sessionsStart) / elapsed / hosts);
    std::printf("| store updates | %.2f per s | |\n", double(updates) / elapsed);
    std::printf("ticks measured: %d (%d unreachable); pings answered %d, lost %d\n",
                int(tickCpu.size()), unreachable, answered, lost);

    run({cli, QStringLiteral("destroy"), file, QStringLiteral("--known-hosts"), knownHosts});
    return 0;
}
