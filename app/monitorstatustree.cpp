#include "monitorstatustree.h"

#include "monitorformat.h"
#include "seriescatalog.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace studio {

namespace {

// A short line in the series' colour: the row's legend.
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(2, 8), QPointF(14, 8));
    }
    return QIcon(pixmap);
}

double newest(const MonitorStore &store, Metric metric, ObjectId id)
{
    const TimeSeries *s = store.series({metric, id});
    return s && !s->isEmpty() ? s->last().v : kNoValue;
}

} // namespace

MonitorStatusTree::MonitorStatusTree(QWidget *parent)
    : QTreeWidget(parent)
{
    retranslateHeaders();
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideMiddle); // a long ping name keeps its source and its target
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == NameColumn && !m_sizingName)
            m_nameSizedByUser = true; // dragged: the user's width stays
    });
    header()->setStretchLastSection(true);
    // Sized once per reset, never per update: ResizeToContents would measure every row's text
    // on every change, several times a second.
    header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics(font());
    const int figure = metrics.horizontalAdvance(QStringLiteral("000.000 ms")) + 12;
    for (int c : {MedianColumn, P90Column})
        setColumnWidth(c, figure);
    setColumnWidth(LossColumn, metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 12);
    setColumnWidth(NowColumn,
                   metrics.horizontalAdvance(QStringLiteral("→ 000 Mb/s  ← 000 Mb/s")) + 12);
    setColumnWidth(StateColumn, metrics.horizontalAdvance(QStringLiteral("host key refused")) + 16);
}

void MonitorStatusTree::selectObjects(const QList<ObjectId> &ids)
{
    clearSelection();
    QTreeWidgetItem *first = nullptr;
    for (ObjectId id : ids) {
        QTreeWidgetItem *row = m_objects.value(id);
        if (!row)
            continue;
        row->setSelected(true);
        if (!first)
            first = row;
    }
    if (first) {
        setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
        scrollToItem(first);
    }
}

void MonitorStatusTree::retranslateHeaders()
{
    setAccessibleName(tr("Monitored objects"));
    setHeaderLabels(
        {tr("Object"), tr("State"), tr("Now"), tr("Median"), tr("p90"), tr("Loss"), tr("Details")});
    headerItem()->setToolTip(NowColumn, tr("A probe's last round-trip time; a link's or "
                                           "container's current rates (→ sent, ← received)"));
    headerItem()->setToolTip(P90Column, tr("90% of the round trips were at most this long"));
}

QTreeWidgetItem *MonitorStatusTree::addRow(QTreeWidgetItem *parent, const QString &name,
                                           const QColor &color)
{
    auto *row = new QTreeWidgetItem(parent, {name});
    row->setIcon(NameColumn, swatch(color));
    for (int c : {NowColumn, MedianColumn, P90Column, LossColumn})
        row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    setHealth(row, ObjectHealth{});
    return row;
}

void MonitorStatusTree::reset(const MonitorStore &store, const SeriesCatalog &catalog)
{
    clear();
    m_objects.clear();
    m_probes.clear();
    const Topology &t = store.topology();

    auto *hosts = new QTreeWidgetItem(this, {tr("Hosts")});
    QList<QTreeWidgetItem *> hostRows;
    for (const Host &h : t.hosts()) {
        QTreeWidgetItem *host = addRow(hosts, h.name, QColor());
        hostRows << host;
        host->setData(NameColumn, kObjectRole, h.id);
        m_objects.insert(h.id, host);
        for (const Bridge *b : t.bridgesOf(h.id)) {
            // Under its host's row: the host's name need not be repeated.
            QTreeWidgetItem *bridge = addRow(host, b->name, QColor());
            bridge->setToolTip(NameColumn, t.displayName(b->id));
            bridge->setData(NameColumn, kObjectRole, b->id);
            m_objects.insert(b->id, bridge);
        }
        for (const Container *c : t.containersOf(h.id)) {
            QTreeWidgetItem *container = addRow(host, c->name, catalog.colorOfObject(c->id));
            container->setToolTip(NameColumn, t.displayName(c->id));
            container->setData(NameColumn, kObjectRole, c->id);
            m_objects.insert(c->id, container);
        }
    }
    if (!t.links().empty()) {
        auto *links = new QTreeWidgetItem(this, {tr("Links")});
        for (const VxlanLink &l : t.links()) {
            QTreeWidgetItem *link
                = addRow(links, tr("VNI %1: %2").arg(l.vni).arg(t.displayName(l.id)),
                         catalog.colorOfObject(l.id));
            link->setToolTip(NameColumn, link->text(NameColumn));
            link->setData(NameColumn, kObjectRole, l.id);
            m_objects.insert(l.id, link);
        }
    }
    if (!store.probes().empty()) {
        auto *probes = new QTreeWidgetItem(this, {tr("Pings")});
        for (const ProbeSpec &p : store.probes()) {
            const SeriesLook look = catalog.look({Metric::ProbeRttMs, quint32(p.index)});
            QTreeWidgetItem *probe = addRow(probes, p.label, look.color);
            probe->setData(NameColumn, kProbeRole, p.index);
            // Its whole name first: the column may show it shortened.
            probe->setToolTip(NameColumn,
                              p.label + QLatin1Char('\n')
                                  + (p.kind == ProbeKind::Underlay
                                         ? tr("Ping between the hosts' underlay addresses: "
                                              "what the tunnels ride on")
                                         : tr("Ping from %1 to %2 through the overlay")
                                               .arg(p.sourceContainerName, p.targetAddress)));
            m_probes.insert(p.index, probe);
        }
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QFont bold = topLevelItem(i)->font(NameColumn);
        bold.setBold(true);
        topLevelItem(i)->setFont(NameColumn, bold);
        topLevelItem(i)->setFlags(Qt::ItemIsEnabled);
    }
    // The names' widths: the hosts' part (measured with only it expanded) and every row's. A
    // name longer than the column gets is shortened in its middle (its tooltip has it whole).
    m_sizingName = true;
    expandItem(hosts);
    for (QTreeWidgetItem *host : hostRows)
        expandItem(host);
    resizeColumnToContents(NameColumn);
    m_hostsNameWidth = columnWidth(NameColumn);
    expandAll();
    resizeColumnToContents(NameColumn);
    m_allNameWidth = columnWidth(NameColumn);
    m_sizingName = false;
    m_nameSizedByUser = false;
    fitNameColumn();
}

void MonitorStatusTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitNameColumn();
}

void MonitorStatusTree::fitNameColumn()
{
    if (m_nameSizedByUser || m_allNameWidth == 0)
        return;
    const int room = viewport()->width() - columnWidth(StateColumn) - columnWidth(NowColumn);
    m_sizingName = true;
    setColumnWidth(NameColumn, std::max(m_hostsNameWidth, std::min(m_allNameWidth, room)));
    m_sizingName = false;
}

void MonitorStatusTree::setHealth(QTreeWidgetItem *row, const ObjectHealth &health,
                                  const QString &word)
{
    row->setText(StateColumn, word.isEmpty() ? monitorformat::healthText(health.health) : word);
    row->setForeground(StateColumn, monitorformat::healthColor(health.health, palette()));
    row->setText(DetailsColumn, health.message);
    row->setToolTip(DetailsColumn, health.message);
    row->setToolTip(StateColumn, health.message);
}

void MonitorStatusTree::updateObject(const MonitorStore &store, ObjectId id)
{
    QTreeWidgetItem *row = m_objects.value(id);
    if (!row)
        return;
    const ObjectHealth health = store.health(id);
    QString word;
    if (store.topology().host(id) && store.hostHealth(id).hostKeyRejected)
        word = tr("host key refused");
    setHealth(row, health, word);
}

void MonitorStatusTree::updateProbe(const MonitorStore &store, int probe)
{
    QTreeWidgetItem *row = m_probes.value(probe);
    if (!row)
        return;
    setHealth(row, store.probeHealth(probe));
    const ProbeSummary s = store.summary(probe);
    using namespace monitorformat;
    row->setText(NowColumn, std::isnan(s.lastMs) ? QString() : milliseconds(s.lastMs));
    row->setText(MedianColumn, std::isnan(s.medianMs) ? QString() : milliseconds(s.medianMs));
    row->setText(P90Column, std::isnan(s.p90Ms) ? QString() : milliseconds(s.p90Ms));
    row->setText(LossColumn, std::isnan(s.lossPercent) ? QString() : percent(s.lossPercent / 100));
    row->setToolTip(
        LossColumn,
        tr("%n lost of %1 pings in the window", nullptr, s.lost).arg(s.answered + s.lost));
}

void MonitorStatusTree::updateRates(const MonitorStore &store, ObjectId id)
{
    QTreeWidgetItem *row = m_objects.value(id);
    if (!row)
        return;
    const bool link = store.topology().link(id);
    const double sent = newest(store, link ? Metric::LinkBitsAToB : Metric::ContainerBitsOut, id);
    const double received
        = newest(store, link ? Metric::LinkBitsBToA : Metric::ContainerBitsIn, id);
    if (std::isnan(sent) && std::isnan(received)) {
        row->setText(NowColumn, QString());
        return;
    }
    using namespace monitorformat;
    //: current rates: → sent (a link: A to B), ← received (a link: B to A)
    row->setText(NowColumn, tr("→ %1  ← %2").arg(bitRate(sent), bitRate(received)));
    const double sentPackets
        = newest(store, link ? Metric::LinkPacketsAToB : Metric::ContainerPacketsOut, id);
    const double receivedPackets
        = newest(store, link ? Metric::LinkPacketsBToA : Metric::ContainerPacketsIn, id);
    row->setToolTip(NowColumn, tr("→ %1, %2\n← %3, %4")
                                   .arg(bitRate(sent), packetRate(sentPackets), bitRate(received),
                                        packetRate(receivedPackets)));
}

} // namespace studio
