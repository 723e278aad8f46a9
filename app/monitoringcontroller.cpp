#include "monitoringcontroller.h"

#include "monitordock.h"
#include "themedicon.h"

#include "model/topologydocument.h"
#include "scene/topologyscene.h"
#include "ssh/knownhostsfile.h"

#include <QAction>
#include <QSettings>
#include <QTime>
#include <QWidget>

namespace studio {

namespace {

const QString kAutoStartKey = QStringLiteral("monitor/startAfterApply");

} // namespace

MonitoringController::MonitoringController(TopologyDocument *document, TopologyScene *scene,
                                           QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window)
{
    m_store = new MonitorStore(this);
    m_monitor = new Monitor(m_store, this);
    connect(m_monitor, &Monitor::stopped, this, &MonitoringController::stopped);

    m_start = new QAction(themedIcon(QStringLiteral(":/icons/monitor-start.svg")),
                          tr("Start &Monitoring"), this);
    m_start->setToolTip(tr("Watch the deployed topology: pings between containers and hosts, "
                           "traffic on every link and container, the state of every object"));
    connect(m_start, &QAction::triggered, this, &MonitoringController::start);
    m_stop = new QAction(themedIcon(QStringLiteral(":/icons/monitor-stop.svg")),
                         tr("Stop M&onitoring"), this);
    m_stop->setToolTip(tr("Stop the pings and counter reads on every host"));
    connect(m_stop, &QAction::triggered, this, &MonitoringController::stop);
    m_autoStart = new QAction(tr("Monitor After &Apply"), this);
    m_autoStart->setCheckable(true);
    m_autoStart->setChecked(QSettings().value(kAutoStartKey, true).toBool());
    m_autoStart->setToolTip(tr("Start monitoring by itself after every successful Apply"));
    connect(m_autoStart, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(kAutoStartKey, on); });

    m_dock = new MonitorDock(window);
    m_dock->setScene(scene);
    m_dock->setStore(m_store);
    m_dock->addControlActions({m_start, m_stop});

    // Another topology is another network: stop watching the old one.
    connect(document, &TopologyDocument::modelReset, this, [this] {
        if (isRunning())
            stop();
    });
    // Edits do not change what runs on the hosts until the next Apply.
    const auto edited = [this] {
        if (!isRunning() || m_topologyEdited)
            return;
        m_topologyEdited = true;
        m_dock->setLive(true, tr("Monitoring the topology as it was when monitoring started; the "
                                 "design has changed since. Apply it and monitoring restarts."));
    };
    connect(document, &TopologyDocument::objectAdded, this, edited);
    connect(document, &TopologyDocument::objectRemoved, this, edited);
    connect(document, &TopologyDocument::objectChanged, this, edited);
    updateActions();
}

MonitoringController::~MonitoringController()
{
    // Remote pings end with their channel; wait briefly so nothing is left running on a host.
    disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor->stopAndWait(5000);
}

void MonitoringController::setCredentials(HostKeyPrompt hostKeyPrompt,
                                          std::function<QString(const Host &)> password)
{
    m_hostKeyPrompt = std::move(hostKeyPrompt);
    m_password = std::move(password);
}

bool MonitoringController::isRunning() const
{
    return m_monitor->isRunning();
}

bool MonitoringController::start()
{
    if (isRunning())
        return true;
    const Topology &topology = m_document->topology();
    if (topology.hosts().empty()) {
        const QString why = tr("There is nothing to monitor: the topology has no hosts.");
        m_dock->setLive(false, why);
        emit message(why);
        return false;
    }
    MonitorOptions options;
    options.intervalSeconds = m_interval;
    options.knownHostsFile = defaultKnownHostsFile();
    options.hostKeyPrompt = m_hostKeyPrompt;
    options.password = m_password;
    const Status started = m_monitor->start(topology, options);
    if (!started) {
        const QString why = tr("Cannot monitor: %1").arg(started.error().toString());
        m_dock->setLive(false, why);
        emit message(why);
        updateActions();
        return false;
    }
    m_topologyEdited = false;
    m_dock->reset();
    m_dock->setLive(true,
                    tr("Monitoring %1 since %2: %n ping(s) every %3 s.", nullptr,
                       int(m_monitor->probes().size()))
                        .arg(topology.name, QTime::currentTime().toString(QStringLiteral("hh:mm")))
                        .arg(m_interval));
    emit message(tr("Monitoring %1.").arg(topology.name));
    updateActions();
    emit runningChanged(true);
    return true;
}

void MonitoringController::stop()
{
    if (!isRunning())
        return;
    m_monitor->stop();
    m_dock->setLive(false, tr("Stopping the probes on every host..."));
    m_stop->setEnabled(false);
}

void MonitoringController::stopped()
{
    m_dock->setLive(false, tr("Monitoring stopped at %1. What was recorded stays here until the "
                              "next start; export it from the Export menu.")
                               .arg(QTime::currentTime().toString(QStringLiteral("hh:mm"))));
    updateActions();
    emit runningChanged(false);
}

void MonitoringController::deployStarting(DeployAction action)
{
    // The probes would only report what Destroy removes as faults.
    if (action == DeployAction::Destroy)
        stop();
}

void MonitoringController::deployFinished(DeployAction action, const QList<HostOutcome> &outcomes)
{
    if (action != DeployAction::Apply || !m_autoStart->isChecked())
        return;
    const bool allOk
        = std::all_of(outcomes.begin(), outcomes.end(), [](const HostOutcome &o) { return o.ok; });
    if (!allOk)
        return;
    if (isRunning() && m_topologyEdited) {
        // The applied design is what should be watched now: start over once stopped.
        connect(m_monitor, &Monitor::stopped, this, &MonitoringController::start,
                Qt::SingleShotConnection);
        stop();
        return;
    }
    start();
}

void MonitoringController::updateActions()
{
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
}

} // namespace studio
