#pragma once

#include "engine/deployengine.h"
#include "monitor/monitor.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace studio {

class MonitorDock;
class TopologyDocument;
class TopologyScene;

// Start and Stop Monitoring: owns the probes (Monitor: one worker thread and SSH connection per
// host, nothing on the GUI thread blocks) and the store of what they measured, shows it in the
// Monitor dock, and starts by itself after a successful Apply (a setting, on by default). A
// Destroy stops it first; opening another topology stops it. Quitting stops every remote probe.
// While it runs, the canvas shows each link's traffic and each object's state in place.
class MonitoringController : public QObject
{
    Q_OBJECT

public:
    MonitoringController(TopologyDocument *document, TopologyScene *scene, QWidget *window);
    ~MonitoringController() override;

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    // Checkable: start monitoring after every successful Apply.
    QAction *autoStartAction() const { return m_autoStart; }
    MonitorDock *dock() const { return m_dock; }
    MonitorStore *store() const { return m_store; }
    Monitor *monitor() const { return m_monitor; }

    // How the probes' SSH connections confirm host keys and get passwords: the deploy's own
    // prompts, so a password typed for Apply is not asked again. Without them, unknown keys are
    // refused and password hosts cannot be watched.
    void setCredentials(HostKeyPrompt hostKeyPrompt, std::function<QString(const Host &)> password);
    void setInterval(double seconds) { m_interval = seconds; }

    // Starts watching the open topology; false (and the reason in the dock and message()) when
    // it cannot, e.g. a topology with errors.
    bool start();
    // Stops every probe; returns at once, the workers finish in the background.
    void stop();
    bool isRunning() const;
    // The window's language changed: actions, the Monitor's state line and the canvas's rate
    // labels follow (the dock retranslates its own texts).
    void retranslate();

    // The deploy controller's news: a Destroy stops monitoring before it runs; a successful
    // Apply starts it (when the setting is on).
    void deployStarting(DeployAction action);
    void deployFinished(DeployAction action, const QList<HostOutcome> &outcomes);

signals:
    void message(const QString &text);
    void runningChanged(bool running);

private:
    void updateActions();
    // The Monitor's state line, kept as a function so a language change words it again.
    void showState(bool live, std::function<QString()> text);
    void stopped();
    // The canvas shows what the store learnt: link traffic and breaks, object states.
    void updateCanvas(const MonitorUpdate &update);
    void updateLink(ObjectId link);

    TopologyDocument *m_document;
    QPointer<TopologyScene> m_scene;
    QWidget *m_window;
    MonitorStore *m_store;
    Monitor *m_monitor;
    MonitorDock *m_dock;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_autoStart;
    HostKeyPrompt m_hostKeyPrompt;
    std::function<QString(const Host &)> m_password;
    double m_interval = 1.0;
    bool m_topologyEdited = false;
    std::function<QString()> m_stateText;
};

} // namespace studio
