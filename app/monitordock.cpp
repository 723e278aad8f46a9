#include "monitordock.h"

#include "monitorcsv.h"
#include "monitorformat.h"
#include "monitorplot.h"
#include "monitorseries.h"
#include "monitorstatustree.h"

#include "scene/canvasstyle.h"
#include "scene/topologyscene.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace studio {

namespace {

// A few frames a second: smooth enough for 1 s samples, cheap with many plots.
constexpr int kReplotIntervalMs = 250;
// The store keeps at least this much, whatever window the graphs show (CSV exports read it).
constexpr double kMinimumHistory = 600;

double nowSeconds()
{
    return QDateTime::currentMSecsSinceEpoch() / 1000.0;
}

// Lays its plots side by side when wide (a bottom dock), stacked when tall (a side dock).
class PlotSplitter : public QSplitter
{
public:
    using QSplitter::QSplitter;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        const Qt::Orientation wanted
            = event->size().width() > 2.2 * event->size().height() ? Qt::Horizontal : Qt::Vertical;
        if (wanted != orientation())
            setOrientation(wanted);
        QSplitter::resizeEvent(event);
    }
};

} // namespace

MonitorDock::MonitorDock(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_pause = m_toolBar->addAction(QString());
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &MonitorDock::setPaused);
    m_follow = m_toolBar->addAction(QString());
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    connect(m_follow, &QAction::toggled, this, &MonitorDock::setFollow);
    m_toolBar->addSeparator();
    m_windowLabel = new QLabel(this);
    m_windowBox = new QComboBox(this);
    for (int minutes : {1, 5, 10, 30, 60})
        m_windowBox->addItem(QString(), minutes * 60);
    m_windowBox->setCurrentIndex(2);
    m_windowLabel->setBuddy(m_windowBox);
    connect(m_windowBox, &QComboBox::activated, this,
            [this](int index) { setWindow(m_windowBox->itemData(index).toDouble()); });
    m_toolBar->addWidget(m_windowLabel);
    m_toolBar->addWidget(m_windowBox);
    // Throughput in bits or in packets per second: one graph at a time leaves the graphs room.
    m_rateLabel = new QLabel(this);
    m_rateBox = new QComboBox(this);
    m_rateBox->addItems({QString(), QString()}); // bits/s, packets/s
    m_rateLabel->setBuddy(m_rateBox);
    connect(m_rateBox, &QComboBox::activated, this,
            [this](int index) { showPacketRates(index == 1); });
    m_toolBar->addWidget(m_rateLabel);
    m_toolBar->addWidget(m_rateBox);
    m_toolBar->addSeparator();
    m_exportButton = new QToolButton(this);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportCsv = exportMenu->addAction(QString(), this, &MonitorDock::exportSamples);
    exportMenu->addSeparator();
    m_exportRtt
        = exportMenu->addAction(QString(), this, [this] { exportGraph(MonitorPlotKind::Rtt); });
    m_exportBits
        = exportMenu->addAction(QString(), this, [this] { exportGraph(MonitorPlotKind::Bits); });
    m_exportPackets
        = exportMenu->addAction(QString(), this, [this] { exportGraph(MonitorPlotKind::Packets); });
    m_exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(m_exportButton);
    layout->addWidget(m_toolBar);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setVisible(false);
    layout->addWidget(m_problems);
    auto *focusRow = new QHBoxLayout;
    m_focus = new QLabel(this);
    m_focus->setWordWrap(true);
    m_showAll = new QToolButton(this);
    m_showAll->setVisible(false);
    connect(m_showAll, &QToolButton::clicked, this, [this] {
        if (m_scene && !m_scene->selectedItems().isEmpty())
            m_scene->clearSelection(); // the canvas's selection change shows everything
        else
            showObjects({});
    });
    focusRow->addWidget(m_focus, 1);
    focusRow->addWidget(m_showAll);
    layout->addLayout(focusRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tree = new MonitorStatusTree(split);
    connect(m_tree, &QTreeWidget::itemClicked, this, &MonitorDock::rowActivated);
    connect(m_tree, &QTreeWidget::itemActivated, this, &MonitorDock::rowActivated);
    auto *plotSplit = new PlotSplitter(Qt::Vertical, split);
    using Scale = MonitorPlot::Scale;
    // Titles and units are set by retranslate().
    m_rtt = new MonitorPlot(QString(), QString(), Scale::Plain, plotSplit);
    m_rtt->setValueFormatter(&monitorformat::milliseconds);
    m_bits = new MonitorPlot(QString(), QString(), Scale::Si, plotSplit);
    m_bits->setValueFormatter(&monitorformat::bitRate);
    m_packets = new MonitorPlot(QString(), QString(), Scale::Si, plotSplit);
    m_packets->setValueFormatter(&monitorformat::packetRate);
    for (MonitorPlot *p : plots()) {
        connect(p, &MonitorPlot::viewMovedByUser, this, [this, p] { syncTimeRanges(p); });
        connect(p, &MonitorPlot::followChanged, this, [this](bool on) {
            if (!on && m_follow->isChecked())
                m_follow->setChecked(false);
        });
    }
    m_packets->hide();
    split->addWidget(m_tree);
    split->addWidget(plotSplit);
    // The table's states and figures need room; the graphs take the rest. The stretch keeps that
    // share as the dock grows from the small size it is first laid out at (a tab not yet shown).
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({1000, 2000});
    layout->addWidget(split, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(kReplotIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MonitorDock::refresh);
    retranslateStatic();
    setLive(false);
    updateFocusLabel();
}

MonitorDock::~MonitorDock() = default;

void MonitorDock::retranslateStatic()
{
    setAccessibleName(tr("Monitor"));
    m_toolBar->setAccessibleName(tr("Monitor tools"));
    m_pause->setText(tr("&Pause"));
    m_pause->setToolTip(
        tr("Stop drawing new samples (recording goes on); press again to catch up"));
    m_follow->setText(tr("&Follow"));
    m_follow->setToolTip(tr("Keep the newest samples in view (zooming or panning a graph stops "
                            "following; End or a double click on a graph comes back)"));
    m_windowLabel->setText(tr("&Window:"));
    m_windowBox->setAccessibleName(tr("Time window"));
    m_windowBox->setToolTip(tr("The longest time the graphs show while following; a shorter "
                               "recording fills them from its start"));
    for (int i = 0; i < m_windowBox->count(); ++i) {
        const int minutes = m_windowBox->itemData(i).toInt() / 60;
        m_windowBox->setItemText(i, tr("%n min", nullptr, minutes));
    }
    m_rateLabel->setText(tr("&Throughput in:"));
    m_rateBox->setAccessibleName(tr("Throughput unit"));
    m_rateBox->setItemText(0, tr("bits/s"));
    m_rateBox->setItemText(1, tr("packets/s"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportCsv->setText(tr("Recorded Samples as &CSV..."));
    m_exportRtt->setText(tr("&Round-Trip Graph as PNG or SVG..."));
    m_exportBits->setText(tr("&Bit Rate Graph as PNG or SVG..."));
    m_exportPackets->setText(tr("P&acket Rate Graph as PNG or SVG..."));
    m_state->setAccessibleName(tr("Monitoring state"));
    m_problems->setAccessibleName(tr("Problems found by monitoring"));
    m_focus->setAccessibleName(tr("What the graphs show"));
    m_showAll->setText(tr("Show &All"));
    m_showAll->setAccessibleName(tr("Show all graphs"));
    m_rtt->setTexts(tr("Round-trip time"), tr("ms"));
    m_bits->setTexts(tr("Throughput"), tr("bit/s"));
    m_packets->setTexts(tr("Packets"), tr("packets/s"));
    m_tree->retranslateHeaders();
}

void MonitorDock::retranslate()
{
    retranslateStatic();
    if (m_store) {
        // Series names, the table's rows and its figures, in the new language; the recorded
        // points stay where they are.
        m_catalog.reset(m_store->topology(), m_store->probes(),
                        [this](quint32 vni) { return colorOf(vni); });
        for (const SeriesKey &key : m_store->seriesKeys()) {
            const SeriesLook look = m_catalog.look(key);
            if (MonitorSeries *series = plot(look.plot)->series(look.id)) {
                series->setName(look.name);
                m_looks.insert(look.id, look);
            }
        }
        m_tree->reset(*m_store, m_catalog);
        const Topology &t = m_store->topology();
        for (const Host &h : t.hosts())
            m_tree->updateObject(*m_store, h.id);
        for (const Container &c : t.containers()) {
            m_tree->updateObject(*m_store, c.id);
            m_tree->updateRates(*m_store, c.id);
        }
        for (const VxlanLink &l : t.links()) {
            m_tree->updateObject(*m_store, l.id);
            m_tree->updateRates(*m_store, l.id);
        }
        for (const ProbeSpec &p : m_store->probes())
            m_tree->updateProbe(*m_store, p.index);
        updateProblems();
    }
    updateStateLabel();
    updateFocusLabel();
    for (MonitorPlot *p : plots())
        p->markDirty();
    refresh();
}

void MonitorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<MonitorPlot *> MonitorDock::plots() const
{
    return {m_rtt, m_bits, m_packets};
}

MonitorPlot *MonitorDock::plot(MonitorPlotKind kind) const
{
    switch (kind) {
    case MonitorPlotKind::Rtt:
        return m_rtt;
    case MonitorPlotKind::Bits:
        return m_bits;
    case MonitorPlotKind::Packets:
        return m_packets;
    }
    return m_rtt;
}

QAbstractButton *MonitorDock::pauseButton() const
{
    return qobject_cast<QAbstractButton *>(m_toolBar->widgetForAction(m_pause));
}

QAbstractButton *MonitorDock::followButton() const
{
    return qobject_cast<QAbstractButton *>(m_toolBar->widgetForAction(m_follow));
}

void MonitorDock::addControlActions(const QList<QAction *> &actions)
{
    QAction *first = m_toolBar->actions().value(0);
    m_toolBar->insertActions(first, actions);
    m_toolBar->insertSeparator(first);
}

void MonitorDock::setStore(MonitorStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &MonitorStore::updated, this, &MonitorDock::storeUpdated);
    reset();
}

void MonitorDock::setScene(TopologyScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (scene) {
        connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
            if (!m_scene)
                return;
            const QList<ObjectId> selected = m_scene->selectedIds();
            showObjects(selected);
            m_tree->selectObjects(selected); // the table points at what the canvas selected
        });
    }
}

