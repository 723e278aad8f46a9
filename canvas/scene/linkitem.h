#pragma once

#include "emphasis.h"

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>

namespace studio {

// A VXLAN link: a dashed line in its segment's colour. Links cross the whole diagram and a drag
// repaints most of them, so painting is kept cheap: only the part inside the exposed area is drawn,
// and on screen the dashes are laid out here and drawn as plain line pieces in one call (Qt's pen
// dasher costs three times as much). Exports keep a real dashed pen.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    LinkItem(ObjectId id, const QColor &color);
    int type() const override { return Type; }
    ObjectId id() const { return m_id; }

    void setLine(const QLineF &line);
    QLineF line() const { return m_line; }
    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    QRectF boundingRect() const override;
    // Easier to hit than the 3-point line itself.
    QPainterPath shape() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    static constexpr qreal kWidth = 3;
    static constexpr qreal kReach = 5;
    ObjectId m_id;
    QLineF m_line;
    QColor m_color;
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace studio
