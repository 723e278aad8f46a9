#pragma once

#include <QObject>

class QListWidget;

namespace studio {

class HelpMenu;
class LabLauncher;
class MainWindow;
class WelcomePage;

// Puts the desktop around the editor into a main window: the Help menu, the welcome page over
// the empty canvas, the local-lab launcher, Enter on the palette, and shortcut tooltips. The
// window opens what they ask for (openRequested) after offering to save its own work.
class DesktopController : public QObject
{
    Q_OBJECT

public:
    DesktopController(MainWindow *window, QListWidget *palette);

    HelpMenu *helpMenu() const { return m_help; }
    WelcomePage *welcomePage() const { return m_welcome; }
    LabLauncher *labLauncher() const { return m_lab; }

signals:
    void openRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void nameForAccessibility();

    MainWindow *m_window;
    HelpMenu *m_help;
    WelcomePage *m_welcome;
    LabLauncher *m_lab;
};

} // namespace studio
