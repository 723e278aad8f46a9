#include "deploydock.h"

#include "scene/canvasstyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio {

namespace {
// The canvas's colours, so a failed host is the same red in this dock as on the canvas.
const QColor kFailed = canvasstyle::failedColor();
const QColor kDone = canvasstyle::okColor();
} // namespace

DeployDock::DeployDock(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(
        tr("Nothing deployed yet. Use Deploy > Apply to build the topology on its hosts."), this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Host / step"), tr("State")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_log);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(split);
}

void DeployDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tree->setHeaderLabels({tr("Host / step"), tr("State")});
        if (m_action.isEmpty())
            m_summary->setText(tr("Nothing deployed yet. Use Deploy > Apply to build the "
                                  "topology on its hosts."));
    }
    QWidget::changeEvent(event);
}

void DeployDock::begin(const QString &action, const QStringList &hosts)
{
    m_action = action;
    m_tree->clear();
    m_hosts.clear();
    for (const QString &h : hosts)
        hostItem(h)->setText(1, tr("waiting"));
    m_summary->setText(tr("%1 running on %n host(s)...", nullptr, int(hosts.size())).arg(action));
    log(tr("== %1 ==").arg(action));
}

QTreeWidgetItem *DeployDock::hostItem(const QString &host)
{
    QTreeWidgetItem *&item = m_hosts[host];
    if (!item) {
        item = new QTreeWidgetItem(m_tree, {host, QString()});
        item->setIcon(0, style()->standardIcon(QStyle::SP_ComputerIcon));
        item->setExpanded(true);
    }
    return item;
}

void DeployDock::setPhase(const QString &host, const QString &phase)
{
    hostItem(host)->setText(1, phase);
    log(QStringLiteral("[%1] %2").arg(host, phase));
}

void DeployDock::stepStarted(const QString &host, int index, int count, const QString &explanation,
                             const QString &command)
{
    QTreeWidgetItem *h = hostItem(host);
    h->setText(1, tr("step %1 of %2").arg(index + 1).arg(count));
    auto *step = new QTreeWidgetItem(h, {explanation, tr("running")});
    step->setToolTip(0, command);
    step->setData(0, Qt::UserRole, index);
    m_tree->scrollToItem(step);
    log(QStringLiteral("[%1] $ %2").arg(host, command));
}

void DeployDock::stepFinished(const QString &host, int index, bool ok, const QString &output)
{
    QTreeWidgetItem *h = hostItem(host);
    for (int i = h->childCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *step = h->child(i);
        if (step->data(0, Qt::UserRole).toInt() != index)
            continue;
        step->setText(1, ok ? tr("done") : tr("FAILED"));
        step->setIcon(0, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton
                                                  : QStyle::SP_MessageBoxCritical));
        if (!ok) {
            for (int c = 0; c < 2; ++c) {
                step->setBackground(c, kFailed.lighter(170));
                step->setForeground(c, Qt::black);
            }
        }
        break;
    }
    if (!output.trimmed().isEmpty())
        log(output.trimmed(), !ok);
}

void DeployDock::hostFinished(const HostOutcome &o)
{
    QTreeWidgetItem *h = hostItem(o.host);
    if (!o.ok) {
        h->setText(1, tr("FAILED"));
        h->setForeground(0, kFailed);
        h->setForeground(1, kFailed);
        h->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        h->setToolTip(0, o.error);
        auto *why = new QTreeWidgetItem(h, {o.error.section(QLatin1Char('\n'), 0, 0), QString()});
        why->setToolTip(0, o.error);
        why->setForeground(0, kFailed);
        for (const QString &c : o.conflicts)
            new QTreeWidgetItem(h, {c, tr("conflict")});
        log(QStringLiteral("[%1] %2").arg(o.host, o.error), true);
        return;
    }
    h->setForeground(0, kDone);
    h->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
    if (m_action == tr("Status")) {
        int differing = 0;
        for (const ObjectStatus &s : o.status) {
            if (s.state == ObjectStatus::State::InSync)
                continue;
            ++differing;
            new QTreeWidgetItem(
                h, {s.name + (s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail),
                    stateText(s.state)});
        }
        h->setText(1, differing == 0
                          ? tr("as designed (%n object(s))", nullptr, int(o.status.size()))
                          : tr("%n object(s) differ", nullptr, differing));
        if (differing)
            h->setForeground(0, kFailed);
        return;
    }
    h->setText(1,
               o.changed()
                   ? tr("done: %n step(s) in %1 ms", nullptr, int(o.steps.size())).arg(o.elapsedMs)
                   : tr("up to date, nothing changed"));
}

void DeployDock::finish(const QList<HostOutcome> &outcomes)
{
    int failed = 0;
    for (const HostOutcome &o : outcomes)
        failed += !o.ok;
    m_summary->setText(
        failed == 0 ? tr("%1 finished on %n host(s).", nullptr, int(outcomes.size())).arg(m_action)
                    : tr("%1 FAILED on %2 of %3 host(s); see the red entries.")
                          .arg(m_action)
                          .arg(failed)
                          .arg(outcomes.size()));
}

void DeployDock::log(const QString &text, bool error)
{
    if (error)
        m_log->appendHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(kFailed.name(), text.toHtmlEscaped().replace(
                                                       QLatin1Char('\n'), QStringLiteral("<br>"))));
    else
        m_log->appendPlainText(text);
}

} // namespace studio
