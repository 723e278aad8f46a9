#include "shortcuttooltips.h"

#include <QAction>
#include <QActionEvent>
#include <QMenu>
#include <QToolBar>
#include <QWidget>

namespace studio {

namespace {

// Where each action keeps the tooltip it would have without the shortcut, and what we set.
constexpr char kBaseTip[] = "studioBaseToolTip";
constexpr char kComposedTip[] = "studioComposedToolTip";
constexpr char kTipFromText[] = "studioToolTipFromText";

QString fromText(const QAction *action)
{
    // What QAction shows when no tooltip is set: its text without accelerator marks.
    QString text = action->text().section(QLatin1Char('\t'), 0, 0);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

} // namespace

ShortcutToolTips::ShortcutToolTips(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

ShortcutToolTips *ShortcutToolTips::install(QWidget *window)
{
    auto *tips = new ShortcutToolTips(window);
    for (QAction *a : window->findChildren<QAction *>())
        tips->follow(a);
    // Actions put on a toolbar or in a menu later (recent files, examples) are followed too.
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (qobject_cast<QToolBar *>(w) || qobject_cast<QMenu *>(w))
            w->installEventFilter(tips);
    }
    return tips;
}

QString ShortcutToolTips::compose(const QString &tip, const QAction *action)
{
    if (action->shortcut().isEmpty())
        return tip;
    return tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
}

void ShortcutToolTips::follow(QAction *action)
{
    if (action->isSeparator() || action->property(kComposedTip).isValid())
        return;
    connect(action, &QAction::changed, this, [this, action] { update(action); });
    update(action);
}

void ShortcutToolTips::update(QAction *action)
{
    const QString composed = action->property(kComposedTip).toString();
    if (!action->property(kComposedTip).isValid() || action->toolTip() != composed) {
        // Someone set a tooltip (or it is the first look): that is the new base.
        const QString tip = action->toolTip();
        action->setProperty(kBaseTip, tip);
        action->setProperty(kTipFromText, tip == fromText(action) || tip.isEmpty());
    } else if (action->property(kTipFromText).toBool()) {
        // Our tooltip stands, but the text it came from may have changed ("Undo Move host1").
        action->setProperty(kBaseTip, fromText(action));
    }
    const QString wanted = compose(action->property(kBaseTip).toString(), action);
    action->setProperty(kComposedTip, wanted);
    if (action->toolTip() != wanted)
        action->setToolTip(wanted); // emits changed() once more; then nothing differs
}

bool ShortcutToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ActionAdded)
        follow(static_cast<QActionEvent *>(event)->action());
    return QObject::eventFilter(watched, event);
}

} // namespace studio
