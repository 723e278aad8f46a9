#include "nodeitem.h"

#include "canvasstyle.h"
#include "labelfit.h"
#include "topologyscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace studio {

NodeItem::NodeItem(ObjectId id, ObjectKind kind, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(id)
    , m_kind(kind)
{
    setZValue(2);
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // Text is most of the painting: draw each item once per zoom level, then reuse it.
    setCacheMode(DeviceCoordinateCache);
}

void NodeItem::setLabels(const QString &title, const QString &subtitle)
{
    if (title == m_title && subtitle == m_subtitle)
        return;
    m_title = title;
    m_subtitle = subtitle;
    update();
}

void NodeItem::setAccent(const QColor &accent)
{
    if (accent == m_accent)
        return;
    m_accent = accent;
    update();
}

void NodeItem::setLiveState(LiveState state)
{
    if (state == m_live)
        return;
    m_live = state;
    update();
}

void NodeItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Faded ? canvasstyle::kFadedOpacity : 1.0);
    update();
}

QRectF NodeItem::boundingRect() const
{
    return isBridge() ? QRectF(0, 0, canvasstyle::kBridgeWidth, canvasstyle::kBridgeHeight)
                      : QRectF(0, 0, canvasstyle::kContainerWidth, canvasstyle::kContainerHeight);
}

QRectF NodeItem::handleRect() const
{
    const QRectF r = boundingRect();
    return QRectF(r.right() - 18, r.center().y() - 9, 18, 18);
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = canvasstyle::palette();
    const bool bridge = isBridge();
    const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
    p->setRenderHint(QPainter::Antialiasing);
    if (isSelected())
        canvasstyle::drawSelection(p, boundingRect().adjusted(-4, -4, 4, 4), 12);
    p->setPen(QPen(m_accent.isValid() ? m_accent : canvasstyle::frame(pal), bridge ? 2.5 : 1.2));
    p->setBrush(canvasstyle::itemFill(pal));
    p->drawRoundedRect(r, bridge ? 10 : 5, bridge ? 10 : 5);
    if (m_live != LiveState::None) {
        const bool absent = m_live == LiveState::Down || m_live == LiveState::Unknown
                            || m_live == LiveState::NotApplied;
        if (absent) {
            QColor hatch = livestyle::color(m_live);
            hatch.setAlpha(90);
            p->setPen(Qt::NoPen);
            p->setBrush(QBrush(hatch, Qt::BDiagPattern));
            p->drawRoundedRect(r, bridge ? 10 : 5, bridge ? 10 : 5);
        }
        p->setPen(QPen(canvasstyle::itemFill(pal), 1.5));
        p->setBrush(livestyle::color(m_live));
        p->drawEllipse(QPointF(r.right() - 9, r.top() + 9), 5, 5);
    }
    if (m_emphasis == Emphasis::Highlighted) {
        // A thick ring in the emphasis colour over a light tint of it, inside the box.
        QColor tint = canvasstyle::emphasisColor();
        tint.setAlpha(45);
        p->setPen(QPen(canvasstyle::emphasisColor(), 4));
        p->setBrush(tint);
        p->drawRoundedRect(r.adjusted(1.5, 1.5, -1.5, -1.5), bridge ? 9 : 4, bridge ? 9 : 4);
    }
    // Zoomed far out, text is unreadable and costs most of the frame: boxes only.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform())
        < canvasstyle::kTextDetail)
        return;
    if (bridge) {
        // A switch glyph: a bar with ports.
        p->setPen(QPen(m_accent.isValid() ? m_accent : canvasstyle::frame(pal), 2));
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
    // Long names end in an ellipsis (the tooltip has them whole).
    const QRectF titleRect(32, 5, r.width() - 52, 18);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(m_title, Qt::ElideRight, titleRect.width()));
    f.setBold(false);
    f.setPixelSize(11);
    p->setFont(f);
    p->setPen(canvasstyle::secondaryText(pal));
    const QRectF below(8, 24, r.width() - 26, r.height() - 26);
    const QFontMetricsF metrics(f);
    if (bridge) { // two lines fit: the port and the address
        const QStringList lines = m_subtitle.split(QLatin1Char('\n'));
        for (int i = 0; i < std::min<qsizetype>(2, lines.size()); ++i)
            p->drawText(QRectF(below.left(), below.top() + i * 14, below.width(), 14),
                        Qt::AlignLeft | Qt::AlignTop,
                        labelfit::portAndAddress(lines[i], metrics, below.width()));
    } else { // one line: the image, its repository's path given up first
        p->drawText(below, Qt::AlignLeft | Qt::AlignTop,
                    labelfit::imageName(m_subtitle, metrics, below.width()));
    }
    const auto *canvas = qobject_cast<const TopologyScene *>(scene());
    if (canvas && canvas->isPrinting())
        return;
    p->setPen(QPen(canvasstyle::selection(pal), 1.5));
    p->setBrush(canvasstyle::itemFill(pal));
    p->drawEllipse(handleRect().adjusted(4, 4, -4, -4));
}

// The connect handle shows a cross, as a hint that dragging from it draws a connection.
void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleRect().contains(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Bridges and containers stay inside their host frame, below its title.
    if (change == ItemPositionChange && parentItem()) {
        const QRectF host
            = parentItem()->boundingRect().adjusted(4, canvasstyle::kHostTitleHeight + 2, -4, -4);
        QPointF p = value.toPointF();
        if (auto *canvas = qobject_cast<TopologyScene *>(scene()))
            p = canvas->snapped(p);
        p.setX(std::clamp(p.x(), host.left(),
                          std::max(host.left(), host.right() - boundingRect().width())));
        p.setY(std::clamp(p.y(), host.top(),
                          std::max(host.top(), host.bottom() - boundingRect().height())));
        return p;
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace studio
