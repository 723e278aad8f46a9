#include "monitor.h"

#include "hostmonitor.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace studio {

class MonitorText
{
    Q_DECLARE_TR_FUNCTIONS(studio::Monitor)
};

Monitor::Monitor(MonitorStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<studio::HostSample>();
}

Monitor::~Monitor()
{
    stopAndWait(8000);
    m_workers.clear(); // waits for any worker still finishing
}

bool Monitor::isRunning() const
{
    return m_running > 0;
}

Status Monitor::start(const Topology &topology, const MonitorOptions &options)
{
    if (isRunning())
        return Error{topology.name, MonitorText::tr("is already being monitored."),
                     MonitorText::tr("Stop monitoring first.")};
    if (options.intervalSeconds < 0.2 || options.intervalSeconds > 60)
        return Error{
            MonitorText::tr("interval"),
            MonitorText::tr("must be from 0.2 to 60 seconds, not %1.").arg(options.intervalSeconds),
            {}};
    const QList<Problem> problems = validate(topology);
    if (hasErrors(problems)) {
        for (const Problem &p : problems) {
            if (p.severity == Severity::Error)
                return Error{topology.displayName(p.object), p.message,
                             MonitorText::tr("Fix the topology's errors first: only a valid "
                                             "topology can be deployed and monitored.")};
        }
    }
    auto probes = ProbeSelection::select(topology, options.probes);
    if (!probes)
        return probes.error();
    m_workers.clear();
    m_probes = std::move(probes).value();
    m_store->reset(topology, m_probes, options.intervalSeconds);

    for (const Host &h : topology.hosts()) {
        std::vector<ProbeSpec> own;
        for (const ProbeSpec &p : m_probes) {
            if (p.sourceHost == h.id)
                own.push_back(p);
        }
        auto worker = std::make_unique<HostMonitor>(topology, h.id, std::move(own), options);
        connect(worker.get(), &HostMonitor::sampled, m_store, &MonitorStore::addHostSample,
                Qt::QueuedConnection);
        connect(worker.get(), &HostMonitor::sampled, this, &Monitor::hostSampled,
                Qt::QueuedConnection);
        connect(worker.get(), &HostMonitor::finished, this, &Monitor::workerFinished,
                Qt::QueuedConnection);
        m_workers.push_back(std::move(worker));
    }
    m_running = int(m_workers.size());
    for (auto &w : m_workers)
        w->start();
    return success();
}

void Monitor::stop()
{
    for (auto &w : m_workers)
        w->requestStop();
}

void Monitor::workerFinished()
{
    if (m_running <= 0)
        return;
    if (--m_running == 0) {
        m_store->flush();
        emit stopped();
    }
}

bool Monitor::stopAndWait(int timeoutMs)
{
    stop();
    QElapsedTimer timer;
    timer.start();
    bool all = true;
    for (auto &w : m_workers)
        all = w->wait(int(std::max<qint64>(0, timeoutMs - timer.elapsed()))) && all;
    // Deliver what the workers sent before they finished (their last samples, finished()).
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::sendPostedEvents(m_store);
    if (all && m_running > 0) {
        m_running = 0;
        m_store->flush();
        emit stopped();
    }
    return all;
}

} // namespace studio
