#include "hostmonitor.h"

#include "pingparser.h"
#include "pingstream.h"
#include "tickcommand.h"

#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcMonitor, "overlaystudio.monitor", QtWarningMsg)

namespace studio {

class HostMonitorText
{
    Q_DECLARE_TR_FUNCTIONS(studio::HostMonitor)
};

namespace {

MonitorTime now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

// Maps the host's clock (ping -D stamps) onto ours: the smallest (arrival - stamp) seen lately
// is the offset plus the shortest delivery delay, which is as close as we can know.
class ClockMapper
{
public:
    void observe(double remote, MonitorTime local)
    {
        const double candidate = local - remote;
        if (local - m_windowStart > 30) {
            m_previous = m_current;
            m_current = candidate;
            m_windowStart = local;
        } else {
            m_current = std::min(m_current, candidate);
        }
    }
    MonitorTime map(double remote) const
    {
        const double offset = std::min(m_current, m_previous);
        return std::isfinite(offset) ? remote + offset : remote;
    }

private:
    double m_current = std::numeric_limits<double>::infinity();
    double m_previous = std::numeric_limits<double>::infinity();
    MonitorTime m_windowStart = 0;
};

double stampOf(const QByteArray &line)
{
    if (!line.startsWith('['))
        return -1;
    const qsizetype close = line.indexOf(']');
    bool ok = false;
    const double t = close > 1 ? line.mid(1, close - 1).toDouble(&ok) : -1;
    return ok ? t : -1;
}

} // namespace

// What one connection knows; a reconnect starts a fresh one.
struct HostMonitor::Session
{
    SshSession ssh;
    PingStream stream;
    ClockMapper clock;
    struct Probe
    {
        const ProbeSpec *spec = nullptr;
        PingParser parser{0, 1.0};
        int run = 0;          // increases with every start; lines of older runs are ignored
        bool running = false; // a ping of this run was started and has not ended
        qint64 pid = -1;      // the namespace it runs in (0: the host's)
        MonitorTime lastLine = 0;
        bool stale = false;
        bool endedReported = false;
        MonitorTime retryAfter = 0;
    };
    std::vector<Probe> probes;
    QHash<QString, TickRequest::Container> containers; // known PIDs
    QHash<QString, ContainerRun> containerState;
    QHash<QString, QString> containerPorts;
    QHash<QString, QHash<QString, QString>> portNames; // bridge -> port number -> name
    QStringList linkPorts;
    bool needPortMap = true;
    MonitorTime lastPortMap = 0;
    int tick = 0;
    double lastCpu = -1;
    QList<PingEvent> pings; // since the last sample
};

HostMonitor::HostMonitor(const Topology &topology, ObjectId host, std::vector<ProbeSpec> probes,
                         const MonitorOptions &options)
    : m_topology(topology)
    , m_probes(std::move(probes))
    , m_options(options)
{
    if (const Host *h = topology.host(host))
        m_host = *h;
}

HostMonitor::~HostMonitor()
{
    requestStop();
    wait(-1);
}

void HostMonitor::start()
{
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("monitor-") + m_host.name);
    m_thread->start();
}

void HostMonitor::requestStop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

bool HostMonitor::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    const bool done = timeoutMs < 0 ? m_thread->wait() : m_thread->wait(timeoutMs);
    if (done) {
        delete m_thread;
        m_thread = nullptr;
    }
    return done;
}

bool HostMonitor::sleepFor(int ms)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
    return !m_stop;
}

void HostMonitor::emitUnreachable(const QString &message, bool keyRejected)
{
    HostSample s;
    s.host = m_host.id;
    s.time = now();
    s.health.sshReachable = false;
    s.health.hostKeyRejected = keyRejected;
    s.health.message = message;
    emit sampled(s);
}