QColor MonitorDock::colorOf(quint32 vni) const
{
    if (m_scene && m_scene->vnis().contains(vni))
        return m_scene->colorOf(vni);
    // Not (or no longer) on the canvas: the colour the canvas would give it.
    QList<quint32> vnis;
    if (m_store) {
        for (const VxlanLink &l : m_store->topology().links())
            vnis << l.vni;
    }
    std::sort(vnis.begin(), vnis.end());
    vnis.erase(std::unique(vnis.begin(), vnis.end()), vnis.end());
    return canvasstyle::segmentColor(std::max(0, int(vnis.indexOf(vni))));
}

void MonitorDock::reset()
{
    for (MonitorPlot *p : plots())
        p->clearSeries();
    m_looks.clear();
    m_heldBack.clear();
    if (!m_store) {
        m_tree->clear();
        updateFocusLabel();
        return;
    }
    m_catalog.reset(m_store->topology(), m_store->probes(),
                    [this](quint32 vni) { return colorOf(vni); });
    m_store->setWindowSeconds(
        std::max(m_store->windowSeconds(), std::max(m_window, kMinimumHistory)));
    for (MonitorPlot *p : plots())
        p->setHistory(m_store->windowSeconds());
    m_tree->reset(*m_store, m_catalog);
    m_problems->setVisible(false);
    // What the store has already (a dock opened while monitoring runs).
    for (const SeriesKey &key : m_store->seriesKeys())
        syncSeries(key, -std::numeric_limits<double>::infinity());
    updateFocusLabel();
}

