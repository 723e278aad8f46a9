#pragma once

#include <QGraphicsItem>

namespace studio {

// A red (error) or amber (warning) dot on an item, with the item's problems as its tooltip.
class BadgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };
    BadgeItem(bool error, const QString &text, QGraphicsItem *parent);
    int type() const override { return Type; }
    void setProblems(bool error, const QString &text);
    bool isError() const { return m_error; }
    QRectF boundingRect() const override { return QRectF(-9, -9, 18, 18); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    bool m_error;
};

} // namespace studio
