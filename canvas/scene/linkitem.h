#pragma once

#include "emphasis.h"

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>

namespace studio {

// A VXLAN link: a dashed line in its segment's colour; while monitoring runs, a solid line whose
// width and colour show its current traffic, or a red crossed-out one when its pings fail. Links
// cross the whole diagram and a drag repaints most of them, so painting is kept cheap: only the
// part inside the exposed area is drawn, and on screen the dashes are laid out here and drawn as
// plain line pieces in one call (Qt's pen dasher costs three times as much). Exports keep a real
// dashed pen.
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

    // Monitoring's view of the link: NaN bits per second is no data (the design's look).
    void setActivity(double bitsPerSecond, bool broken);
    void clearActivity();
    bool hasActivity() const { return m_active || m_broken; }
    bool isBroken() const { return m_broken; }
    // The pen the link is drawn with now (its width and colour show the traffic).
    qreal drawnWidth() const;
    QColor drawnColor() const;

    QRectF boundingRect() const override;
    // Easier to hit than the 3-point line itself.
    QPainterPath shape() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    qreal reach() const;
    void paintDashes(QPainter *p, const QLineF &visible, const QColor &color, qreal width) const;

    static constexpr qreal kWidth = 3;
    static constexpr qreal kReach = 5;
    ObjectId m_id;
    QLineF m_line;
    QColor m_color;
    bool m_active = false;
    bool m_broken = false;
    bool m_wide = false; // once monitored, the bounds hold the widest traffic line for good
    qreal m_share = 0;
    QColor m_trafficColor; // of m_share, worked out once per change: asked for every tick
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace studio
