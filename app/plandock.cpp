#include "plandock.h"

#include "images/imagesteps.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
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
    , m_view(new QTextBrowser(this))
    , m_copy(new QPushButton(this))
{
    m_kind->addItem(QString());
    m_kind->addItem(QString());
    m_style->addItem(QString(), int(PlanStyle::Fast));
    m_style->addItem(QString(), int(PlanStyle::Guide));
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setOpenLinks(false); // its links open and close scripts in place
    m_note->setWordWrap(true);
    m_copy->setEnabled(false);
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
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(noteRow);
    layout->addWidget(m_view);
    connect(m_view, &QTextBrowser::anchorClicked, this, &PlanDock::toggleScript);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_script); });
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
    m_view->setAccessibleName(tr("Plan"));
    m_copy->setText(tr("Cop&y Script"));
    m_copy->setAccessibleName(tr("Copy Script"));
    m_copy->setToolTip(tr("Copy the shell script of the hosts shown, exactly as File > Export "
                          "Plan writes it, with every script whole."));
    m_hostLabel->setText(tr("Hos&t:")); // Alt+H is the Help menu
}

void PlanDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        markDirty(); // the plan's explanations are in the new language too
    } else if (event->type() == QEvent::PaletteChange) {
        render(); // the commands' shade is the palette's
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
    m_plan.reset();
    m_script.clear();
    if (m_problems->publishedErrors() > 0) {
        m_note->setText(tr("No plan while the topology has errors: fix those listed under "
                           "Problems first."));
        render();
        return;
    }
    const PlanStyle style = PlanStyle(m_style->currentData().toInt());
    auto plan = m_kind->currentIndex() == 0 ? planApply(t, style) : planTeardown(t, style);
    if (plan)
        ImageSteps::addToPlan(t, &plan.value()); // apply's image phase comes first
    if (!plan) {
        m_note->setText(tr("No plan yet: %1").arg(plan.error().toString()));
        render();
        return;
    }
    m_plan = std::move(plan).value();
    const QString only = m_host->currentData().toString();
    for (const HostPlan *h : shownHosts()) {
        if (only.isEmpty()) // several hosts: a clear header between them
            m_script
                += QStringLiteral("#\n# ===== %1 (%2) =====\n#\n").arg(h->hostName, h->address);
        m_script += renderScript(*m_plan, *h) + QLatin1Char('\n');
    }
    m_note->setText(tr("What %1 runs, step by step; every step is safe to run again.")
                        .arg(only.isEmpty() ? tr("each host") : only));
    render();
}

std::vector<const HostPlan *> PlanDock::shownHosts() const
{
    std::vector<const HostPlan *> hosts;
    if (!m_plan)
        return hosts;
    const QString only = m_host->currentData().toString();
    for (const HostPlan &h : m_plan->hosts) {
        if (only.isEmpty() || h.hostName == only)
            hosts.push_back(&h);
    }
    return hosts;
}

QString PlanDock::stepHtml(const HostPlan &host, int index) const
{
    const PlanStep &step = host.steps[size_t(index)];
    QString html = QStringLiteral("<p style=\"margin-top: 10px;\"><b>%1.</b> %2")
                       .arg(index + 1)
                       .arg(step.explanation.toHtmlEscaped());
    if (step.continueOnFailure)
        html += QStringLiteral(" <i>%1</i>").arg(tr("(goes on)").toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!step.details.isEmpty()) {
        html += QStringLiteral("<ul style=\"margin-top: 0px;\">");
        for (const QString &detail : step.details)
            html += QStringLiteral("<li>%1</li>").arg(detail.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    const QString whole = renderStepCommands(step);
    const QString brief = renderStepCommands(step, true);
    const QString key = host.hostName + QLatin1Char('/') + QString::number(index);
    const bool open = m_openScripts.contains(key);
    // Commands wrap where the dock ends, in the fixed font on a shade of their own.
    html += QStringLiteral("<pre style=\"white-space: pre-wrap; margin-left: 12px; "
                           "background-color: %1; font-family: '%2';\">%3</pre>")
                .arg(palette().color(QPalette::AlternateBase).name(),
                     QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
                     (open ? whole : brief).trimmed().toHtmlEscaped());
    if (whole != brief) {
        const QString text = open ? tr("Hide the script")
                                  : tr("Show the script (%n lines)", nullptr,
                                       int(whole.trimmed().count(QLatin1Char('\n'))) + 1);
        html += QStringLiteral("<p style=\"margin-left: 12px;\"><a href=\"script:%1\">%2</a></p>")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(key, "/")),
                         text.toHtmlEscaped());
    }
    return html;
}

void PlanDock::render()
{
    m_copy->setEnabled(!m_script.isEmpty());
    if (!m_plan) {
        m_view->clear();
        return;
    }
    const bool everyHost = m_host->currentData().toString().isEmpty();
    QString html;
    bool goesOn = false;
    for (const HostPlan *h : shownHosts()) {
        if (everyHost) // a header each
            html += QStringLiteral("<h3>%1 (%2)</h3>")
                        .arg(h->hostName.toHtmlEscaped(), h->address.toHtmlEscaped());
        for (const QString &note : h->notes)
            html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
        if (h->steps.empty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Nothing to do on this host.").toHtmlEscaped());
        for (int i = 0; i < int(h->steps.size()); ++i) {
            goesOn = goesOn || h->steps[size_t(i)].continueOnFailure;
            html += stepHtml(*h, i);
        }
    }
    if (goesOn) // said first, as the scripts say it
        html.prepend(QStringLiteral("<p><i>%1</i></p>")
                         .arg(tr("A step that goes on does not stop its host when it fails (one "
                                 "container that cannot start must not keep the others unplugged); "
                                 "the host is reported failed at the end.")
                                  .toHtmlEscaped()));
    const int scroll = m_view->verticalScrollBar()->value(); // stay where the reader was
    m_view->setHtml(html);
    m_view->verticalScrollBar()->setValue(scroll);
}

void PlanDock::toggleScript(const QUrl &link)
{
    if (link.scheme() != QLatin1String("script"))
        return;
    const QString key = link.path();
    if (!m_openScripts.remove(key))
        m_openScripts.insert(key);
    render();
    // The link keeps the keyboard's place: Enter again closes what it opened.
    const QString href = link.toString();
    const QTextDocument *document = m_view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(m_view->document());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            m_view->setTextCursor(cursor);
            return;
        }
    }
}

} // namespace studio
