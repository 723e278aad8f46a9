#pragma once

#include <QMenu>

class QDockWidget;
class QMainWindow;

namespace studio {

// View > Panels: show or hide each dock, and move the keyboard focus from panel to panel
// (F6, Shift+F6: the canvas, then the visible docks left to right, top to bottom), so every dock
// is reachable without the mouse.
class PanelsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit PanelsMenu(QMainWindow *window);

    // The canvas and the docks the user can see now, in focus order.
    QList<QWidget *> panels() const;
    void focusPanel(int step); // +1 next, -1 previous

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QMainWindow *m_window;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace studio
