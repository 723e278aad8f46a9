#include "monitoringcontroller.h"

#include "monitordock.h"
#include "monitorformat.h"
#include "themedicon.h"

#include "model/topologydocument.h"
#include "scene/topologyscene.h"
#include "ssh/knownhostsfile.h"

#include <QAction>
#include <QSet>
#include <QSettings>
#include <QTime>
#include <QWidget>

#include <cmath>

namespace studio {

namespace {

const QString kAutoStartKey = QStringLiteral("monitor/startAfterApply");

// How the canvas marks an object the store has news of. What sits on an unreachable host is not
// itself at fault: it is unknown, not red.
LiveState liveStateOf(Health health, bool isHost)
{
    switch (health) {
    case Health::Up:
        return LiveState::Up;
    case Health::Degraded:
    case Health::Stale:
        return LiveState::Degraded;
    case Health::Down:
    case Health::Broken:
        return LiveState::Down;
    case Health::Unreachable:
        return isHost ? LiveState::Unreachable : LiveState::Unknown;
    case Health::NotDeployed:
        return LiveState::NotApplied;
    case Health::Unknown:
        break;
    }
    return isHost ? LiveState::None : LiveState::Unknown;
}

double newest(const MonitorStore &store, Metric metric, ObjectId id)
{
    const TimeSeries *s = store.series({metric, id});
    return s && !s->isEmpty() ? s->last().v : kNoValue;
}

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
    connect(m_store, &MonitorStore::updated, this, &MonitoringController::updateCanvas);

    m_start = new QAction(themedIcon(QStringLiteral(":/icons/monitor-start.svg")), QString(), this);
    connect(m_start, &QAction::triggered, this, &MonitoringController::start);
    m_stop = new QAction(themedIcon(QStringLiteral(":/icons/monitor-stop.svg")), QString(), this);
    connect(m_stop, &QAction::triggered, this, &MonitoringController::stop);
    m_autoStart = new QAction(this);
    m_autoStart->setCheckable(true);
    m_autoStart->setChecked(QSettings().value(kAutoStartKey, true).toBool());
    retranslate();
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
        updateActions();
    });
    // Edits do not change what runs on the hosts until the next Apply.
    const auto edited = [this] {
        if (!isRunning() || m_topologyEdited)
            return;
        m_topologyEdited = true;
        showState(true, [] {
            return tr("Monitoring the topology as it was when monitoring started; the "
                      "design has changed since. Apply it and monitoring restarts.");
        });
    };
    connect(document, &TopologyDocument::objectAdded, this, edited);
    connect(document, &TopologyDocument::objectRemoved, this, edited);
    connect(document, &TopologyDocument::objectChanged, this, edited);
    // Like Apply: without a host there is nothing to watch.
    connect(document, &TopologyDocument::objectAdded, this, &MonitoringController::updateActions);
    connect(document, &TopologyDocument::objectRemoved, this, &MonitoringController::updateActions);
    updateActions();
}

MonitoringController::~MonitoringController()
{
    // Remote pings end with their channel; wait briefly so nothing is left running on a host.
    disconnect(m_monitor, nullptr, this, nullptr);
    disconnect(m_store, nullptr, this, nullptr);
    m_monitor->stopAndWait(5000);
    delete m_monitor; // before the store it feeds (children go in the order they were made)
}

void MonitoringController::setCredentials(HostKeyPrompt hostKeyPrompt,
                                          std::function<QString(const Host &)> password)
{
    m_hostKeyPrompt = std::move(hostKeyPrompt);
    m_password = std::move(password);
}

void MonitoringController::retranslate()
{
    m_start->setText(tr("Start &Monitoring"));
    // The toolbar is tight at 1024 px, also in German: short button texts, the full ones in menus.
    m_start->setIconText(tr("Monitor", "toolbar button: start monitoring"));
    m_start->setToolTip(tr("Watch the deployed topology: pings between containers and hosts, "
                           "traffic on every link and container, the state of every object"));
    m_stop->setText(tr("Stop M&onitoring"));
    m_stop->setIconText(tr("Stop", "toolbar button: stop monitoring"));
    m_stop->setToolTip(tr("Stop the pings and counter reads on every host"));
    m_autoStart->setText(tr("Monitor After &Apply"));
    m_autoStart->setToolTip(tr("Start monitoring by itself after every successful Apply"));
    if (m_stateText)
        m_dock->setLive(m_dock->isLive(), m_stateText());
    // The canvas's rate labels and tooltips are worded here.
    if (m_scene && m_scene->isLive()) {
        for (const VxlanLink &l : m_store->topology().links())
            updateLink(l.id);
    }
}

