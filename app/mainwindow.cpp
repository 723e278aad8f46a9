#include "mainwindow.h"

#include "clipboardcontroller.h"
#include "deploycontroller.h"
#include "deploydock.h"
#include "desktopcontroller.h"
#include "documentcontroller.h"
#include "examplesmenu.h"
#include "imagesdialog.h"
#include "languagemenu.h"
#include "monitordock.h"
#include "monitoringcontroller.h"
#include "packetpathcontroller.h"
#include "palettewidget.h"
#include "panelsmenu.h"
#include "plandock.h"
#include "problemsdock.h"
#include "propertyeditor.h"
#include "stepthroughcontroller.h"
#include "structuredock.h"
#include "structuremodel.h"
#include "teachcontroller.h"
#include "themedicon.h"

#include "images/imagescripts.h"
#include "plan/planner.h"
#include "plan/planscripts.h"
#include "scene/canvasview.h"
#include "scene/diagramexport.h"
#include "scene/topologyscene.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>

// The icons and examples live in the studio_app library: a static library's resources are
// registered by hand (outside any namespace, as Q_INIT_RESOURCE requires).
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace studio {

namespace {
// The dock layout's version: a layout saved by an older version is not restored.
constexpr int kLayoutVersion = 2;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initResources();
    resize(1360, 860);
    m_document = new TopologyDocument(this);
    m_undoStack = new QUndoStack(this);
    m_problems = new ProblemTracker(m_document, this);

    m_scene = new TopologyScene(m_document, m_undoStack, m_problems, this);
    m_view = new CanvasView(m_scene, this);
    setCentralWidget(m_view);
    const auto status = [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    };
    connect(m_scene, &TopologyScene::message, this, status);

    m_documents = new DocumentController(m_document, m_undoStack, this);
    connect(m_documents, &DocumentController::message, this, status);
    connect(m_documents, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::opened, m_view,
            [this] { QTimer::singleShot(0, m_view, [this] { m_view->fitAll(); }); });
    m_clipboard = new ClipboardController(m_document, m_undoStack, m_scene, m_view);
    connect(m_clipboard, &ClipboardController::message, this, status);

    m_properties = new PropertyEditor(m_document, m_undoStack, m_problems, this);
    connect(m_properties, &PropertyEditor::message, this, status);
    m_structure = new StructureDock(m_document, this);
    m_problemsDock = new ProblemsDock(m_document, m_problems, this);
    m_plan = new PlanDock(m_document, m_problems, this);
    m_plan->setStyle(DeploySettings::load().style);
    m_deploy = new DeployController(m_document, m_problems, this);
    m_deploy->setProjectFile([this] { return m_documents->path(); });
    m_documents->setBusyCheck([this] { return m_deploy->busyReason(); });
    m_monitoring = new MonitoringController(m_document, m_scene, this);
    m_monitoring->setCredentials(m_deploy->hostKeyPrompt(), m_deploy->passwordSource());
    connect(m_monitoring, &MonitoringController::message, this, status);
    // Step Through Deploy, Show Packet Path, Export Lab Guide: their own controllers and docks.
    m_teach = new TeachController(this, m_document, m_scene, m_deploy);
    connect(m_teach, &TeachController::message, this, status);

    // Selection: the canvas leads, the property editor and the structure follow.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<ObjectId> ids = m_scene->selectedIds();
        m_properties->showObject(ids.size() == 1 ? ids.first() : kNoObject);
        m_structure->showSelection(ids);
    });
    connect(m_structure, &StructureDock::objectActivated, this, &MainWindow::showObject);
    connect(m_problemsDock, &ProblemsDock::objectActivated, this, &MainWindow::showObject);
    // A double click edits the object: its name (a link's VNI), ready to be typed over.
    connect(m_scene, &TopologyScene::editRequested, this, [this](ObjectId id) {
        m_scene->selectObject(id);
        m_properties->showObject(id);
        if (auto *dock = qobject_cast<QDockWidget *>(m_properties->parentWidget())) {
            dock->show();
            dock->raise();
        }
        const QString key = m_properties->field(QStringLiteral("name")) ? QStringLiteral("name")
                                                                        : QStringLiteral("vni");
        // After the click's own events are done: they give the canvas its focus back.
        QTimer::singleShot(0, m_properties, [this, key] { m_properties->focusField(key); });
    });

    connect(m_deploy, &DeployController::started, this, [this] {
        if (auto *dock = qobject_cast<QDockWidget *>(m_deploy->dock()->parentWidget()))
            dock->raise();
    });
    connect(m_deploy, &DeployController::hostResult, this,
            [this](const QString &host, bool ok, const QString &detail) {
                m_scene->setDeployResult(host,
                                         ok ? TopologyScene::DeployResult::Ok
                                            : TopologyScene::DeployResult::Failed,
                                         detail);
                m_structure->model()->setHostResult(host, ok, detail);
            });
    connect(m_deploy, &DeployController::finished, this, &MainWindow::deployFinished);
    connect(m_deploy, &DeployController::settingsChanged, m_plan,
            [this](const DeploySettings &s) { m_plan->setStyle(s.style); });
    connect(m_deploy, &DeployController::started, m_monitoring,
            [this] { m_monitoring->deployStarting(m_deploy->action()); });
    connect(m_deploy, &DeployController::finished, m_monitoring,
            [this](const QList<HostOutcome> &outcomes) {
                m_monitoring->deployFinished(m_deploy->action(), outcomes);
            });
    connect(m_deploy, &DeployController::closeRequested, this, &QWidget::close);

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);
    auto *zoom = new QLabel(this);
    statusBar()->addPermanentWidget(zoom);
    const auto zoomText = [this, zoom] {
        zoom->setText(tr("Zoom %1%").arg(qRound(m_view->zoom() * 100)));
    };
    connect(m_view, &CanvasView::zoomChanged, zoom, zoomText);
    translated(zoomText);
    // The summary counts objects and problems: once per batch of changes, never per object (a
    // count of problems would validate the whole topology at every step of an undo).
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    const auto scheduleSummary = [this] {
        m_summaryTimer->start();
    };
    connect(m_problems, &ProblemTracker::problemsChanged, this, scheduleSummary);
    for (auto signal : {&TopologyDocument::objectAdded, &TopologyDocument::objectRemoved})
        connect(m_document, signal, this, scheduleSummary);
    connect(m_document, &TopologyDocument::modelReset, this, scheduleSummary);
    connect(m_document, &TopologyDocument::objectChanged, this,
            [this](ObjectId id, const QString &key) {
                if (id == kNoObject && key == QLatin1String("name")) {
                    m_summaryTimer->start();
                    updateTitle();
                }
            });
    connect(m_view, &CanvasView::contextMenuRequested, this,
            [this](const QPoint &globalPos, const QPointF &scenePos) {
                QMenu *menu = createCanvasMenu(scenePos);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });

    layoutDocks();
    createMenus();
    m_documents->newTopology();
    // Help, the welcome page, the local lab, keyboard access, tooltips with shortcuts.
    auto *desktop = new DesktopController(this, m_palette);
    connect(desktop, &DesktopController::openRequested, this, [this](const QString &path) {
        if (m_documents->maybeSave())
            m_documents->openFile(path);
    });

    // Window geometry and dock layout as the user left them.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
}

