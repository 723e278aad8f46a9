#include "mainwindow.h"

#include "deploydock.h"
#include "desktopcontroller.h"
#include "guiprompt.h"
#include "languagemenu.h"
#include "panelsmenu.h"

#include "commands/clipboard.h"
#include "commands/commands.h"
#include "palettewidget.h"
#include "propertyeditor.h"
#include "themedicon.h"

#include "model/projectfile.h"
#include "model/validation.h"
#include "plan/planner.h"
#include "scene/canvasview.h"
#include "scene/diagramexport.h"
#include "scene/topologyscene.h"
#include "ssh/knownhostsfile.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>

namespace studio {

namespace {

constexpr int kObjectRole = Qt::UserRole + 1;

QDockWidget *dock(QMainWindow *window, const QString &title, const char *name, QWidget *content,
                  Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(QLatin1String(name));
    d->setWidget(content);
    window->addDockWidget(area, d);
    return d;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    resize(1360, 860);
    m_document = new TopologyDocument(this);
    m_undoStack = new QUndoStack(this);

    m_problemTracker = new ProblemTracker(m_document, this);
    m_scene = new TopologyScene(m_document, m_undoStack, m_problemTracker, this);
    m_view = new CanvasView(m_scene, this);
    setCentralWidget(m_view);
    connect(m_scene, &TopologyScene::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    auto *palette = new PaletteWidget(this);
    QDockWidget *paletteDock
        = dock(this, tr("Palette"), "paletteDock", palette, Qt::LeftDockWidgetArea);
    m_properties = new PropertyEditor(m_document, m_undoStack, m_problemTracker, this);
    connect(m_properties, &PropertyEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    QDockWidget *propertiesDock
        = dock(this, tr("Properties"), "propertiesDock", m_properties, Qt::LeftDockWidgetArea);
    splitDockWidget(paletteDock, propertiesDock, Qt::Vertical);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<ObjectId> ids = m_scene->selectedIds();
        m_properties->showObject(ids.size() == 1 ? ids.first() : kNoObject);
    });
    // A double click edits the object: its name (a link's VNI), ready to be typed over.
    connect(m_scene, &TopologyScene::editRequested, this, [this, propertiesDock](ObjectId id) {
        m_scene->selectObject(id);
        m_properties->showObject(id);
        propertiesDock->show();
        propertiesDock->raise();
        const QString key = m_properties->field(QStringLiteral("name")) ? QStringLiteral("name")
                                                                        : QStringLiteral("vni");
        // After the click's own events are done: they give the canvas its focus back.
        QTimer::singleShot(0, m_properties, [this, key] { m_properties->focusField(key); });
    });

    m_structure = new QTreeWidget(this);
    m_structure->setHeaderLabels({tr("Object"), tr("Details")});
    m_structure->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QDockWidget *structureDock
        = dock(this, tr("Structure"), "structureDock", m_structure, Qt::RightDockWidgetArea);
    connect(m_structure, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_scene->selectObject(item->data(0, kObjectRole).toUInt());
    });

    m_plan = new QPlainTextEdit(this);
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QDockWidget *planDock = dock(this, tr("Plan"), "planDock", m_plan, Qt::RightDockWidgetArea);
    tabifyDockWidget(structureDock, planDock);
    auto *history = new QUndoView(m_undoStack, this);
    history->setEmptyLabel(tr("<opened>"));
    QDockWidget *historyDock
        = dock(this, tr("History"), "historyDock", history, Qt::RightDockWidgetArea);
    tabifyDockWidget(planDock, historyDock);
    structureDock->raise();

