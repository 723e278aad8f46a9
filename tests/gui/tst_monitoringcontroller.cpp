// Start and Stop Monitoring as the user reaches them (the tool bar's buttons, the Deploy menu),
// on hosts that do not answer: the GUI keeps running, each host is marked unreachable with a
// message, Stop ends it; a successful Apply starts monitoring when the setting is on, a Destroy
// stops it first.
#include "deploycontroller.h"
#include "mainwindow.h"
#include "monitordock.h"
#include "monitoringcontroller.h"
#include "monitorplot.h"
#include "monitorstatustree.h"

#include "model/projectfile.h"
#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace studio;

namespace {

// The lab example with its hosts moved to addresses of the lab range where nothing answers.
Topology silentTopology()
{
    auto loaded = projectfile::load(
        QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
    Topology t = loaded.value();
    for (const Host &h : t.hosts()) {
        Host *host = t.host(h.id);
        host->managementAddress = QStringLiteral("198.18.250.%1").arg(h.id);
        host->underlayAddress.clear();
    }
    return t;
}

QAbstractButton *toolButton(MainWindow &window, QAction *action)
{
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    return bar ? qobject_cast<QAbstractButton *>(bar->widgetForAction(action)) : nullptr;
}

} // namespace

class TestMonitoringController : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // A plot laid out while hidden must not replot into empty buffers (a warning each).
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("Paint device returned engine == 0")));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OverlayStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_monitoringcontroller"));
        QSettings().clear();
    }

    void unreachableHostsNeverFreezeTheWindow()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->reset(silentTopology());
        MonitoringController *monitoring = window.monitoring();
        QVERIFY(monitoring->startAction()->isEnabled());
        QVERIFY(!monitoring->stopAction()->isEnabled());
        // Both are in the Deploy menu.
        QMenu *deployMenu = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->text() == QLatin1String("&Deploy"))
                deployMenu = a->menu();
        }
        QVERIFY(deployMenu);
        QVERIFY(deployMenu->actions().contains(monitoring->startAction()));
        QVERIFY(deployMenu->actions().contains(monitoring->stopAction()));
        QVERIFY(deployMenu->actions().contains(monitoring->autoStartAction()));

        QAbstractButton *start = toolButton(window, monitoring->startAction());
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(monitoring->isRunning());
        QVERIFY(!monitoring->startAction()->isEnabled());
        // The Monitor dock came up.
        MonitorDock *dock = monitoring->dock();
        QTRY_VERIFY(dock->isVisible());

        // While the hosts do not answer, the GUI thread never stalls: a 20 ms timer keeps ticking.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worst = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&] {
            worst = std::max(worst, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(20);
        MonitorStatusTree *tree = dock->statusTree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->objectRow(1)->text(MonitorStatusTree::StateColumn)
                                     == QLatin1String("unreachable"),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(tree->objectRow(2)->text(MonitorStatusTree::StateColumn)
                                     == QLatin1String("unreachable"),
                                 20000);
        QVERIFY2(worst < 250, qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(worst)));
        // The message names the host.
        QVERIFY(!tree->objectRow(1)->text(MonitorStatusTree::DetailsColumn).isEmpty());
        QVERIFY(dock->problemsText().contains(QStringLiteral("lab1")));
        QTest::qWait(600); // a couple of the dock's replot ticks, for the screenshot
        window.grab().save(QStringLiteral("monitoring-unreachable.png"));
        last = clock.elapsed(); // the grab itself is the test's own pause, not the GUI's

        // Stop, from the tool bar.
        QAbstractButton *stop = toolButton(window, monitoring->stopAction());
        QVERIFY(stop && stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!monitoring->isRunning(), 15000);
        QVERIFY(monitoring->startAction()->isEnabled());
        QVERIFY2(worst < 250, qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(worst)));
    }

    void applyStartsAndDestroyStops()
    {
        MainWindow window;
        window.document()->reset(silentTopology());
        MonitoringController *monitoring = window.monitoring();
        QVERIFY(monitoring->autoStartAction()->isChecked()); // on by default
        HostOutcome ok1, ok2;
        ok1.host = QStringLiteral("lab1");
        ok1.ok = true;
        ok2.host = QStringLiteral("lab2");
        ok2.ok = true;
        HostOutcome failed = ok2;
        failed.ok = false;

        // A failed Apply or a Status does not start it.
        monitoring->deployFinished(DeployAction::Apply, {ok1, failed});
        QVERIFY(!monitoring->isRunning());
        monitoring->deployFinished(DeployAction::Status, {ok1, ok2});
        QVERIFY(!monitoring->isRunning());
        monitoring->deployFinished(DeployAction::Apply, {ok1, ok2});
        QVERIFY(monitoring->isRunning());
        monitoring->deployStarting(DeployAction::Destroy);
        QTRY_VERIFY_WITH_TIMEOUT(!monitoring->isRunning(), 15000);

        // Switched off (a remembered setting): Apply leaves it alone.
        monitoring->autoStartAction()->trigger();
        QVERIFY(!QSettings().value(QStringLiteral("monitor/startAfterApply")).toBool());
        monitoring->deployFinished(DeployAction::Apply, {ok1, ok2});
        QVERIFY(!monitoring->isRunning());
        monitoring->autoStartAction()->trigger();
    }

    // Like Apply, Monitor waits for a host: an empty design has nothing to watch.
    void monitorNeedsAHostLikeApply()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.topology().hosts().empty());
        MonitoringController *monitoring = window.monitoring();
        QAbstractButton *start = toolButton(window, monitoring->startAction());
        QVERIFY(start);
        QVERIFY(!start->isEnabled());
        QVERIFY(!window.deployment()->applyAction()->isEnabled());

        const ObjectId host = window.scene()->dropObject(ObjectKind::Host, QPointF(40, 40));
        QVERIFY(host != kNoObject);
        QVERIFY(start->isEnabled());
        window.view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.topology().hosts().empty());
        QVERIFY(!start->isEnabled());
        // A file with hosts, opened: enabled again.
        window.document()->reset(silentTopology());
        QVERIFY(start->isEnabled());
    }

    void aTopologyWithErrorsIsRefusedWithItsReason()
    {
        MainWindow window;
        Topology t = silentTopology();
        t.host(1)->managementAddress = QStringLiteral("not an address!");
        window.document()->reset(t);
        QVERIFY(!window.monitoring()->start());
        QVERIFY(!window.monitoring()->isRunning());
        QVERIFY(window.monitoring()->startAction()->isEnabled());
    }
};

QTEST_MAIN(TestMonitoringController)
#include "tst_monitoringcontroller.moc"
