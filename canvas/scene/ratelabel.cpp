#include "ratelabel.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace studio {

RateLabel::RateLabel(ObjectId link)
    : m_link(link)
{
    setZValue(6);
    setAcceptedMouseButtons(Qt::NoButton); // clicks reach the link underneath
}

const QFont &RateLabel::labelFont()
{
    static const QFont font = [] {
        QFont f(QStringLiteral("Sans"));
        f.setPixelSize(11);
        f.setBold(true);
        return f;
    }();
    return font;
}

void RateLabel::setText(const QString &text, const QColor &color)
{
    if (text == m_text && color == m_color)
        return;
    m_text = text;
    m_color = color;
    update();
}

QRectF RateLabel::box()
{
    // Wide enough for the longest rate text ("999 kpkt/s" or "1000 Mb/s"), measured once.
    static const QRectF r = [] {
        const QFontMetricsF metrics(labelFont());
        const qreal width = metrics.horizontalAdvance(QStringLiteral("0000.0 kpkt/s")) + 12;
        const qreal height = metrics.height() + 4;
        return QRectF(-width / 2, -height / 2, width, height);
    }();
    return r;
}

QRectF RateLabel::boundingRect() const
{
    return box();
}

void RateLabel::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_text.isEmpty())
        return;
    const QPalette pal = canvasstyle::palette();
    p->setFont(labelFont());
    const QRectF text = p->fontMetrics().boundingRect(box().toRect(), Qt::AlignCenter, m_text);
    // A rounded chip on the canvas colour, so the rate reads across the line it sits on.
    QColor fill = canvasstyle::itemFill(pal);
    fill.setAlpha(225);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(m_color, 1.2));
    p->setBrush(fill);
    p->drawRoundedRect(text.adjusted(-5, -1, 5, 1), 7, 7);
    p->setPen(canvasstyle::text(pal));
    p->drawText(box(), Qt::AlignCenter, m_text);
}

} // namespace studio
