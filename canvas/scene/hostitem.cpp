#include "hostitem.h"

#include "canvasstyle.h"
#include "topologyscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace studio {

HostItem::HostItem(const Host &host)
    : m_host(host)
{
    setPos(host.position);
    setZValue(0);
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
}

void HostItem::setHost(const Host &host)
{
    if (host.size != m_host.size)
        prepareGeometryChange();
    m_host = host;
    update();
}

void HostItem::setFrameSize(const QSizeF &size)
{
    if (size == m_host.size)
        return;
    prepareGeometryChange();
    m_host.size = size;
}

void HostItem::setDeployResult(DeployResult result)
{
    if (result == m_result)
        return;
    m_result = result;
    update();
}

void HostItem::setLiveState(LiveState state)
{
    if (state == m_live)
        return;
    m_live = state;
    update();
}

void HostItem::setOverlapping(bool overlapping)
{
    if (overlapping == m_overlapping)
        return;
    m_overlapping = overlapping;
    update();
}

QRectF HostItem::gripRect() const
{
    const QRectF r = boundingRect();
    return QRectF(r.right() - kGripSize, r.bottom() - kGripSize, kGripSize, kGripSize);
}

void HostItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(gripRect().contains(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
}

QVariant HostItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        if (auto *canvas = qobject_cast<TopologyScene *>(scene()))
            return canvas->snapped(value.toPointF());
    }
    return QGraphicsItem::itemChange(change, value);
}

void HostItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = canvasstyle::palette();
    const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
    p->setRenderHint(QPainter::Antialiasing);
    // Monitoring's news is newer than the last deploy's.
    const bool live = m_live != LiveState::None;
    const QColor edge = m_overlapping                      ? canvasstyle::warningColor()
                        : live                             ? livestyle::color(m_live)
                        : m_result == DeployResult::Failed ? canvasstyle::failedColor()
                        : m_result == DeployResult::Ok     ? canvasstyle::okColor()
                                                           : canvasstyle::frame(pal);
    const bool plain = m_result == DeployResult::Unknown && !m_overlapping && !live;
    p->setPen(QPen(edge, plain ? 1.5 : 3));
    p->setBrush(canvasstyle::hostFill(pal));
    p->drawRoundedRect(r, 12, 12);
    if (isSelected())
        canvasstyle::drawSelection(p, r.adjusted(-5, -5, 5, 5), 14);
    QPainterPath title;
    title.addRoundedRect(QRectF(r.topLeft(), QSizeF(r.width(), canvasstyle::kHostTitleHeight)), 12,
                         12);
    title.addRect(QRectF(r.left(), r.top() + 12, r.width(), canvasstyle::kHostTitleHeight - 12));
    p->fillPath(title.simplified(), canvasstyle::titleBand(edge, plain));
    // The resize grip: three diagonal strokes in the corner (not in exported pictures).
    const auto *canvas = qobject_cast<const TopologyScene *>(scene());
    if (!canvas || !canvas->isPrinting()) {
        p->setPen(QPen(canvasstyle::frame(pal), 1.5));
        const QRectF g = gripRect();
        for (int i = 1; i <= 3; ++i)
            p->drawLine(QPointF(g.right() - 5 * i - 2, g.bottom() - 4),
                        QPointF(g.right() - 4, g.bottom() - 5 * i - 2));
    }
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform())
        < canvasstyle::kTextDetail)
        return;
    // The name on the left, user@address and datapath on the right; the name wins the space.
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(15);
    p->setFont(f);
    p->setPen(canvasstyle::text(pal));
    const QRectF titleRect(14, 0, r.width() - 28, canvasstyle::kHostTitleHeight);
    const QFontMetricsF bold(f);
    const QString name = bold.elidedText(m_host.name, Qt::ElideRight, titleRect.width() * 0.6);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    f.setBold(false);
    f.setPixelSize(11);
    p->setFont(f);
    qreal used = bold.horizontalAdvance(name);
    if (live) {
        // A pill after the name: "● unreachable" in the state's colour.
        const QString word = livestyle::text(m_live);
        const QFontMetricsF small(f);
        const QRectF pill(titleRect.left() + used + 10, (canvasstyle::kHostTitleHeight - 18) / 2,
                          small.horizontalAdvance(word) + 24, 18);
        p->setPen(Qt::NoPen);
        p->setBrush(canvasstyle::itemFill(pal));
        p->drawRoundedRect(pill, 9, 9);
        p->setBrush(livestyle::color(m_live));
        p->drawEllipse(QPointF(pill.left() + 9, pill.center().y()), 4, 4);
        p->setPen(canvasstyle::text(pal));
        p->drawText(pill.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, word);
        used += pill.width() + 10;
    }
    const QString address = m_host.managementAddress.isEmpty() ? TopologyScene::tr("no address")
                                                               : m_host.managementAddress;
    const QString details
        = QStringLiteral("%1@%2  ·  %3")
              .arg(m_host.user, address,
                   m_host.datapath == Datapath::Netdev ? QStringLiteral("netdev")
                                                       : QStringLiteral("system"));
    const qreal room = titleRect.width() - used - 16;
    if (room > 30)
        p->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(details, Qt::ElideMiddle, room));
}

} // namespace studio