MainWindow::~MainWindow()
{
    // The children are destroyed after this destructor, in the order they were made: their last
    // signals (a dirty undo stack says it is clean again as it dies) must reach nobody, neither
    // this half-destroyed window nor a sibling already gone.
    for (QObject *child :
         std::initializer_list<QObject *>{m_undoStack, m_document, m_scene, m_problems})
        child->blockSignals(true);
}

QDockWidget *MainWindow::addDock(const char *title, const char *name, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(this);
    translated([d, title] { d->setWindowTitle(tr(title)); });
    d->setObjectName(QLatin1String(name));
    d->setWidget(content);
    addDockWidget(area, d);
    m_docks << d;
    return d;
}

void MainWindow::layoutDocks()
{
    // The canvas keeps most of the window, also on a small screen: one column on the left (the
    // palette above the editing tabs) and one row of tabs below.
    auto *palette = m_palette = new PaletteWidget(this);
    QDockWidget *paletteDock
        = addDock(QT_TR_NOOP("Palette"), "paletteDock", palette, Qt::LeftDockWidgetArea);
    QDockWidget *propertiesDock
        = addDock(QT_TR_NOOP("Properties"), "propertiesDock", m_properties, Qt::LeftDockWidgetArea);
    splitDockWidget(paletteDock, propertiesDock, Qt::Vertical);
    QDockWidget *structureDock
        = addDock(QT_TR_NOOP("Structure"), "structureDock", m_structure, Qt::LeftDockWidgetArea);
    QDockWidget *planDock = addDock(QT_TR_NOOP("Plan"), "planDock", m_plan, Qt::LeftDockWidgetArea);
    auto *history = new QUndoView(m_undoStack, this);
    translated([history] {
        history->setEmptyLabel(tr("<opened>"));
        history->setAccessibleName(tr("History"));
    });
    tabifyDockWidget(propertiesDock, structureDock);
    tabifyDockWidget(structureDock, planDock);
    propertiesDock->raise();

    QDockWidget *problemsDock
        = addDock(QT_TR_NOOP("Problems"), "problemsDock", m_problemsDock, Qt::BottomDockWidgetArea);
    QDockWidget *deployDock
        = addDock(QT_TR_NOOP("Deploy"), "deployDock", m_deploy->dock(), Qt::BottomDockWidgetArea);
    QDockWidget *historyDock
        = addDock(QT_TR_NOOP("History"), "historyDock", history, Qt::BottomDockWidgetArea);
    QDockWidget *monitorDock = addDock(QT_TR_NOOP("Monitor"), "monitorDock", m_monitoring->dock(),
                                       Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, deployDock);
    tabifyDockWidget(deployDock, monitorDock);
    tabifyDockWidget(monitorDock, historyDock);
    // The Monitor comes up when monitoring starts (below); until then it would only take room.
    monitorDock->hide();
    // Graphs need height: when monitoring starts, the Monitor comes up a third of the window.
    connect(m_monitoring, &MonitoringController::runningChanged, this,
            [this, monitorDock](bool on) {
                if (!on)
                    return;
                monitorDock->show();
                monitorDock->raise();
                resizeDocks({monitorDock}, {std::max(monitorDock->height(), height() / 3)},
                            Qt::Vertical);
            });
    problemsDock->raise();
    // Dock sizes only apply once the window is laid out.
    QTimer::singleShot(0, this, [this, problemsDock, paletteDock, propertiesDock] {
        resizeDocks({problemsDock}, {std::min(170, height() / 6)}, Qt::Vertical);
        resizeDocks({paletteDock}, {std::clamp(width() / 4, 250, 320)}, Qt::Horizontal);
        resizeDocks({paletteDock, propertiesDock},
                    {paletteDock->widget()->sizeHint().height() + 8, height()}, Qt::Vertical);
    });
}

