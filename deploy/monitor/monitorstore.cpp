#include "monitorstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace studio {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(studio::MonitorStore)
};

// How many finalised requests the health of a probe looks at.
constexpr int kRecent = 10;
// This many lost requests in a row: the probe is down (one lost ping is only loss).
constexpr int kDownAfter = 3;

QString portKey(ObjectId host, const QString &port)
{
    return QString::number(host) + QLatin1Char('/') + port;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return kNoValue;
    // Nearest rank on the sorted values: a figure that was really measured.
    const std::size_t rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace

MonitorStore::MonitorStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<studio::HostSample>();
    qRegisterMetaType<studio::MonitorUpdate>();
    qRegisterMetaType<studio::ObjectId>("studio::ObjectId");
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &MonitorStore::flush);
}

MonitorStore::~MonitorStore() = default;

void MonitorStore::reset(const Topology &topology, const std::vector<ProbeSpec> &probes,
                         double intervalSeconds)
{
    m_topology = topology;
    m_probes = probes;
    m_interval = intervalSeconds > 0 ? intervalSeconds : 1.0;
    m_newest = 0;
    m_series.clear();
    m_health.clear();
    m_hostHealth.clear();
    m_ports.clear();
    m_probeStates.assign(probes.size(), ProbeState{});
    m_probeHealth.assign(probes.size(), ObjectHealth{});
    m_pending = MonitorUpdate{};
    m_pendingEmpty = true;
    m_flushTimer.stop();
    m_flushTimer.setInterval(std::clamp(int(m_interval * 250), 20, 250));
}

void MonitorStore::setWindowSeconds(double seconds)
{
    m_window = std::max(1.0, seconds);
    trim();
}

const ProbeSpec *MonitorStore::probe(int index) const
{
    return index >= 0 && std::size_t(index) < m_probes.size() ? &m_probes[std::size_t(index)]
                                                              : nullptr;
}

QList<int> MonitorStore::probesOf(ObjectId object) const
{
    QList<int> result;
    for (const ProbeSpec &p : m_probes) {
        const bool concerns = p.sourceHost == object || p.sourceContainer == object
                              || p.targetContainer == object
                              || std::find(p.links.begin(), p.links.end(), object) != p.links.end();
        if (concerns)
            result << p.index;
    }
    return result;
}

const TimeSeries *MonitorStore::series(const SeriesKey &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.constEnd() ? nullptr : &it.value();
}

QList<SeriesKey> MonitorStore::seriesKeys() const
{
    return m_series.keys();
}

ObjectHealth MonitorStore::health(ObjectId object) const
{
    return m_health.value(object);
}

ObjectHealth MonitorStore::probeHealth(int probe) const
{
    return probe >= 0 && std::size_t(probe) < m_probeHealth.size()
               ? m_probeHealth[std::size_t(probe)]
               : ObjectHealth{};
}

HostHealth MonitorStore::hostHealth(ObjectId host) const
{
    return m_hostHealth.value(host);
}

ProbeSummary MonitorStore::summary(int probe) const
{
    ProbeSummary s;
    const TimeSeries *rtt = series({Metric::ProbeRttMs, quint32(probe)});
    if (!rtt)
        return s;
    std::vector<double> values;
    values.reserve(std::size_t(rtt->size()));
    for (const TimeSeries::Point &p : rtt->points()) {
        if (!std::isnan(p.v))
            values.push_back(p.v);
    }
    s.answered = int(values.size());
    if (const TimeSeries *loss = series({Metric::ProbeLoss, quint32(probe)}))
        s.lost = loss->size();
    s.lastMs = rtt->lastValue();
    std::sort(values.begin(), values.end());
    s.medianMs = percentile(values, 0.5);
    s.p90Ms = percentile(values, 0.9);
    if (s.answered + s.lost > 0)
        s.lossPercent = 100.0 * s.lost / double(s.answered + s.lost);
    return s;
}

TimeSeries &MonitorStore::seriesFor(const SeriesKey &key)
{
    return m_series[key];
}

void MonitorStore::changed(const SeriesKey &key, MonitorTime t)
{
    auto it = m_pending.changedSeries.find(key);
    if (it == m_pending.changedSeries.end())
        m_pending.changedSeries.insert(key, t);
    else
        it.value() = std::min(it.value(), t);
    m_newest = std::max(m_newest, t);
    scheduleFlush();
}

