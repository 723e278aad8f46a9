#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace studio {

namespace {

QString plain(QString text)
{
    // "Save &As...\tCtrl+Shift+S" -> "Save As..."; "&&" is a literal ampersand.
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString keys(const QAction *action)
{
    QStringList list;
    for (const QKeySequence &k : action->shortcuts())
        list << k.toString(QKeySequence::NativeText);
    return list.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    resize(620, 560);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    retranslate();
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_list->setAccessibleName(tr("Shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
}

void ShortcutsDialog::refresh()
{
    m_list->clear();
    QSet<const QAction *> seen;
    const auto add = [&](QAction *a, const QString &where) {
        if (a->isSeparator() || a->menu() || plain(a->text()).isEmpty() || seen.contains(a))
            return;
        seen.insert(a);
        new QTreeWidgetItem(m_list, {plain(a->text()), keys(a), where});
    };
    // Menus in the menu bar, depth first, as the user reads them.
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *a : menu->actions()) {
            if (QMenu *sub = a->menu())
                walk(sub, path + QStringLiteral(" > ") + plain(sub->title()));
            else
                add(a, path);
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        if (QMenu *menu = top->menu())
            walk(menu, plain(menu->title()));
    }
    // Actions outside the menus that have keys (panel navigation, the canvas's own).
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (!a->shortcuts().isEmpty() && !seen.contains(a))
            add(a, QString());
    }
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                           || item->text(1).contains(text, Qt::CaseInsensitive)
                           || item->text(2).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh(); // actions come and go (recent files, examples); read them as they are now
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible())
            refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace studio
