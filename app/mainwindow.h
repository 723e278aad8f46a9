#pragma once

#include "engine/deployengine.h"
#include "model/topology.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace studio {

// The application window. For now it shows a topology's structure, its validation problems and
// the per-host command plan; the canvas editor takes the centre later.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);
    const Topology &topology() const { return m_topology; }

    // Deploy actions; the work runs off the GUI thread and reports back through signals.
    void runDeploy(DeployAction action);
    bool isDeploying() const { return m_engine->isRunning(); }

signals:
    void deployFinished(const QList<studio::HostOutcome> &outcomes);

private:
    void createActions();
    void refresh();
    void showProblem(QTreeWidgetItem *item);
    void markHosts(const QList<HostOutcome> &outcomes);
    bool askHostKey(const UnknownHostKey &key);
    QString askPassword(const Host &host);
    void updateActions();

    Topology m_topology;
    QString m_path;
    QTreeWidget *m_structure = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLabel *m_summary = nullptr;
    class DeployDock *m_deployDock = nullptr;
    class TopologyScene *m_scene = nullptr;
    class CanvasView *m_view = nullptr;
    DeployEngine *m_engine = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_destroy = nullptr;
    QAction *m_status = nullptr;
    QAction *m_cancel = nullptr;
    QHash<QString, QString> m_passwords; // asked for at run time; memory only, never saved
};

} // namespace studio
