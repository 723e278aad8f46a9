#include "plandock.h"

#include "images/imagesteps.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace studio {

PlanDock::PlanDock(TopologyDocument *document, ProblemTracker *problems, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_problems(problems)
    , m_host(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_kind->addItem(QString());
    m_kind->addItem(QString());
    m_style->addItem(QString(), int(PlanStyle::Fast));
    m_style->addItem(QString(), int(PlanStyle::Guide));
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_note->setWordWrap(true);
    auto *choices = new QHBoxLayout;
    m_hostLabel->setBuddy(m_host);
    choices->addWidget(m_hostLabel);
    choices->addWidget(m_host, 1);
    // Kind and style on a row of their own: the left column stays narrow on small screens.
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_kind, 1);
    kinds->addWidget(m_style, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addLayout(kinds);
    layout->addWidget(m_note);
    layout->addWidget(m_text);
    connect(m_host, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        refresh();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        refresh();
    });
    connect(m_style, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        refresh();
    });
    // The plan follows validated designs: after a batch of changes, like the problems.
    connect(problems, &ProblemTracker::problemsChanged, this, &PlanDock::markDirty);
    connect(document, &TopologyDocument::objectChanged, this, &PlanDock::markDirty);
    connect(document, &TopologyDocument::objectAdded, this, &PlanDock::markDirty);
    connect(document, &TopologyDocument::objectRemoved, this, &PlanDock::markDirty);
    connect(document, &TopologyDocument::modelReset, this, &PlanDock::markDirty);
    retranslate();
}

void PlanDock::retranslate()
{
    m_kind->setItemText(0, tr("Build (apply)"));
    m_kind->setItemText(1, tr("Remove (destroy)"));
    m_kind->setAccessibleName(tr("Plan kind"));
    m_style->setItemText(0, tr("Fast"));
    m_style->setItemText(1, tr("Guide (ovs-docker)"));
    m_style->setAccessibleName(tr("Plan style"));
    m_style->setToolTip(tr("Fast: containers side by side, plugged at once (what Apply runs by "
                           "default). Guide: ovs-docker, one container after another, as the "
                           "tutorial does."));
    m_host->setAccessibleName(tr("Host whose plan is shown"));
    if (m_host->count() > 0)
        m_host->setItemText(0, tr("All hosts"));
    m_text->setAccessibleName(tr("Plan"));
    m_hostLabel->setText(tr("Hos&t:")); // Alt+H is the Help menu
}

void PlanDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        markDirty(); // the plan's explanations are in the new language too
    }
    QWidget::changeEvent(event);
}

void PlanDock::setStyle(PlanStyle style)
{
    m_style->setCurrentIndex(m_style->findData(int(style)));
}

void PlanDock::markDirty()
{
    m_dirty = true;
    if (!isVisible() || m_refreshQueued)
        return; // planned when shown
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void PlanDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void PlanDock::fillHosts()
{
    const QString current = m_host->currentData().toString();
    QStringList names;
    for (const Host &h : m_document->topology().hosts())
        names << h.name;
    QStringList shown;
    for (int i = 1; i < m_host->count(); ++i)
        shown << m_host->itemData(i).toString();
    if (shown == names && m_host->count() > 0)
        return;
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    m_host->addItem(tr("All hosts"), QString());
    for (const QString &name : names)
        m_host->addItem(name, name);
    m_host->setCurrentIndex(std::max(0, m_host->findData(current)));
}

void PlanDock::refresh()
{
    if (!m_dirty || !isVisible())
        return;
    m_dirty = false;
    ++m_planCount;
    fillHosts();
    const Topology &t = m_document->topology();
    if (m_problems->publishedErrors() > 0) {
        m_note->setText(tr("No plan while the topology has errors: fix those listed under "
                           "Problems first."));
        m_text->clear();
        return;
    }
    const PlanStyle style = PlanStyle(m_style->currentData().toInt());
    auto plan = m_kind->currentIndex() == 0 ? planApply(t, style) : planTeardown(t, style);
    if (plan)
        ImageSteps::addToPlan(t, &plan.value()); // apply's image phase comes first
    if (!plan) {
        m_note->setText(tr("No plan yet: %1").arg(plan.error().toString()));
        m_text->clear();
        return;
    }
    const QString only = m_host->currentData().toString();
    QString text;
    for (const HostPlan &h : plan.value().hosts) {
        if (!only.isEmpty() && h.hostName != only)
            continue;
        if (only.isEmpty()) // several hosts: a clear header between them
            text += QStringLiteral("#\n# ===== %1 (%2) =====\n#\n").arg(h.hostName, h.address);
        text += renderScript(plan.value(), h) + QLatin1Char('\n');
    }
    m_note->setText(tr("What %1 runs, step by step; every step is safe to run again.")
                        .arg(only.isEmpty() ? tr("each host") : only));
    if (m_text->toPlainText() != text) {
        const int scroll = m_text->verticalScrollBar()->value(); // stay where the reader was
        m_text->setPlainText(text);
        m_text->verticalScrollBar()->setValue(scroll);
    }
}

} // namespace studio
