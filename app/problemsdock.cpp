#include "problemsdock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio {

namespace {
constexpr int kObjectRole = Qt::UserRole + 1;
}

ProblemsDock::ProblemsDock(TopologyDocument *document, ProblemTracker *problems, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_problems(problems)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    const auto activate = [this](QTreeWidgetItem *item) {
        emit objectActivated(ObjectId(item->data(0, kObjectRole).toUInt()));
    };
    connect(m_list, &QTreeWidget::itemActivated, this, activate);
    connect(m_list, &QTreeWidget::itemClicked, this, activate);
    connect(problems, &ProblemTracker::problemsChanged, this, &ProblemsDock::refresh);
    refresh();
}

void ProblemsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the problems' own texts come again from the tracker, in the new language
    QWidget::changeEvent(event);
}

void ProblemsDock::refresh()
{
    const Topology &t = m_document->topology();
    m_list->setHeaderLabels({tr("Severity"), tr("Object"), tr("Problem")});
    m_list->setAccessibleName(tr("Problems"));
    m_list->clear();
    for (const Problem &p : m_problems->published()) {
        const bool error = p.severity == Severity::Error;
        auto *item = new QTreeWidgetItem(
            m_list, {error ? tr("Error") : tr("Warning"),
                     p.object == kNoObject ? tr("topology") : t.displayName(p.object), p.text()});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        item->setData(0, kObjectRole, p.object);
        item->setToolTip(2, p.text());
    }
    const int errors = m_problems->publishedErrors();
    const int warnings = m_problems->publishedWarnings();
    if (errors + warnings == 0)
        m_summary->setText(tr("No problems: the topology can be deployed."));
    else if (errors == 0)
        m_summary->setText(tr("%n warning(s); the topology can be deployed.", nullptr, warnings));
    else
        m_summary->setText(
            tr("%1 and %2: fix the errors before deploying.")
                .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
}

} // namespace studio
