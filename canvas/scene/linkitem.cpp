#include "linkitem.h"

#include "canvasstyle.h"
#include "edgegeometry.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <cmath>

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
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-kReach, -kReach, kReach, kReach);
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
    const std::optional<QLineF> visible = edgegeometry::clipped(
        m_line, option->exposedRect.adjusted(-kReach, -kReach, kReach, kReach));
    if (!visible)
        return;
    if (isSelected() || m_emphasis == Emphasis::Highlighted) {
        QColor halo = m_emphasis == Emphasis::Highlighted
                          ? canvasstyle::emphasisColor()
                          : canvasstyle::palette().color(QPalette::Highlight);
        halo.setAlpha(m_emphasis == Emphasis::Highlighted ? 170 : 110);
        p->setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(*visible);
    }
    const qreal length = m_line.length();
    if (qFuzzyIsNull(length))
        return;
    // Where the exposed part starts and ends along the whole line.
    const qreal from = QLineF(m_line.p1(), visible->p1()).length();
    const qreal to = std::min(length, from + visible->length());
    // Exports, and views so far out that the line is a pixel thin (Qt then dashes it cheaply
    // itself), use the pen's own dashes, in phase with the whole line.
    if (p->paintEngine()->type() != QPaintEngine::Raster
        || kWidth * QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform())
               <= 1) {
        QPen pen(m_color, kWidth, Qt::DashLine, Qt::FlatCap);
        pen.setDashOffset(from / kWidth);
        p->setPen(pen);
        p->drawLine(*visible);
        return;
    }
    // Dash k covers [k * period, k * period + dash] along the whole line (Qt's DashLine).
    constexpr qreal dash = 4 * kWidth, period = 6 * kWidth;
    QVarLengthArray<QLineF, 256> pieces;
    for (qreal start = std::floor(from / period) * period; start < to; start += period) {
        const qreal a = std::max(start, from), b = std::min(start + dash, to);
        if (a < b)
            pieces.append(QLineF(m_line.pointAt(a / length), m_line.pointAt(b / length)));
    }
    p->setPen(QPen(m_color, kWidth, Qt::SolidLine, Qt::FlatCap));
    p->drawLines(pieces.constData(), int(pieces.size()));
}

} // namespace studio
