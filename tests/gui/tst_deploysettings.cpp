// Deploy > Deploy Settings as a keyboard user meets it: Alt+D then E opens it with the focus on
// the style; Down chooses the guide's way and the explanation follows; Alt+H moves to the hosts
// at once, typed over; Enter keeps both (the settings, and the plan dock shows that style);
// Escape keeps nothing; 0 reads "all". Screenshots (deploysettings-*.png) to look at.
#include "deploysettings.h"
#include "deploysettingsdialog.h"
#include "keyboard.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace studio;
using test::press;

namespace {

DeploySettingsDialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<DeploySettingsDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

QComboBox *planStyle(MainWindow &w)
{
    for (auto *box : w.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QLatin1String("Plan style"))
            return box;
    }
    return nullptr;
}

QString explanation(DeploySettingsDialog *d)
{
    QString text;
    for (const QLabel *l : d->findChildren<QLabel *>())
        text += l->text() + QLatin1Char('\n');
    return text;
}

} // namespace

class TestDeploySettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &window()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        QCoreApplication::processEvents();
        return *m_window;
    }

    // Alt+D (Deploy), E (Deploy S&ettings...): the dialog, focus on the style.
    DeploySettingsDialog *openByKeyboard()
    {
        press(Qt::Key_D, Qt::AltModifier);
        if (!QApplication::activePopupWidget())
            qWarning("Alt+D opened no menu");
        press(Qt::Key_E);
        if (!QTest::qWaitFor([] { return openDialog() && openDialog()->isActiveWindow(); }, 3000))
            return nullptr;
        return openDialog();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user's settings stay out of it
        QSettings().clear();
        LanguageSwitcher::instance()->apply(QStringLiteral("en"));
    }

    void cleanup()
    {
        if (DeploySettingsDialog *d = openDialog())
            d->close();
        m_window.reset();
        QSettings().clear();
    }

    void keyboardChoosesTheGuideStyleAndHostsAtOnce()
    {
        MainWindow &w = window();
        QVERIFY(planStyle(w));
        QCOMPARE(planStyle(w)->currentText(), QStringLiteral("Fast"));

        DeploySettingsDialog *d = openByKeyboard();
        QVERIFY(d);
        QCOMPARE(QApplication::focusWidget(), d->styleChoice());
        QVERIFY(explanation(d).contains(QStringLiteral("side by side")));
        QCOMPARE(d->hostsAtOnce()->value(), DeployOptions::kDefaultMaxParallelHosts);
        QVERIFY(d->grab().save(QStringLiteral("deploysettings-fast.png")));

        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), d->styleChoice());
        QCOMPARE(PlanStyle(d->styleChoice()->currentData().toInt()), PlanStyle::Guide);
        QVERIFY(explanation(d).contains(QStringLiteral("ovs-docker add-port")));

        press(Qt::Key_H, Qt::AltModifier); // &Hosts at once
        QCOMPARE(QApplication::focusWidget(), d->hostsAtOnce());
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8"));
        QCOMPARE(d->hostsAtOnce()->value(), 8);
        QVERIFY(d->grab().save(QStringLiteral("deploysettings-guide.png")));

        press(Qt::Key_Return);
        QTRY_VERIFY(!openDialog());
        const DeploySettings kept = DeploySettings::load();
        QCOMPARE(kept.style, PlanStyle::Guide);
        QCOMPARE(kept.maxParallelHosts, 8);
        QCOMPARE(planStyle(w)->currentText(), QStringLiteral("Guide (ovs-docker)"));

        // A new window starts where the user left it.
        m_window.reset();
        MainWindow &again = window();
        QCOMPARE(planStyle(again)->currentText(), QStringLiteral("Guide (ovs-docker)"));
        DeploySettingsDialog *reopened = openByKeyboard();
        QVERIFY(reopened);
        QCOMPARE(PlanStyle(reopened->styleChoice()->currentData().toInt()), PlanStyle::Guide);
        QCOMPARE(reopened->hostsAtOnce()->value(), 8);
    }

    void escapeKeepsNothing()
    {
        MainWindow &w = window();
        DeploySettingsDialog *d = openByKeyboard();
        QVERIFY(d);
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d->hostsAtOnce());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!openDialog());
        const DeploySettings kept = DeploySettings::load();
        QCOMPARE(kept.style, PlanStyle::Fast);
        QCOMPARE(kept.maxParallelHosts, DeployOptions::kDefaultMaxParallelHosts);
        QCOMPARE(planStyle(w)->currentText(), QStringLiteral("Fast"));
    }

    void zeroMeansAllHosts()
    {
        window();
        DeploySettingsDialog *d = openByKeyboard();
        QVERIFY(d);
        press(Qt::Key_H, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
        QCOMPARE(d->hostsAtOnce()->value(), 0);
        press(Qt::Key_Tab); // leaving the field shows what 0 means
        QVERIFY(QApplication::focusWidget() != d->hostsAtOnce());
        QCOMPARE(d->hostsAtOnce()->text(), QStringLiteral("all"));
        QVERIFY(d->grab().save(QStringLiteral("deploysettings-all.png")));
        press(Qt::Key_Return);
        QTRY_VERIFY(!openDialog());
        QCOMPARE(DeploySettings::load().maxParallelHosts, 0);
    }
};

QTEST_MAIN(TestDeploySettings)
#include "tst_deploysettings.moc"
