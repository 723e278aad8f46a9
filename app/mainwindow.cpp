#include "mainwindow.h"

#include "deploydock.h"
#include "scene/canvasview.h"
#include "scene/topologyscene.h"
#include "ssh/knownhostsfile.h"

#include "model/projectfile.h"
#include "model/validation.h"
#include "plan/planner.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

namespace studio {

namespace {

constexpr int kObjectRole = Qt::UserRole + 1;

QString examplesDir()
{
    // Installed examples live in the resources; during development the source tree's are used.
    return QStringLiteral(":/examples");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("OverlayStudio"));
    resize(1200, 760);

    m_scene = new TopologyScene(this);
    m_view = new CanvasView(m_scene, this);
    setCentralWidget(m_view);

    m_structure = new QTreeWidget(this);
    m_structure->setHeaderLabels({tr("Object"), tr("Details")});
    m_structure->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_structure->setAlternatingRowColors(true);
    auto *structureDock = new QDockWidget(tr("Structure"), this);
    structureDock->setObjectName(QStringLiteral("structureDock"));
    structureDock->setWidget(m_structure);
    addDockWidget(Qt::LeftDockWidgetArea, structureDock);

    m_problems = new QTreeWidget(this);
    m_problems->setHeaderLabels({tr("Severity"), tr("Object"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_problems, &QTreeWidget::itemActivated, this, &MainWindow::showProblem);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    m_plan = new QPlainTextEdit(this);
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *planDock = new QDockWidget(tr("Plan"), this);
    planDock->setObjectName(QStringLiteral("planDock"));
    planDock->setWidget(m_plan);
    addDockWidget(Qt::RightDockWidgetArea, planDock);
    resizeDocks({structureDock, planDock}, {300, 460}, Qt::Horizontal);

    m_deployDock = new DeployDock(this);
    auto *deployDock = new QDockWidget(tr("Deploy"), this);
    deployDock->setObjectName(QStringLiteral("deployDock"));
    deployDock->setWidget(m_deployDock);
    addDockWidget(Qt::BottomDockWidgetArea, deployDock);
    tabifyDockWidget(problemsDock, deployDock);
    problemsDock->raise();
    // Dock sizes only apply once the window is laid out.
    QTimer::singleShot(0, this,
                       [this, problemsDock] { resizeDocks({problemsDock}, {170}, Qt::Vertical); });

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

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);
    auto *zoom = new QLabel(this);
    statusBar()->addPermanentWidget(zoom);
    connect(m_view, &CanvasView::zoomChanged, zoom,
            [zoom](qreal z) { zoom->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    createActions();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(
        style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open..."), this, [this] {
            const QString path
                = QFileDialog::getOpenFileName(this, tr("Open Topology"), QFileInfo(m_path).path(),
                                               tr("OverlayStudio topologies (*.json)"));
            if (!path.isEmpty())
                openFile(path);
        });
    open->setShortcut(QKeySequence::Open);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    const QDir dir(examplesDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        examples->addAction(QFileInfo(name).completeBaseName(), this,
                            [this, path = dir.filePath(name)] { openFile(path); });
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(tr("&Fit to Window"), this, [this] { m_view->fitAll(); });
    fit->setShortcut(Qt::CTRL | Qt::Key_0);

    QMenu *deploy = menuBar()->addMenu(tr("&Deploy"));
    m_apply = deploy->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Apply"), this,
                                [this] { runDeploy(DeployAction::Apply); });
    m_apply->setShortcut(Qt::CTRL | Qt::Key_R);
    m_apply->setToolTip(tr("Build the topology on its hosts; only what differs is changed"));
    m_status = deploy->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Status"),
                                 this, [this] { runDeploy(DeployAction::Status); });
    m_status->setToolTip(tr("Compare the hosts with the design without changing anything"));
    m_destroy = deploy->addAction(
        style()->standardIcon(QStyle::SP_TrashIcon), tr("&Destroy..."), this, [this] {
            const auto answer = QMessageBox::question(
                this, tr("Destroy topology"),
                tr("Remove everything topology %1 created on its hosts (containers, ports, "
                   "bridges, NAT "
                   "rules)? Objects OverlayStudio did not create are left alone.")
                    .arg(m_topology.name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Yes)
                runDeploy(DeployAction::Destroy);
        });
    deploy->addSeparator();
    m_cancel = deploy->addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("&Cancel"), this,
                                 [this] { m_engine->cancel(); });
    m_cancel->setToolTip(tr("Stop every host after its current step"));
    QToolBar *bar = addToolBar(tr("Deploy"));
    bar->setObjectName(QStringLiteral("deployToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_apply, m_status, m_destroy, m_cancel});
    updateActions();
}

void MainWindow::updateActions()
{
    const bool running = m_engine->isRunning();
    const bool valid = !m_topology.hosts().empty();
    m_apply->setEnabled(!running && valid);
    m_status->setEnabled(!running && valid);
    m_destroy->setEnabled(!running && valid);
    m_cancel->setEnabled(running);
}

void MainWindow::runDeploy(DeployAction action)
{
    if (m_engine->isRunning())
        return;
    const QList<Problem> problems = validate(m_topology);
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Cannot deploy"),
                             tr("The topology has errors; fix those listed under Problems first."));
        return;
    }
    DeployOptions options;
    options.knownHostsFile = defaultKnownHostsFile();
    // Workers ask on the GUI thread and wait for the answer.
    options.hostKeyPrompt = [this](const UnknownHostKey &key) {
        bool trusted = false;
        QMetaObject::invokeMethod(
            this, [&] { trusted = askHostKey(key); }, Qt::BlockingQueuedConnection);
        return trusted;
    };
    options.password = [this](const Host &host) {
        QString password;
        QMetaObject::invokeMethod(
            this, [&] { password = askPassword(host); }, Qt::BlockingQueuedConnection);
        return password;
    };
    QStringList hosts;
    for (const Host &h : m_topology.hosts())
        hosts << h.name;
    const QString name = action == DeployAction::Apply     ? tr("Apply")
                         : action == DeployAction::Destroy ? tr("Destroy")
                                                           : tr("Status");
    m_deployDock->begin(name, hosts);
    m_deployDock->parentWidget()->raise();
    m_engine->start(action, m_topology, options);
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
        m_scene->setHostState(
            o.host, o.ok ? TopologyScene::HostState::Ok : TopologyScene::HostState::Failed,
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

bool MainWindow::openFile(const QString &path)
{
    auto loaded = projectfile::load(path);
    if (!loaded) {
        // The current topology stays as it was: a bad file never replaces good work.
        QMessageBox::warning(this, tr("Cannot open topology"), loaded.error().toString());
        return false;
    }
    if (m_engine->isRunning()) {
        QMessageBox::information(
            this, tr("Deploy running"),
            tr("Wait for the running deploy to finish, or cancel it, before opening "
               "another topology."));
        return false;
    }
    m_topology = std::move(loaded).value();
    m_path = path;
    setWindowTitle(tr("%1 - OverlayStudio").arg(QFileInfo(path).fileName()));
    refresh();
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::refresh()
{
    const Topology &t = m_topology;
    m_scene->setTopology(t);
    QTimer::singleShot(0, m_view, [this] { m_view->fitAll(); });
    m_structure->clear();
    for (const Host &h : t.hosts()) {
        auto *hostItem = new QTreeWidgetItem(
            m_structure,
            {h.name, tr("%1@%2:%3, underlay %4, datapath %5")
                         .arg(h.user, h.managementAddress)
                         .arg(h.sshPort)
                         .arg(h.effectiveUnderlayAddress(),
                              h.datapath == Datapath::Netdev ? tr("netdev") : tr("system"))});
        hostItem->setData(0, kObjectRole, h.id);
        for (const Bridge *b : t.bridgesOf(h.id)) {
            auto *bridgeItem = new QTreeWidgetItem(
                hostItem, {b->name, tr("gateway %1 on %2, MTU %3%4")
                                        .arg(b->gatewayAddress, b->gatewayPort)
                                        .arg(b->mtu)
                                        .arg(b->nat ? tr(", NAT") : QString())});
            bridgeItem->setData(0, kObjectRole, b->id);
            for (const Container *c : t.containersOnBridge(b->id)) {
                auto *item = new QTreeWidgetItem(
                    bridgeItem,
                    {c->name,
                     tr("%1 on %2, image %3").arg(c->address, c->interfaceName, c->image)});
                item->setData(0, kObjectRole, c->id);
            }
            for (const VxlanLink *l : t.linksOf(b->id)) {
                auto *item = new QTreeWidgetItem(
                    bridgeItem, {l->portOn(b->id), tr("VXLAN to %1, VNI %2, UDP %3")
                                                       .arg(t.displayName(l->otherEnd(b->id)))
                                                       .arg(l->vni)
                                                       .arg(l->udpPort)});
                item->setData(0, kObjectRole, l->id);
            }
        }
    }
    m_structure->expandAll();

    m_problems->clear();
    const QList<Problem> problems = validate(t);
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
    if (plan) {
        QString text;
        for (const HostPlan &h : plan.value().hosts)
            text += renderScript(plan.value(), h) + QLatin1Char('\n');
        m_plan->setPlainText(text);
    } else {
        m_plan->setPlainText(tr("# No plan: %1").arg(plan.error().toString()));
    }
    m_summary->setText(
        tr("%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings")
            .arg(t.name)
            .arg(t.hosts().size())
            .arg(t.bridges().size())
            .arg(t.containers().size())
            .arg(t.links().size())
            .arg(errors)
            .arg(problems.size() - errors));
}

void MainWindow::showProblem(QTreeWidgetItem *item)
{
    const ObjectId id = item->data(0, kObjectRole).toUInt();
    const auto matches
        = m_structure->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (QTreeWidgetItem *candidate : matches) {
        if (candidate->data(0, kObjectRole).toUInt() == id) {
            m_structure->setCurrentItem(candidate);
            m_structure->scrollToItem(candidate);
            return;
        }
    }
}

} // namespace studio
