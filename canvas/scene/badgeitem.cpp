#include "badgeitem.h"

#include "canvasstyle.h"

#include <QPainter>

namespace studio {

BadgeItem::BadgeItem(bool error, const QString &text, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_error(error)
{
    setToolTip(text);
    setZValue(10);
}

void BadgeItem::setProblems(bool error, const QString &text)
{
    setToolTip(text);
    if (error != m_error) {
        m_error = error;
        update();
    }
}

void BadgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(canvasstyle::badgeMark(), 1.5));
    p->setBrush(m_error ? canvasstyle::failedColor() : canvasstyle::warningColor());
    p->drawEllipse(boundingRect().adjusted(1, 1, -1, -1));
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(12);
    p->setFont(f);
    p->setPen(canvasstyle::badgeMark());
    p->drawText(boundingRect(), Qt::AlignCenter, QStringLiteral("!"));
}

} // namespace studio