void MonitoringController::showState(bool live, std::function<QString()> text)
{
    m_stateText = std::move(text);
    m_dock->setLive(live, m_stateText());
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
        showState(false,
                  [] { return tr("There is nothing to monitor: the topology has no hosts."); });
        emit message(m_dock->stateText());
        return false;
    }
    MonitorOptions options;
    options.intervalSeconds = m_interval;
    options.knownHostsFile = defaultKnownHostsFile();
    options.hostKeyPrompt = m_hostKeyPrompt;
    options.password = m_password;
    const Status started = m_monitor->start(topology, options);
    if (!started) {
        showState(false, [error = started.error()] {
            return tr("Cannot monitor: %1").arg(error.toString());
        });
        emit message(m_dock->stateText());
        updateActions();
        return false;
    }
    m_topologyEdited = false;
    m_dock->reset();
    const int pings = int(m_monitor->probes().size());
    showState(true,
              [name = topology.name, since = QTime::currentTime(), pings, interval = m_interval] {
                  return tr("Monitoring %1 since %2: %n ping(s) every %3 s.", nullptr, pings)
                      .arg(name, since.toString(QStringLiteral("hh:mm")))
                      .arg(interval);
              });
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
    showState(false, [] { return tr("Stopping the probes on every host..."); });
    m_stop->setEnabled(false);
}

void MonitoringController::updateCanvas(const MonitorUpdate &update)
{
    if (!m_scene)
        return;
    const Topology &t = m_store->topology();
    QSet<ObjectId> links;
    for (auto it = update.changedSeries.cbegin(); it != update.changedSeries.cend(); ++it) {
        switch (it.key().metric) {
        case Metric::LinkBitsAToB:
        case Metric::LinkBitsBToA:
            links.insert(it.key().id);
            break;
        default:
            break;
        }
    }
    for (ObjectId id : update.changedObjects) {
        if (t.link(id)) {
            links.insert(id);
            continue;
        }
        const ObjectHealth health = m_store->health(id);
        m_scene->setLiveState(id, liveStateOf(health.health, t.host(id) != nullptr),
                              health.message);
    }
    for (ObjectId id : std::as_const(links))
        updateLink(id);
}

void MonitoringController::updateLink(ObjectId link)
{
    const double aToB = newest(*m_store, Metric::LinkBitsAToB, link);
    const double bToA = newest(*m_store, Metric::LinkBitsBToA, link);
    // What the link carries, both ways; unknown only when neither end could be read.
    const double total = std::isnan(aToB) && std::isnan(bToA)
                             ? kNoValue
                             : (std::isnan(aToB) ? 0 : aToB) + (std::isnan(bToA) ? 0 : bToA);
    const ObjectHealth health = m_store->health(link);
    const bool broken = health.health == Health::Broken;
    const Topology &t = m_store->topology();
    QString detail;
    if (const VxlanLink *l = t.link(link)) {
        detail = tr("Now: %1 from %2, %3 from %4")
                     .arg(monitorformat::bitRate(aToB), t.displayName(l->bridgeA),
                          monitorformat::bitRate(bToA), t.displayName(l->bridgeB));
    }
    if (!health.message.isEmpty())
        detail += QLatin1Char('\n') + health.message;
    // One direction unknown (its receiving host is unreachable): the rate is at least the other.
    const bool partial = std::isnan(aToB) != std::isnan(bToA);
    const QString rate
        = partial ? tr("≥ %1").arg(monitorformat::bitRate(total)) : monitorformat::bitRate(total);
    m_scene->setLinkActivity(link, total, rate, broken, detail);
}

void MonitoringController::stopped()
{
    if (m_scene)
        m_scene->clearLive(); // nothing is known about now any more
    showState(false, [at = QTime::currentTime()] {
        return tr("Monitoring stopped at %1. What was recorded stays here until the next start; "
                  "export it from the Export menu.")
            .arg(at.toString(QStringLiteral("hh:mm")));
    });
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
    m_start->setEnabled(!running && !m_document->topology().hosts().empty());
    m_stop->setEnabled(running);
}

} // namespace studio
