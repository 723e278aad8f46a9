// The app's own deploy path against the local lab: host keys are asked on the GUI thread, an
// accepted key lets the deploy finish and is remembered, and a window closed while a deploy
// waits for an answer goes away at once instead of waiting for the worker forever.
#include "deploycontroller.h"
#include "mainwindow.h"

#include "lab/lab.h"
#include "ssh/knownhostsfile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

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
};

QTEST_MAIN(TestLabGui)
#include "tst_labgui.moc"
