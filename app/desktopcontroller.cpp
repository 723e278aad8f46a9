#include "desktopcontroller.h"

#include "helpmenu.h"
#include "lablauncher.h"
#include "mainwindow.h"
#include "paletteinserter.h"
#include "shortcuttooltips.h"
#include "welcomepage.h"

#include "scene/canvasview.h"

#include <QMenuBar>

namespace studio {

DesktopController::DesktopController(MainWindow *window, QListWidget *palette)
    : QObject(window)
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
}

} // namespace studio
