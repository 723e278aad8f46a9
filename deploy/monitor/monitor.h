#pragma once

#include "monitorstore.h"
#include "monitortypes.h"
#include "probeselection.h"

#include "ssh/sshsession.h"

#include "model/result.h"
#include "model/topology.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace studio {

class HostMonitor;

struct MonitorOptions
{
    double intervalSeconds = 1.0; // counters and pings, per host (0.2 .. 60)
    QString knownHostsFile;       // the same file and rules as deploy
    HostKeyPrompt hostKeyPrompt;  // called from worker threads; a refused key is not retried
    std::function<QString(const Host &)> password; // password auth; asked once, kept in memory
    ProbeSelectionOptions probes;
    int connectTimeoutMs = 5000;
    int maxBackoffMs = 5000; // reconnect attempts back off from 1 s up to this
};

// Watches a deployed topology: one worker thread and one SSH connection per host, kept open and
// reconnected with backoff when a host goes away. Each worker runs ONE command per interval on
// its host's persistent shell (every port counter of the topology's bridges, link states,
// container states) and streams the host's long-lived pings over a second channel of the same
// connection. Results reach the store through queued signals; nothing here blocks the thread
// the Monitor lives in. Remote processes end when monitoring stops, when the app quits, and
// when the connection drops (they watch their stdin, which closes with the channel).
class Monitor : public QObject
{
    Q_OBJECT

public:
    // The store receives every sample; it must outlive the monitor.
    explicit Monitor(MonitorStore *store, QObject *parent = nullptr);
    ~Monitor() override; // stops, waiting at most a few seconds for the hosts

    // Selects the probes, resets the store and starts one worker per host. An invalid topology
    // or probe choice is an error and nothing starts.
    Status start(const Topology &topology, const MonitorOptions &options);
    // Tells every worker to stop its remote processes and disconnect; returns at once.
    // stopped() follows when all have finished.
    void stop();
    // stop() and wait; false if some worker did not finish within timeoutMs.
    bool stopAndWait(int timeoutMs = 5000);
    bool isRunning() const;

    const std::vector<ProbeSpec> &probes() const { return m_probes; }
    MonitorStore *store() const { return m_store; }

signals:
    // Every sample as it arrives (the store has it already), for recording or logging.
    void hostSampled(const studio::HostSample &sample);
    void stopped();

private:
    void workerFinished();

    MonitorStore *m_store;
    std::vector<ProbeSpec> m_probes;
    std::vector<std::unique_ptr<HostMonitor>> m_workers;
    int m_running = 0;
};

} // namespace studio
