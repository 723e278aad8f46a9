#pragma once

#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace studio {

// Shows a teaching panel in front, at least `width` pixels wide (never more than a third of
// the window): its commands and header tables are unreadable in a sliver. Once the window is
// laid out, as dock sizes only apply then.
inline void showWide(QMainWindow *window, QDockWidget *dock, int width)
{
    dock->show();
    dock->raise();
    QTimer::singleShot(0, dock, [window, dock = QPointer<QDockWidget>(dock), width] {
        if (!dock || dock->isFloating() || !dock->isVisible())
            return;
        const int wanted = std::min(width, window->width() / 3);
        if (dock->width() < wanted)
            window->resizeDocks({dock.data()}, {wanted}, Qt::Horizontal);
    });
}

} // namespace studio