void MonitorDock::setLive(bool live, const QString &state)
{
    m_live = live;
    m_stateText = state;
    updateStateLabel();
    if (!live) {
        for (MonitorPlot *p : plots())
            p->setClock(0);
    }
}

void MonitorDock::updateStateLabel()
{
    QString text = m_stateText;
    if (text.isEmpty()) {
        text = m_live ? tr("Monitoring.")
                      : tr("Not monitoring. Apply the topology, then start monitoring "
                           "(Deploy menu).");
    }
    if (m_paused)
        text += QLatin1Char(' ')
                + tr("Paused: samples are still recorded; press Pause again to "
                     "draw them.");
    m_state->setText(text);
}

void MonitorDock::storeUpdated(const MonitorUpdate &update)
{
    if (!m_store)
        return;
    QSet<ObjectId> rates;
    // In a fixed order, so new series take their legend places the same way every run.
    QList<SeriesKey> keys = update.changedSeries.keys();
    std::sort(keys.begin(), keys.end(), [](const SeriesKey &a, const SeriesKey &b) {
        return a.metric != b.metric ? a.metric < b.metric : a.id < b.id;
    });
    for (const SeriesKey &key : std::as_const(keys)) {
        const MonitorTime from = update.changedSeries.value(key);
        if (m_paused) {
            const auto held = m_heldBack.find(key);
            if (held == m_heldBack.end())
                m_heldBack.insert(key, from);
            else
                held.value() = std::min(held.value(), from);
        } else {
            syncSeries(key, from);
        }
        if (key.metric != Metric::ProbeRttMs && key.metric != Metric::ProbeLoss)
            rates.insert(key.id);
    }
    for (ObjectId id : rates)
        m_tree->updateRates(*m_store, id);
    for (ObjectId id : update.changedObjects)
        m_tree->updateObject(*m_store, id);
    if (!update.changedObjects.isEmpty())
        updateProblems();
    for (int probe : update.changedProbes)
        m_tree->updateProbe(*m_store, probe);
    if (!update.changedProbes.isEmpty())
        updateFocusLabel(); // a link's tunnel cost
}

