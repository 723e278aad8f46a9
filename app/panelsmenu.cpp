#include "panelsmenu.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

#include <algorithm>
#include <tuple>

namespace studio {

namespace {

// The widget in a panel that takes the focus: the first one in the focus chain that accepts Tab.
QWidget *focusTarget(QWidget *panel)
{
    if (panel->focusPolicy() & Qt::TabFocus)
        return panel;
    for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
        if (panel->isAncestorOf(w) && w->isVisibleTo(panel) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return panel;
}

} // namespace

PanelsMenu::PanelsMenu(QMainWindow *window)
    : QMenu(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("panelsMenu"));
    m_next = new QAction(window);
    m_next->setShortcut(Qt::Key_F6);
    connect(m_next, &QAction::triggered, this, [this] { focusPanel(+1); });
    m_previous = new QAction(window);
    m_previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
    connect(m_previous, &QAction::triggered, this, [this] { focusPanel(-1); });
    // Window-wide: F6 works in every panel, whatever has the focus.
    window->addAction(m_next);
    window->addAction(m_previous);
    // Docks are added after the menus are made: list them when the menu opens.
    connect(this, &QMenu::aboutToShow, this, &PanelsMenu::fill);
    retranslate();
    fill();
}

void PanelsMenu::retranslate()
{
    setTitle(tr("&Panels"));
    m_next->setText(tr("&Next Panel"));
    m_previous->setText(tr("&Previous Panel"));
}

void PanelsMenu::fill()
{
    clear();
    addAction(m_next);
    addAction(m_previous);
    addSeparator();
    QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    std::sort(docks.begin(), docks.end(), [](QDockWidget *a, QDockWidget *b) {
        return a->windowTitle().localeAwareCompare(b->windowTitle()) < 0;
    });
    for (QDockWidget *d : docks)
        addAction(d->toggleViewAction());
}

QList<QWidget *> PanelsMenu::panels() const
{
    QList<QDockWidget *> docks;
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>()) {
        // A dock behind another's tab is not visible: its tab is reached through the one in front.
        if (d->isVisible() && !d->visibleRegion().isEmpty())
            docks << d;
    }
    const auto key = [this](QDockWidget *d) {
        const int area = m_window->dockWidgetArea(d);
        const int order = area == Qt::LeftDockWidgetArea    ? 0
                          : area == Qt::RightDockWidgetArea ? 1
                          : area == Qt::TopDockWidgetArea   ? 2
                                                            : 3;
        const QPoint at = d->mapTo(m_window, QPoint(0, 0));
        return std::make_tuple(d->isFloating(), order, at.x(), at.y());
    };
    std::sort(docks.begin(), docks.end(),
              [&](QDockWidget *a, QDockWidget *b) { return key(a) < key(b); });
    QList<QWidget *> list;
    if (QWidget *central = m_window->centralWidget())
        list << central;
    for (QDockWidget *d : docks)
        list << d;
    return list;
}

void PanelsMenu::focusPanel(int step)
{
    const QList<QWidget *> list = panels();
    if (list.isEmpty())
        return;
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (focus && (list[i] == focus || list[i]->isAncestorOf(focus)))
            current = i;
    }
    const int next = current < 0 ? (step > 0 ? 0 : int(list.size()) - 1)
                                 : (current + step + int(list.size())) % int(list.size());
    QWidget *panel = list[next];
    if (auto *dock = qobject_cast<QDockWidget *>(panel))
        panel = dock->widget() ? dock->widget() : dock;
    focusTarget(panel)->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void PanelsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace studio
