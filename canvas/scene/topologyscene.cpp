#include "topologyscene.h"

#include "canvasstyle.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <set>

namespace studio {

namespace {

QPalette palette()
{
    return QApplication::palette();
}

// A red (error) or amber (warning) dot with the problems as tooltip.
class BadgeItem : public QGraphicsItem
{
public:
    BadgeItem(bool error, const QString &text, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_error(error)
    {
        setToolTip(text);
        setZValue(10);
    }
    QRectF boundingRect() const override { return QRectF(-9, -9, 18, 18); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(Qt::white, 1.5));
        p->setBrush(m_error ? canvasstyle::failedColor() : canvasstyle::warningColor());
        p->drawEllipse(boundingRect().adjusted(1, 1, -1, -1));
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(12);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(boundingRect(), Qt::AlignCenter, QStringLiteral("!"));
    }

private:
    bool m_error;
};

} // namespace

class NodeItem;
static QPointF borderPoint(const NodeItem *item, const QPointF &toward);

// A bridge or a container: a labelled box inside its host frame.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    NodeItem(ObjectId id, bool bridge, const QString &title, const QString &subtitle,
             const QColor &accent, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_id(id)
        , m_bridge(bridge)
        , m_title(title)
        , m_subtitle(subtitle)
        , m_accent(accent)
    {
        setData(0, id);
        setZValue(2);
    }
    int type() const override { return Type; }
    ObjectId id() const { return m_id; }
    QRectF boundingRect() const override
    {
        return m_bridge ? QRectF(0, 0, canvasstyle::kBridgeWidth, canvasstyle::kBridgeHeight)
                        : QRectF(0, 0, canvasstyle::kContainerWidth, canvasstyle::kContainerHeight);
    }
    QPointF anchor() const { return mapToScene(boundingRect().center()); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette pal = palette();
        const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(
            QPen(m_accent.isValid() ? m_accent : canvasstyle::frame(pal), m_bridge ? 2.5 : 1.2));
        p->setBrush(canvasstyle::itemFill(pal));
        p->drawRoundedRect(r, m_bridge ? 10 : 5, m_bridge ? 10 : 5);
        if (m_bridge) {
            // A switch glyph: a bar with ports.
            p->setPen(QPen(m_accent, 2));
            p->drawLine(QPointF(10, 14), QPointF(26, 14));
            for (int i = 0; i < 3; ++i)
                p->drawLine(QPointF(12 + i * 6, 14), QPointF(12 + i * 6, 20));
        } else {
            p->setPen(QPen(canvasstyle::frame(pal), 1));
            p->drawRect(QRectF(9, 9, 14, 11));
            p->drawLine(QPointF(9, 13), QPointF(23, 13));
        }
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(13);
        p->setFont(f);
        p->setPen(canvasstyle::text(pal));
        p->drawText(QRectF(32, 5, r.width() - 36, 18), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        f.setBold(false);
        f.setPixelSize(11);
        p->setFont(f);
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRectF(8, 24, r.width() - 12, r.height() - 26),
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_subtitle);
    }

private:
    ObjectId m_id;
    bool m_bridge;
    QString m_title, m_subtitle;
    QColor m_accent;
};

