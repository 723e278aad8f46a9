#pragma once

#include "monitortypes.h"
#include "probeselection.h"
#include "timeseries.h"

#include "model/topology.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace studio {

// What a series measures. Its SeriesKey::id is a link id, a container id or a probe index.
enum class Metric : quint8 {
    // Per VXLAN link, per direction. A→B is what bridge B's tunnel port received (rx) and B→A
    // what A's received: a userspace VXLAN port counts every packet it sends twice (inner and
    // encapsulated) and once what it receives, so each end's rx is the honest figure. The rate
    // of a direction is unknown (a gap) while the receiving end's host is unreachable.
    LinkBitsAToB,
    LinkBitsBToA,
    LinkPacketsAToB,
    LinkPacketsBToA,
    // Per container, from its OVS port: out is what the container sent (the port's rx), in what
    // it received (the port's tx).
    ContainerBitsOut,
    ContainerBitsIn,
    ContainerPacketsOut,
    ContainerPacketsIn,
    // Per probe: one point per echo request at its send time, the RTT in ms; NaN for a lost
    // request (provisional until a late reply corrects it) and for gaps (no data).
    ProbeRttMs,
    // Per probe: a point with value 1 at the send time of every lost request (what a plot marks
    // as loss; a gap has no mark). A late reply removes its provisional mark.
    ProbeLoss,
};

struct SeriesKey
{
    Metric metric = Metric::ProbeRttMs;
    quint32 id = 0;

    friend bool operator==(const SeriesKey &a, const SeriesKey &b)
    {
        return a.metric == b.metric && a.id == b.id;
    }
};
inline size_t qHash(const SeriesKey &k, size_t seed = 0)
{
    return ::qHash((quint64(k.metric) << 32) | k.id, seed);
}

// The current state of a host, container, link or probe, for colouring and tooltips.
enum class Health {
    Unknown,     // no sample yet
    Up,          // host reachable and answering; container running; link or probe working
    Degraded,    // host: OVS or Docker not answering; link or probe: losing some packets
    Down,        // container stopped; probe: its last requests all failed
    Unreachable, // host: no SSH; everything on it: unknown because of that
    Broken,      // link: every probe crossing it fails
    NotDeployed, // the topology's object is not on the host (never applied, or removed)
    Stale,       // probe: printed nothing for 2 intervals
};

struct ObjectHealth
{
    Health health = Health::Unknown;
    QString message; // what is wrong, naming the object and the fix; empty when Up
    MonitorTime since = 0;

    friend bool operator==(const ObjectHealth &a, const ObjectHealth &b)
    {
        return a.health == b.health && a.message == b.message;
    }
};

// Summary figures of one probe over the window (finalised and provisional requests).
struct ProbeSummary
{
    double lastMs = kNoValue;
    double medianMs = kNoValue;
    double p90Ms = kNoValue;
    double lossPercent = kNoValue; // lost / (answered + lost); NaN before the first request
    int answered = 0;
    int lost = 0;
};

// What changed since the previous update: one batch per tick, never one signal per sample.
struct MonitorUpdate
{
    MonitorTime newest = 0;
    // Series with new or corrected points, with the earliest time that changed: a plot drops
    // its points from there on and re-reads them (late replies correct the recent past).
    QHash<SeriesKey, MonitorTime> changedSeries;
    QList<ObjectId> changedObjects; // hosts, containers, links whose health changed
    QList<int> changedProbes;       // probes whose health or summary changed
};

// Keeps everything the monitor learnt, headless: time series per link, container and probe in a
// rolling window (default 10 min, trimmed as it goes), summary figures per probe, and the current
// health of every host, container, link and probe. Samples arrive as HostSample values (queued
// from the host workers, or fed directly by tests); updated() fires once per batch.
class MonitorStore : public QObject
{
    Q_OBJECT

public:
    explicit MonitorStore(QObject *parent = nullptr);
    ~MonitorStore() override;

    // Forgets everything and starts over for a topology and its probes.
    void reset(const Topology &topology, const std::vector<ProbeSpec> &probes,
               double intervalSeconds = 1.0);
    void setWindowSeconds(double seconds); // default 600; trims at once
    double windowSeconds() const { return m_window; }
    double intervalSeconds() const { return m_interval; }

    const Topology &topology() const { return m_topology; }
    const std::vector<ProbeSpec> &probes() const { return m_probes; }
    const ProbeSpec *probe(int index) const;
    // Probes that concern an object: a link's (crossing it), a container's (from or to it), a
    // host's (from it).
    QList<int> probesOf(ObjectId object) const;

    // nullptr while a series has no point yet.
    const TimeSeries *series(const SeriesKey &key) const;
    QList<SeriesKey> seriesKeys() const;

    ObjectHealth health(ObjectId object) const; // hosts, containers, links
    ObjectHealth probeHealth(int probe) const;
    HostHealth hostHealth(ObjectId host) const;
    ProbeSummary summary(int probe) const;
    MonitorTime newest() const { return m_newest; }

public slots:
    // One host's tick. Rates come from counter differences over the port's own duration=, so
    // a late or early read does not distort them; a reset or a gap gives a gap.
    void addHostSample(const studio::HostSample &sample);
    // Marks a host unreachable now (its worker lost the connection) without a full sample.
    void markHostUnreachable(studio::ObjectId host, const QString &message);
    // Emits the pending batch now instead of on the coalescing timer (tests, the CLI at exit).
    void flush();

signals:
    void updated(const studio::MonitorUpdate &update);

private:
    struct PortHistory
    {
        PortCounters last;
        bool valid = false;
    };
    struct ProbeState
    {
        QHash<int, MonitorTime> provisional; // seq -> time of its "no answer yet" point
        int failuresInARow = 0;
        int recentLost = 0; // of the last kRecent finalised requests
        QList<bool> recent; // true: lost
        bool stale = false;
        bool ended = false;
        QString lastProblem;
    };

    TimeSeries &seriesFor(const SeriesKey &key);
    void changed(const SeriesKey &key, MonitorTime t);
    void setHealth(ObjectId object, const ObjectHealth &health);
    void setProbeHealth(int probe, const ObjectHealth &health);
    void addPing(const PingEvent &event);
    void recordOutcome(int probe, bool lost, const QString &problem);
    void updateProbeHealth(int probe);
    void addRate(Metric bits, Metric packets, quint32 id, MonitorTime t, const PortCounters *now,
                 PortHistory &history, bool rx);
    void gap(const SeriesKey &key, MonitorTime t);
    void updateLinkHealth(MonitorTime t);
    void trim();
    void scheduleFlush();

    Topology m_topology;
    std::vector<ProbeSpec> m_probes;
    double m_interval = 1.0;
    double m_window = 600;
    MonitorTime m_newest = 0;
    QHash<SeriesKey, TimeSeries> m_series;
    QHash<ObjectId, ObjectHealth> m_health;
    QHash<ObjectId, HostHealth> m_hostHealth;
    QHash<QString, PortHistory> m_ports; // "hostId/port" -> the last counters seen
    std::vector<ProbeState> m_probeStates;
    std::vector<ObjectHealth> m_probeHealth;
    MonitorUpdate m_pending;
    bool m_pendingEmpty = true;
    QTimer m_flushTimer;
};

} // namespace studio

Q_DECLARE_METATYPE(studio::MonitorUpdate)
