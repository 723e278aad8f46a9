// The Plan dock as a reader uses it: a click on its tab shows the plan; Alt+T and Down pick host
// lab1; a long script shows as its arguments until its link opens it (Tab, Enter), a click on
// the link closes it and Enter opens it again; Alt+Y copies the exact script, every script whole.
// A dark theme shades the commands darkly. Screenshots plandock.png, plandock-dark.png to look at.
#include "imagecheck.h"
#include "keyboard.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "plandock.h"

#include "images/imagesteps.h"
#include "model/projectfile.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace studio;
using test::press;

namespace {

const QString kExample = QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json");

// Where the link whose text starts with text is, in the view's viewport; an empty rectangle if
// there is none.
QRect linkRect(QTextBrowser *view, const QString &text)
{
    const QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || !fragment.text().startsWith(text))
                continue;
            QTextCursor cursor(view->document());
            cursor.setPosition(fragment.position() + 1);
            return view->cursorRect(cursor);
        }
    }
    return {};
}

// The text a user sees selected in the view: the link the keyboard is on.
QString selectedLink(QTextBrowser *view)
{
    return view->textCursor().selectedText();
}

} // namespace

class TestPlanDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LanguageSwitcher::instance()->apply(QStringLiteral("en"));
    }

    void readsStepsOpensScriptsAndCopiesTheScript()
    {
        MainWindow w;
        w.resize(1200, 800);
        QVERIFY(w.openFile(kExample));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        PlanDock *dock = w.planDock();

        // The Plan tab, clicked.
        QTabBar *tabs = nullptr;
        int planTab = -1;
        for (QTabBar *bar : w.findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i) == QLatin1String("Plan")) {
                    tabs = bar;
                    planTab = i;
                }
            }
        }
        QVERIFY(tabs);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(planTab).center());
        QTRY_VERIFY(dock->isVisible());
        QTextBrowser *view = dock->view();
        QTRY_VERIFY(view->toPlainText().contains(QLatin1String("lab2 (198.18.0.2)")));

        // Alt+T is the host choice's mnemonic; Down picks the first host.
        press(Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dock->hostChoice());
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dock->hostChoice());
        QCOMPARE(dock->hostChoice()->currentText(), QStringLiteral("lab1"));
        QString text = view->toPlainText();
        QVERIFY(!text.contains(QLatin1String("lab2 (198.18.0.2)")));
        QVERIFY(text.contains(QLatin1String("9. Start containers container1, container2 side by "
                                            "side")));
        QVERIFY(text.contains(QLatin1String("container1: eth0 on br0")));
        // The start script is shown by its arguments: what it runs on, not its 70 lines.
        QVERIFY2(
            text.contains(QStringLiteral(
                "sh -c '…' overlaystudio-start lab-two-hosts lab1 8 container1 "
                "overlaystudio/busybox:lab - container2 overlaystudio/busybox:lab - || failed=1")),
            qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("keep()")));
        QVERIFY(text.contains(QLatin1String("Show the script (")));

        // Into the view (a click on its text), Tab to the first link, Enter opens that script.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(QApplication::focusWidget(), view);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view);
        QVERIFY2(selectedLink(view).startsWith(QLatin1String("Show the script (")),
                 qPrintable(selectedLink(view)));
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), view);
        text = view->toPlainText();
        QVERIFY(text.contains(QLatin1String("keep() { mkdir -p")));
        QVERIFY(text.contains(QLatin1String("Hide the script")));
        QCOMPARE(selectedLink(view), QStringLiteral("Hide the script"));
        QVERIFY(!text.contains(QStringLiteral("sh -c '…' overlaystudio-start")));
        QVERIFY(text.contains(QStringLiteral("sh -c '…' overlaystudio-plug"))); // still closed

        // A click on that link closes it again; Enter, on the same link, opens it again.
        const QRect hide = linkRect(view, QStringLiteral("Hide the script"));
        QVERIFY(view->viewport()->rect().contains(hide));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, hide.center());
        QTRY_VERIFY(!view->toPlainText().contains(QLatin1String("keep()")));
        QCOMPARE(QApplication::focusWidget(), view);
        press(Qt::Key_Return);
        QVERIFY(view->toPlainText().contains(QLatin1String("keep() { mkdir -p")));

        // Alt+Y: the exact script of lab1, as File > Export Plan writes it.
        QGuiApplication::clipboard()->clear();
        press(Qt::Key_Y, Qt::AltModifier);
        auto topology = projectfile::load(kExample);
        QVERIFY(topology);
        auto plan = planApply(topology.value(), PlanStyle::Fast);
        QVERIFY(plan);
        ImageSteps::addToPlan(topology.value(), &plan.value());
        // A mnemonic's click comes a moment later (animated), the focus stays in the view.
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                     renderScript(plan.value(), plan.value().hosts.front()) + QLatin1Char('\n'));
        QCOMPARE(QApplication::focusWidget(), view);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("keep() {")));

        dock->grab().save(QStringLiteral("plandock.png"));

        // A dark theme while it is open: the commands' shade follows it.
        const QColor lightShade = view->palette().color(QPalette::AlternateBase);
        QPalette dark(QColor(53, 53, 53), QColor(42, 42, 42));
        dark.setColor(QPalette::Text, QColor(235, 235, 235));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(60, 60, 90));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        const QImage shot = view->viewport()->grab().toImage();
        shot.save(QStringLiteral("plandock-dark.png"));
        QVERIFY(test::pixelsLike(shot, QColor(60, 60, 90), 2) > 1000);
        QCOMPARE(test::pixelsLike(shot, lightShade, 2), 0);
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestPlanDock)
#include "tst_plandock.moc"