// A host: a frame with a title bar that contains its bridges and containers.
class HostItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    HostItem(const Host &h, QGraphicsItem *parent = nullptr)
        : QGraphicsItem(parent)
        , m_host(h)
    {
        setData(0, h.id);
        setPos(h.position);
        setZValue(0);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_host.size); }
    void setState(TopologyScene::HostState state, const QString &detail)
    {
        m_state = state;
        setToolTip(detail);
        update();
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette pal = palette();
        const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
        p->setRenderHint(QPainter::Antialiasing);
        const QColor edge = m_state == TopologyScene::HostState::Failed ? canvasstyle::failedColor()
                            : m_state == TopologyScene::HostState::Ok   ? canvasstyle::okColor()
                                                                        : canvasstyle::frame(pal);
        p->setPen(QPen(edge, m_state == TopologyScene::HostState::Unknown ? 1.5 : 3));
        p->setBrush(canvasstyle::hostFill(pal));
        p->drawRoundedRect(r, 12, 12);
        QPainterPath title;
        title.addRoundedRect(QRectF(r.topLeft(), QSizeF(r.width(), canvasstyle::kHostTitleHeight)),
                             12, 12);
        title.addRect(
            QRectF(r.left(), r.top() + 12, r.width(), canvasstyle::kHostTitleHeight - 12));
        QColor band = edge;
        band.setAlpha(m_state == TopologyScene::HostState::Unknown ? 60 : 110);
        p->fillPath(title.simplified(), band);
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(15);
        p->setFont(f);
        p->setPen(canvasstyle::text(pal));
        p->drawText(QRectF(14, 0, r.width() - 28, canvasstyle::kHostTitleHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, m_host.name);
        f.setBold(false);
        f.setPixelSize(11);
        p->setFont(f);
        const QString details
            = QStringLiteral("%1@%2  ·  %3")
                  .arg(m_host.user, m_host.managementAddress,
                       m_host.datapath == Datapath::Netdev ? QStringLiteral("netdev")
                                                           : QStringLiteral("system"));
        p->drawText(QRectF(14, 0, r.width() - 28, canvasstyle::kHostTitleHeight),
                    Qt::AlignRight | Qt::AlignVCenter, details);
    }

private:
    Host m_host;
    TopologyScene::HostState m_state = TopologyScene::HostState::Unknown;
};

