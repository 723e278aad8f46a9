#pragma once

#include "engine/stepsequencer.h"
#include "model/topologydocument.h"

#include <QObject>
#include <QSet>

class QAction;
class QDockWidget;
class QMainWindow;

namespace studio {

class DeployController;
class StepThroughDock;
class TopologyScene;

// Step Through Deploy: runs the apply plan one step at a time, on all hosts in turn or on one,
// through the deploy controller's engine in its stepping mode (host keys and passwords are asked
// as for any deploy, the Deploy panel logs it as usual). The canvas follows: objects not built yet
// are faded, built ones solid, the current step's objects highlighted. Back destroys what the
// topology made.
class StepThroughController : public QObject
{
    Q_OBJECT

public:
    StepThroughController(QMainWindow *window, TopologyDocument *document, TopologyScene *scene,
                          DeployController *deploy);

    QAction *action() const { return m_action; }
    StepThroughDock *dock() const { return m_dock; }
    QDockWidget *dockWidget() const { return m_dockWidget; }
    StepSequencer *sequencer() const { return m_sequencer; }

    // The language changed: the action's and the panel's title follow (the panel itself
    // listens to its own LanguageChange).
    void retranslate();

    void start();
    void next();
    void runToEnd();
    void stop();
    void back();

private:
    enum class Phase { None, Stepping, Destroying };

    void show();
    void updateAction();
    void updateHostChoices();
    void stepReady(const PendingStep &step);
    void stepDone(const PendingStep &step, const StepOutcome &outcome);
    void hostStatus(const QString &host, const QList<ObjectStatus> &status);
    void finished(const QList<HostOutcome> &outcomes);
    void built(ObjectId id);
    void refresh(ObjectId id);
    void fadeScope();
    void endTeaching();

    QMainWindow *m_window;
    TopologyDocument *m_document;
    TopologyScene *m_scene;
    DeployController *m_deploy;
    StepSequencer *m_sequencer;
    StepThroughDock *m_dock;
    QDockWidget *m_dockWidget;
    QAction *m_action;
    Phase m_phase = Phase::None;
    bool m_destroyWhenStopped = false;
    QStringList m_hosts;         // of the run
    QSet<ObjectId> m_scope;      // what the run builds
    QStringList m_hostNames;     // as the host choice lists them
    QSet<ObjectId> m_built;      // of those, what exists on the hosts
    QHash<ObjectId, int> m_ends; // tunnel ends built per link
    QList<ObjectId> m_current;   // the current step's objects
};

} // namespace studio