void MonitorStore::gap(const SeriesKey &key, MonitorTime t)
{
    // A gap separates data: nothing before it, or a gap already last, needs no other.
    const auto it = m_series.constFind(key);
    if (it == m_series.constEnd() || it->isEmpty() || std::isnan(it->last().v))
        return;
    TimeSeries &s = seriesFor(key);
    s.append(t, kNoValue);
    changed(key, t);
}

void MonitorStore::setHealth(ObjectId object, const ObjectHealth &health)
{
    ObjectHealth &current = m_health[object];
    if (current == health && current.since != 0)
        return;
    current = health;
    if (!m_pending.changedObjects.contains(object))
        m_pending.changedObjects << object;
    scheduleFlush();
}

void MonitorStore::setProbeHealth(int probe, const ObjectHealth &health)
{
    ObjectHealth &current = m_probeHealth[std::size_t(probe)];
    if (!(current == health) || current.since == 0)
        current = health;
    if (!m_pending.changedProbes.contains(probe))
        m_pending.changedProbes << probe;
    scheduleFlush();
}

void MonitorStore::scheduleFlush()
{
    m_pendingEmpty = false;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MonitorStore::flush()
{
    m_flushTimer.stop();
    if (m_pendingEmpty)
        return;
    MonitorUpdate update = std::move(m_pending);
    update.newest = m_newest;
    m_pending = MonitorUpdate{};
    m_pendingEmpty = true;
    emit updated(update);
}

void MonitorStore::trim()
{
    if (m_newest <= 0)
        return;
    const MonitorTime oldest = m_newest - m_window;
    for (TimeSeries &s : m_series)
        s.trimBefore(oldest);
    for (ProbeState &p : m_probeStates) {
        for (auto it = p.provisional.begin(); it != p.provisional.end();) {
            it = it.value() < oldest ? p.provisional.erase(it) : std::next(it);
        }
    }
}

void MonitorStore::markHostUnreachable(ObjectId host, const QString &message)
{
    HostSample s;
    s.host = host;
    s.time = std::max(m_newest, 0.0);
    s.health.message = message;
    addHostSample(s);
}

void MonitorStore::addRate(Metric bits, Metric packets, quint32 id, MonitorTime t,
                           const PortCounters *now, PortHistory &history, bool rx)
{
    const SeriesKey bitsKey{bits, id};
    const SeriesKey packetsKey{packets, id};
    if (!now) {
        history.valid = false;
        gap(bitsKey, t);
        gap(packetsKey, t);
        return;
    }
    const qint64 bytesNow = rx ? now->rxBytes : now->txBytes;
    const qint64 packetsNow = rx ? now->rxPackets : now->txPackets;
    const PortCounters &before = history.last;
    const qint64 bytesBefore = rx ? before.rxBytes : before.txBytes;
    const qint64 packetsBefore = rx ? before.rxPackets : before.txPackets;
    const double dt = now->durationSeconds - before.durationSeconds;
    const bool usable = history.valid && bytesNow >= 0 && packetsNow >= 0 && bytesBefore >= 0
                        && packetsBefore >= 0 && now->durationSeconds >= 0;
    // A port re-created (its duration restarted) or counters that went backwards: a reset.
    const bool reset = usable && (dt < 0 || bytesNow < bytesBefore || packetsNow < packetsBefore);
    if (!usable || reset) {
        history.last = *now;
        history.valid = now->durationSeconds >= 0;
        if (reset || !history.valid) {
            gap(bitsKey, t);
            gap(packetsKey, t);
        }
        return;
    }
    if (dt < 0.05)
        return; // read twice within the same counter refresh: nothing new to say
    seriesFor(bitsKey).append(t, double(bytesNow - bytesBefore) * 8.0 / dt);
    seriesFor(packetsKey).append(t, double(packetsNow - packetsBefore) / dt);
    changed(bitsKey, t);
    changed(packetsKey, t);
    history.last = *now;
}

void MonitorStore::addHostSample(const HostSample &sample)
{
    const Host *host = m_topology.host(sample.host);
    if (!host)
        return;
    const MonitorTime t = sample.time;
    m_newest = std::max(m_newest, t);
    m_hostHealth[sample.host] = sample.health;

    const auto onHost = [&](ObjectId bridgeId) {
        const Bridge *b = m_topology.bridge(bridgeId);
        return b && b->host == sample.host;
    };

    if (!sample.health.sshReachable) {
        // What the pings printed before the connection went comes first, then the gap.
        for (const PingEvent &e : sample.pings)
            addPing(e);
        const QString why = sample.health.message.isEmpty()
                                ? StoreText::tr("%1 is unreachable.").arg(host->name)
                                : sample.health.message;
        setHealth(sample.host, {Health::Unreachable, why, t});
        const QString unknown = StoreText::tr("Unknown: %1 is unreachable.").arg(host->name);
        for (const Bridge *b : m_topology.bridgesOf(sample.host))
            setHealth(b->id, {Health::Unreachable, unknown, t});
        for (const Container *c : m_topology.containersOf(sample.host)) {
            setHealth(c->id, {Health::Unreachable, unknown, t});
            for (Metric m : {Metric::ContainerBitsOut, Metric::ContainerBitsIn,
                             Metric::ContainerPacketsOut, Metric::ContainerPacketsIn})
                gap({m, c->id}, t);
        }
        for (auto it = m_ports.begin(); it != m_ports.end(); ++it) {
            if (it.key().startsWith(QString::number(sample.host) + QLatin1Char('/')))
                it.value().valid = false;
        }
        for (const VxlanLink &l : m_topology.links()) {
            if (onHost(l.bridgeB)) {
                gap({Metric::LinkBitsAToB, l.id}, t);
                gap({Metric::LinkPacketsAToB, l.id}, t);
            }
            if (onHost(l.bridgeA)) {
                gap({Metric::LinkBitsBToA, l.id}, t);
                gap({Metric::LinkPacketsBToA, l.id}, t);
            }
        }
        for (const ProbeSpec &p : m_probes) {
            if (p.sourceHost != sample.host)
                continue;
            gap({Metric::ProbeRttMs, quint32(p.index)}, t);
            m_probeStates[std::size_t(p.index)].provisional.clear();
            setProbeHealth(p.index, {Health::Unreachable, unknown, t});
        }
        updateLinkHealth(t);
        trim();
        return;
    }

    // The host itself.
    if (sample.health.ovsAnswering && sample.health.dockerAnswering)
        setHealth(sample.host, {Health::Up, {}, t});
    else
        setHealth(sample.host, {Health::Degraded, sample.health.message, t});

    // Bridges.
    for (const Bridge *b : m_topology.bridgesOf(sample.host)) {
        if (sample.missingBridges.contains(b->name))
            setHealth(b->id,
                      {Health::NotDeployed,
                       StoreText::tr("%1 has no bridge %2: the topology is not applied there. "
                                     "Apply it first.")
                           .arg(host->name, b->name),
                       t});
        else if (sample.countersRead)
            setHealth(b->id, {Health::Up, {}, t});
    }

    // Port counters: links (each end's rx) and containers (their port).
    QHash<QString, const PortCounters *> ports;
    for (const PortCounters &p : sample.ports)
        ports.insert(p.port, &p);
    if (sample.countersRead) {
        for (const VxlanLink &l : m_topology.links()) {
            for (const bool atB : {false, true}) {
                if (!onHost(atB ? l.bridgeB : l.bridgeA))
                    continue;
                const QString port = atB ? l.portB : l.portA;
                PortHistory &h = m_ports[portKey(sample.host, port)];
                addRate(atB ? Metric::LinkBitsAToB : Metric::LinkBitsBToA,
                        atB ? Metric::LinkPacketsAToB : Metric::LinkPacketsBToA, l.id, t,
                        ports.value(port), h, true);
            }
        }
    }

    // Containers.
    for (const Container *c : m_topology.containersOf(sample.host)) {
        const QString portName = sample.containerPorts.value(c->name);
        if (sample.countersRead) {
            const PortCounters *port = portName.isEmpty() ? nullptr : ports.value(portName);
            // Two histories per container: rx and tx are separate series.
            PortHistory &out = m_ports[portKey(sample.host, QStringLiteral("rx:") + c->name)];
            PortHistory &in = m_ports[portKey(sample.host, QStringLiteral("tx:") + c->name)];
            addRate(Metric::ContainerBitsOut, Metric::ContainerPacketsOut, c->id, t, port, out,
                    true);
            addRate(Metric::ContainerBitsIn, Metric::ContainerPacketsIn, c->id, t, port, in, false);
        }
        if (!sample.containersRead)
            continue;
        const auto found
            = std::find_if(sample.containers.begin(), sample.containers.end(),
                           [&](const ContainerSample &s) { return s.name == c->name; });
        if (found == sample.containers.end())
            continue;
        switch (found->state) {
        case ContainerRun::Running: {
            // A restarted container loses the veth ovs-docker gave it: its port is gone from
            // the bridge (or was never there) until the topology is applied again.
            const PortCounters *port = portName.isEmpty() ? nullptr : ports.value(portName);
            const bool detached
                = !port || port->link == PortLink::NoDevice || port->link == PortLink::Down;
            if (c->bridge != kNoObject && sample.countersRead && detached)
                setHealth(c->id,
                          {Health::Degraded,
                           StoreText::tr("%1 runs but has no port on its bridge (it was restarted "
                                         "after the apply?). Apply the topology again.")
                               .arg(c->name),
                           t});
            else
                setHealth(c->id, {Health::Up, {}, t});
            break;
        }
        case ContainerRun::Stopped:
            setHealth(c->id, {Health::Down,
                              StoreText::tr("%1 on %2 is not running (%3).")
                                  .arg(c->name, host->name, found->status),
                              t});
            break;
        case ContainerRun::Missing:
            setHealth(
                c->id,
                {Health::NotDeployed,
                 found->status.isEmpty()
                     ? StoreText::tr("%1 does not exist on %2: the topology is not applied there. "
                                     "Apply it first.")
                           .arg(c->name, host->name)
                     : found->status,
                 t});
            break;
        case ContainerRun::Unknown:
            setHealth(c->id, {Health::Unknown, found->status, t});
            break;
        }
    }

    for (const PingEvent &e : sample.pings)
        addPing(e);
    updateLinkHealth(t);
    trim();
}

void MonitorStore::addPing(const PingEvent &e)
{
    if (e.probe < 0 || std::size_t(e.probe) >= m_probes.size())
        return;
    ProbeState &state = m_probeStates[std::size_t(e.probe)];
    const SeriesKey rtt{Metric::ProbeRttMs, quint32(e.probe)};
    const SeriesKey loss{Metric::ProbeLoss, quint32(e.probe)};
    switch (e.outcome) {
    case PingOutcome::Reply: {
        if (e.duplicate)
            return;
        state.stale = false;
        state.ended = false;
        const auto provisional = state.provisional.constFind(e.seq);
        if (provisional != state.provisional.constEnd()) {
            // A late reply: the request was not lost after all.
            const MonitorTime at = provisional.value();
            seriesFor(rtt).update(at, e.rttMs);
            seriesFor(loss).remove(at);
            changed(rtt, at);
            changed(loss, at);
            state.provisional.remove(e.seq);
            // Undo the provisional loss in the recent outcomes (the newest lost one).
            for (int i = int(state.recent.size()) - 1; i >= 0; --i) {
                if (state.recent[i]) {
                    state.recent[i] = false;
                    break;
                }
            }
            state.failuresInARow = 0;
        } else {
            seriesFor(rtt).append(e.time, e.rttMs);
            changed(rtt, e.time);
            recordOutcome(e.probe, false, {});
        }
        break;
    }
    case PingOutcome::NoAnswerYet:
    case PingOutcome::Unreachable:
        state.stale = false;
        if (state.provisional.contains(e.seq)) {
            // "no answer yet" and then an ICMP error for the same request: lost, once.
            if (e.outcome == PingOutcome::Unreachable)
                state.lastProblem = e.detail;
            break;
        }
        seriesFor(rtt).append(e.time, kNoValue);
        seriesFor(loss).append(e.time, 1.0);
        changed(rtt, e.time);
        changed(loss, e.time);
        state.provisional.insert(e.seq, e.time);
        recordOutcome(e.probe, true, e.outcome == PingOutcome::Unreachable ? e.detail : QString());
        break;
    case PingOutcome::Gap:
    case PingOutcome::Started:
        gap(rtt, e.time);
        state.provisional.clear();
        state.ended = false;
        break;
    case PingOutcome::Stale:
        gap(rtt, e.time);
        state.stale = true;
        state.lastProblem = e.detail;
        break;
    case PingOutcome::Ended:
        gap(rtt, e.time);
        state.provisional.clear();
        state.ended = true;
        state.lastProblem = e.detail;
        break;
    }
    updateProbeHealth(e.probe);
}

void MonitorStore::recordOutcome(int probe, bool lost, const QString &problem)
{
    ProbeState &s = m_probeStates[std::size_t(probe)];
    s.recent << lost;
    while (s.recent.size() > kRecent)
        s.recent.removeFirst();
    s.failuresInARow = lost ? s.failuresInARow + 1 : 0;
    if (lost)
        s.lastProblem = problem;
}

void MonitorStore::updateProbeHealth(int probe)
{
    const ProbeState &s = m_probeStates[std::size_t(probe)];
    const ProbeSpec &p = m_probes[std::size_t(probe)];
    const MonitorTime t = m_newest;
    if (s.ended) {
        setProbeHealth(probe,
                       {Health::Down,
                        StoreText::tr("%1: the ping stopped: %2")
                            .arg(p.label, s.lastProblem.isEmpty() ? StoreText::tr("no reason given")
                                                                  : s.lastProblem),
                        t});
        return;
    }
    if (s.stale) {
        setProbeHealth(probe,
                       {Health::Stale, StoreText::tr("%1: %2").arg(p.label, s.lastProblem), t});
        return;
    }
    if (s.failuresInARow >= kDownAfter) {
        setProbeHealth(probe, {Health::Down,
                               s.lastProblem.isEmpty()
                                   ? StoreText::tr("%1: no answer to the last %2 pings.")
                                         .arg(p.label)
                                         .arg(s.failuresInARow)
                                   : StoreText::tr("%1: %2").arg(p.label, s.lastProblem),
                               t});
        return;
    }
    const int lost = int(std::count(s.recent.begin(), s.recent.end(), true));
    if (lost > 0) {
        setProbeHealth(probe, {Health::Degraded,
                               StoreText::tr("%1: %2 of the last %3 pings lost.")
                                   .arg(p.label)
                                   .arg(lost)
                                   .arg(s.recent.size()),
                               t});
        return;
    }
    if (!s.recent.isEmpty())
        setProbeHealth(probe, {Health::Up, {}, t});
}

void MonitorStore::updateLinkHealth(MonitorTime t)
{
    for (const VxlanLink &l : m_topology.links()) {
        const Bridge *a = m_topology.bridge(l.bridgeA);
        const Bridge *b = m_topology.bridge(l.bridgeB);
        if (!a || !b)
            continue;
        const ObjectHealth ha = health(a->id);
        const ObjectHealth hb = health(b->id);
        if (ha.health == Health::NotDeployed || hb.health == Health::NotDeployed) {
            setHealth(l.id, {Health::NotDeployed,
                             ha.health == Health::NotDeployed ? ha.message : hb.message, t});
            continue;
        }
        if (ha.health == Health::Unreachable || hb.health == Health::Unreachable) {
            setHealth(l.id, {Health::Unreachable,
                             ha.health == Health::Unreachable ? ha.message : hb.message, t});
            continue;
        }
        int overlay = 0, overlayFailing = 0, overlayLossy = 0, underlayFailing = 0;
        QString firstProblem;
        for (const ProbeSpec &p : m_probes) {
            if (std::find(p.links.begin(), p.links.end(), l.id) == p.links.end())
                continue;
            const ObjectHealth ph = m_probeHealth[std::size_t(p.index)];
            const bool failing = ph.health == Health::Down || ph.health == Health::Stale;
            if (p.kind == ProbeKind::Underlay) {
                underlayFailing += failing ? 1 : 0;
                if (failing && firstProblem.isEmpty())
                    firstProblem = ph.message;
                continue;
            }
            if (ph.health == Health::Unknown || ph.health == Health::Unreachable)
                continue;
            // A stopped or detached container fails its pings, but the link is not to blame.
            const auto containerUp = [this](ObjectId c) {
                return health(c).health == Health::Up;
            };
            if (!containerUp(p.sourceContainer) || !containerUp(p.targetContainer))
                continue;
            ++overlay;
            overlayFailing += failing ? 1 : 0;
            overlayLossy += ph.health == Health::Degraded ? 1 : 0;
            if ((failing || ph.health == Health::Degraded) && firstProblem.isEmpty())
                firstProblem = ph.message;
        }
        if ((overlay > 0 && overlayFailing == overlay) || underlayFailing > 0)
            setHealth(l.id, {Health::Broken, firstProblem, t});
        else if (overlayFailing > 0 || overlayLossy > 0)
            setHealth(l.id, {Health::Degraded, firstProblem, t});
        else if (ha.health != Health::Unknown && hb.health != Health::Unknown)
            setHealth(l.id, {Health::Up, {}, t});
    }
}

} // namespace studio