void HostMonitor::run()
{
    int backoffMs = 1000;
    while (!m_stop) {
        Session s;
        SshTarget target = SshTarget::forHost(m_host, m_options.knownHostsFile);
        target.connectTimeoutMs = m_options.connectTimeoutMs;
        if (m_host.auth == AuthMethod::Password) {
            if (m_password.isEmpty() && m_options.password)
                m_password = m_options.password(m_host);
            target.password = m_password;
        }
        Status ready = s.ssh.connect(target, m_options.hostKeyPrompt);
        if (ready) {
            ready = s.ssh.openShell(m_options.connectTimeoutMs * 2, m_host.sudo);
            if (!ready && m_host.sudo)
                ready = Error{m_host.name, ready.error().message,
                              HostMonitorText::tr("%1 needs passwordless sudo for %2 (sudo -n).")
                                  .arg(m_host.name, m_host.user)};
        }
        if (ready) {
            auto defined = s.ssh.runInShell(TickCommand::definitions(), 10000);
            if (!defined)
                ready = defined.error();
        }
        // A host that pings nothing runs no ping script.
        if (ready && !m_probes.empty())
            ready = s.ssh.openStream(PingStream::command(m_options.intervalSeconds), m_host.sudo);
        if (!ready) {
            const SshFailure why = s.ssh.lastFailure();
            const bool needsUser = why == SshFailure::HostKey || why == SshFailure::Auth;
            s.ssh.disconnect();
            emitUnreachable(ready.error().toString(), needsUser);
            if (needsUser) {
                // Retrying cannot help until the user acts (accepts the key, fixes the login):
                // wait for stop; monitoring again retries.
                qCInfo(lcMonitor) << m_host.name << "waits for the user:" << ready.error().message;
                while (sleepFor(60000)) {
                }
                break;
            }
            qCInfo(lcMonitor) << m_host.name << "not connected:" << ready.error().message
                              << "- next attempt in" << backoffMs << "ms";
            if (!sleepFor(backoffMs))
                break;
            backoffMs = std::min(backoffMs * 2, std::max(1000, m_options.maxBackoffMs));
            continue;
        }
        backoffMs = 1000;
        qCInfo(lcMonitor) << m_host.name << "monitoring";
        const bool stopped = watch(s);
        // Closing the stream's stdin makes the remote script stop its pings and exit.
        s.ssh.closeStream(2000);
        s.ssh.disconnect();
        if (stopped)
            break;
        qCInfo(lcMonitor) << m_host.name << "connection lost; reconnecting in" << backoffMs << "ms";
        if (!sleepFor(backoffMs))
            break;
        backoffMs = std::min(backoffMs * 2, std::max(1000, m_options.maxBackoffMs));
    }
    emit finished();
}

