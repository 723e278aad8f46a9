#pragma once

#include "monitor.h"
#include "monitortypes.h"
#include "probeselection.h"

#include "model/topology.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <mutex>

class QThread;

namespace studio {

// Watches one host from a thread of its own: one SSH connection with a persistent shell for the
// per-tick command and a streaming channel for the host's pings. Reconnects with backoff after a
// failure (a refused host key or login waits for the user instead); every tick, or every failed
// attempt, ends in one HostSample.
class HostMonitor : public QObject
{
    Q_OBJECT

public:
    HostMonitor(const Topology &topology, ObjectId host, std::vector<ProbeSpec> probes,
                const MonitorOptions &options);
    ~HostMonitor() override; // stops and waits

    void start();
    void requestStop();
    bool wait(int timeoutMs);
    ObjectId host() const { return m_host.id; }

signals:
    // From the worker thread; connect with a queued (or auto) connection.
    void sampled(const studio::HostSample &sample);
    void finished();

private:
    struct Session;
    void run();
    // One connection's life: false when it ended by failure (reconnect), true on stop.
    bool watch(Session &s);
    bool sleepFor(int ms); // false if asked to stop meanwhile
    void emitUnreachable(const QString &message, bool keyRejected);

    Topology m_topology;
    Host m_host;
    std::vector<ProbeSpec> m_probes; // this host's (source host is this one)
    MonitorOptions m_options;
    QString m_password; // asked once, kept in memory only
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace studio
