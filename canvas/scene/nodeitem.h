#pragma once

#include "emphasis.h"
#include "livestate.h"

#include "model/ids.h"

#include <QColor>
#include <QGraphicsItem>

namespace studio {

// A bridge or a container: a labelled box inside its host frame, with a handle to drag a
// connection from. It paints what it was last told; the scene updates it per model change.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    NodeItem(ObjectId id, ObjectKind kind, QGraphicsItem *parent);
    int type() const override { return Type; }
    ObjectId id() const { return m_id; }
    bool isBridge() const { return m_kind == ObjectKind::Bridge; }

    // The name in bold, and a second line: a bridge's port and address, a container's image.
    void setLabels(const QString &title, const QString &subtitle);
    QString title() const { return m_title; }
    // A bridge's outline takes its segment's colour.
    void setAccent(const QColor &accent);
    QColor accent() const { return m_accent; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    // What monitoring says about it: a dot in the state's colour, and a faded, hatched box while
    // it is down, unknown or not applied.
    void setLiveState(LiveState state);
    LiveState liveState() const { return m_live; }

    QRectF boundingRect() const override;
    // Drag from here to connect: a container to its bridge, a bridge to a bridge on another host.
    QRectF handleRect() const;
    QPointF anchor() const { return mapToScene(boundingRect().center()); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    ObjectId m_id;
    ObjectKind m_kind;
    QString m_title, m_subtitle;
    QColor m_accent;
    LiveState m_live = LiveState::None;
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace studio