bool HostMonitor::watch(Session &s)
{
    const double interval = m_options.intervalSeconds;
    const int intervalMs = int(std::lround(interval * 1000));
    const int tickTimeoutMs = std::max(5000, 3 * intervalMs);
    // Docker costs ~30 ms of CPU per call: a periodic check (is it answering?) every 30 s.
    const int dockerEvery = std::max(1, int(std::lround(30.0 / interval)));
    const int portMapEvery = std::max(1, int(std::lround(30.0 / interval)));
    // A tick's command takes ~interval/10; stale means nothing for 2 intervals (plus the time a
    // line may sit in the stream while we run the tick).
    const double staleAfter = 2 * interval + 0.3;

    QStringList bridges;
    for (const Bridge *b : m_topology.bridgesOf(m_host.id))
        bridges << b->name;
    QStringList topologyContainers;
    for (const Container *c : m_topology.containersOf(m_host.id)) {
        topologyContainers << c->name;
        s.containers.insert(c->name, {c->name, 0, 0});
    }
    s.probes.resize(m_probes.size());
    for (std::size_t i = 0; i < m_probes.size(); ++i) {
        s.probes[i].spec = &m_probes[i];
        s.probes[i].parser = PingParser(m_probes[i].index, interval);
    }

    QString streamFailure;
    const auto handleLines = [&](const QByteArray &data) {
        const MonitorTime arrived = now();
        for (const PingStream::Line &line : s.stream.feed(data)) {
            if (line.probe < 0)
                continue; // "@ready" and the like
            auto it = std::find_if(s.probes.begin(), s.probes.end(), [&](const Session::Probe &p) {
                return p.spec->index == line.probe;
            });
            if (it == s.probes.end() || it->run != line.run)
                continue; // a stopped run's last words
            Session::Probe &p = *it;
            p.lastLine = arrived;
            if (line.text == "@exit") {
                p.running = false;
                PingEvent e;
                e.probe = p.spec->index;
                e.outcome = PingOutcome::Ended;
                e.time = arrived;
                e.detail = p.parser.lastError().isEmpty()
                               ? HostMonitorText::tr("the ping process ended.")
                               : p.parser.lastError();
                s.pings << e;
                p.endedReported = true;
                p.retryAfter = arrived + 5;
                continue;
            }
            const double stamp = stampOf(line.text);
            if (stamp > 0)
                s.clock.observe(stamp, arrived);
            if (p.stale) {
                p.stale = false;
            }
            for (PingEvent e : p.parser.parseLine(line.text)) {
                e.time = s.clock.map(e.time);
                s.pings << e;
            }
        }
    };
    // Reads the stream until the deadline (or at once with 0); false when the connection failed.
    const auto readUntil = [&](qint64 deadlineMs, QElapsedTimer &clock) {
        if (m_probes.empty()) {
            sleepFor(int(std::max<qint64>(0, deadlineMs - clock.elapsed())));
            return true;
        }
        do {
            QByteArray out, err;
            const int waitMs = int(std::clamp<qint64>(deadlineMs - clock.elapsed(), 0, 200));
            auto more = s.ssh.readStream(&out, &err, waitMs);
            if (!more) {
                streamFailure = more.error().toString();
                return false;
            }
            if (!err.isEmpty())
                qCInfo(lcMonitor) << m_host.name << "pings:" << err.trimmed();
            handleLines(out);
            if (!more.value()) {
                streamFailure = HostMonitorText::tr("%1: the ping stream ended unexpectedly.")
                                    .arg(m_host.name);
                return false;
            }
            if (m_stop)
                return true;
        } while (clock.elapsed() < deadlineMs);
        return true;
    };

    QElapsedTimer clock;
    clock.start();
    qint64 nextTick = 0;
    HostHealth lastHealth;
    while (!m_stop) {
        // 1. The tick's one command.
        TickRequest request;
        request.bridges = bridges;
        request.linkPorts = s.linkPorts;
        for (const QString &name : topologyContainers)
            request.containers << s.containers.value(name);
        request.readDocker
            = s.tick % dockerEvery == 0
              || std::any_of(s.containerState.begin(), s.containerState.end(),
                             [](ContainerRun r) { return r != ContainerRun::Running; });
        request.readPortMap = s.needPortMap || s.tick % portMapEvery == 0;
        request.portNames = s.portNames;
        const MonitorTime sent = now();
        auto output = s.ssh.runInShell(TickCommand::command(request), tickTimeoutMs);
        const MonitorTime received = now();
        if (!output) {
            emitUnreachable(output.error().toString(), false);
            return false;
        }
        ++s.tick;
        auto readout
            = TickCommand::parse(output.value().out, request, m_topology.name, m_host.name);
        HostSample sample;
        sample.host = m_host.id;
        sample.time = (sent + received) / 2;
        sample.roundTripMs = (received - sent) * 1000;
        sample.health.sshReachable = true;
        if (!readout) {
            sample.health.message = readout.error().toString();
        } else {
            TickReadout &r = readout.value();
            sample.health.ovsAnswering = r.ovsAnswering;
            sample.health.dockerAnswering = r.dockerAnswering;
            QStringList problems;
            if (!r.ovsAnswering)
                problems << HostMonitorText::tr("Open vSwitch does not answer on %1: %2")
                                .arg(m_host.name, r.ovsError);
            if (!r.dockerAnswering)
                problems << HostMonitorText::tr("Docker does not answer on %1: %2")
                                .arg(m_host.name, r.dockerError);
            sample.health.message = problems.join(QLatin1Char(' '));
            sample.countersRead = r.ovsAnswering || !r.ports.isEmpty();
            sample.ports = r.ports;
            sample.missingBridges = r.missingBridges;
            if (r.cpuSeconds >= 0 && s.lastCpu >= 0)
                sample.remoteCpuMs = (r.cpuSeconds - s.lastCpu) * 1000;
            s.lastCpu = r.cpuSeconds;

            // Ports: link states next tick. A port number without a name is a new port (a
            // container plugged in again): read the names and owners again.
            if (r.portMapRead) {
                s.containerPorts = r.containerPorts;
                for (auto it = r.portNames.cbegin(); it != r.portNames.cend(); ++it)
                    s.portNames.insert(it.key(), it.value());
                s.needPortMap = false;
                s.lastPortMap = received;
            }
            if (r.unknownPorts)
                s.needPortMap = true;
            s.linkPorts.clear();
            for (const PortCounters &p : r.ports) {
                bool isNumber = false;
                p.port.toInt(&isNumber);
                if (p.port != QLatin1String("LOCAL") && !isNumber)
                    s.linkPorts << p.port;
            }
            sample.containerPorts = s.containerPorts;

            sample.containersRead = r.dockerRead || r.dockerAnswering;
            for (const TickReadout::Container &c : r.containers) {
                sample.containers << c.sample;
                if (c.sample.state == ContainerRun::Unknown)
                    continue;
                s.containerState.insert(c.sample.name, c.sample.state);
                TickRequest::Container &known = s.containers[c.sample.name];
                known.pid = c.sample.state == ContainerRun::Running ? c.sample.pid : 0;
                known.start = c.sample.state == ContainerRun::Running ? c.start : 0;
                // A running container without a port: ask again now and then (re-apply).
                if (c.sample.state == ContainerRun::Running
                    && !s.containerPorts.contains(c.sample.name) && received - s.lastPortMap > 10)
                    s.needPortMap = true;
            }
        }

        // 2. Pings: one per probe, in its source's namespace while that source runs.
        const MonitorTime t = now();
        for (Session::Probe &p : s.probes) {
            qint64 pid = 0;
            QString why;
            if (p.spec->kind == ProbeKind::Overlay) {
                const ContainerRun state
                    = s.containerState.value(p.spec->sourceContainerName, ContainerRun::Unknown);
                pid = state == ContainerRun::Running
                          ? s.containers.value(p.spec->sourceContainerName).pid
                          : 0;
                if (pid <= 0) {
                    pid = -1;
                    why = state == ContainerRun::Missing
                              ? HostMonitorText::tr("%1 does not exist on %2.")
                                    .arg(p.spec->sourceContainerName, m_host.name)
                          : state == ContainerRun::Stopped
                              ? HostMonitorText::tr("%1 is not running.")
                                    .arg(p.spec->sourceContainerName)
                              : HostMonitorText::tr("the state of %1 is not known yet.")
                                    .arg(p.spec->sourceContainerName);
                }
            }
            if (p.running && p.pid != pid) {
                // Its namespace is gone or changed: that ping must not keep it alive.
                if (auto sent = s.ssh.writeStream(PingStream::stopOrder(p.spec->index, p.run));
                    !sent) {
                    emitUnreachable(sent.error().toString(), false);
                    return false;
                }
                p.running = false;
            }
            if (!p.running && pid >= 0 && t >= p.retryAfter) {
                const QByteArray order
                    = PingStream::startOrder(p.spec->index, ++p.run, pid, p.spec->targetAddress);
                if (order.isEmpty())
                    continue;
                if (auto sent = s.ssh.writeStream(order); !sent) {
                    emitUnreachable(sent.error().toString(), false);
                    return false;
                }
                p.running = true;
                p.pid = pid;
                p.lastLine = t;
                p.stale = false;
                p.endedReported = false;
                p.parser.restart();
                PingEvent e;
                e.probe = p.spec->index;
                e.outcome = PingOutcome::Started;
                e.time = t;
                s.pings << e;
            } else if (!p.running && pid < 0 && !p.endedReported) {
                PingEvent e;
                e.probe = p.spec->index;
                e.outcome = PingOutcome::Ended;
                e.time = t;
                e.detail = why;
                s.pings << e;
                p.endedReported = true;
            }
        }

        // 3. What the pings printed meanwhile, then the sample.
        if (!readUntil(0, clock)) {
            emitUnreachable(streamFailure, false);
            return false;
        }
        for (Session::Probe &p : s.probes) {
            if (p.running && !p.stale && t - p.lastLine > staleAfter) {
                p.stale = true;
                PingEvent e;
                e.probe = p.spec->index;
                e.outcome = PingOutcome::Stale;
                e.time = t;
                e.detail = HostMonitorText::tr("the ping printed nothing for %1 s.")
                               .arg(QString::number(t - p.lastLine, 'f', 1));
                s.pings << e;
            }
        }
        sample.pings = std::move(s.pings);
        s.pings.clear();
        emit sampled(sample);

        // 4. Wait for the next tick, reading pings as they come.
        nextTick = std::max(nextTick + intervalMs, clock.elapsed());
        if (!readUntil(nextTick, clock)) {
            emitUnreachable(streamFailure, false);
            return false;
        }
        lastHealth = sample.health;
    }
    // Stopped: what the pings printed since the last tick still counts.
    if (!s.pings.isEmpty()) {
        HostSample last;
        last.host = m_host.id;
        last.time = now();
        last.health = lastHealth;
        last.pings = std::move(s.pings);
        emit sampled(last);
    }
    return true;
}

} // namespace studio
