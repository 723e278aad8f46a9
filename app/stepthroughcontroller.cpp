#include "stepthroughcontroller.h"

#include "deploycontroller.h"
#include "showwide.h"
#include "stepthroughdock.h"

#include "scene/topologyscene.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QPushButton>

namespace studio {

StepThroughController::StepThroughController(QMainWindow *window, TopologyDocument *document,
                                             TopologyScene *scene, DeployController *deploy)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_scene(scene)
    , m_deploy(deploy)
    , m_sequencer(new StepSequencer(deploy->engine(), this))
    , m_dock(new StepThroughDock(window))
{
    m_dockWidget = new QDockWidget(window);
    m_dockWidget->setObjectName(QStringLiteral("stepThroughDock"));
    m_dockWidget->setWidget(m_dock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dockWidget);
    m_dockWidget->hide();
    // The canvas shows the build only while the panel is open.
    connect(m_dockWidget, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && !m_dockWidget->isVisible() && m_phase == Phase::None)
            endTeaching();
    });

    m_action = new QAction(this);
    m_action->setShortcut(Qt::Key_F10);
    retranslate();
    connect(m_action, &QAction::triggered, this, &StepThroughController::show);

    connect(m_dock, &StepThroughDock::startRequested, this, &StepThroughController::start);
    connect(m_dock, &StepThroughDock::nextRequested, this, &StepThroughController::next);
    connect(m_dock, &StepThroughDock::runToEndRequested, this, &StepThroughController::runToEnd);
    connect(m_dock, &StepThroughDock::stopRequested, this, &StepThroughController::stop);
    connect(m_dock, &StepThroughDock::backRequested, this, &StepThroughController::back);

    connect(m_sequencer, &StepSequencer::stepReady, this, &StepThroughController::stepReady);
    connect(m_sequencer, &StepSequencer::stepRunning, m_dock, &StepThroughDock::showRunning);
    connect(m_sequencer, &StepSequencer::stepDone, this, &StepThroughController::stepDone);
    DeployEngine *engine = deploy->engine();
    connect(engine, &DeployEngine::hostStatus, this, &StepThroughController::hostStatus);
    connect(engine, &DeployEngine::finished, this, &StepThroughController::finished);

    // Another design, or an edit: the drawn build no longer says anything.
    const auto changed = [this] {
        updateHostChoices();
        if (m_phase == Phase::None) {
            m_scene->clearEmphasis();
            m_scope.clear();
            if (m_dock->state() == StepThroughDock::State::Finished)
                m_dock->setState(StepThroughDock::State::Idle);
        }
        updateAction();
    };
    connect(document, &TopologyDocument::modelReset, this, changed);
    connect(document, &TopologyDocument::objectAdded, this, changed);
    connect(document, &TopologyDocument::objectRemoved, this, changed);
    connect(document, &TopologyDocument::objectChanged, this,
            [this](ObjectId id, const QString &key) {
                if (key == QLatin1String("name") && m_document->topology().host(id))
                    updateHostChoices();
            });
    connect(engine, &DeployEngine::finished, this, &StepThroughController::updateAction);
    connect(deploy, &DeployController::started, this, &StepThroughController::updateAction);
    changed();
}

// The host choice lists the design's hosts; most edits (a container, a link) leave them as they
// are, and refilling the list on each would cost more than the edit.
void StepThroughController::updateHostChoices()
{
    QStringList hosts;
    for (const Host &h : m_document->topology().hosts())
        hosts << h.name;
    if (hosts == m_hostNames)
        return;
    m_hostNames = hosts;
    m_dock->setHosts(hosts);
}

void StepThroughController::retranslate()
{
    m_dockWidget->setWindowTitle(tr("Step Through"));
    m_action->setText(tr("Step &Through Deploy..."));
    m_action->setToolTip(tr("Apply one command at a time: see each before it runs and what it "
                            "did after"));
}

