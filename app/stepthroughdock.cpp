#include "stepthroughdock.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio {

namespace {

const QColor kFailed(220, 50, 47);
const QColor kDone(64, 160, 43);

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(true);
    return edit;
}

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StepThroughDock::StepThroughDock(QWidget *parent)
    : QWidget(parent)
{
    m_hosts = new QComboBox(this);
    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    auto *top = new QHBoxLayout;
    m_hostsLabel = new QLabel(this);
    m_hostsLabel->setBuddy(m_hosts);
    top->addWidget(m_hostsLabel);
    top->addWidget(m_hosts, 1);
    top->addWidget(m_start);

    m_progress = wrapped(this);

    auto *nextBox = m_nextBox = new QGroupBox(this);
    m_stepTitle = wrapped(nextBox);
    QFont bold = m_stepTitle->font();
    bold.setBold(true);
    m_stepTitle->setFont(bold);
    m_explanation = wrapped(nextBox);
    m_details = wrapped(nextBox);
    m_creates = wrapped(nextBox);
    m_command = codeView(nextBox);
    auto *nextLayout = new QVBoxLayout(nextBox);
    nextLayout->addWidget(m_stepTitle);
    nextLayout->addWidget(m_explanation);
    nextLayout->addWidget(m_details);
    nextLayout->addWidget(m_creates);
    nextLayout->addWidget(m_command, 1);

    auto *resultBox = m_resultBox = new QGroupBox(this);
    m_resultTitle = wrapped(resultBox);
    m_output = codeView(resultBox);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_output, 1);

    m_history = new QTreeWidget(this);
    m_history->setColumnCount(2);
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // A step of the list shows its command and output again.
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_state == State::Running)
            return;
        m_resultTitle->setText(item->data(0, Qt::UserRole).toString());
        m_output->setPlainText(item->data(1, Qt::UserRole).toString());
        hideEmptyLabels();
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(nextBox);
    split->addWidget(resultBox);
    split->addWidget(m_history);
    // The step to come matters most; its command shows five lines at least.
    m_command->setMinimumHeight(m_command->fontMetrics().lineSpacing() * 5 + 8);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);

    m_next = new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward), QString(), this);
    m_next->setAutoDefault(true); // Return on the focused button runs the step
    m_runToEnd = new QPushButton(QString(), this);
    m_stop = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), QString(), this);
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_MediaSeekBackward), QString(), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_next);
    buttons->addWidget(m_runToEnd);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_back);

    connect(m_start, &QPushButton::clicked, this, &StepThroughDock::startRequested);
    connect(m_next, &QPushButton::clicked, this, &StepThroughDock::nextRequested);
    connect(m_runToEnd, &QPushButton::clicked, this, &StepThroughDock::runToEndRequested);
    connect(m_stop, &QPushButton::clicked, this, &StepThroughDock::stopRequested);
    connect(m_back, &QPushButton::clicked, this, &StepThroughDock::backRequested);
    retranslate();
    setState(State::Idle);
}

