#include "desktopcontroller.h"

#include "helpmenu.h"
#include "lablauncher.h"
#include "mainwindow.h"
#include "paletteinserter.h"
#include "shortcuttooltips.h"
#include "welcomepage.h"

#include "scene/canvasview.h"

#include <QDockWidget>
#include <QEvent>
#include <QMenuBar>

namespace studio {

DesktopController::DesktopController(MainWindow *window, QListWidget *palette)
    : QObject(window)
    , m_window(window)
    , m_help(new HelpMenu(window))
    , m_welcome(new WelcomePage(window->document(), window->view()))
    , m_lab(new LabLauncher(window))
{
    window->menuBar()->addMenu(m_help);
    new PaletteInserter(palette, window->scene(), window->view());

    connect(m_help, &HelpMenu::exampleChosen, this, &DesktopController::openRequested);
    connect(m_welcome, &WelcomePage::exampleChosen, this, &DesktopController::openRequested);
    connect(m_lab, &LabLauncher::exampleChosen, this, &DesktopController::openRequested);
    connect(m_help, &HelpMenu::welcomeRequested, m_welcome, &WelcomePage::reveal);
    connect(m_help, &HelpMenu::labRequested, m_lab, &LabLauncher::start);
    connect(m_welcome, &WelcomePage::labRequested, m_lab, &LabLauncher::start);
    connect(m_lab, &LabLauncher::deployRequested, window,
            [window] { window->runDeploy(DeployAction::Apply); });

    // Last, so it sees every action the window and the menus above made.
    ShortcutToolTips::install(window);
    nameForAccessibility();
    window->installEventFilter(this); // names follow the language
}

void DesktopController::nameForAccessibility()
{
    // Screen readers announce a panel's content by the dock's title; the canvas by its role.
    m_window->view()->setAccessibleName(tr("Canvas"));
    m_window->view()->setAccessibleDescription(
        tr("The topology: hosts, bridges, containers and links. Arrow keys move the selection, "
           "Delete removes it."));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (QWidget *content = dock->widget())
            content->setAccessibleName(dock->windowTitle());
    }
}

bool DesktopController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        nameForAccessibility();
    return QObject::eventFilter(watched, event);
}

} // namespace studio