void StepThroughController::updateAction()
{
    m_action->setEnabled(!m_document->topology().hosts().empty());
}

void StepThroughController::show()
{
    showWide(m_window, m_dockWidget, 440);
    if (m_dock->state() == StepThroughDock::State::Waiting)
        m_dock->nextButton()->setFocus(Qt::ShortcutFocusReason);
    else if (m_dock->startButton()->isEnabled())
        m_dock->startButton()->setFocus(Qt::ShortcutFocusReason);
}

void StepThroughController::start()
{
    if (m_phase != Phase::None || m_deploy->isRunning())
        return;
    const Topology &t = m_document->topology();
    const QString only = m_dock->chosenHost();
    m_hosts.clear();
    for (const Host &h : t.hosts()) {
        if (only.isEmpty() || h.name == only)
            m_hosts << h.name;
    }
    // What this run builds: the chosen hosts' bridges and containers, and their tunnel ends.
    m_scene->clearEmphasis();
    m_scope.clear();
    m_built.clear();
    m_ends.clear();
    m_current.clear();
    for (const Bridge &b : t.bridges()) {
        if (m_hosts.contains(t.host(b.host)->name))
            m_scope.insert(b.id);
    }
    for (const Container &c : t.containers()) {
        if (m_hosts.contains(t.host(c.host)->name))
            m_scope.insert(c.id);
    }
    for (const VxlanLink &l : t.links()) {
        if (m_scope.contains(l.bridgeA) || m_scope.contains(l.bridgeB))
            m_scope.insert(l.id);
    }
    m_sequencer->begin(m_hosts);
    m_phase = Phase::Stepping;
    m_destroyWhenStopped = false;
    m_dock->setState(StepThroughDock::State::Connecting,
                     tr("Connecting to %1 and reading what is there...")
                         .arg(m_hosts.join(QStringLiteral(", "))));
    if (!m_deploy->start(DeployAction::Apply, only.isEmpty() ? QStringList() : QStringList{only},
                         true)) {
        m_phase = Phase::None;
        m_dock->setState(StepThroughDock::State::Idle);
        return;
    }
    fadeScope();
}

void StepThroughController::fadeScope()
{
    for (ObjectId id : std::as_const(m_scope))
        refresh(id);
}

void StepThroughController::refresh(ObjectId id)
{
    if (!m_scope.contains(id))
        return;
    m_scene->setEmphasis(id, m_current.contains(id) ? Emphasis::Highlighted
                             : m_built.contains(id) ? Emphasis::Normal
                                                    : Emphasis::Faded);
}

void StepThroughController::built(ObjectId id)
{
    // A link is built when both its tunnel ends are (one per host).
    if (m_document->topology().link(id) && ++m_ends[id] < 2)
        return;
    m_built.insert(id);
    refresh(id);
}

void StepThroughController::hostStatus(const QString &host, const QList<ObjectStatus> &status)
{
    if (m_phase != Phase::Stepping || !m_hosts.contains(host))
        return;
    // What the host has already counts as built; anything missing on it does not.
    QHash<ObjectId, bool> present;
    for (const ObjectStatus &s : status) {
        if (s.object == kNoObject)
            continue;
        const bool there = s.state != ObjectStatus::State::Missing;
        present[s.object] = present.value(s.object, true) && there;
    }
    // (A link counts one end per host: one run on one host never shows it whole.)
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (it.value())
            built(it.key());
    }
}

