// The deploy view shows each host's progress, highlights a failed step and marks its host red.
#include "deploydock.h"
#include "imagecheck.h"

#include "scene/canvasstyle.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace studio;

class TestDeployDock : public QObject
{
    Q_OBJECT

private slots:
    void failedStepAndHostAreMarked()
    {
        DeployDock dock;
        dock.begin(QStringLiteral("Apply"), {QStringLiteral("lab1"), QStringLiteral("lab2")});
        QTreeWidget *tree = dock.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);

        dock.stepStarted(QStringLiteral("lab1"), 0, 2, QStringLiteral("Create bridges"),
                         QStringLiteral("ovs-vsctl add-br br0"));
        dock.stepFinished(QStringLiteral("lab1"), 0, true, QString());
        dock.stepStarted(QStringLiteral("lab2"), 0, 1, QStringLiteral("Start container c1"),
                         QStringLiteral("docker run c1"));
        dock.stepFinished(QStringLiteral("lab2"), 0, false, QStringLiteral("no such image"));

        HostOutcome good;
        good.host = QStringLiteral("lab1");
        good.ok = true;
        good.steps.push_back(
            {QStringLiteral("Create bridges"), QStringLiteral("ovs-vsctl add-br br0"), {}});
        HostOutcome bad;
        bad.host = QStringLiteral("lab2");
        bad.error = QStringLiteral("lab2: step \"Start container c1\" failed (exit status 125).");
        dock.hostFinished(good);
        dock.hostFinished(bad);
        dock.finish({good, bad});

        QTreeWidgetItem *lab1 = tree->topLevelItem(0);
        QTreeWidgetItem *lab2 = tree->topLevelItem(1);
        QCOMPARE(lab1->text(1), QStringLiteral("done: 1 step(s) in 0 ms"));
        QCOMPARE(lab1->child(0)->text(1), QStringLiteral("done"));
        QCOMPARE(lab2->text(1), QStringLiteral("FAILED"));
        QCOMPARE(lab2->foreground(0).color(), QColor(220, 50, 47));
        QTreeWidgetItem *failedStep = lab2->child(0);
        QCOMPARE(failedStep->text(1), QStringLiteral("FAILED"));
        QCOMPARE(failedStep->toolTip(0), QStringLiteral("docker run c1")); // the command, on hover
        QVERIFY(failedStep->background(0).color() != tree->palette().color(QPalette::Base));
        QVERIFY(lab2->child(1)->text(0).contains(QStringLiteral("exit status 125")));

        // The log has every command and the failing output.
        const QString log = dock.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY(log.contains(QStringLiteral("[lab1] $ ovs-vsctl add-br br0")));
        QVERIFY(log.contains(QStringLiteral("no such image")));

        const QImage shot = dock.grab().toImage();
        QVERIFY(shot.save(QStringLiteral("deploydock.png"))); // kept as a test artifact
        // The failure is visible at a glance: red text, and the failed step's tinted row.
        QVERIFY(test::pixelsLike(shot, canvasstyle::failedColor(), 40) > 20);
        QVERIFY(test::pixelsLike(shot, canvasstyle::failedColor().lighter(170), 4) > 200);
    }

    void statusListsOnlyWhatDiffers()
    {
        DeployDock dock;
        dock.begin(QStringLiteral("Status"), {QStringLiteral("lab1")});
        HostOutcome o;
        o.host = QStringLiteral("lab1");
        o.ok = true;
        o.status
            = {{ObjectStatus::State::InSync, 1, QStringLiteral("br0"), {}},
               {ObjectStatus::State::Drift, 2, QStringLiteral("vxlan0"), QStringLiteral("key 100")},
               {ObjectStatus::State::Missing, 3, QStringLiteral("container1"), {}}};
        dock.hostFinished(o);
        QTreeWidgetItem *lab1 = dock.tree()->topLevelItem(0);
        QCOMPARE(lab1->childCount(), 2);
        QCOMPARE(lab1->child(0)->text(0), QStringLiteral("vxlan0: key 100"));
        QCOMPARE(lab1->child(0)->text(1), QStringLiteral("differs"));
        QCOMPARE(lab1->child(1)->text(1), QStringLiteral("missing"));
        QCOMPARE(lab1->text(1), QStringLiteral("2 object(s) differ"));
    }
};

QTEST_MAIN(TestDeployDock)
#include "tst_deploydock.moc"