void MonitorDock::syncSeries(const SeriesKey &key, MonitorTime from)
{
    const TimeSeries *source = m_store ? m_store->series(key) : nullptr;
    if (!source)
        return;
    const SeriesLook look = m_catalog.look(key);
    MonitorPlot *target = plot(look.plot);
    MonitorSeries *series = target->series(look.id);
    if (!series) {
        m_looks.insert(look.id, look);
        series = target->addSeries(look.id, look.name, look.color, look.style);
        series->setShown(isShown(look));
    }
    const int first = std::isfinite(from) ? source->indexAt(from) : 0;
    if (key.metric == Metric::ProbeLoss) {
        series->removeLossFrom(from);
        for (int i = first; i < source->size(); ++i)
            series->appendLoss(source->at(i).t);
    } else {
        series->removeFrom(from);
        for (int i = first; i < source->size(); ++i)
            series->append(source->at(i).t, source->at(i).v);
    }
}

MonitorSeries *MonitorDock::seriesFor(const SeriesKey &key) const
{
    const SeriesLook look = m_catalog.look(key);
    return plot(look.plot)->series(look.id);
}

bool MonitorDock::isShown(const SeriesLook &look) const
{
    if (m_focusProbe >= 0) {
        if (look.probe >= 0)
            return look.probe == m_focusProbe;
        // The probe's links: its traffic's path.
        const ProbeSpec *p = m_store ? m_store->probe(m_focusProbe) : nullptr;
        return p && look.object != kNoObject
               && std::find(p->links.begin(), p->links.end(), look.object) != p->links.end();
    }
    if (m_focusObjects.isEmpty())
        return look.shownByDefault;
    return look.concerns.intersects(m_focusObjects);
}

void MonitorDock::applyFocus()
{
    for (MonitorPlot *p : plots()) {
        for (const auto &series : p->allSeries())
            series->setShown(isShown(m_looks.value(series->key())));
    }
    m_showAll->setVisible(!m_focusObjects.isEmpty() || m_focusProbe >= 0);
    updateFocusLabel();
    refresh(); // the user asked: show it now, not at the next tick
}

void MonitorDock::showObjects(const QList<ObjectId> &ids)
{
    QSet<ObjectId> focus(ids.begin(), ids.end());
    if (m_store) {
        // Objects the monitored topology does not have (drawn since) show nothing of their own.
        focus.removeIf([this](ObjectId id) { return !m_store->topology().contains(id); });
        if (focus.isEmpty() && !ids.isEmpty())
            focus.insert(ids.first()); // keep the choice visible: "no graphs for ..."
    }
    if (focus == m_focusObjects && m_focusProbe < 0)
        return;
    m_focusObjects = focus;
    m_focusProbe = -1;
    applyFocus();
}

void MonitorDock::showProbe(int probe)
{
    m_focusObjects.clear();
    m_focusProbe = probe;
    applyFocus();
}

