#pragma once

#include <QMenu>
#include <QPointer>

class QMainWindow;

namespace studio {

class AboutDialog;
class ExamplesMenu;
class ShortcutsDialog;
class UserGuide;

// The Help menu: the user guide (F1), the keyboard shortcuts, the welcome page, the examples,
// the local lab, and About. The dialogs are made when first asked for and kept.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow *window);

    UserGuide *showGuide();
    ShortcutsDialog *showShortcuts();
    AboutDialog *showAbout();

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

signals:
    void exampleChosen(const QString &path);
    void welcomeRequested();
    void labRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QMainWindow *m_window;
    QAction *m_guide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_welcome = nullptr;
    ExamplesMenu *m_examples = nullptr;
    QAction *m_lab = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QPointer<UserGuide> m_guideDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace studio
