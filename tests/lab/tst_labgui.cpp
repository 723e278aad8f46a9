// The app's own deploy path against the local lab: host keys are asked on the GUI thread, an
// accepted key lets the deploy finish and is remembered, and a window closed while a deploy
// waits for an answer goes away at once instead of waiting for the worker forever. After an
// Apply, monitoring starts by itself and the canvas shows what the packets do: the link that
// carries a container's traffic at its rate, a stopped container down; Destroy clears it.
#include "deploycontroller.h"
#include "labsupport.h"
#include "mainwindow.h"
#include "monitoringcontroller.h"
#include "stepthroughcontroller.h"
#include "stepthroughdock.h"
#include "teachcontroller.h"

#include "lab/lab.h"
#include "ssh/knownhostsfile.h"

#include "engine/deployengine.h"
#include "scene/canvasview.h"
#include "scene/linkitem.h"
#include "scene/ratelabel.h"
#include "scene/topologyscene.h"
#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <atomic>
#include <cmath>
#include <unistd.h>

using namespace studio;

class TestLabGui : public QObject
{
    Q_OBJECT

    static QString example()
    {
        return QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json");
    }
    static int knownKeys()
    {
        QFile file(defaultKnownHostsFile());
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        int keys = 0;
        for (const QByteArray &line : file.readAll().split('\n'))
            keys += !line.trimmed().isEmpty() && !line.startsWith('#');
        return keys;
    }

