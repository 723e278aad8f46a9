#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace studio {

// A label centred on an edge: a link's "VNI 100" in a framed box, or a container's address.
// The text is laid out once (QStaticText), not at every paint.
class EdgeLabel : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    EdgeLabel(const QString &text, const QFont &font, const QColor &color,
              const QColor &frame = QColor());
    int type() const override { return Type; }
    void setText(const QString &text);
    QString text() const { return m_text.text(); }
    void setColors(const QColor &color, const QColor &frame);
    QRectF boundingRect() const override { return m_box.adjusted(-1, -1, 1, 1); }
    // The framed box itself, without the margin: badges sit on its corner.
    QRectF box() const { return m_box; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void layout();

    QStaticText m_text;
    QFont m_font;
    QColor m_color, m_frame;
    QRectF m_box;
};

} // namespace studio