QString MonitorDock::problemsText() const
{
    return m_problems->isVisible() || !m_problems->text().isEmpty() ? m_problems->text()
                                                                    : QString();
}

QString MonitorDock::focusText() const
{
    return m_focus->text();
}

void MonitorDock::updateFocusLabel()
{
    if (!m_store || m_store->topology().hosts().empty()) {
        m_focus->setText(tr("Nothing is watched yet."));
        return;
    }
    const Topology &t = m_store->topology();
    if (m_focusProbe >= 0) {
        const ProbeSpec *p = m_store->probe(m_focusProbe);
        m_focus->setText(p ? tr("Showing the ping %1 and the links it crosses.").arg(p->label)
                           : QString());
        return;
    }
    if (m_focusObjects.isEmpty()) {
        m_focus->setText(tr("Showing every ping and link. Select a host, container or link on the "
                            "canvas to see its own graphs."));
        return;
    }
    QStringList names;
    for (ObjectId id : m_focusObjects)
        names << (t.contains(id) ? t.displayName(id)
                                 : tr("an object added after monitoring began"));
    names.sort();
    int shown = 0;
    for (MonitorPlot *p : plots())
        shown += p->shownSeriesCount();
    QString text = shown > 0 ? tr("Showing %1.").arg(names.join(QStringLiteral(", ")))
                             : tr("No graphs for %1 yet.").arg(names.join(QStringLiteral(", ")));
    // A link: what its tunnel costs, the overlay's median RTT against the underlay's.
    if (m_focusObjects.size() == 1 && t.link(*m_focusObjects.cbegin())) {
        std::vector<double> overlay;
        double underlay = kNoValue;
        for (int i : m_store->probesOf(*m_focusObjects.cbegin())) {
            const ProbeSpec *p = m_store->probe(i);
            const double median = m_store->summary(i).medianMs;
            if (!p || std::isnan(median))
                continue;
            if (p->kind == ProbeKind::Underlay)
                underlay = median;
            else
                overlay.push_back(median);
        }
        if (!overlay.empty() && !std::isnan(underlay)) {
            std::sort(overlay.begin(), overlay.end());
            const double median = overlay[overlay.size() / 2];
            text += QLatin1Char(' ')
                    + tr("Median round trip: %1 through the tunnel, %2 on the underlay beneath it "
                         "(the tunnel adds %3).")
                          .arg(monitorformat::milliseconds(median),
                               monitorformat::milliseconds(underlay),
                               monitorformat::milliseconds(std::max(0.0, median - underlay)));
        }
    }
    m_focus->setText(text);
}

void MonitorDock::updateProblems()
{
    // Faults first by where they start: a host that cannot be reached explains its containers.
    QStringList problems;
    const Topology &t = m_store->topology();
    const auto note = [&](ObjectId id) {
        const ObjectHealth h = m_store->health(id);
        const bool bad = h.health != Health::Up && h.health != Health::Unknown;
        if (bad && !h.message.isEmpty() && !problems.contains(h.message))
            problems << h.message;
    };
    for (const Host &h : t.hosts())
        note(h.id);
    // Whatever sits on an unreachable host only repeats that.
    const auto onReachableHost = [&](ObjectId host) {
        return m_store->health(host).health != Health::Unreachable;
    };
    for (const Bridge &b : t.bridges()) {
        if (onReachableHost(b.host))
            note(b.id);
    }
    for (const Container &c : t.containers()) {
        if (onReachableHost(c.host))
            note(c.id);
    }
    for (const VxlanLink &l : t.links()) {
        if (m_store->health(l.id).health != Health::Unreachable
            && m_store->health(l.id).health != Health::NotDeployed)
            note(l.id);
    }
    constexpr int kShown = 3;
    QString text;
    if (!problems.isEmpty()) {
        text = tr("%n problem(s): ", nullptr, int(problems.size()))
               + QStringList(problems.mid(0, kShown)).join(QLatin1Char(' '));
        if (problems.size() > kShown)
            text += QLatin1Char(' ')
                    + tr("(%n more in the table)", nullptr, int(problems.size() - kShown));
    }
    m_problems->setText(text);
    m_problems->setToolTip(problems.join(QLatin1Char('\n')));
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, canvasstyle::failedColor());
    m_problems->setPalette(p);
    m_problems->setVisible(!problems.isEmpty());
}

