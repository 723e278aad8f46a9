#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace studio {

// Tool buttons show their action's tooltip; this adds the shortcut to it, "Save (Ctrl+S)", for
// every action of a window, and keeps it so when an action's text, tooltip or shortcut changes
// (a retranslation, "Undo Move host1"). One per window.
class ShortcutToolTips : public QObject
{
    Q_OBJECT

public:
    // Covers the window's actions now and those added to its toolbars and menus later.
    static ShortcutToolTips *install(QWidget *window);

    static QString compose(const QString &tip, const QAction *action);

    void follow(QAction *action);

private:
    explicit ShortcutToolTips(QWidget *window);
    void update(QAction *action);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
};

} // namespace studio