void StepThroughDock::retranslate()
{
    // Mnemonics: none of the menu bar's (F, E, V, D, H) nor the Packet Path panel's (M, O, C, U),
    // which may be open beside this one.
    m_hostsLabel->setText(tr("&Which hosts:"));
    m_hosts->setAccessibleName(tr("Hosts to step through"));
    if (m_hosts->count() > 0)
        m_hosts->setItemText(0, tr("All hosts, in turn"));
    m_start->setToolTip(tr("Read the hosts and stop before the first step of the apply"));
    m_progress->setAccessibleName(tr("Progress"));
    m_nextBox->setTitle(tr("Next step"));
    m_stepTitle->setAccessibleName(tr("Step"));
    m_explanation->setAccessibleName(tr("What the step does"));
    m_details->setAccessibleName(tr("Details of the step"));
    m_creates->setAccessibleName(tr("Objects the step creates"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(tr("The command of the next step appears here, before it runs."));
    m_resultBox->setTitle(tr("Result"));
    m_resultTitle->setAccessibleName(tr("Result of the last step"));
    m_output->setAccessibleName(tr("Output"));
    m_output->setPlaceholderText(tr("What the step printed appears here once it ran."));
    m_history->setAccessibleName(tr("Steps so far"));
    m_history->setHeaderLabels({tr("Step"), tr("Result")});
    m_next->setText(tr("&Next"));
    m_next->setToolTip(tr("Run this step, then stop before the next one (Return)"));
    m_runToEnd->setText(tr("&Run to End"));
    m_runToEnd->setToolTip(tr("Run every remaining step without stopping"));
    m_stop->setText(tr("Sto&p"));
    m_stop->setToolTip(tr("Stop here; what was built stays on the hosts"));
    m_back->setText(tr("&Back: Destroy What Was Built"));
    m_back->setToolTip(tr("Stop, and remove everything this topology made on the hosts"));
    // The texts that follow the state (Start or Start Again, the idle hint).
    updateButtons();
    if (m_state == State::Idle)
        m_progress->setText(idleHint());
}

QString StepThroughDock::idleHint() const
{
    return tr("Choose the hosts and press Start: OverlayStudio reads them, then stops before "
              "every command of the apply so you can see what it does, run it, and see what it "
              "did.");
}

void StepThroughDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StepThroughDock::setHosts(const QStringList &hosts)
{
    const QString chosen = chosenHost();
    m_hosts->clear();
    m_hosts->addItem(tr("All hosts, in turn"), QString());
    for (const QString &h : hosts)
        m_hosts->addItem(h, h);
    const int at = m_hosts->findData(chosen);
    m_hosts->setCurrentIndex(at < 0 ? 0 : at);
}

QString StepThroughDock::chosenHost() const
{
    return m_hosts->currentData().toString();
}

void StepThroughDock::setState(State state, const QString &message)
{
    m_state = state;
    if (state == State::Connecting) {
        m_history->clear();
        m_built = true;
        m_stepTitle->setText(QString());
        m_explanation->setText(QString());
        m_details->setText(QString());
        m_creates->setText(QString());
        m_command->clear();
        m_resultTitle->setText(QString());
        m_output->clear();
    }
    if (state == State::Idle) {
        m_built = false;
        m_progress->setText(idleHint());
    }
    if (!message.isEmpty())
        m_progress->setText(message);
    hideEmptyLabels();
    updateButtons();
    // The user steps with Return: the focus goes back to Next whenever it can be pressed, unless
    // the user took it elsewhere in the window.
    QWidget *focus = QApplication::focusWidget();
    if (state == State::Waiting && (!focus || isAncestorOf(focus)))
        m_next->setFocus(Qt::OtherFocusReason);
}

void StepThroughDock::updateButtons()
{
    const bool idle = m_state == State::Idle || m_state == State::Finished;
    m_hosts->setEnabled(idle);
    m_start->setEnabled(idle);
    m_start->setText(m_state == State::Finished ? tr("&Start Again") : tr("&Start"));
    m_next->setEnabled(m_state == State::Waiting);
    m_runToEnd->setEnabled(m_state == State::Waiting);
    m_stop->setEnabled(m_state == State::Waiting || m_state == State::Running
                       || m_state == State::Connecting);
    m_back->setEnabled(m_built && m_state != State::Destroying && m_state != State::Idle);
}

void StepThroughDock::showStep(const PendingStep &step, const QStringList &creates, int number,
                               int total)
{
    m_stepTitle->setText(
        tr("%1: step %2 of %3 there").arg(step.host).arg(step.index + 1).arg(step.count));
    m_explanation->setText(step.step.explanation);
    QString details;
    for (const QString &d : step.step.details)
        details += QStringLiteral("<li>") + d.toHtmlEscaped() + QStringLiteral("</li>");
    m_details->setText(details.isEmpty() ? QString()
                                         : QStringLiteral("<ul style=\"margin:0\">") + details
                                               + QStringLiteral("</ul>"));
    m_creates->setText(creates.isEmpty()
                           ? tr("Creates nothing new: it configures or connects.")
                           : tr("Creates: %1").arg(creates.join(QStringLiteral(", "))));
    m_command->setPlainText(step.step.command.toShell(true));
    m_progress->setText(
        tr("Step %1 of %2 in all. Next runs it; Run to End runs the rest.").arg(number).arg(total));
    hideEmptyLabels();
}

void StepThroughDock::hideEmptyLabels()
{
    for (QLabel *label : {m_stepTitle, m_explanation, m_details, m_creates, m_resultTitle})
        label->setVisible(!label->text().isEmpty());
}

void StepThroughDock::showRunning(const PendingStep &step)
{
    m_resultTitle->setText(tr("Running step %1 on %2...").arg(step.index + 1).arg(step.host));
    m_output->clear();
    hideEmptyLabels();
}

void StepThroughDock::showResult(const PendingStep &step, const StepOutcome &outcome)
{
    const bool ok = outcome.skipped || outcome.result.succeeded();
    QString status;
    if (outcome.skipped)
        status = tr("skipped");
    else if (!outcome.result.signal.isEmpty())
        status = tr("ended without exit status (%1)").arg(outcome.result.signal);
    else
        status = tr("exit status %1").arg(outcome.result.exitStatus);
    const QString title = tr("%1, step %2: %3").arg(step.host).arg(step.index + 1).arg(status);
    m_resultTitle->setText(title);
    hideEmptyLabels();
    QPalette pal = m_resultTitle->palette();
    pal.setColor(QPalette::WindowText, ok ? kDone : kFailed);
    m_resultTitle->setPalette(pal);
    const QString output = QString::fromUtf8(outcome.result.out + outcome.result.err).trimmed();
    m_output->setPlainText(output.isEmpty() ? tr("(no output)") : output);

    auto *item = new QTreeWidgetItem(
        m_history,
        {QStringLiteral("%1 %2. %3").arg(step.host).arg(step.index + 1).arg(step.step.explanation),
         status});
    item->setIcon(0, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton
                                              : QStyle::SP_MessageBoxCritical));
    item->setToolTip(0, outcome.command);
    item->setData(0, Qt::UserRole, title);
    item->setData(1, Qt::UserRole, m_output->toPlainText());
    if (!ok)
        item->setForeground(1, kFailed);
    m_history->scrollToItem(item);
}

} // namespace studio
