// The desktop around the editor as a keyboard user meets it: the Help menu through Alt+H, the
// user guide, About, the shortcuts list, the welcome page's choices by Tab, F6 through the
// panels, Enter on the palette, a language switch through View > Language, and icons drawn
// for the screen's scale.
#include "aboutdialog.h"
#include "desktopcontroller.h"
#include "helpmenu.h"
#include "keyboard.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "panelsmenu.h"
#include "shortcutsdialog.h"
#include "shortcuttooltips.h"
#include "userguide.h"
#include "welcomepage.h"

#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace studio;
using test::press;

namespace {

QMenu *menuTitled(QMainWindow &w, const QString &title)
{
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu() && a->menu()->title() == title)
            return a->menu();
    }
    return nullptr;
}

QStringList menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

template<typename T> T *openTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &window()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1360, 860);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        QCoreApplication::processEvents();
        return *m_window;
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
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w != m_window.get())
                w->close();
        }
        m_window.reset();
        LanguageSwitcher::instance()->apply(QStringLiteral("en"));
        QSettings().clear();
    }

    void helpMenuByKeyboardOpensTheGuide()
    {
        MainWindow &w = window();
        press(Qt::Key_H, Qt::AltModifier);
        auto *help = qobject_cast<HelpMenu *>(QApplication::activePopupWidget());
        QVERIFY2(help, "Alt+H did not open the Help menu");
        press(Qt::Key_U); // &User Guide
        QTRY_VERIFY(openTopLevel<UserGuide>());
        UserGuide *guide = openTopLevel<UserGuide>();
        QVERIFY(guide->isAncestorOf(QApplication::focusWidget()));
        const QStringList chapters = guide->chapterTitles();
        for (const QString &title :
             {QStringLiteral("Your first topology"), QStringLiteral("Deploy to the local lab"),
              QStringLiteral("Reading the results"), QStringLiteral("Teaching with OverlayStudio"),
              QStringLiteral("Troubleshooting")})
            QVERIFY2(chapters.contains(title), qPrintable(title + " is not in the contents"));
        QCOMPARE(guide->contents()->count(), chapters.size());
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("OverlayStudio")));

        // The contents by keyboard: Tab from the search field to the list, Down to a chapter.
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), guide->contents());
        press(Qt::Key_Down);
        QCOMPARE(guide->currentChapter(), 1);
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Your first topology")));

        // A message the user met finds its chapter.
        press(Qt::Key_Backtab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("has CHANGED"));
        press(Qt::Key_Return);
        QCOMPARE(guide->chapterTitles().at(guide->currentChapter()),
                 QStringLiteral("Troubleshooting"));
        QVERIFY(guide->browser()->textCursor().hasSelection());
        QCOMPARE(guide->browser()->textCursor().selectedText(), QStringLiteral("has CHANGED"));

        // F1 from the main window brings the same guide back.
        guide->close();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.view()->setFocus();
        press(Qt::Key_F1);
        QTRY_VERIFY(openTopLevel<UserGuide>() == guide);
    }

    void aboutNamesVersionLicenceAndLibraries()
    {
        window();
        press(Qt::Key_H, Qt::AltModifier);
        QVERIFY(qobject_cast<HelpMenu *>(QApplication::activePopupWidget()));
        press(Qt::Key_A); // &About OverlayStudio
        QTRY_VERIFY(openTopLevel<AboutDialog>());
        const QString text = openTopLevel<AboutDialog>()->text();
        QVERIFY2(text.contains(QStringLiteral("OverlayStudio " PROJECT_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("libssh 0.")));
        QVERIFY(text.contains(QStringLiteral("QCustomPlot")));
    }

    void shortcutsListEveryActionFromTheActions()
    {
        MainWindow &w = window();
        press(Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(openTopLevel<ShortcutsDialog>());
        QTreeWidget *list = openTopLevel<ShortcutsDialog>()->list();
        const auto row = [list](const QString &action) -> QTreeWidgetItem * {
            const auto found = list->findItems(action, Qt::MatchExactly, 0);
            return found.isEmpty() ? nullptr : found.first();
        };
        const struct
        {
            const char *action;
            QKeySequence keys;
        } expected[] = {{"Save", QKeySequence::Save},
                        {"User Guide", QKeySequence::HelpContents},
                        {"Apply", QKeySequence(Qt::CTRL | Qt::Key_R)},
                        {"Next Panel", QKeySequence(Qt::Key_F6)}};
        for (const auto &e : expected) {
            QTreeWidgetItem *item = row(QLatin1String(e.action));
            QVERIFY2(item, e.action);
            QVERIFY2(item->text(1).contains(e.keys.toString(QKeySequence::NativeText)), e.action);
        }
        QCOMPARE(row(QStringLiteral("Save"))->text(2), QStringLiteral("File"));
        // Every action with a shortcut in the menus is listed.
        int withKeys = 0;
        for (QAction *a : w.findChildren<QAction *>())
            withKeys += !a->shortcut().isEmpty() && !a->isSeparator();
        int listedWithKeys = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listedWithKeys += !list->topLevelItem(i)->text(1).isEmpty();
        QVERIFY2(listedWithKeys >= withKeys - 2, // the canvas's own copies of Cut/Copy/...
                 qPrintable(QStringLiteral("%1 of %2").arg(listedWithKeys).arg(withKeys)));
        // The filter finds a key.
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("F6"));
        int shown = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown += !list->topLevelItem(i)->isHidden();
        QCOMPARE(shown, 2); // Next Panel, Previous Panel (Shift+F6)
    }

    void welcomePageChoicesByTab()
    {
        MainWindow &w = window();
        auto *welcome = w.findChild<WelcomePage *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        // The first choice has the focus; Tab walks the choices in reading order.
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeNew"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeLab"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeExample"));
        QCOMPARE(QApplication::focusWidget()->property("examplePath").toString(),
                 QStringLiteral(":/examples/seed-two-hosts.json"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->property("examplePath").toString(),
                 QStringLiteral(":/examples/lab-two-hosts.json"));
        // Every choice is drawn whole: no button squeezed below its own size.
        for (auto *button : welcome->findChildren<QCommandLinkButton *>()) {
            QVERIFY2(button->height() >= button->minimumSizeHint().height(),
                     qPrintable(button->text()));
            QVERIFY(welcome->rect().contains(button->geometry()));
            // Drawn from an SVG: at 200 % the arrow has twice the pixels, not a blown-up bitmap.
            const QPixmap arrow = button->icon().pixmap(button->iconSize(), 2.0);
            QCOMPARE(arrow.size(), button->iconSize() * 2);
        }
        QVERIFY(w.view()->rect().contains(welcome->geometry()));
        QVERIFY(welcome->grab().save(QStringLiteral("welcome.png")));
        // Space on the focused example opens it; the page steps aside for the design.
        press(Qt::Key_Space);
        QCOMPARE(w.topology().name, QStringLiteral("lab-two-hosts"));
        QCOMPARE(w.topology().hosts().size(), std::size_t(2));
        QVERIFY(!welcome->isVisible());
        // Help > Welcome Page brings it back.
        press(Qt::Key_H, Qt::AltModifier);
        press(Qt::Key_W);
        QVERIFY(welcome->isVisible());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeNew"));
        press(Qt::Key_Escape);
        QVERIFY(!welcome->isVisible());
    }

    void welcomePageStepsAsideForADesign()
    {
        MainWindow &w = window();
        auto *welcome = w.findChild<WelcomePage *>();
        QTRY_VERIFY(welcome->isVisible());
        w.view()->dropKind(QStringLiteral("host"), QPoint(40, 40));
        QCOMPARE(w.topology().hosts().size(), std::size_t(1));
        QVERIFY(!welcome->isVisible());
    }

    void f6WalksThePanelsAndEnterOnThePaletteAdds()
    {
        MainWindow &w = window();
        auto *welcome = w.findChild<WelcomePage *>();
        QTRY_VERIFY(welcome->isVisible());
        press(Qt::Key_Escape); // the welcome page steps aside; the canvas has the focus
        QVERIFY(!welcome->isVisible());
        QCOMPARE(QApplication::focusWidget(), w.view());

        QStringList visited;
        QWidget *palette = nullptr;
        for (int i = 0; i < 8; ++i) {
            press(Qt::Key_F6);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QString where = QStringLiteral("canvas");
            for (QDockWidget *d : w.findChildren<QDockWidget *>()) {
                if (d->isAncestorOf(focus))
                    where = d->objectName();
            }
            if (where == QLatin1String("paletteDock"))
                palette = focus;
            visited << where;
            if (where == QLatin1String("canvas"))
                break;
        }
        // The left column (the palette, the raised tab), the bottom row, round to the canvas.
        QCOMPARE(visited.first(), QStringLiteral("paletteDock"));
        for (const char *dock : {"propertiesDock", "problemsDock"})
            QVERIFY2(visited.contains(QLatin1String(dock)), qPrintable(visited.join(' ')));
        QCOMPARE(visited.last(), QStringLiteral("canvas"));
        press(Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("problemsDock"))
                    ->isAncestorOf(QApplication::focusWidget()));

        // The palette by keyboard: a host, then a bridge inside the selected host.
        QVERIFY(palette);
        palette->setFocus(Qt::OtherFocusReason); // reached by F6 above
        press(Qt::Key_Home);
        press(Qt::Key_Return);
        QCOMPARE(w.topology().hosts().size(), std::size_t(1));
        QCOMPARE(w.scene()->selectedIds(), QList<ObjectId>{w.topology().hosts().front().id});
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCOMPARE(w.topology().bridges().size(), std::size_t(1));
        QCOMPARE(w.topology().bridges().front().host, w.topology().hosts().front().id);
    }

    void languageSwitchRetranslatesMenusAndIsRemembered()
    {
        MainWindow &w = window();
        QVERIFY(menuTitled(w, QStringLiteral("&Help")));
        // View > Language by keyboard: Alt+V, L, then down to Deutsch.
        press(Qt::Key_V, Qt::AltModifier);
        press(Qt::Key_L);
        auto *languages = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(languages);
        QCOMPARE(languages->objectName(), QStringLiteral("languageMenu"));
        const QList<QAction *> entries = languages->actions();
        int german = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i]->data().toString() == QLatin1String("de"))
                german = i;
        }
        QVERIFY2(german > 0, "Deutsch is not offered");
        QCOMPARE(entries[german]->text(), QStringLiteral("Deutsch"));
        while (languages->activeAction() != entries[german])
            press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCOMPARE(LanguageSwitcher::instance()->current(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(LanguageSwitcher::settingsKey()).toString(),
                 QStringLiteral("de"));
        QTRY_VERIFY2(menuTitled(w, QStringLiteral("&Hilfe")), qPrintable(menuTitles(w).join(' ')));
        QVERIFY(w.findChild<QMenu *>(QStringLiteral("languageMenu"))->title()
                == QStringLiteral("Sp&rache"));

        // And back to English through the same menu, as a German user reaches it: &Ansicht.
        QVERIFY2(menuTitled(w, QStringLiteral("&Ansicht")), qPrintable(menuTitles(w).join(' ')));
        press(Qt::Key_A, Qt::AltModifier);
        press(Qt::Key_R); // Sp&rache
        languages = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(languages);
        int english = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i]->data().toString() == QLatin1String("en"))
                english = i;
        }
        while (languages->activeAction() != entries[english])
            press(Qt::Key_Up);
        press(Qt::Key_Return);
        QTRY_VERIFY(menuTitled(w, QStringLiteral("&Help")));
        QCOMPARE(QSettings().value(LanguageSwitcher::settingsKey()).toString(),
                 QStringLiteral("en"));
    }

    void toolbarTooltipsCarryShortcuts()
    {
        MainWindow &w = window();
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList tips;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            tips << a->toolTip();
            if (!a->shortcut().isEmpty())
                QVERIFY2(a->toolTip().endsWith(QStringLiteral("(%1)").arg(
                             a->shortcut().toString(QKeySequence::NativeText))),
                         qPrintable(a->toolTip()));
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
            QVERIFY(button);
            QCOMPARE(button->toolTip(), a->toolTip());
        }
        QVERIFY2(tips.contains(QStringLiteral("Save the topology (Ctrl+S)")),
                 qPrintable(tips.join('|')));
        // The undo tooltip follows the undo text, shortcut and all.
        w.view()->dropKind(QStringLiteral("host"), QPoint(40, 40));
        QAction *undo = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        }
        QVERIFY(undo);
        QCOMPARE(undo->toolTip(), QStringLiteral("Undo Add host host1 (Ctrl+Z)"));
        // Palette entries say how to add them from the keyboard.
        auto *palette = w.findChild<QDockWidget *>(QStringLiteral("paletteDock"))->widget();
        auto *list = qobject_cast<QListWidget *>(palette);
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(list->item(i)->toolTip().contains(QStringLiteral("Enter")),
                     qPrintable(list->item(i)->toolTip()));
    }

    void iconsAreDrawnForTheScreensScale()
    {
        MainWindow &w = window();
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        int icons = 0;
        for (QAction *a : bar->actions()) {
            icons += !a->icon().isNull();
            if (a->icon().isNull())
                continue;
            // At 200 %, a 24-point icon is drawn with 48 device pixels, not scaled up from 24.
            const QPixmap p = a->icon().pixmap(QSize(24, 24), 2.0);
            QCOMPARE(p.devicePixelRatio(), 2.0);
            QCOMPARE(p.size(), QSize(48, 48));
        }
        QVERIFY(icons >= 9);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