// Every translated text of the window is set by a function kept here, so a language switch sets
// it again (QEvent::LanguageChange).
void MainWindow::translated(std::function<void()> setText)
{
    setText();
    m_retranslations.push_back(std::move(setText));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &setText : m_retranslations)
            setText();
        m_clipboard->retranslate();
        m_deploy->retranslate();
        m_monitoring->retranslate();
        m_teach->retranslate();
        m_scene->retranslate();
        m_problems->retranslate();
        updateSummary();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::createMenus()
{
    const auto icon = [](const char *name) {
        return themedIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    };
    const auto menu = [this](const char *title) {
        QMenu *m = menuBar()->addMenu(QString());
        translated([m, title] { m->setTitle(tr(title)); });
        return m;
    };
    const auto action = [this](QMenu *in, const char *text, const char *tip = nullptr) {
        QAction *a = in->addAction(QString());
        translated([a, text, tip] {
            a->setText(tr(text));
            if (tip)
                a->setToolTip(tr(tip));
        });
        return a;
    };

    QMenu *file = menu(QT_TR_NOOP("&File"));
    QAction *newAction
        = action(file, QT_TR_NOOP("&New"), QT_TR_NOOP("Start a new, empty topology"));
    newAction->setIcon(icon("new"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        if (m_documents->maybeSave())
            m_documents->newTopology();
    });
    QAction *open = action(file, QT_TR_NOOP("&Open..."), QT_TR_NOOP("Open a topology file"));
    open->setIcon(icon("open"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, m_documents, &DocumentController::openDialog);
    auto *examples = new ExamplesMenu(this); // titled and worded in the user's language
    file->addMenu(examples);
    translated([examples] { examples->setTitle(tr("Open &Example")); });
    connect(examples, &ExamplesMenu::exampleChosen, this, [this](const QString &path) {
        if (m_documents->maybeSave())
            m_documents->openFile(path);
    });
    QMenu *recent = file->addMenu(QString());
    translated([recent] { recent->setTitle(tr("Open &Recent")); });
    connect(recent, &QMenu::aboutToShow, this,
            [this, recent] { m_documents->fillRecentMenu(recent); });
    QAction *save = action(file, QT_TR_NOOP("&Save"), QT_TR_NOOP("Save the topology"));
    save->setIcon(icon("save"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, m_documents, &DocumentController::save);
    QAction *saveAs = action(file, QT_TR_NOOP("Save &As..."));
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, m_documents, &DocumentController::saveAs);
    file->addSeparator();
    connect(action(file, QT_TR_NOOP("Export &Image...")), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Diagram"), topology().name + QStringLiteral(".png"),
            tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (!path.isEmpty())
            exportImage(path);
    });
    connect(action(file, QT_TR_NOOP("Export &Plan...")), &QAction::triggered, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Export the per-host scripts to"));
        if (!dir.isEmpty())
            exportPlan(dir);
    });
    file->addAction(m_teach->exportGuideAction());
    file->addSeparator();
    QAction *quit = action(file, QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menu(QT_TR_NOOP("&Edit"));
    // The menu shows the whole command ("Undo Change MTU of host1/br0"); the toolbar button just
    // "Undo", with the whole text as its tooltip.
    QAction *undo = edit->addAction(icon("undo"), QString(), m_undoStack, &QUndoStack::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(icon("redo"), QString(), m_undoStack, &QUndoStack::redo);
    redo->setShortcut(QKeySequence::Redo);
    const auto undoTexts = [this, undo, redo] {
        undo->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                             : tr("&Undo"));
        undo->setIconText(tr("Undo"));
        undo->setEnabled(m_undoStack->canUndo());
        redo->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                             : tr("&Redo"));
        redo->setIconText(tr("Redo"));
        redo->setEnabled(m_undoStack->canRedo());
    };
    translated(undoTexts);
    connect(m_undoStack, &QUndoStack::indexChanged, this, undoTexts);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, undoTexts);
    edit->addSeparator();
    edit->addActions({m_clipboard->cutAction(), m_clipboard->copyAction(),
                      m_clipboard->pasteAction(), m_clipboard->duplicateAction()});
    m_delete = action(edit, QT_TR_NOOP("&Delete"));
    connect(m_delete, &QAction::triggered, m_scene, &TopologyScene::deleteSelection);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);
    m_selectAll = action(edit, QT_TR_NOOP("Select &All"));
    connect(m_selectAll, &QAction::triggered, this, [this] {
        for (QGraphicsItem *item : m_scene->items()) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    });
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_selectAll);

    QMenu *view = menu(QT_TR_NOOP("&View"));
    QAction *snap = action(view, QT_TR_NOOP("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(QSettings().value(QStringLiteral("canvas/snapToGrid"), true).toBool());
    m_scene->setSnapToGrid(snap->isChecked());
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapToGrid(on);
        QSettings().setValue(QStringLiteral("canvas/snapToGrid"), on);
    });
    view->addSeparator();
    m_fit = action(view, QT_TR_NOOP("&Fit to Window"));
    m_fit->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(m_fit, &QAction::triggered, this, [this] { m_view->fitAll(); });
    QAction *zoomIn = action(view, QT_TR_NOOP("Zoom &In"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    QAction *zoomOut = action(view, QT_TR_NOOP("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->setZoom(m_view->zoom() * 0.8); });
    view->addSeparator();
    // Every dock can come back from here once closed, and F6 walks through them.
    view->addMenu(new PanelsMenu(this));
    view->addMenu(new LanguageMenu(this));

    QMenu *deploy = menu(QT_TR_NOOP("&Deploy"));
    deploy->addActions(
        {m_deploy->applyAction(), m_deploy->statusAction(), m_deploy->destroyAction()});
    deploy->addSeparator();
    deploy->addAction(m_deploy->cancelAction());
    deploy->addAction(m_deploy->settingsAction());
    deploy->addSeparator();
    QAction *images
        = action(deploy, QT_TR_NOOP("&Images…"),
                 QT_TR_NOOP("How hosts that lack an image get it: pull, build or copy"));
    images->setObjectName(QStringLiteral("imagesAction"));
    connect(images, &QAction::triggered, this, [this] {
        auto *dialog = new ImagesDialog(m_document, m_undoStack, this);
        if (!m_documents->path().isEmpty())
            dialog->setProjectDir(QFileInfo(m_documents->path()).absolutePath());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // modal to the window, without a nested event loop
    });
    deploy->addSeparator();
    deploy->addActions(
        {m_monitoring->startAction(), m_monitoring->stopAction(), m_monitoring->autoStartAction()});
    deploy->addSeparator();
    deploy->addActions({m_teach->stepThrough()->action(), m_teach->packetPath()->action()});

    QToolBar *bar = addToolBar(QString());
    translated([bar] { bar->setWindowTitle(tr("Main")); });
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({newAction, open, save});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({m_deploy->applyAction(), m_deploy->statusAction(), m_deploy->destroyAction(),
                     m_deploy->cancelAction()});
    bar->addSeparator();
    bar->addActions({m_monitoring->startAction(), m_monitoring->stopAction()});
    // At 1024 px in German or French the text of every button does not fit: the file actions,
    // whose icons everybody knows, show their icon only (their name is in the tooltip and menu).
    for (QAction *a : {newAction, open, save}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

bool MainWindow::openFile(const QString &path)
{
    return m_documents->openFile(path);
}

bool MainWindow::saveTo(const QString &path)
{
    return m_documents->saveTo(path);
}

QString MainWindow::recoveryFile()
{
    return DocumentController::recoveryFile();
}

void MainWindow::autosave()
{
    m_documents->autosave();
}

bool MainWindow::restoreRecovery()
{
    return m_documents->restoreRecovery();
}

void MainWindow::runDeploy(DeployAction action)
{
    m_deploy->run(action);
}

void MainWindow::showObject(ObjectId id)
{
    m_scene->selectObject(id);
    if (QGraphicsItem *target = m_scene->itemFor(id))
        m_view->ensureVisible(target);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_deploy->mayClose() || !m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    m_documents->cleanExit();
    event->accept();
}

QMenu *MainWindow::createCanvasMenu(const QPointF &scenePos)
{
    auto *menu = new QMenu(this);
    // The menu's entries run the window's actions, enabled for what the click was on.
    const auto offer = [menu](QAction *action, bool enabled) {
        QString text = action->text();
        if (!action->shortcut().isEmpty())
            text += QLatin1Char('\t') + action->shortcut().toString(QKeySequence::NativeText);
        QAction *entry = menu->addAction(action->icon(), text, action, &QAction::trigger);
        entry->setEnabled(enabled);
        return entry;
    };
    const bool selection = !m_scene->selectedItems().isEmpty();
    offer(m_clipboard->cutAction(), selection);
    offer(m_clipboard->copyAction(), selection);
    offer(m_clipboard->pasteAction(), m_clipboard->canPaste());
    offer(m_clipboard->duplicateAction(), selection);
    offer(m_delete, selection);
    menu->addSeparator();
    // Add an object where the click was; bridges and containers only inside a host.
    const bool inHost = m_scene->hostAt(scenePos) != kNoObject;
    const struct
    {
        ObjectKind kind;
        const char *icon;
        QString text;
        bool allowed;
    } adds[]
        = {{ObjectKind::Host, ":/icons/host.svg", tr("Add &Host Here"), true},
           {ObjectKind::Bridge, ":/icons/bridge.svg", tr("Add &Bridge Here"), inHost},
           {ObjectKind::Container, ":/icons/container.svg", tr("Add C&ontainer Here"), inHost}};
    for (const auto &add : adds) {
        QAction *a = menu->addAction(themedIcon(QLatin1String(add.icon)), add.text, this,
                                     [this, kind = add.kind, scenePos] {
                                         const ObjectId id = m_scene->dropObject(kind, scenePos);
                                         if (id != kNoObject)
                                             m_scene->selectObject(id);
                                     });
        a->setEnabled(add.allowed);
    }
    menu->addSeparator();
    offer(m_selectAll, true);
    offer(m_fit, true);
    return menu;
}

bool MainWindow::exportImage(const QString &path)
{
    if (auto st = exportDiagram(m_scene, path); !st) {
        QMessageBox::warning(this, tr("Cannot export"), st.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Exported the diagram to %1").arg(QDir::toNativeSeparators(path)),
                             5000);
    return true;
}

bool MainWindow::exportPlan(const QString &dir)
{
    QStringList written;
    const QString projectDir
        = m_documents->path().isEmpty() ? QString() : QFileInfo(m_documents->path()).absolutePath();
    for (auto plan : {planApply(topology()), planTeardown(topology())}) {
        if (!plan) {
            QMessageBox::warning(this, tr("Cannot export the plan"), plan.error().toString());
            return false;
        }
        // Apply's image phase, as scripts run it (a here document, a tar, images-HOST.sh).
        ImageScripts::addToPlan(topology(), &plan.value());
        if (auto st = writePlanScripts(plan.value(), dir, &written); !st) {
            QMessageBox::warning(this, tr("Cannot export the plan"), st.error().toString());
            return false;
        }
        if (auto st = ImageScripts::writeFiles(topology(), plan.value(), projectDir, dir, &written);
            !st) {
            QMessageBox::warning(this, tr("Cannot export the plan"), st.error().toString());
            return false;
        }
    }
    statusBar()->showMessage(tr("Wrote %n script(s) to %1", nullptr, int(written.size()))
                                 .arg(QDir::toNativeSeparators(dir)),
                             5000);
    return true;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - OverlayStudio").arg(m_documents->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSummary()
{
    const Topology &t = topology();
    m_summary->setText(tr("%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 "
                          "warnings")
                           .arg(t.name)
                           .arg(t.hosts().size())
                           .arg(t.bridges().size())
                           .arg(t.containers().size())
                           .arg(t.links().size())
                           .arg(m_problems->publishedErrors())
                           .arg(m_problems->publishedWarnings()));
}

} // namespace studio