    m_problems = new QTreeWidget(this);
    m_problems->setHeaderLabels({tr("Severity"), tr("Object"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_problems, &QTreeWidget::itemActivated, this, &MainWindow::showProblem);
    connect(m_problems, &QTreeWidget::itemClicked, this, &MainWindow::showProblem);
    QDockWidget *problemsDock
        = dock(this, tr("Problems"), "problemsDock", m_problems, Qt::BottomDockWidgetArea);

    m_deployDock = new DeployDock(this);
    QDockWidget *deployDock
        = dock(this, tr("Deploy"), "deployDock", m_deployDock, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, deployDock);
    problemsDock->raise();
    // Dock sizes only apply once the window is laid out.
    QTimer::singleShot(0, this, [this, problemsDock, paletteDock, propertiesDock, structureDock] {
        resizeDocks({problemsDock}, {150}, Qt::Vertical);
        resizeDocks({paletteDock, structureDock}, {270, 330}, Qt::Horizontal);
        resizeDocks({paletteDock, propertiesDock}, {150, 530}, Qt::Vertical);
    });

    m_engine = new DeployEngine(this);
    connect(m_engine, &DeployEngine::hostPhase, m_deployDock, &DeployDock::setPhase);
    connect(m_engine, &DeployEngine::stepStarted, m_deployDock, &DeployDock::stepStarted);
    connect(m_engine, &DeployEngine::stepFinished, m_deployDock, &DeployDock::stepFinished);
    connect(m_engine, &DeployEngine::hostFinished, m_deployDock, &DeployDock::hostFinished);
    connect(m_engine, &DeployEngine::finished, this,
            [this, deployDock](const QList<HostOutcome> &outcomes) {
                m_engine->waitForFinished();
                m_deployDock->finish(outcomes);
                markHosts(outcomes);
                deployDock->raise();
                updateActions();
                emit deployFinished(outcomes);
            });

    for (auto signal : {&TopologyDocument::objectAdded, &TopologyDocument::objectRemoved})
        connect(m_document, signal, this, &MainWindow::scheduleRefresh);
    connect(m_document, &TopologyDocument::objectChanged, this, &MainWindow::scheduleRefresh);
    connect(m_document, &TopologyDocument::modelReset, this, &MainWindow::scheduleRefresh);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { m_document->setModified(!clean); });
    connect(m_document, &TopologyDocument::modifiedChanged, this, &MainWindow::updateTitle);

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);
    auto *zoom = new QLabel(this);
    statusBar()->addPermanentWidget(zoom);
    connect(m_view, &CanvasView::contextMenuRequested, this,
            [this](const QPoint &globalPos, const QPointF &scenePos) {
                QMenu *menu = createCanvasMenu(scenePos);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    connect(m_view, &CanvasView::zoomChanged, zoom,
            [zoom](qreal z) { zoom->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    createActions();
    newTopology();
    // Help, the welcome page, the local lab, keyboard access (app/desktopcontroller.h).
    auto *desktop = new DesktopController(this, palette);
    connect(desktop, &DesktopController::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });

    m_autosave = new QTimer(this);
    m_autosave->setInterval(60 * 1000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave->start();

    // Window geometry and dock layout as the user left them.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // A worker waiting for an answer from this window stops waiting (and distrusts), so the
    // engine below can finish instead of waiting for it forever.
    m_promptsAbandoned->store(true);
    // The children outlive this object's own destructor: their last signals (a dirty undo stack
    // says it is clean again as it dies) must not reach a half-destroyed window.
    for (QObject *child :
         std::initializer_list<QObject *>{m_undoStack, m_document, m_scene, m_engine})
        child->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction
        = file->addAction(themedIcon(QStringLiteral(":/icons/new.svg")), tr("&New"), this, [this] {
              if (maybeSave())
                  newTopology();
          });
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(
        themedIcon(QStringLiteral(":/icons/open.svg")), tr("&Open..."), this, [this] {
            if (!maybeSave())
                return;
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Open Topology"), QFileInfo(m_path).path(),
                tr("OverlayStudio topologies (*.ovstudio.json *.json)"));
            if (!path.isEmpty())
                openFile(path);
        });
    open->setShortcut(QKeySequence::Open);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        examples->addAction(QFileInfo(name).completeBaseName(), this,
                            [this, path = dir.filePath(name)] {
                                if (maybeSave())
                                    openFile(path);
                            });
    }
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *saveAction = file->addAction(themedIcon(QStringLiteral(":/icons/save.svg")),
                                          tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("Export &Image..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Diagram"), topology().name + QStringLiteral(".png"),
            tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (!path.isEmpty())
            exportImage(path);
    });
    file->addAction(tr("Export &Plan..."), this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Export the per-host scripts to"));
        if (!dir.isEmpty())
            exportPlan(dir);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(QStringLiteral(":/icons/undo.svg")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themedIcon(QStringLiteral(":/icons/redo.svg")));
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *cut = m_cut = edit->addAction(tr("Cu&t"), this, &MainWindow::cutSelection);
    cut->setShortcut(QKeySequence::Cut);
    QAction *copy = m_copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *pasteAction = m_paste = edit->addAction(tr("&Paste"), this, &MainWindow::paste);
    pasteAction->setShortcut(QKeySequence::Paste);
    QAction *duplicate = m_duplicate
        = edit->addAction(tr("D&uplicate"), this, &MainWindow::duplicateSelection);
    duplicate->setShortcut(Qt::CTRL | Qt::Key_D);
    for (QAction *a : {cut, copy, pasteAction, duplicate}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // typing in a field keeps its own
        m_view->addAction(a);
    }
    QAction *remove = m_delete
        = edit->addAction(tr("&Delete"), m_scene, &TopologyScene::deleteSelection);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove);
    QAction *selectAll = m_selectAll = edit->addAction(tr("Select &All"), this, [this] {
        for (QGraphicsItem *item : m_scene->items()) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    });
    selectAll->setShortcut(QKeySequence::SelectAll);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *snap = view->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(QSettings().value(QStringLiteral("canvas/snapToGrid"), true).toBool());
    m_scene->setSnapToGrid(snap->isChecked());
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnapToGrid(on);
        QSettings().setValue(QStringLiteral("canvas/snapToGrid"), on);
    });
    view->addSeparator();
    QAction *fit = m_fit
        = view->addAction(tr("&Fit to Window"), this, [this] { m_view->fitAll(); });
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *zoomIn
        = view->addAction(tr("Zoom &In"), this, [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut
        = view->addAction(tr("Zoom &Out"), this, [this] { m_view->setZoom(m_view->zoom() * 0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->addMenu(new PanelsMenu(this));
    view->addMenu(new LanguageMenu(this));

    QMenu *deploy = menuBar()->addMenu(tr("&Deploy"));
    m_apply = deploy->addAction(themedIcon(QStringLiteral(":/icons/apply.svg")), tr("&Apply"), this,
                                [this] { runDeploy(DeployAction::Apply); });
    m_apply->setShortcut(Qt::CTRL | Qt::Key_R);
    m_apply->setToolTip(tr("Build the topology on its hosts; only what differs is changed"));
    m_status = deploy->addAction(themedIcon(QStringLiteral(":/icons/status.svg")), tr("&Status"),
                                 this, [this] { runDeploy(DeployAction::Status); });
    m_status->setToolTip(tr("Compare the hosts with the design without changing anything"));
    m_destroy = deploy->addAction(
        themedIcon(QStringLiteral(":/icons/destroy.svg")), tr("&Destroy..."), this, [this] {
            const auto answer = QMessageBox::question(
                this, tr("Destroy topology"),
                tr("Remove everything topology %1 created on its hosts (containers, ports, "
                   "bridges, NAT rules)? "
                   "Objects OverlayStudio did not create are left alone.")
                    .arg(topology().name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Yes)
                runDeploy(DeployAction::Destroy);
        });
    deploy->addSeparator();
    m_cancel = deploy->addAction(themedIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"),
                                 this, [this] { m_engine->cancel(); });
    m_cancel->setToolTip(tr("Stop every host after its current step"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({newAction, open, saveAction});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({m_apply, m_status, m_destroy, m_cancel});
    updateActions();
}

void MainWindow::newTopology()
{
    Topology t;
    t.name = QStringLiteral("untitled");
    m_document->reset(t);
    m_undoStack->clear();
    m_path.clear();
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    if (m_engine->isRunning()) {
        QMessageBox::information(
            this, tr("Deploy running"),
            tr("Wait for the running deploy to finish, or cancel it, before opening another "
               "topology."));
        return false;
    }
    auto loaded = projectfile::load(path);
    if (!loaded) {
        // The open topology stays as it was: a bad file never replaces good work.
        QMessageBox::warning(this, tr("Cannot open topology"), loaded.error().toString());
        return false;
    }
    m_document->reset(std::move(loaded).value());
    m_undoStack->clear();
    // Examples open as new, unsaved topologies.
    m_path = path.startsWith(QLatin1Char(':')) ? QString() : path;
    if (!m_path.isEmpty())
        rememberRecent(m_path);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    QTimer::singleShot(0, m_view, [this] {
        m_scene->flush();
        m_view->fitAll();
    });
    return true;
}

bool MainWindow::saveTo(const QString &path)
{
    if (auto saved = projectfile::save(topology(), path); !saved) {
        QMessageBox::warning(this, tr("Cannot save"), saved.error().toString());
        return false;
    }
    m_path = path;
    rememberRecent(path);
    QFile::remove(recoveryFile());
    m_undoStack->setClean();
    m_document->setModified(false);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Topology"),
        m_path.isEmpty() ? topology().name + QStringLiteral(".ovstudio.json") : m_path,
        tr("OverlayStudio topologies (*.ovstudio.json *.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"))) // *.ovstudio.json: the desktop opens it with us
        path += QStringLiteral(".ovstudio.json");
    return saveTo(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(topology().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QFile::remove(recoveryFile()); // a clean exit: nothing to recover
    event->accept();
}

void MainWindow::copySelection()
{
    const QList<ObjectId> selection = m_scene->selectedIds();
    if (selection.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(clipboard::mimeType(), clipboard::copy(topology(), selection));
    QGuiApplication::clipboard()->setMimeData(data);
}

void MainWindow::cutSelection()
{
    copySelection();
    m_scene->deleteSelection();
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
    const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
    offer(m_cut, selection);
    offer(m_copy, selection);
    offer(m_paste, clip && clip->hasFormat(clipboard::mimeType()));
    offer(m_duplicate, selection);
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

void MainWindow::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(clipboard::mimeType()))
        return;
    QString why;
    const Snapshot pasted
        = clipboard::paste(m_document, data->data(clipboard::mimeType()), QPointF(60, 60), &why);
    if (!why.isEmpty()) {
        statusBar()->showMessage(why, 8000);
        return;
    }
    const int count = int(pasted.hosts.size() + pasted.bridges.size() + pasted.containers.size()
                          + pasted.links.size());
    m_undoStack->push(
        new AddObjectCommand(m_document, pasted, tr("Paste %n object(s)", nullptr, count)));
    m_scene->selectObject(pasted.root());
}

void MainWindow::duplicateSelection()
{
    copySelection();
    paste();
}

QString MainWindow::recoveryFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery.json");
}

void MainWindow::autosave()
{
    if (!m_document->isModified())
        return;
    QDir().mkpath(QFileInfo(recoveryFile()).path());
    if (auto st = projectfile::save(topology(), recoveryFile()); !st)
        statusBar()->showMessage(tr("Autosave failed: %1").arg(st.error().toString()), 8000);
}

bool MainWindow::restoreRecovery()
{
    auto loaded = projectfile::load(recoveryFile());
    if (!loaded)
        return false;
    m_document->reset(std::move(loaded).value());
    m_undoStack->clear();
    m_path.clear();
    m_document->setModified(true); // recovered work is not saved anywhere yet
    updateTitle();
    statusBar()->showMessage(
        tr("Restored the work that was not saved before OverlayStudio stopped."), 8000);
    return true;
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *action
            = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
                  if (maybeSave())
                      openFile(path);
              });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
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
    for (const auto &plan : {planApply(topology()), planTeardown(topology())}) {
        if (!plan) {
            QMessageBox::warning(this, tr("Cannot export the plan"), plan.error().toString());
            return false;
        }
        if (auto st = writePlanScripts(plan.value(), dir, &written); !st) {
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
    const QString name = m_path.isEmpty() ? topology().name : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] - OverlayStudio").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool running = m_engine->isRunning();
    const bool hosts = !topology().hosts().empty();
    m_apply->setEnabled(!running && hosts);
    m_status->setEnabled(!running && hosts);
    m_destroy->setEnabled(!running && hosts);
    m_cancel->setEnabled(running);
}

void MainWindow::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void MainWindow::refresh()
{
    const Topology &t = topology();
    m_structure->clear();
    for (const Host &h : t.hosts()) {
        auto *hostItem = new QTreeWidgetItem(
            m_structure,
            {h.name, tr("%1@%2, datapath %3")
                         .arg(h.user, h.managementAddress,
                              h.datapath == Datapath::Netdev ? tr("netdev") : tr("system"))});
        hostItem->setData(0, kObjectRole, h.id);
        for (const Bridge *b : t.bridgesOf(h.id)) {
            auto *bridgeItem = new QTreeWidgetItem(
                hostItem, {b->name, tr("%1 on %2").arg(b->gatewayAddress, b->gatewayPort)});
            bridgeItem->setData(0, kObjectRole, b->id);
            for (const Container *c : t.containersOnBridge(b->id)) {
                auto *item = new QTreeWidgetItem(bridgeItem, {c->name, c->address});
                item->setData(0, kObjectRole, c->id);
            }
            for (const VxlanLink *l : t.linksOf(b->id)) {
                auto *item = new QTreeWidgetItem(
                    bridgeItem,
                    {l->portOn(b->id),
                     tr("VNI %1 to %2").arg(l->vni).arg(t.displayName(l->otherEnd(b->id)))});
                item->setData(0, kObjectRole, l->id);
            }
        }
        for (const Container *c : t.containersOf(h.id)) {
            if (c->bridge == kNoObject) {
                auto *item = new QTreeWidgetItem(hostItem, {c->name, tr("not attached")});
                item->setData(0, kObjectRole, c->id);
            }
        }
    }
    m_structure->expandAll();

    m_problems->clear();
    const QList<Problem> problems = m_problemTracker->problems();
    int errors = 0;
    for (const Problem &p : problems) {
        const bool error = p.severity == Severity::Error;
        errors += error;
        auto *item = new QTreeWidgetItem(
            m_problems,
            {error ? tr("Error") : tr("Warning"),
             p.object == kNoObject ? tr("topology") : t.displayName(p.object), p.text()});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        item->setData(0, kObjectRole, p.object);
        item->setToolTip(2, p.text());
    }

    const auto plan = planApply(t);
    QString text;
    if (plan) {
        for (const HostPlan &h : plan.value().hosts)
            text += renderScript(plan.value(), h) + QLatin1Char('\n');
    } else {
        text = tr("# No plan yet: %1").arg(plan.error().toString());
    }
    if (m_plan->toPlainText() != text)
        m_plan->setPlainText(text);
    m_summary->setText(
        tr("%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings")
            .arg(t.name)
            .arg(t.hosts().size())
            .arg(t.bridges().size())
            .arg(t.containers().size())
            .arg(t.links().size())
            .arg(errors)
            .arg(problems.size() - errors));
    updateActions();
}

void MainWindow::showProblem(QTreeWidgetItem *item)
{
    const ObjectId id = item->data(0, kObjectRole).toUInt();
    m_scene->selectObject(id);
    if (QGraphicsItem *target = m_scene->itemFor(id))
        m_view->ensureVisible(target);
}

void MainWindow::runDeploy(DeployAction action)
{
    if (m_engine->isRunning())
        return;
    if (hasErrors(validate(topology()))) {
        QMessageBox::warning(this, tr("Cannot deploy"),
                             tr("The topology has errors; fix those listed under Problems first."));
        return;
    }
    DeployOptions options;
    options.knownHostsFile = defaultKnownHostsFile();
    // Workers ask on the GUI thread and wait for the answer, or for the window to go away.
    options.hostKeyPrompt = [this, abandoned = m_promptsAbandoned](const UnknownHostKey &key) {
        return askOnGuiThread<bool>(
            this, [this, key] { return askHostKey(key); }, false, abandoned);
    };
    options.password = [this, abandoned = m_promptsAbandoned](const Host &host) {
        return askOnGuiThread<QString>(
            this, [this, host] { return askPassword(host); }, QString(), abandoned);
    };
    QStringList hosts;
    for (const Host &h : topology().hosts())
        hosts << h.name;
    const QString name = action == DeployAction::Apply     ? tr("Apply")
                         : action == DeployAction::Destroy ? tr("Destroy")
                                                           : tr("Status");
    m_deployDock->begin(name, hosts);
    m_deployDock->parentWidget()->raise();
    m_engine->start(action, topology(), options);
    updateActions();
}

bool MainWindow::askHostKey(const UnknownHostKey &key)
{
    QMessageBox box(
        QMessageBox::Question, tr("Unknown host key"),
        tr("<p>OverlayStudio has never connected to <b>%1</b> (%2) before.</p>"
           "<p>It presents this %3 key:<br><tt>%4</tt></p>"
           "<p>Compare it with the host's own fingerprint (<tt>ssh-keygen -lf "
           "/etc/ssh/ssh_host_*_key.pub</tt> on the host). Trust it and remember it?</p>")
            .arg(key.host.toHtmlEscaped(), key.address.toHtmlEscaped(), key.keyType.toHtmlEscaped(),
                 key.fingerprint.toHtmlEscaped()),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString MainWindow::askPassword(const Host &host)
{
    if (m_passwords.contains(host.name))
        return m_passwords.value(host.name);
    bool ok = false;
    const QString password
        = QInputDialog::getText(this, tr("Password"),
                                tr("Password for %1@%2 (kept only until OverlayStudio quits):")
                                    .arg(host.user, host.managementAddress),
                                QLineEdit::Password, QString(), &ok);
    if (ok)
        m_passwords.insert(host.name, password);
    return ok ? password : QString();
}

void MainWindow::markHosts(const QList<HostOutcome> &outcomes)
{
    for (const HostOutcome &o : outcomes) {
        m_scene->setDeployResult(
            o.host, o.ok ? TopologyScene::DeployResult::Ok : TopologyScene::DeployResult::Failed,
            o.ok ? QString() : o.error);
        for (int i = 0; i < m_structure->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_structure->topLevelItem(i);
            if (item->text(0) != o.host)
                continue;
            const QColor color = o.ok ? palette().color(QPalette::Text) : QColor(220, 50, 47);
            item->setForeground(0, color);
            item->setForeground(1, color);
            item->setToolTip(0, o.ok ? QString() : o.error);
        }
    }
}

} // namespace studio
