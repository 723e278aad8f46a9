#include "linkitem.h"

#include "canvasstyle.h"
#include "edgegeometry.h"
#include "livestate.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <cmath>
#include <tuple>

namespace studio {

LinkItem::LinkItem(ObjectId id, const QColor &color)
    : m_id(id)
    , m_color(color)
{
    setZValue(4);
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
}

void LinkItem::setLine(const QLineF &line)
{
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

void LinkItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
}

void LinkItem::setActivity(double bitsPerSecond, bool broken)
{
    const bool active = !std::isnan(bitsPerSecond);
    const qreal share = active ? livestyle::trafficShare(bitsPerSecond) : 0;
    if (active == m_active && broken == m_broken && qFuzzyCompare(1 + share, 1 + m_share))
        return;
    if (!m_wide) {
        // Growing the bounds is a geometry change; do it once, so a tick is only a repaint.
        prepareGeometryChange();
        m_wide = true;
    }
    // What the link looks like: a new rate that leaves the pen as it was (a broken link's)
    // costs no repaint.
    const auto look = [this] {
        return std::make_tuple(m_active, m_broken, drawnWidth(), drawnColor().rgba());
    };
    const auto before = look();
    m_active = active;
    m_broken = broken;
    if (share != m_share || !m_trafficColor.isValid()) {
        m_share = share;
        m_trafficColor = livestyle::trafficColor(share);
    }
    if (look() != before)
        update();
}

void LinkItem::clearActivity()
{
    if (!m_active && !m_broken)
        return;
    m_active = m_broken = false;
    m_share = 0;
    m_trafficColor = QColor();
    update();
}

qreal LinkItem::drawnWidth() const
{
    if (m_broken)
        return kWidth + 1;
    return m_active ? livestyle::trafficWidth(m_share) : kWidth;
}

QColor LinkItem::drawnColor() const
{
    if (m_broken)
        return canvasstyle::failedColor();
    return m_active ? m_trafficColor : m_color;
}

qreal LinkItem::reach() const
{
    return m_wide ? livestyle::kMaxTrafficWidth / 2 + 3 : kReach;
}

void LinkItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Faded ? canvasstyle::kFadedOpacity : 1.0);
    update();
}

QRectF LinkItem::boundingRect() const
{
    const qreal r = reach();
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-r, -r, r, r);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(2 * kReach);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal r = reach();
    const std::optional<QLineF> visible
        = edgegeometry::clipped(m_line, option->exposedRect.adjusted(-r, -r, r, r));
    if (!visible)
        return;
    if (isSelected() || m_emphasis == Emphasis::Highlighted) {
        QColor halo = canvasstyle::selectionHalo(canvasstyle::palette());
        if (m_emphasis == Emphasis::Highlighted) {
            halo = canvasstyle::emphasisColor();
            halo.setAlpha(170);
        }
        p->setPen(QPen(halo, std::max<qreal>(9, drawnWidth() + 6), Qt::SolidLine, Qt::RoundCap));
        p->drawLine(*visible);
    }
    if (m_active && !m_broken) {
        // Traffic: a solid line, wider and warmer the more it carries.
        p->setPen(QPen(drawnColor(), drawnWidth(), Qt::SolidLine, Qt::FlatCap));
        p->drawLine(*visible);
        return;
    }
    if (m_broken) {
        // Broken: red dashes, crossed out at a quarter and three quarters of the way (the middle
        // holds the labels).
        paintDashes(p, *visible, drawnColor(), drawnWidth());
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(drawnColor(), 3, Qt::SolidLine, Qt::RoundCap));
        for (const qreal at : {0.25, 0.75}) {
            const QPointF c = m_line.pointAt(at);
            if (!option->exposedRect.adjusted(-12, -12, 12, 12).contains(c))
                continue;
            p->drawLine(c + QPointF(-7, -7), c + QPointF(7, 7));
            p->drawLine(c + QPointF(-7, 7), c + QPointF(7, -7));
        }
        return;
    }
    paintDashes(p, *visible, m_color, kWidth);
}

void LinkItem::paintDashes(QPainter *p, const QLineF &visible, const QColor &color,
                           qreal width) const
{
    const qreal length = m_line.length();
    if (qFuzzyIsNull(length))
        return;
    // Where the exposed part starts and ends along the whole line.
    const qreal from = QLineF(m_line.p1(), visible.p1()).length();
    const qreal to = std::min(length, from + visible.length());
    // Exports, and views so far out that the line is a pixel thin (Qt then dashes it cheaply
    // itself), use the pen's own dashes, in phase with the whole line.
    if (p->paintEngine()->type() != QPaintEngine::Raster
        || width * QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) <= 1) {
        QPen pen(color, width, Qt::DashLine, Qt::FlatCap);
        pen.setDashOffset(from / width);
        p->setPen(pen);
        p->drawLine(visible);
        return;
    }
    // Dash k covers [k * period, k * period + dash] along the whole line (Qt's DashLine).
    const qreal dash = 4 * width, period = 6 * width;
    QVarLengthArray<QLineF, 256> pieces;
    for (qreal start = std::floor(from / period) * period; start < to; start += period) {
        const qreal a = std::max(start, from), b = std::min(start + dash, to);
        if (a < b)
            pieces.append(QLineF(m_line.pointAt(a / length), m_line.pointAt(b / length)));
    }
    p->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    p->drawLines(pieces.constData(), int(pieces.size()));
}

} // namespace studio