void StepThroughController::stepReady(const PendingStep &step)
{
    const QList<ObjectId> previous = std::exchange(m_current, {});
    for (ObjectId id : previous)
        refresh(id);
    const Topology &t = m_document->topology();
    QStringList creates;
    for (ObjectId id : step.step.creates) {
        m_current << id;
        if (const VxlanLink *l = t.link(id))
            creates << tr("the tunnel port %1 of %2")
                           .arg(l->portOn(t.host(t.bridge(l->bridgeA)->host)->name == step.host
                                              ? l->bridgeA
                                              : l->bridgeB),
                                t.displayName(id));
        else
            creates << t.displayName(id);
    }
    if (step.step.object != kNoObject && !m_current.contains(step.step.object))
        m_current << step.step.object;
    for (ObjectId id : std::as_const(m_current))
        refresh(id);
    m_dock->showStep(step, creates, m_sequencer->stepsDone() + 1,
                     std::max(m_sequencer->stepsInAll(), 1));
    m_dock->setState(StepThroughDock::State::Waiting);
}

void StepThroughController::stepDone(const PendingStep &step, const StepOutcome &outcome)
{
    m_dock->showResult(step, outcome);
    const QList<ObjectId> previous = std::exchange(m_current, {});
    if (!outcome.skipped && outcome.result.succeeded()) {
        for (ObjectId id : step.step.creates)
            built(id);
    }
    for (ObjectId id : previous)
        refresh(id);
}

void StepThroughController::next()
{
    if (!m_sequencer->current().isValid())
        return;
    m_dock->setState(StepThroughDock::State::Running);
    m_sequencer->next();
}

void StepThroughController::runToEnd()
{
    m_dock->setState(StepThroughDock::State::Running, tr("Running the remaining steps..."));
    m_sequencer->runToEnd();
}

void StepThroughController::stop()
{
    if (m_phase == Phase::None)
        return;
    m_dock->setState(StepThroughDock::State::Running, tr("Stopping..."));
    m_deploy->engine()->cancel();
}

void StepThroughController::back()
{
    if (m_phase == Phase::Stepping) {
        m_destroyWhenStopped = true;
        stop();
        return;
    }
    if (m_phase != Phase::None || m_deploy->isRunning())
        return;
    m_phase = Phase::Destroying;
    m_dock->setState(StepThroughDock::State::Destroying,
                     tr("Destroying what topology %1 made on %2...")
                         .arg(m_document->topology().name, m_hosts.join(QStringLiteral(", "))));
    if (!m_deploy->start(DeployAction::Destroy,
                         std::size_t(m_hosts.size()) == m_document->topology().hosts().size()
                             ? QStringList()
                             : m_hosts,
                         false)) {
        m_phase = Phase::None;
        m_dock->setState(StepThroughDock::State::Finished);
    }
}

void StepThroughController::finished(const QList<HostOutcome> &outcomes)
{
    if (m_phase == Phase::None)
        return;
    int failed = 0, cancelled = 0;
    for (const HostOutcome &o : outcomes) {
        failed += !o.ok && !o.cancelled;
        cancelled += o.cancelled;
    }
    const Phase phase = std::exchange(m_phase, Phase::None);
    const QList<ObjectId> previous = std::exchange(m_current, {});
    for (ObjectId id : previous)
        refresh(id);
    if (phase == Phase::Destroying) {
        m_built.clear();
        m_ends.clear();
        fadeScope();
        m_dock->setState(
            StepThroughDock::State::Finished,
            failed ? tr("Destroy FAILED on %n host(s); see the Deploy panel.", nullptr, failed)
                   : tr("Destroyed: nothing this topology made is left on the hosts."));
        return;
    }
    QString message;
    if (failed)
        message = tr("The apply FAILED on %n host(s); see the result and the Deploy panel.",
                     nullptr, failed);
    else if (cancelled)
        message = tr("Stopped after %n step(s). What was built stays: Back removes it, Apply "
                     "finishes it.",
                     nullptr, m_sequencer->stepsDone());
    else
        message
            = tr("Done: %n step(s) run; the topology is built.", nullptr, m_sequencer->stepsDone());
    m_dock->setState(StepThroughDock::State::Finished, message);
    if (std::exchange(m_destroyWhenStopped, false))
        back();
}

void StepThroughController::endTeaching()
{
    m_scene->clearEmphasis();
    m_current.clear();
}

} // namespace studio
