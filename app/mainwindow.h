#pragma once

#include "engine/deployengine.h"
#include "model/problemtracker.h"
#include "model/topologydocument.h"

#include <QHash>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace studio {

class CanvasView;
class DeployDock;
class PropertyEditor;
class TopologyScene;

// The application window: the canvas in the middle; palette, structure, properties, problems,
// plan, deploy and undo history in docks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool exportImage(const QString &path);

    // Unsaved work is written to a recovery file every minute and removed on a clean exit or a
    // save; after a crash, the next start offers it back.
    static QString recoveryFile();
    void autosave();
    bool restoreRecovery(); // loads the recovery file as an unsaved topology

    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    // The canvas's right-click menu for a scene position: edit the selection, paste, add an
    // object there, select all, fit. The caller owns (and usually execs) it.
    QMenu *createCanvasMenu(const QPointF &scenePos);
    bool exportPlan(const QString &dir);
    bool saveTo(const QString &path);
    void newTopology();
    const Topology &topology() const { return m_document->topology(); }

    TopologyDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    TopologyScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PropertyEditor *propertyEditor() const { return m_properties; }

    // Deploy actions; the work runs off the GUI thread and reports back through signals.
    void runDeploy(DeployAction action);
    bool isDeploying() const { return m_engine->isRunning(); }

signals:
    void deployFinished(const QList<studio::HostOutcome> &outcomes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void scheduleRefresh();
    void refresh();
    void updateTitle();
    bool maybeSave();
    bool save();
    bool saveAs();
    void showProblem(QTreeWidgetItem *item);
    void markHosts(const QList<HostOutcome> &outcomes);
    bool askHostKey(const UnknownHostKey &key);
    QString askPassword(const Host &host);
    void updateActions();
    void rememberRecent(const QString &path);
    void fillRecentMenu();

    TopologyDocument *m_document = nullptr;
    ProblemTracker *m_problemTracker = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_path;
    bool m_refreshPending = false;
    TopologyScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    PropertyEditor *m_properties = nullptr;
    QTreeWidget *m_structure = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLabel *m_summary = nullptr;
    DeployDock *m_deployDock = nullptr;
    DeployEngine *m_engine = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_destroy = nullptr;
    QAction *m_status = nullptr;
    QAction *m_cancel = nullptr;
    // Edit and view actions the canvas menu offers too.
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_fit = nullptr;
    QHash<QString, QString> m_passwords; // asked for at run time; memory only, never saved
    QMenu *m_recentMenu = nullptr;
    class QTimer *m_autosave = nullptr;
    // Set when the window goes: deploy workers waiting for a prompt's answer give up.
    std::shared_ptr<std::atomic<bool>> m_promptsAbandoned = std::make_shared<std::atomic<bool>>();
};

} // namespace studio
