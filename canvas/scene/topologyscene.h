#pragma once

#include "model/topologydocument.h"
#include "model/validation.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QUndoStack;
class QGraphicsLineItem;

namespace studio {

class NodeItem;
class LinkItem;
class EdgeLabel;

// The canvas: draws the document (host frames holding bridges and containers, attachment edges
// labelled with addresses, VXLAN links in their segment's colour, problem badges, each host's
// deploy state) and turns gestures into undo commands. It only listens to the document: every
// change, its own included, comes back as a document signal and is redrawn from the model.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class HostState { Unknown, Ok, Failed };

    TopologyScene(TopologyDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);
    // Deleting the items must not announce selection changes to listeners (the property editor)
    // whose document may already be gone.
    ~TopologyScene() override { blockSignals(true); }

    const Topology &topology() const { return m_document->topology(); }
    void setHostState(const QString &host, HostState state, const QString &detail = {});
    HostState hostState(const QString &host) const;

    QGraphicsItem *itemFor(ObjectId id) const { return m_items.value(id); }
    QList<quint32> vnis() const { return m_vnis; }
    QColor colorOf(quint32 vni) const; // distinct per VNI of this topology

    // Gestures, also callable directly (tests, keyboard): each is one undo step, or a refusal
    // explained through message().
    ObjectId dropObject(ObjectKind kind, const QPointF &scenePos);
    bool connectObjects(ObjectId from, ObjectId to);
    void deleteSelection();
    // Moves the selected objects by delta (keyboard arrows): children stay inside their host, and
    // nudges in a row are one undo step. False if nothing could move.
    bool nudgeSelection(const QPointF &delta);
    // The host whose frame is at a scene position, if any.
    ObjectId hostAt(const QPointF &scenePos) const;
    // The object drawn at a scene position (a label or badge stands for its owner), if any.
    ObjectId objectAt(const QPointF &scenePos) const;
    // Escape: drops a connection being drawn, or puts a drag or resize back where it started.
    // False if no gesture was under way.
    bool cancelGesture();
    QList<ObjectId> selectedIds() const;
    void selectObject(ObjectId id);

    // Redraws now instead of at the next event loop turn.
    void flush();
    // The view's scale: far out, address and VNI labels hide (they would be unreadable).
    void setZoom(qreal zoom);
    // Moves and resizes land on a 10-point grid.
    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap && !m_snapSuspended; }
    static constexpr qreal kGrid = 10;

signals:
    void message(const QString &text);
    // A double click on an object: its owner shows the object's fields to edit.
    void editRequested(ObjectId id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    NodeItem *nodeAt(const QPointF &scenePos) const;
    QPointF modelPosition(const QGraphicsItem *item) const;

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    QList<Problem> m_problems;
    QHash<ObjectId, QGraphicsItem *> m_items;
    QList<quint32> m_vnis; // of the drawn topology, ascending; the legend reads it every frame
    QHash<QString, QPair<HostState, QString>> m_hostStates;
    bool m_rebuildPending = false;
    QList<QGraphicsItem *> m_labels;
    // Lines between nodes, re-laid while a drag moves their ends.
    struct Edge
    {
        NodeItem *a;
        NodeItem *b;
        QGraphicsLineItem *line; // attachment edge, or
        LinkItem *link;          // VXLAN link
        EdgeLabel *label;
    };
    std::vector<Edge> m_edges;
    void layoutEdge(const Edge &edge);
    void findMovingEdges();
    void layoutMovedEdges();
    std::vector<std::size_t> m_movingEdges; // indexes into m_edges, found when a drag starts
    bool m_labelsVisible = true;
    bool m_snap = true;
    // Items are placed exactly where the model has them, and a nudge moves by exactly its step.
    bool m_snapSuspended = false;
    // A host frame being resized from its grip.
    ObjectId m_resizing = kNoObject;
    QSizeF m_resizeFrom;
    // Gesture state.
    QHash<ObjectId, QPointF> m_pressPositions;
    ObjectId m_connectFrom = kNoObject;
    QGraphicsLineItem *m_rubberLine = nullptr;
};

} // namespace studio
