#include "seriescatalog.h"

#include <algorithm>

namespace studio {

namespace {

// Lines of one segment share its hue; the k-th of them alternates a little darker and lighter so
// two containers of one segment stay apart.
QColor shade(const QColor &color, int k)
{
    if (k <= 0)
        return color;
    const int step = 100 + 22 * ((k + 1) / 2);
    return k % 2 ? color.darker(step) : color.lighter(step);
}

} // namespace

void SeriesCatalog::reset(const Topology &topology, const std::vector<ProbeSpec> &probes,
                          const ColorOf &colorOf)
{
    m_topology = topology;
    m_probes = probes;
    m_colorOf = colorOf;
    m_vniOf.clear();
    m_shadeOf.clear();
    m_probeShade.clear();
    QHash<ObjectId, quint32> bridgeVni; // a bridge's segment: the lowest VNI of its links
    for (const VxlanLink &l : topology.links()) {
        m_vniOf.insert(l.id, l.vni);
        for (ObjectId b : {l.bridgeA, l.bridgeB}) {
            const auto it = bridgeVni.constFind(b);
            if (it == bridgeVni.constEnd() || l.vni < it.value())
                bridgeVni.insert(b, l.vni);
        }
    }
    QHash<quint32, int> rank;
    for (const Container &c : topology.containers()) {
        if (!bridgeVni.contains(c.bridge))
            continue;
        const quint32 vni = bridgeVni.value(c.bridge);
        m_vniOf.insert(c.id, vni);
        m_shadeOf.insert(c.id, rank[vni]++);
    }
    QHash<quint32, int> probeRank;
    for (const ProbeSpec &p : probes) {
        if (p.kind == ProbeKind::Overlay)
            m_probeShade.insert(p.index, probeRank[p.vni]++);
    }
}

QColor SeriesCatalog::colorOfObject(ObjectId id) const
{
    const auto it = m_vniOf.constFind(id);
    if (it == m_vniOf.constEnd() || !m_colorOf)
        return underlayColor();
    return shade(m_colorOf(it.value()), m_shadeOf.value(id));
}

SeriesLook SeriesCatalog::look(const SeriesKey &key) const
{
    SeriesLook look;
    const auto bridgeAndHost = [this, &look](ObjectId bridge) {
        look.concerns << bridge;
        if (const Bridge *b = m_topology.bridge(bridge))
            look.concerns << b->host;
    };
    switch (key.metric) {
    case Metric::ProbeRttMs:
    case Metric::ProbeLoss: {
        look.id = QStringLiteral("rtt:%1").arg(key.id);
        look.plot = MonitorPlotKind::Rtt;
        look.probe = int(key.id);
        if (key.id >= m_probes.size()) {
            look.name = tr("probe %1").arg(key.id);
            look.color = underlayColor();
            break;
        }
        const ProbeSpec &p = m_probes[key.id];
        look.name = p.label;
        look.concerns << p.sourceHost << p.targetHost;
        for (ObjectId c : {p.sourceContainer, p.targetContainer}) {
            if (const Container *container = m_topology.container(c)) {
                look.concerns << c;
                bridgeAndHost(container->bridge);
            }
        }
        for (ObjectId l : p.links) {
            look.concerns << l;
            if (p.kind == ProbeKind::Overlay) { // an underlay path is the hosts', not a bridge's
                if (const VxlanLink *link = m_topology.link(l)) {
                    look.concerns << link->bridgeA << link->bridgeB;
                }
            }
        }
        if (p.kind == ProbeKind::Underlay) {
            // Dashed and grey: the path the tunnels ride on, drawn beside the overlay's.
            look.color = underlayColor();
            look.style = Qt::DashLine;
        } else {
            look.color = m_colorOf ? shade(m_colorOf(p.vni), m_probeShade.value(p.index))
                                   : underlayColor();
        }
        break;
    }
    case Metric::LinkBitsAToB:
    case Metric::LinkBitsBToA:
    case Metric::LinkPacketsAToB:
    case Metric::LinkPacketsBToA: {
        const bool bits = key.metric == Metric::LinkBitsAToB || key.metric == Metric::LinkBitsBToA;
        const bool aToB
            = key.metric == Metric::LinkBitsAToB || key.metric == Metric::LinkPacketsAToB;
        look.id = QStringLiteral("%1:%2:%3")
                      .arg(bits ? QLatin1String("bits") : QLatin1String("packets"),
                           aToB ? QLatin1String("ab") : QLatin1String("ba"))
                      .arg(key.id);
        look.plot = bits ? MonitorPlotKind::Bits : MonitorPlotKind::Packets;
        look.object = key.id;
        look.concerns << key.id;
        look.color = colorOfObject(key.id);
        look.style = aToB ? Qt::SolidLine : Qt::DashLine;
        if (const VxlanLink *l = m_topology.link(key.id)) {
            bridgeAndHost(l->bridgeA);
            bridgeAndHost(l->bridgeB);
            const QString from = m_topology.displayName(aToB ? l->bridgeA : l->bridgeB);
            const QString to = m_topology.displayName(aToB ? l->bridgeB : l->bridgeA);
            //: a link's direction in a legend: VNI, from bridge, to bridge
            look.name = tr("VNI %1: %2 → %3").arg(l->vni).arg(from, to);
        } else {
            look.name = tr("link %1").arg(key.id);
        }
        break;
    }
    case Metric::ContainerBitsOut:
    case Metric::ContainerBitsIn:
    case Metric::ContainerPacketsOut:
    case Metric::ContainerPacketsIn: {
        const bool bits
            = key.metric == Metric::ContainerBitsOut || key.metric == Metric::ContainerBitsIn;
        const bool out
            = key.metric == Metric::ContainerBitsOut || key.metric == Metric::ContainerPacketsOut;
        look.id = QStringLiteral("%1:%2:%3")
                      .arg(bits ? QLatin1String("bits") : QLatin1String("packets"),
                           out ? QLatin1String("out") : QLatin1String("in"))
                      .arg(key.id);
        look.plot = bits ? MonitorPlotKind::Bits : MonitorPlotKind::Packets;
        look.object = key.id;
        look.concerns << key.id;
        look.shownByDefault = false; // many; shown for a selected host, bridge or container
        look.color = colorOfObject(key.id);
        look.style = out ? Qt::SolidLine : Qt::DotLine;
        if (const Container *c = m_topology.container(key.id)) {
            look.concerns << c->host;
            if (c->bridge != kNoObject)
                look.concerns << c->bridge;
            const QString name = m_topology.displayName(c->id);
            look.name = out ? tr("%1 sent").arg(name) : tr("%1 received").arg(name);
        } else {
            look.name = tr("container %1").arg(key.id);
        }
        break;
    }
    }
    look.concerns.remove(kNoObject);
    return look;
}

} // namespace studio
