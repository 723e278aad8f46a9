#include "clicommands.h"

#include "model/projectfile.h"
#include "monitor/csvfield.h"
#include "monitor/monitor.h"
#include "monitor/monitorstore.h"
#include "ssh/knownhostsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace studio {
class MonitorCli
{
    Q_DECLARE_TR_FUNCTIONS(studio::MonitorCli)
};
} // namespace studio

namespace studio::cli {

namespace {

// SIGINT/SIGTERM reach the event loop through a socket pair: the handler only writes a byte.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &byte, 1);
}

enum class Format { Text, Json, Csv };

QString healthText(Health h)
{
    switch (h) {
    case Health::Unknown:
        return QStringLiteral("unknown");
    case Health::Up:
        return QStringLiteral("up");
    case Health::Degraded:
        return QStringLiteral("degraded");
    case Health::Down:
        return QStringLiteral("down");
    case Health::Unreachable:
        return QStringLiteral("unreachable");
    case Health::Broken:
        return QStringLiteral("broken");
    case Health::NotDeployed:
        return QStringLiteral("not-deployed");
    case Health::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

QString isoTime(MonitorTime t)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t * 1000)))
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QString csvNumber(double v, int precision)
{
    return std::isnan(v) ? QString() : QString::number(v, 'f', precision);
}

// Prints the samples of each update once, in one of three formats. A late reply corrects a
// point already printed: it is printed again with "update" set.
class SamplePrinter
{
public:
    SamplePrinter(const MonitorStore &store, Format format, QTextStream &out)
        : m_store(store)
        , m_format(format)
        , m_out(out)
    {
        if (m_format == Format::Csv)
            m_out << "time,kind,object,detail,value,unit,rate2,unit2,state,message\n";
    }

    void print(const MonitorUpdate &u)
    {
        const Topology &t = m_store.topology();
        if (m_nameWidth == 0)
            m_nameWidth = longestName();
        for (auto it = u.changedSeries.cbegin(); it != u.changedSeries.cend(); ++it) {
            const SeriesKey key = it.key();
            // Bits and packets arrive together: print a rate line from the bits series only.
            switch (key.metric) {
            case Metric::LinkBitsAToB:
            case Metric::LinkBitsBToA:
                printRates(key, it.value(), t.displayName(key.id),
                           key.metric == Metric::LinkBitsAToB ? QStringLiteral("a>b")
                                                              : QStringLiteral("b>a"),
                           key.metric == Metric::LinkBitsAToB ? Metric::LinkPacketsAToB
                                                              : Metric::LinkPacketsBToA,
                           QStringLiteral("link"));
                break;
            case Metric::ContainerBitsOut:
            case Metric::ContainerBitsIn:
                printRates(key, it.value(), t.displayName(key.id),
                           key.metric == Metric::ContainerBitsOut ? QStringLiteral("out")
                                                                  : QStringLiteral("in"),
                           key.metric == Metric::ContainerBitsOut ? Metric::ContainerPacketsOut
                                                                  : Metric::ContainerPacketsIn,
                           QStringLiteral("container"));
                break;
            case Metric::ProbeRttMs:
                printRtt(key, it.value());
                break;
            default:
                break;
            }
        }
        for (ObjectId id : u.changedObjects) {
            const ObjectHealth h = m_store.health(id);
            printState(t.displayName(id), h);
        }
        for (int p : u.changedProbes) {
            const ObjectHealth h = m_store.probeHealth(p);
            if (h.health == m_probeHealth.value(p, Health::Unknown))
                continue;
            m_probeHealth.insert(p, h.health);
            printState(m_store.probe(p)->label, h);
        }
        // In time order: series arrive in no particular order.
        std::stable_sort(m_lines.begin(), m_lines.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[t, line] : m_lines)
            m_out << line;
        m_lines.clear();
        m_out.flush();
    }

