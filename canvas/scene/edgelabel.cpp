#include "edgelabel.h"

#include "canvasstyle.h"

#include <QPainter>

namespace studio {

EdgeLabel::EdgeLabel(const QString &text, const QFont &font, const QColor &color,
                     const QColor &frame)
    : m_text(text)
    , m_font(font)
    , m_color(color)
    , m_frame(frame)
{
    m_text.setTextFormat(Qt::PlainText);
    layout();
}

void EdgeLabel::setText(const QString &text)
{
    if (text == m_text.text())
        return;
    m_text.setText(text);
    layout();
}

void EdgeLabel::setColors(const QColor &color, const QColor &frame)
{
    if (color == m_color && frame == m_frame)
        return;
    m_color = color;
    m_frame = frame;
    update();
}

void EdgeLabel::layout()
{
    m_text.prepare(QTransform(), m_font);
    const QSizeF size = m_text.size();
    const qreal pad = m_frame.isValid() ? 4 : 1;
    prepareGeometryChange();
    m_box = QRectF(-size.width() / 2 - pad, -size.height() / 2 - pad / 2, size.width() + 2 * pad,
                   size.height() + pad);
}

void EdgeLabel::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_frame.isValid()) {
        p->setPen(QPen(m_frame, 1.5));
        p->setBrush(canvasstyle::itemFill(canvasstyle::palette()));
        p->drawRect(m_box);
    }
    p->setFont(m_font);
    p->setPen(m_color);
    const QSizeF size = m_text.size();
    p->drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), m_text);
}

} // namespace studio
