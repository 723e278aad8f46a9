#pragma once

#include "monitor/monitorstore.h"

#include <QColor>
#include <QHash>
#include <QSet>

#include <functional>

namespace studio {

// Which of the Monitor's plots a series is drawn on.
enum class MonitorPlotKind { Rtt, Bits, Packets };

// How the Monitor draws one of the store's series: on which plot, under which name (the canvas's
// names), in which colour (its segment's, as on the canvas), and for which canvas objects it is
// shown when they are selected.
struct SeriesLook
{
    QString id; // the plot series' key; a probe's loss marks share its RTT series
    MonitorPlotKind plot = MonitorPlotKind::Rtt;
    QString name;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    QSet<ObjectId> concerns;     // selecting any of these shows the series
    bool shownByDefault = true;  // with nothing selected: probes and links, not containers
    int probe = -1;              // RTT and loss series
    ObjectId object = kNoObject; // link and container series
};

// Describes every series of a monitored topology. Colours come from a function (the canvas's
// TopologyScene::colorOf), so the graphs and the canvas agree.
class SeriesCatalog
{
    Q_DECLARE_TR_FUNCTIONS(studio::SeriesCatalog)

public:
    using ColorOf = std::function<QColor(quint32 vni)>;

    void reset(const Topology &topology, const std::vector<ProbeSpec> &probes,
               const ColorOf &colorOf);
    SeriesLook look(const SeriesKey &key) const;
    // The segment colour of a link, a container (its bridge's segment) or a probe.
    QColor colorOfObject(ObjectId id) const;
    // The colour underlay probes are drawn in (they belong to no segment).
    static QColor underlayColor() { return QColor(105, 105, 105); }

private:
    Topology m_topology;
    std::vector<ProbeSpec> m_probes;
    ColorOf m_colorOf;
    QHash<ObjectId, quint32> m_vniOf; // links and containers
    QHash<ObjectId, int> m_shadeOf;   // containers: their rank within their segment
    QHash<int, int> m_probeShade;     // probes: their rank within their segment
};

} // namespace studio