// Where the line from the item's centre toward a point leaves the item's box.
static QPointF borderPoint(const NodeItem *item, const QPointF &toward)
{
    const QRectF box = item->mapRectToScene(item->boundingRect());
    const QPointF c = box.center();
    const QPointF d = toward - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{}

void TopologyScene::setTopology(const Topology &topology)
{
    m_topology = topology;
    m_problems = validate(topology);
    rebuild();
}

void TopologyScene::setHostState(const QString &host, HostState state, const QString &detail)
{
    m_hostStates.insert(host, {state, detail});
    for (const Host &h : m_topology.hosts()) {
        if (h.name == host) {
            if (auto *item = static_cast<HostItem *>(m_items.value(h.id)))
                item->setState(state, detail);
        }
    }
}

TopologyScene::HostState TopologyScene::hostState(const QString &host) const
{
    return m_hostStates.value(host, {HostState::Unknown, {}}).first;
}

QList<quint32> TopologyScene::vnis() const
{
    std::set<quint32> set;
    for (const VxlanLink &l : m_topology.links())
        set.insert(l.vni);
    return QList<quint32>(set.begin(), set.end());
}

QColor TopologyScene::colorOf(quint32 vni) const
{
    return canvasstyle::segmentColor(std::max(0, int(vnis().indexOf(vni))));
}

void TopologyScene::rebuild()
{
    clear();
    m_items.clear();
    const Topology &t = m_topology;

    // The VNI colour of each bridge: that of its first link.
    QHash<ObjectId, QColor> bridgeColor;
    for (const VxlanLink &l : t.links()) {
        for (ObjectId b : {l.bridgeA, l.bridgeB}) {
            if (!bridgeColor.contains(b))
                bridgeColor.insert(b, colorOf(l.vni));
        }
    }

    for (const Host &h : t.hosts()) {
        auto *host = new HostItem(h);
        addItem(host);
        m_items.insert(h.id, host);
        const auto state = m_hostStates.value(h.name, {HostState::Unknown, {}});
        host->setState(state.first, state.second);
        for (const Bridge *b : t.bridgesOf(h.id)) {
            auto *item = new NodeItem(
                b->id, true, b->name,
                QStringLiteral("%1 · %2%3")
                    .arg(b->gatewayPort, b->gatewayAddress,
                         b->nat ? QStringLiteral(" · NAT") : QString()),
                bridgeColor.value(b->id, canvasstyle::frame(QApplication::palette())), host);
            item->setPos(b->position + QPointF(0, canvasstyle::kHostTitleHeight));
            m_items.insert(b->id, item);
        }
        for (const Container *c : t.containersOf(h.id)) {
            auto *item = new NodeItem(c->id, false, c->name, c->image, QColor(), host);
            item->setPos(c->position + QPointF(0, canvasstyle::kHostTitleHeight));
            m_items.insert(c->id, item);
        }
    }

    // Attachment edges, labelled with the container's address.
    const QPalette pal = QApplication::palette();
    for (const Container &c : t.containers()) {
        auto *from = static_cast<NodeItem *>(m_items.value(c.id));
        auto *to = static_cast<NodeItem *>(m_items.value(c.bridge));
        if (!from || !to)
            continue;
        const QPointF a = borderPoint(from, to->anchor());
        const QPointF b = borderPoint(to, from->anchor());
        auto *edge = addLine(QLineF(a, b), QPen(canvasstyle::frame(pal), 1.5));
        edge->setZValue(1);
        auto *label = addSimpleText(c.address);
        QFont f = label->font();
        f.setPixelSize(10);
        label->setFont(f);
        label->setBrush(canvasstyle::text(pal));
        label->setPos((a + b) / 2 - QPointF(label->boundingRect().width() / 2, 14));
        label->setZValue(3);
    }

    // VXLAN links between hosts, in their VNI's colour.
    for (const VxlanLink &l : t.links()) {
        auto *a = static_cast<NodeItem *>(m_items.value(l.bridgeA));
        auto *b = static_cast<NodeItem *>(m_items.value(l.bridgeB));
        if (!a || !b)
            continue;
        // From border to border of the two bridges, so the line never hides their labels.
        const QPointF pa = borderPoint(a, b->anchor());
        const QPointF pb = borderPoint(b, a->anchor());
        QPainterPath path(pa);
        path.lineTo(pb);
        QPen pen(colorOf(l.vni), 3);
        pen.setStyle(Qt::DashLine);
        auto *link = addPath(path, pen);
        link->setZValue(4);
        link->setData(0, l.id);
        link->setToolTip(tr("%1\nVNI %2, UDP port %3, ports %4 / %5")
                             .arg(t.displayName(l.id))
                             .arg(l.vni)
                             .arg(l.udpPort)
                             .arg(l.portA, l.portB));
        m_items.insert(l.id, link);
        const QString text = l.udpPort == Topology::kDefaultVxlanPort
                                 ? tr("VNI %1").arg(l.vni)
                                 : tr("VNI %1 · UDP %2").arg(l.vni).arg(l.udpPort);
        auto *label = addSimpleText(text);
        QFont f = label->font();
        f.setBold(true);
        f.setPixelSize(12);
        label->setFont(f);
        label->setBrush(colorOf(l.vni).darker(130));
        const QPointF mid = path.pointAtPercent(0.5);
        auto *back = addRect(QRectF(mid - QPointF(label->boundingRect().width() / 2 + 4, 10),
                                    QSizeF(label->boundingRect().width() + 8, 20)),
                             QPen(colorOf(l.vni), 1.5), canvasstyle::itemFill(pal));
        back->setZValue(5);
        label->setPos(mid - QPointF(label->boundingRect().width() / 2, 8));
        label->setZValue(6);
    }

    // Validation badges: the worst severity per object, every message in the tooltip.
    QHash<ObjectId, QStringList> texts;
    QHash<ObjectId, bool> errors;
    for (const Problem &p : m_problems) {
        texts[p.object] << p.text();
        errors[p.object] = errors.value(p.object) || p.severity == Severity::Error;
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QGraphicsItem *target = m_items.value(it.key());
        if (!target || target->type() == QGraphicsPathItem::Type)
            continue;
        auto *badge
            = new BadgeItem(errors.value(it.key()), it.value().join(QLatin1Char('\n')), target);
        badge->setPos(target->boundingRect().topRight() + QPointF(-6, 6));
    }
}

} // namespace studio
