#pragma once

#include "model/ids.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

namespace studio {

// A link's current rate ("12.4 Mb/s") under its VNI label while monitoring runs. It changes every
// tick on every link, so a change costs no text layout and no geometry change: the box is sized
// once for the longest rate text, and the text is laid out only when painted (on screen only).
class RateLabel : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };
    explicit RateLabel(ObjectId link);
    int type() const override { return Type; }
    ObjectId link() const { return m_link; }
    void setText(const QString &text, const QColor &color);
    QString text() const { return m_text; }
    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    static const QFont &labelFont();
    static QRectF box();
    ObjectId m_link;
    QString m_text;
    QColor m_color;
};

} // namespace studio
