// "Try It on a Local Lab" from the welcome page, as root, by keyboard: a real two-host lab comes
// up through deploy/lab off the GUI thread (the window keeps painting), the lab example opens,
// and the lab answers SSH. The lab is taken down on every exit path.
#include "lablauncher.h"
#include "mainwindow.h"
#include "welcomepage.h"

#include "lab/lab.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace studio;

class TestLabLauncher : public QObject
{
    Q_OBJECT

    bool m_madeLab = false;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (::geteuid() != 0)
            QSKIP("the local lab needs root");
        // One lab at a time on this machine: never start over somebody else's.
        QVERIFY2(!Lab::status(LabOptions().runDir), "a lab is already up; take it down first");
    }

    void cleanupTestCase()
    {
        if (m_madeLab)
            QVERIFY2(Lab::down(LabOptions().runDir), "the lab did not come down");
    }

    void welcomePageStartsTheLabAndOpensItsExample()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *launcher = w.findChild<LabLauncher *>();
        QVERIFY(launcher);
        QSignalSpy ready(launcher, &LabLauncher::labReady);
        QSignalSpy failed(launcher, &LabLauncher::failed);

        // The welcome page: the first choice has the focus, Tab to "Try It on a Local Lab".
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeNew"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeLab"));
        m_madeLab = true; // from here on the lab may exist: cleanupTestCase takes it down
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);

        // While the lab starts, the GUI thread keeps serving events: timers fire on time.
        QVERIFY(launcher->isRunning());
        QElapsedTimer clock;
        clock.start();
        qint64 longestGap = 0, last = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&] {
            longestGap = qMax(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(20);
        // The question at the end (deploy now?) is answered "Later" by keyboard. Any other box
        // (a failure) is recorded and closed, so the test reports it instead of waiting on it.
        bool answered = false;
        QString unexpectedBox;
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (box->icon() != QMessageBox::Question) {
                unexpectedBox = box->windowTitle() + QStringLiteral(": ") + box->text();
                QTest::keyClick(box, Qt::Key_Escape);
                return;
            }
            if (answered)
                return;
            // A user answers the box that has the focus: once it has it, Escape means "Later".
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus->window() != box) {
                box->activateWindow();
                return;
            }
            QTest::keyClick(focus, Qt::Key_Escape);
            answered = !box->isVisible() && box->clickedButton()
                       && box->buttonRole(box->clickedButton()) == QMessageBox::RejectRole;
        });
        answer.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 180000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY2(unexpectedBox.isEmpty(), qPrintable(unexpectedBox));
        QTRY_VERIFY(answered);
        tick.stop();
        QVERIFY2(longestGap < 1000,
                 qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(longestGap)));

        // The lab example is open, and the lab is whole.
        QCOMPARE(w.topology().name, QStringLiteral("lab-two-hosts"));
        auto status = Lab::status(LabOptions().runDir);
        QVERIFY(status);
        QCOMPARE(status.value().size(), 2);
        for (const LabHostStatus &h : status.value())
            QVERIFY2(h.netnsPresent && h.sshReachable && h.deadProcesses.isEmpty(),
                     qPrintable(h.name));

        // Asked again, it reuses the lab that is up.
        ready.clear();
        answered = false;
        launcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
        QTRY_VERIFY(answered);
        QVERIFY2(unexpectedBox.isEmpty(), qPrintable(unexpectedBox));
    }
};

QTEST_MAIN(TestLabLauncher)
#include "tst_lablauncher.moc"