    // The user trusts each host key the app asks about (polled: the question is modal).
    static void trustEveryKey(QTimer &timer)
    {
        QObject::connect(&timer, &QTimer::timeout, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->text().contains(QStringLiteral("SHA256:")))
                box->button(QMessageBox::Yes)->click();
        });
        timer.start(50);
    }

    // "334 kb/s" -> 334000; NaN when the text is not a rate.
    static double rateOf(const RateLabel *label)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?) ([kMG]?)b/s$"));
        const QRegularExpressionMatch m = re.match(label ? label->text() : QString());
        if (!m.hasMatch())
            return std::nan("");
        const QString prefix = m.captured(2);
        const double scale = prefix == QLatin1String("k")   ? 1e3
                             : prefix == QLatin1String("M") ? 1e6
                             : prefix == QLatin1String("G") ? 1e9
                                                            : 1;
        return m.captured(1).toDouble() * scale;
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("deploying to the lab needs root");
        QVERIFY2(Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR)).ok(),
                 "the lab fixture is not up (ctest runs lab_up first)");
        // Our own known_hosts, empty: every lab key is new to the app.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(defaultKnownHostsFile());
        QFile::remove(MainWindow::recoveryFile());
    }

    void cleanup()
    {
        // What a test that failed halfway built goes: Docker keeps containers from lab to lab.
        const labtest::CliResult destroyed = labtest::cli({QStringLiteral("destroy"), example()});
        QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
    }

    void closingWhileAKeyIsAskedDoesNotHang()
    {
        auto *w = new MainWindow;
        QVERIFY(w->openFile(example()));
        w->runDeploy(DeployAction::Status);
        QVERIFY(w->deployment()->isRunning());
        // The workers connect and ask about the keys; nobody answers before the window goes.
        QThread::sleep(3);
        QElapsedTimer closing;
        closing.start();
        delete w;
        QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
        QCOMPARE(knownKeys(), 0); // unanswered means not trusted
    }

    void anAcceptedKeyLetsTheDeployFinish()
    {
        MainWindow w;
        QVERIFY(w.openFile(example()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The user reads each fingerprint and trusts it.
        int asked = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                QVERIFY(box->text().contains(QStringLiteral("SHA256:")));
                ++asked;
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start(50);
        QSignalSpy finished(&w, &MainWindow::deployFinished);
        w.runDeploy(DeployAction::Status);
        QVERIFY(finished.wait(120000));
        const auto outcomes = finished.first().first().value<QList<HostOutcome>>();
        QCOMPARE(outcomes.size(), 2);
        for (const HostOutcome &o : outcomes)
            QVERIFY2(o.ok, qPrintable(o.host + QStringLiteral(": ") + o.error));
        QCOMPARE(asked, 2);
        QCOMPARE(knownKeys(), 2);
        QFile::remove(defaultKnownHostsFile());
    }

    // Step Through Deploy on real hosts, by keyboard: a few steps one by one (the canvas fades
    // what is not built yet), the rest with Run to End, and the hosts are in sync; Back destroys
    // it all, and nothing tagged with the topology is left on the lab.
    void stepThroughOnTheLabThenBack()
    {
        const QString topology = QStringLiteral("lab-two-hosts");
        QVERIFY(labtest::tagged(topology, 3).isEmpty());
        MainWindow w;
        QVERIFY(w.openFile(example()));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTimer trust;
        trustEveryKey(trust);
        StepThroughController *st = w.teaching()->stepThrough();
        StepThroughDock *dock = st->dock();
        const auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClick(target, key, modifiers);
        };
        press(Qt::Key_F10);
        QCOMPARE(QApplication::focusWidget(), dock->startButton());
        press(Qt::Key_Space);
        using State = StepThroughDock::State;
        QTRY_COMPARE_WITH_TIMEOUT(dock->state(), State::Waiting, 60000);
        // The host-key questions took the focus; back in the window (a window manager
        // reactivates it when the question closes, offscreen we do), Next has it.
        trust.stop();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const Topology &t = w.topology();
        for (int n = 1; n <= 4; ++n) {
            QCOMPARE(QApplication::focusWidget(), dock->nextButton());
            press(Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(dock->history()->topLevelItemCount(), n, 60000);
            QTRY_COMPARE_WITH_TIMEOUT(dock->state(), State::Waiting, 60000);
            QVERIFY2(dock->resultTitle()->text().contains(QStringLiteral("exit status 0")),
                     qPrintable(dock->resultTitle()->text()));
        }
        // Four steps in (isolation rules): no container exists yet, all are faded.
        for (const Container &c : t.containers())
            QCOMPARE(w.scene()->emphasis(c.id), Emphasis::Faded);
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(dock->state(), State::Finished, 120000);
        QVERIFY2(dock->progress()->text().startsWith(QStringLiteral("Done:")),
                 qPrintable(dock->progress()->text()));
        for (const Container &c : t.containers())
            QCOMPARE(w.scene()->emphasis(c.id), Emphasis::Normal);
        QVERIFY(labtest::pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QSignalSpy finished(&w, &MainWindow::deployFinished);
        w.runDeploy(DeployAction::Status);
        QVERIFY(finished.wait(60000));
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>()) {
            QVERIFY2(o.ok, qPrintable(o.host + QStringLiteral(": ") + o.error));
            QVERIFY(!o.status.empty());
            for (const ObjectStatus &s : o.status)
                QVERIFY2(s.state == ObjectStatus::State::InSync,
                         qPrintable(o.host + QStringLiteral(": ") + s.name + QStringLiteral(" ")
                                    + s.detail));
        }

        // Back: everything the topology made goes.
        QTRY_VERIFY(dock->backButton()->isEnabled());
        dock->backButton()->setFocus();
        press(Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dock->progress()->text().startsWith(QStringLiteral("Destroyed")),
                                 120000);
        QCOMPARE(labtest::tagged(topology, 3), QStringList());
        for (const Container &c : t.containers())
            QCOMPARE(w.scene()->emphasis(c.id), Emphasis::Faded);
        QFile::remove(defaultKnownHostsFile());
    }

    // Closing the window during an apply asks: keep it running, or cancel and quit, which stops
    // every host promptly after its current step and then closes. Destroy afterwards cleans up.
    void closingDuringAnApplyAsks()
    {
        auto trustKeys = [](QTimer &timer, const QString &choice) {
            QObject::connect(&timer, &QTimer::timeout, [choice] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                if (box->text().contains(QStringLiteral("SHA256:"))) {
                    box->button(QMessageBox::Yes)->click();
                    return;
                }
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == choice)
                        b->click();
                }
            });
            timer.start(50);
        };
        {
            MainWindow w;
            QVERIFY(w.openFile(example()));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // Counted where emitted: the hosts' threads emit side by side (a QSignalSpy is not
            // safe to append to from two threads).
            std::atomic_int steps{0};
            QObject::connect(
                w.deployment()->engine(), &DeployEngine::stepStarted, &w, [&steps] { ++steps; },
                Qt::DirectConnection);
            QSignalSpy finished(&w, &MainWindow::deployFinished);
            QTimer keep;
            trustKeys(keep, QStringLiteral("Keep Running"));
            w.runDeploy(DeployAction::Apply);
            QTRY_VERIFY_WITH_TIMEOUT(steps > 0, 60000);
            // Keep running: the window stays, the deploy goes on.
            QVERIFY(!w.close());
            QVERIFY(w.isVisible());
            QVERIFY(w.deployment()->isRunning());
            keep.stop();
            // Cancel and quit: the window closes itself once the hosts have stopped.
            QTimer stop;
            trustKeys(stop, QStringLiteral("Cancel Deploy and Quit"));
            QElapsedTimer closing;
            closing.start();
            QVERIFY(!w.close()); // not yet: the hosts finish their current step first
            QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 60000);
            QVERIFY2(closing.elapsed() < 30000, qPrintable(QString::number(closing.elapsed())));
            QCOMPARE(finished.count(), 1);
            const auto outcomes = finished.first().first().value<QList<HostOutcome>>();
            bool anyCancelled = false;
            for (const HostOutcome &o : outcomes)
                anyCancelled = anyCancelled || o.cancelled;
            QVERIFY2(anyCancelled
                         || std::all_of(outcomes.begin(), outcomes.end(),
                                        [](const HostOutcome &o) { return o.ok; }),
                     "a cancelled host says it was cancelled");
        }
        // What was made so far goes with Destroy.
        MainWindow w;
        QVERIFY(w.openFile(example()));
        QSignalSpy finished(&w, &MainWindow::deployFinished);
        w.runDeploy(DeployAction::Destroy);
        QVERIFY(finished.wait(120000));
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>())
            QVERIFY2(o.ok, qPrintable(o.host + QStringLiteral(": ") + o.error));
        QFile::remove(defaultKnownHostsFile());
    }

    void monitoringShowsOnTheCanvas()
    {
        constexpr ObjectId kLab2 = 2, kContainer1 = 7, kContainer3 = 9;
        constexpr ObjectId kLink100 = 11, kLink200 = 12;
        MainWindow w;
        QVERIFY(w.openFile(example()));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTimer trust;
        trustEveryKey(trust);
        QSignalSpy finished(&w, &MainWindow::deployFinished);
        w.runDeploy(DeployAction::Apply);
        QVERIFY(finished.wait(180000));
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>())
            QVERIFY2(o.ok, qPrintable(o.host + QStringLiteral(": ") + o.error));

        // Monitoring started by itself; the canvas marks what answers.
        MonitoringController *monitoring = w.monitoring();
        QTRY_VERIFY_WITH_TIMEOUT(monitoring->isRunning(), 5000);
        TopologyScene *scene = w.scene();
        QTRY_COMPARE_WITH_TIMEOUT(scene->liveState(kContainer1), LiveState::Up, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(scene->liveState(kContainer3), LiveState::Up, 5000);
        QCOMPARE(scene->liveState(kLab2), LiveState::Up);

        // 20 pings a second with 1,000 bytes of payload from container1 to container3: 1,042-byte
        // frames each way on VNI 100's link, 333 kb/s in all. The link's rate label says so
        // (within 15%: one tick's figure, not a median), and it is drawn wider than VNI 200's,
        // which carries only the monitor's own pings.
        QProcess traffic;
        traffic.start(QStringLiteral("docker"),
                      {QStringLiteral("exec"), QStringLiteral("container1"), QStringLiteral("ping"),
                       QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("200"),
                       QStringLiteral("-i"), QStringLiteral("0.05"), QStringLiteral("-s"),
                       QStringLiteral("1000"), QStringLiteral("198.19.2.3")});
        QVERIFY(traffic.waitForStarted());
        const double expected = 2 * 20 * 1042 * 8.0;
        QTRY_VERIFY2_WITH_TIMEOUT(
            qAbs(rateOf(scene->rateLabelFor(kLink100)) - expected) < 0.15 * expected,
            qPrintable(scene->rateLabelFor(kLink100) ? scene->rateLabelFor(kLink100)->text()
                                                     : QStringLiteral("no rate label")),
            8000);
        LinkItem *link100 = scene->linkItemFor(kLink100);
        LinkItem *link200 = scene->linkItemFor(kLink200);
        QVERIFY(link100->drawnWidth() > link200->drawnWidth() + 2);
        QVERIFY2(rateOf(scene->rateLabelFor(kLink200)) < 0.02 * expected,
                 qPrintable(scene->rateLabelFor(kLink200) ? scene->rateLabelFor(kLink200)->text()
                                                          : QStringLiteral("no rate label")));
        w.view()->fitAll();
        QTest::qWait(300);
        w.view()->grab().save(QStringLiteral("labgui-live.png"));
        qInfo("VNI 100: %s, VNI 200: %s", qPrintable(scene->rateLabelFor(kLink100)->text()),
              qPrintable(scene->rateLabelFor(kLink200)->text()));
        QVERIFY(traffic.waitForFinished(30000));
        QCOMPARE(traffic.exitCode(), 0);

        // A stopped container is marked down.
        QProcess stop;
        stop.start(QStringLiteral("docker"), {QStringLiteral("stop"), QStringLiteral("-t"),
                                              QStringLiteral("0"), QStringLiteral("container3")});
        QVERIFY(stop.waitForFinished(30000));
        QCOMPARE(stop.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(scene->liveState(kContainer3), LiveState::Down, 4000);
        w.view()->grab().save(QStringLiteral("labgui-stopped.png"));

        // Destroy stops monitoring first: the canvas is the design again.
        finished.clear();
        w.runDeploy(DeployAction::Destroy);
        QTRY_VERIFY_WITH_TIMEOUT(!monitoring->isRunning(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!scene->isLive(), 5000);
        QVERIFY(finished.wait(120000));
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>())
            QVERIFY2(o.ok, qPrintable(o.host + QStringLiteral(": ") + o.error));
        QCOMPARE(labtest::tagged(QStringLiteral("lab-two-hosts"), 3), QStringList());
        QFile::remove(defaultKnownHostsFile());
    }
};

QTEST_MAIN(TestLabGui)
#include "tst_labgui.moc"
