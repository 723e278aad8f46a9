#pragma once

#include "engine/deployengine.h"
#include "model/problemtracker.h"
#include "model/topologydocument.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QUndoStack;

namespace studio {

class CanvasView;
class ClipboardController;
class DeployController;
class DocumentController;
class MonitoringController;
class PaletteWidget;
class PlanDock;
class ProblemsDock;
class PropertyEditor;
class StructureDock;
class TeachController;
class TopologyScene;

// The application window. It assembles the parts and their menus; each part does its own job:
// the document controller (files), the clipboard controller, the canvas, the property editor, the
// structure, problems and plan docks, and the deploy controller. All of them follow the one
// document and its problem tracker.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool exportImage(const QString &path);
    bool exportPlan(const QString &dir);
    void runDeploy(DeployAction action);
    // The canvas's right-click menu for a scene position: edit the selection, paste, add an
    // object there, select all, fit. The caller owns (and usually pops up) it.
    QMenu *createCanvasMenu(const QPointF &scenePos);

    static QString recoveryFile();
    void autosave();
    bool restoreRecovery();

    const Topology &topology() const { return m_document->topology(); }
    TopologyDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ProblemTracker *problems() const { return m_problems; }
    TopologyScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    DocumentController *documents() const { return m_documents; }
    ClipboardController *clipboard() const { return m_clipboard; }
    DeployController *deployment() const { return m_deploy; }
    MonitoringController *monitoring() const { return m_monitoring; }
    StructureDock *structure() const { return m_structure; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    PlanDock *planDock() const { return m_plan; }
    TeachController *teaching() const { return m_teach; }

signals:
    void deployFinished(const QList<studio::HostOutcome> &outcomes);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDockWidget *addDock(const char *title, const char *name, QWidget *content,
                         Qt::DockWidgetArea area);
    void translated(std::function<void()> setText);
    void createMenus();
    void layoutDocks();
    void updateTitle();
    void updateSummary();
    void showObject(ObjectId id);

    TopologyDocument *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ProblemTracker *m_problems = nullptr;
    TopologyScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    PropertyEditor *m_properties = nullptr;
    StructureDock *m_structure = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    PlanDock *m_plan = nullptr;
    DocumentController *m_documents = nullptr;
    ClipboardController *m_clipboard = nullptr;
    DeployController *m_deploy = nullptr;
    TeachController *m_teach = nullptr;
    PaletteWidget *m_palette = nullptr;
    MonitoringController *m_monitoring = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_summaryTimer = nullptr;
    QList<QDockWidget *> m_docks;
    std::vector<std::function<void()>> m_retranslations;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_fit = nullptr;
};

} // namespace studio