void MonitorDock::rowActivated(QTreeWidgetItem *row)
{
    if (!row)
        return;
    const QVariant probe = row->data(MonitorStatusTree::NameColumn, MonitorStatusTree::kProbeRole);
    if (probe.isValid()) {
        showProbe(probe.toInt());
        return;
    }
    const QVariant object
        = row->data(MonitorStatusTree::NameColumn, MonitorStatusTree::kObjectRole);
    if (!object.isValid())
        return;
    const ObjectId id = object.toUInt();
    showObjects({id});
    // The canvas shows the same object selected (if it still has it).
    if (m_scene && m_scene->itemFor(id))
        m_scene->selectObject(id);
}

void MonitorDock::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("&Pause"));
    for (MonitorPlot *p : plots())
        p->setPaused(paused);
    if (!paused) {
        const auto held = std::exchange(m_heldBack, {});
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            syncSeries(it.key(), it.value());
        refresh();
    }
    updateStateLabel();
}

void MonitorDock::setFollow(bool follow)
{
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    for (MonitorPlot *p : plots())
        p->setFollow(follow);
    if (follow)
        refresh();
}

void MonitorDock::showPacketRates(bool packets)
{
    if (m_rateBox->currentIndex() != int(packets))
        m_rateBox->setCurrentIndex(int(packets));
    m_bits->setVisible(!packets);
    m_packets->setVisible(packets);
    // The hidden one is not replotted; the shown one catches up now.
    refresh();
}

void MonitorDock::setWindow(double seconds)
{
    m_window = seconds;
    const int index = m_windowBox->findData(int(seconds));
    if (index >= 0 && index != m_windowBox->currentIndex())
        m_windowBox->setCurrentIndex(index);
    if (m_store) {
        m_store->setWindowSeconds(std::max(seconds, kMinimumHistory));
        for (MonitorPlot *p : plots())
            p->setHistory(m_store->windowSeconds());
    }
    for (MonitorPlot *p : plots())
        p->setWindow(seconds);
    refresh();
}

void MonitorDock::syncTimeRanges(MonitorPlot *source)
{
    if (m_syncingRanges)
        return;
    m_syncingRanges = true;
    const QCPRange range = source->xAxis->range();
    for (MonitorPlot *p : plots()) {
        if (p != source)
            p->showTimeRange(range.lower, range.upper);
    }
    m_syncingRanges = false;
    refresh();
}

void MonitorDock::refresh()
{
    const double now = nowSeconds();
    // The graphs side by side begin where the earliest of them does: their time axes match.
    double start = 0;
    for (const MonitorPlot *p : plots()) {
        if (p->oldestTime() > 0)
            start = start > 0 ? std::min(start, p->oldestTime()) : p->oldestTime();
    }
    for (MonitorPlot *p : plots()) {
        p->setRecordingStart(start);
        if (m_live)
            p->setClock(now);
        p->replotIfNeeded();
    }
}

void MonitorDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
}

void MonitorDock::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nobody sees the plots: no replots (they stay dirty until shown)
}

Status MonitorDock::exportCsv(const QString &path) const
{
    if (!m_store)
        return Error{path, tr("Nothing was recorded."), tr("Start monitoring first.")};
    return MonitorCsv::write(*m_store, m_catalog, path);
}

void MonitorDock::exportSamples()
{
    const QString name = (m_store ? m_store->topology().name : QStringLiteral("monitor"))
                         + QStringLiteral("-samples.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Recorded Samples"), name,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto st = exportCsv(path); !st)
        QMessageBox::warning(this, tr("Cannot export"), st.error().toString());
}

void MonitorDock::exportGraph(MonitorPlotKind kind)
{
    static const char *const names[] = {"rtt", "bits", "packets"};
    const QString name = (m_store ? m_store->topology().name : QStringLiteral("monitor"))
                         + QLatin1Char('-') + QLatin1String(names[int(kind)])
                         + QStringLiteral(".png");
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), name,
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    // A name without a known suffix gets the chosen type's.
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    MonitorPlot *target = plot(kind);
    // A graph too small on screen (a narrow dock) is exported at a readable size.
    const int width = std::max(target->width(), 900);
    const int height = std::max(target->height(), 450);
    if (auto st = target->exportImage(path, width, height); !st)
        QMessageBox::warning(this, tr("Cannot export"), st.error().toString());
}

} // namespace studio