    void printHost(const HostSample &s)
    {
        const Host *h = m_store.topology().host(s.host);
        const QString name = h ? h->name : QString::number(s.host);
        if (m_format == Format::Json) {
            m_out << QJsonDocument(
                         QJsonObject{{QStringLiteral("time"), s.time},
                                     {QStringLiteral("kind"), QStringLiteral("host")},
                                     {QStringLiteral("host"), name},
                                     {QStringLiteral("reachable"), s.health.sshReachable},
                                     {QStringLiteral("ovs"), s.health.ovsAnswering},
                                     {QStringLiteral("docker"), s.health.dockerAnswering},
                                     {QStringLiteral("remoteCpuMs"),
                                      number(s.remoteCpuMs < 0 ? kNoValue : s.remoteCpuMs)},
                                     {QStringLiteral("roundTripMs"),
                                      number(s.roundTripMs < 0 ? kNoValue : s.roundTripMs)},
                                     {QStringLiteral("message"), s.health.message}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else if (m_format == Format::Csv) {
            m_out << QString::number(s.time, 'f', 3) << ",host," << csvField(name) << ",cpu,"
                  << csvNumber(s.remoteCpuMs < 0 ? kNoValue : s.remoteCpuMs, 1) << ",ms,"
                  << csvNumber(s.roundTripMs < 0 ? kNoValue : s.roundTripMs, 1) << ",ms,"
                  << (s.health.sshReachable ? "reachable" : "unreachable") << ','
                  << csvField(s.health.message) << '\n';
        }
        // Text: host lines only when something is wrong (the state lines say so).
        m_out.flush();
    }

private:
    // Text lines read as columns: the longest name they can carry (the store knows them once
    // monitoring started).
    int longestName() const
    {
        const Topology &t = m_store.topology();
        int width = 0;
        for (const Host &h : t.hosts())
            width = std::max(width, int(t.displayName(h.id).size()));
        for (const Container &c : t.containers())
            width = std::max(width, int(t.displayName(c.id).size()));
        for (const VxlanLink &l : t.links())
            width = std::max(width, int(t.displayName(l.id).size()));
        for (const ProbeSpec &probe : m_store.probes())
            width = std::max(width, int(probe.label.size()));
        return width;
    }

    void printRates(const SeriesKey &bitsKey, MonitorTime from, const QString &object,
                    const QString &direction, Metric packetsMetric, const QString &kind)
    {
        const TimeSeries *bits = m_store.series(bitsKey);
        const TimeSeries *packets = m_store.series({packetsMetric, bitsKey.id});
        if (!bits)
            return;
        const MonitorTime last = m_printed.value(bitsKey, 0);
        for (int i = bits->indexAt(std::max(from, last + 1e-9)); i < bits->size(); ++i) {
            const TimeSeries::Point &p = bits->at(i);
            double pps = kNoValue;
            if (packets) {
                const int j = packets->indexAt(p.t);
                if (j < packets->size() && packets->at(j).t == p.t)
                    pps = packets->at(j).v;
            }
            emitRate(p.t, kind, object, direction, p.v, pps);
            m_printed.insert(bitsKey, p.t);
        }
    }

    void emitRate(MonitorTime t, const QString &kind, const QString &object,
                  const QString &direction, double bps, double pps)
    {
        QString line;
        QTextStream ls(&line);
        switch (m_format) {
        case Format::Json:
            ls << QJsonDocument(QJsonObject{{QStringLiteral("time"), t},
                                            {QStringLiteral("kind"), kind},
                                            {QStringLiteral("object"), object},
                                            {QStringLiteral("direction"), direction},
                                            {QStringLiteral("bitsPerSecond"), number(bps)},
                                            {QStringLiteral("packetsPerSecond"), number(pps)}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
            break;
        case Format::Csv:
            ls << QString::number(t, 'f', 3) << ',' << kind << ',' << csvField(object) << ','
               << direction << ',' << csvNumber(bps, 0) << ",bit/s," << csvNumber(pps, 1)
               << ",packet/s,,\n";
            break;
        case Format::Text:
            ls << isoTime(t) << "  " << kind.leftJustified(kKindWidth) << "  "
               << object.leftJustified(m_nameWidth) << "  " << direction.leftJustified(3) << "  "
               << (std::isnan(bps) ? QStringLiteral("(gap)")
                                   : QStringLiteral("%1 kbit/s  %2 packet/s")
                                         .arg(bps / 1000, 8, 'f', 1)
                                         .arg(pps, 7, 'f', 1))
               << '\n';
            break;
        }
        ls.flush();
        m_lines.append({t, line});
    }

    void printRtt(const SeriesKey &key, MonitorTime from)
    {
        const TimeSeries *rtt = m_store.series(key);
        const ProbeSpec *probe = m_store.probe(int(key.id));
        if (!rtt || !probe)
            return;
        const TimeSeries *loss = m_store.series({Metric::ProbeLoss, key.id});
        const MonitorTime last = m_printed.value(key, 0);
        for (int i = rtt->indexAt(from); i < rtt->size(); ++i) {
            const TimeSeries::Point &p = rtt->at(i);
            const bool update = p.t <= last;
            bool lost = false;
            if (loss) {
                const int j = loss->indexAt(p.t);
                lost = j < loss->size() && loss->at(j).t == p.t;
            }
            if (std::isnan(p.v) && !lost && update)
                continue;
            const QString outcome = !std::isnan(p.v) ? QStringLiteral("reply")
                                    : lost           ? QStringLiteral("lost")
                                                     : QStringLiteral("gap");
            QString line;
            QTextStream ls(&line);
            const QString kindText = probe->kind == ProbeKind::Overlay ? QStringLiteral("overlay")
                                                                       : QStringLiteral("underlay");
            switch (m_format) {
            case Format::Json: {
                QJsonObject o{{QStringLiteral("time"), p.t},
                              {QStringLiteral("kind"), QStringLiteral("rtt")},
                              {QStringLiteral("probe"), probe->label},
                              {QStringLiteral("path"), kindText},
                              {QStringLiteral("vni"), qint64(probe->vni)},
                              {QStringLiteral("rttMs"), number(p.v)},
                              {QStringLiteral("outcome"), outcome}};
                if (update)
                    o.insert(QStringLiteral("update"), true);
                ls << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
                break;
            }
            case Format::Csv:
                ls << QString::number(p.t, 'f', 3) << ",rtt," << csvField(probe->label) << ','
                   << kindText << ',' << csvNumber(p.v, 3) << ",ms,,," << outcome
                   << (update ? QStringLiteral(" (update)") : QString()) << ",\n";
                break;
            case Format::Text:
                ls << isoTime(p.t) << "  " << QStringLiteral("rtt").leftJustified(kKindWidth)
                   << "  " << probe->label.leftJustified(m_nameWidth) << "  "
                   << (std::isnan(p.v) ? outcome : QStringLiteral("%1 ms").arg(p.v, 8, 'f', 3))
                   << (update ? QStringLiteral("  (late reply)") : QString()) << '\n';
                break;
            }
            ls.flush();
            m_lines.append({p.t, line});
            m_printed.insert(key, std::max(last, p.t));
        }
    }

    void printState(const QString &object, const ObjectHealth &h)
    {
        QString line;
        QTextStream ls(&line);
        switch (m_format) {
        case Format::Json:
            ls << QJsonDocument(QJsonObject{{QStringLiteral("time"), m_store.newest()},
                                            {QStringLiteral("kind"), QStringLiteral("state")},
                                            {QStringLiteral("object"), object},
                                            {QStringLiteral("state"), healthText(h.health)},
                                            {QStringLiteral("message"), h.message}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
            break;
        case Format::Csv:
            ls << QString::number(m_store.newest(), 'f', 3) << ",state," << csvField(object)
               << ",,,,,," << healthText(h.health) << ',' << csvField(h.message) << '\n';
            break;
        case Format::Text:
            ls << isoTime(m_store.newest()) << "  "
               << QStringLiteral("state").leftJustified(kKindWidth) << "  "
               << object.leftJustified(m_nameWidth) << "  " << healthText(h.health)
               << (h.message.isEmpty() ? QString() : QStringLiteral("  ") + h.message) << '\n';
            break;
        }
        ls.flush();
        m_lines.append({m_store.newest(), line});
    }

    static constexpr int kKindWidth = 9; // "container"
    const MonitorStore &m_store;
    Format m_format;
    QTextStream &m_out;
    QHash<SeriesKey, MonitorTime> m_printed;
    QHash<int, Health> m_probeHealth;
    QList<std::pair<MonitorTime, QString>> m_lines; // of the update being printed
    int m_nameWidth = 0;                            // the longest object or ping name
};

} // namespace

int monitorCommand(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      MonitorCli::tr("Seconds between samples (0.2 to 60)."),
                                      MonitorCli::tr("s"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   MonitorCli::tr("Stop after this many intervals (default: run "
                                                  "until Ctrl+C)."),
                                   MonitorCli::tr("n"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  MonitorCli::tr("One JSON object per line."));
    const QCommandLineOption csv(QStringLiteral("csv"), MonitorCli::tr("CSV with a header line."));
    const QCommandLineOption pairs(QStringLiteral("max-pairs"),
                                   MonitorCli::tr("Cap on the container pairs pinged."),
                                   MonitorCli::tr("n"), QStringLiteral("64"));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        MonitorCli::tr("known_hosts file to check host keys against."), MonitorCli::tr("file"),
        defaultKnownHostsFile());
    const QCommandLineOption acceptNew(
        QStringLiteral("accept-new-host-keys"),
        MonitorCli::tr("Trust host keys never seen before (changed keys are always refused)."));
    parser.addOptions({interval, count, json, csv, pairs, knownHosts, acceptNew});
    parser.addPositionalArgument(QStringLiteral("file"), MonitorCli::tr("The topology file."));
    const QString usage
        = MonitorCli::tr("usage: overlaystudio-cli monitor FILE [--interval S] [--count N] "
                         "[--json|--csv] [--max-pairs N] [--known-hosts FILE] "
                         "[--accept-new-host-keys]");
    if (helpAsked(args))
        return printHelp(parser, usage, io);
    bool intervalOk = false, countOk = true, pairsOk = false;
    const bool parsed = parser.parse(QStringList{QStringLiteral("monitor")} + args);
    const double seconds = parser.value(interval).toDouble(&intervalOk);
    const int ticks = parser.isSet(count) ? parser.value(count).toInt(&countOk) : 0;
    const int maxPairs = parser.value(pairs).toInt(&pairsOk);
    if (!parsed || parser.positionalArguments().size() != 1 || !intervalOk || !countOk || !pairsOk
        || ticks < 0 || maxPairs < 0 || (parser.isSet(json) && parser.isSet(csv))) {
        io.err << usage << '\n';
        if (!parser.errorText().isEmpty())
            io.err << parser.errorText() << '\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().first();
    auto loaded = projectfile::load(file);
    if (!loaded) {
        io.err << MonitorCli::tr("error: %1").arg(loaded.error().toString()) << '\n';
        return Problems;
    }
    const Topology topology = std::move(loaded).value();

    MonitorOptions options;
    options.intervalSeconds = seconds;
    options.knownHostsFile = parser.value(knownHosts);
    options.probes.maxPairs = maxPairs;
    const bool acceptNewKeys = parser.isSet(acceptNew);
    options.hostKeyPrompt = [acceptNewKeys](const UnknownHostKey &key) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(MonitorCli::tr("The host key of %1 (%2) is not known: %3 %4.%5")
                           .arg(key.host, key.address, key.keyType, key.fingerprint,
                                acceptNewKeys ? MonitorCli::tr(" Trusted (--accept-new-host-keys).")
                                              : MonitorCli::tr(" Not trusted: run 'status' or "
                                                               "'apply' once to confirm it, or "
                                                               "pass --accept-new-host-keys."))));
        return acceptNewKeys;
    };

    const Format format = parser.isSet(json)  ? Format::Json
                          : parser.isSet(csv) ? Format::Csv
                                              : Format::Text;
    MonitorStore store;
    Monitor monitor(&store);
    SamplePrinter printer(store, format, io.out);
    if (auto started = monitor.start(topology, options); !started) {
        io.err << MonitorCli::tr("error: %1").arg(started.error().toString()) << '\n';
        return Problems;
    }
    if (format == Format::Text)
        io.err << MonitorCli::tr("Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. "
                                 "Ctrl+C stops.")
                      .arg(topology.name)
                      .arg(topology.hosts().size())
                      .arg(monitor.probes().size())
                      .arg(seconds)
               << '\n';
    io.err.flush();

    QEventLoop loop;
    QObject::connect(&store, &MonitorStore::updated, &loop,
                     [&printer](const MonitorUpdate &u) { printer.print(u); });
    QHash<ObjectId, int> samples;
    QObject::connect(&monitor, &Monitor::hostSampled, &loop, [&](const HostSample &s) {
        printer.printHost(s);
        if (ticks > 0 && ++samples[s.host] >= ticks) {
            const bool all
                = std::all_of(topology.hosts().begin(), topology.hosts().end(),
                              [&](const Host &h) { return samples.value(h.id) >= ticks; });
            if (all)
                monitor.stop();
        }
    });
    QObject::connect(&monitor, &Monitor::stopped, &loop, &QEventLoop::quit);
    // A host that never answers still ends the run: count intervals, not only samples.
    QTimer deadline;
    if (ticks > 0) {
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &monitor, &Monitor::stop);
        deadline.start(int(ticks * seconds * 1000) + options.connectTimeoutMs + 5000);
    }

    bool interrupted = false;
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte;
            [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &byte, 1);
            if (!interrupted)
                io.err << MonitorCli::tr("Stopping: ending the remote pings...") << '\n';
            io.err.flush();
            interrupted = true;
            monitor.stop();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    loop.exec();
    monitor.stopAndWait(8000);
    store.flush();
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);

    bool allReachable = true;
    for (const Host &h : topology.hosts())
        allReachable = allReachable && store.hostHealth(h.id).sshReachable;
    return allReachable || interrupted ? Ok : Problems;
}

} // namespace studio::cli
