#pragma once

#include "livestate.h"

#include "model/topology.h"

#include <QGraphicsItem>

namespace studio {

// A host: a frame with a title bar, holding its bridges and containers as child items. The frame
// shows the host's last deploy result (green or red) and can be resized from its grip.
class HostItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class DeployResult { Unknown, Ok, Failed };

    explicit HostItem(const Host &host);
    int type() const override { return Type; }
    ObjectId id() const { return m_host.id; }

    // What the title shows and the frame's size, from the model.
    void setHost(const Host &host);
    void setFrameSize(const QSizeF &size);
    QSizeF frameSize() const { return m_host.size; }
    void setDeployResult(DeployResult result);
    DeployResult deployResult() const { return m_result; }
    // What monitoring says about the host: its frame takes the state's colour and the title a
    // word for it ("unreachable"), until monitoring stops (LiveState::None).
    void setLiveState(LiveState state);
    LiveState liveState() const { return m_live; }
    // Drawn in the warning colour while it overlaps another host's frame.
    void setOverlapping(bool overlapping);

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_host.size); }
    // Drag this corner to resize the frame.
    QRectF gripRect() const;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

    static constexpr qreal kGripSize = 22;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Host m_host;
    DeployResult m_result = DeployResult::Unknown;
    LiveState m_live = LiveState::None;
    bool m_overlapping = false;
};

} // namespace studio
