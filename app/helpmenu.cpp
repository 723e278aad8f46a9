#include "helpmenu.h"

#include "aboutdialog.h"
#include "examplesmenu.h"
#include "shortcutsdialog.h"
#include "userguide.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>

namespace studio {

namespace {

template<typename Dialog> Dialog *present(Dialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    setToolTipsVisible(true);
    m_guide = addAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this,
                        &HelpMenu::showGuide);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcuts->setShortcut(Qt::CTRL | Qt::Key_Slash);
    addSeparator();
    m_welcome = addAction(QString(), this, &HelpMenu::welcomeRequested);
    m_examples = new ExamplesMenu(this);
    connect(m_examples, &ExamplesMenu::exampleChosen, this, &HelpMenu::exampleChosen);
    addMenu(m_examples);
    m_lab = addAction(QString(), this, &HelpMenu::labRequested);
    addSeparator();
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    // Window-wide, so F1 works wherever the focus is.
    window->addAction(m_guide);
    window->addAction(m_shortcuts);
    retranslate();
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&User Guide"));
    m_guide->setToolTip(tr("The user guide: first steps, the local lab, troubleshooting"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_welcome->setText(tr("&Welcome Page"));
    m_lab->setText(tr("Try It on a &Local Lab..."));
    m_lab->setToolTip(tr("Start simulated hosts on this machine and open the example for them"));
    m_about->setText(tr("&About OverlayStudio"));
    m_aboutQt->setText(tr("About &Qt"));
}

UserGuide *HelpMenu::showGuide()
{
    if (!m_guideDialog)
        m_guideDialog = new UserGuide(m_window);
    return present(m_guideDialog.data());
}

ShortcutsDialog *HelpMenu::showShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(m_window);
    return present(m_shortcutsDialog.data());
}

AboutDialog *HelpMenu::showAbout()
{
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(m_window);
    return present(m_aboutDialog.data());
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace studio
