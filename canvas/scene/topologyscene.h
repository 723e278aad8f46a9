#pragma once

#include "emphasis.h"
#include "hostitem.h"
#include "livestate.h"

#include "model/problemtracker.h"
#include "model/topologydocument.h"

#include <QGraphicsScene>
#include <QHash>

#include <unordered_map>

class QUndoStack;
class QGraphicsLineItem;

namespace studio {

class BadgeItem;
struct Edit;
class EdgeLabel;
class LinkItem;
class NodeItem;
class RateLabel;

// The canvas: draws the document (host frames holding bridges and containers, attachment edges
// labelled with addresses, VXLAN links in their segment's colour, problem badges, each host's
// deploy result) and turns gestures into undo commands. It only listens to the document, per
// object: an added, removed or changed object adds, removes or updates its own items (a move is a
// setPos), and only a document reset draws everything anew. Problems come from the tracker, once
// per batch of changes.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    using DeployResult = HostItem::DeployResult;

    // Without a tracker, the scene keeps its own.
    TopologyScene(TopologyDocument *document, QUndoStack *undoStack,
                  ProblemTracker *problems = nullptr, QObject *parent = nullptr);
    // Deleting the items must not announce selection changes to listeners (the property editor)
    // whose document may already be gone.
    ~TopologyScene() override { blockSignals(true); }

    const Topology &topology() const { return m_document->topology(); }
    ProblemTracker *problemTracker() const { return m_problems; }
    // The last deploy's result per host (by name, as the engine reports it).
    void setDeployResult(const QString &host, DeployResult result, const QString &detail = {});
    DeployResult deployResult(const QString &host) const;

    // Teaching views: draws one bridge, container or link (with its line and label) faded or
    // highlighted; a container's attachment follows it. Per item, never a redraw of the scene;
    // the emphasis stays with the object while it exists, also across edits.
    void setEmphasis(ObjectId id, Emphasis emphasis);
    Emphasis emphasis(ObjectId id) const { return m_emphasis.value(id, Emphasis::Normal); }
    // Everything back to normal.
    void clearEmphasis();

    QGraphicsItem *itemFor(ObjectId id) const;
    // The label drawn on a link ("VNI 100") or beside an attachment (the container's address).
    EdgeLabel *labelFor(ObjectId linkOrContainer) const;
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
    // The bounding rectangle of the diagram itself, without gesture helpers.
    QRectF diagramRect() const;
    // What a tooltip says about an object: its name, details, deploy result and problems.
    QString describe(ObjectId id) const;

    // Live marks from monitoring, drawn over the design and updated in place (one item per call,
    // never a rebuild). A link's width and colour show its traffic, with a rate label under its
    // VNI; a broken link (its pings fail) is red and crossed out. NaN bits per second: no data.
    void setLinkActivity(ObjectId link, double bitsPerSecond, const QString &rateText, bool broken,
                         const QString &detail = {});
    // A host's, bridge's or container's state; detail (what is wrong, how to fix it) is added to
    // its tooltip.
    void setLiveState(ObjectId object, LiveState state, const QString &detail = {});
    LiveState liveState(ObjectId object) const;
    // Back to the design alone (monitoring stopped).
    void clearLive();
    bool isLive() const { return m_live; }
    RateLabel *rateLabelFor(ObjectId link) const { return m_rateLabels.value(link); }
    LinkItem *linkItemFor(ObjectId link) const { return m_links.value(link); }

    // While the diagram is exported: items leave out what only helps editing (handles, grips).
    void setPrinting(bool printing) { m_printing = printing; }
    bool isPrinting() const { return m_printing; }

    // The language changed: labels and texts drawn on the canvas are made again.
    void retranslate();

    // Brings pending problem badges up to date now instead of at the next event loop turn.
    void flush();
    // The view's scale: far out, address and VNI labels hide (they would be unreadable).
    void setZoom(qreal zoom);
    // Moves and resizes land on a 10-point grid.
    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap && !m_snapSuspended; }
    QPointF snapped(const QPointF &p) const;
    static constexpr qreal kGrid = 10;

signals:
    void message(const QString &text);
    // A double click on an object: its owner shows the object's fields to edit.
    void editRequested(ObjectId id);
    // The set of VNIs (and so the legend and the segment colours) changed.
    void vnisChanged();
    // Live marks appeared or were cleared (the legend explains them while they show).
    void liveChanged(bool live);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    // A line between two nodes: an attachment (container to bridge) or a VXLAN link.
    struct Edge
    {
        NodeItem *a = nullptr;
        NodeItem *b = nullptr;
        QGraphicsLineItem *line = nullptr; // attachment, or
        LinkItem *link = nullptr;          // VXLAN link
        EdgeLabel *label = nullptr;
    };

    // Document signals, one object at a time.
    void objectAdded(ObjectId id);
    void objectRemoved(ObjectId id);
    void objectChanged(ObjectId id, const QString &key);
    void rebuild();
    void updateBadges();

    void addHostItem(const Host &h);
    void addNodeItem(ObjectId id);
    void removeNodeItem(ObjectId id);
    void removeHostItem(ObjectId id);
    void updateNodeLabels(ObjectId id);
    void placeNode(ObjectId id);
    void connectEdges(ObjectId node);
    void addAttachment(const Container &c);
    void addLinkEdge(const VxlanLink &l);
    void removeEdge(ObjectId owner);
    void layoutEdge(const Edge &edge);
    void layoutEdgesAt(ObjectId node);
    void updateLinkLabel(const VxlanLink &l);
    void placeRateLabel(ObjectId link, const Edge &edge);
    void setLive(bool live);
    void updateVnis();
    void updateBridgeAccent(ObjectId bridge);
    void updateOverlaps(HostItem *host);
    void applyEmphasis(ObjectId id);
    NodeItem *nodeAt(const QPointF &scenePos) const;
    QPointF modelPosition(const QGraphicsItem *item) const;
    void findMovingEdges();
    void layoutMovedEdges();
    void push(Edit &&edit);

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    ProblemTracker *m_problems;
    QHash<ObjectId, HostItem *> m_hosts;
    QHash<ObjectId, NodeItem *> m_nodes;
    QHash<ObjectId, LinkItem *> m_links;
    std::unordered_map<ObjectId, Edge> m_edges; // by container (attachment) or link id
    QHash<ObjectId, QList<ObjectId>> m_edgesAt; // node id -> the edges ending there
    QHash<ObjectId, BadgeItem *> m_badges;
    // Live marks: rate labels per link, and what monitoring said per object (for tooltips).
    QHash<ObjectId, RateLabel *> m_rateLabels;
    QHash<ObjectId, QPair<LiveState, QString>> m_liveStates;
    QHash<ObjectId, QString> m_liveDetails; // links
    bool m_live = false;
    QList<quint32> m_vnis; // of the drawn topology, ascending
    QHash<QString, QPair<DeployResult, QString>> m_deployResults;
    QHash<ObjectId, Emphasis> m_emphasis;
    bool m_labelsVisible = true;
    bool m_printing = false;
    bool m_snap = true;
    // Items are placed exactly where the model has them, and a nudge moves by exactly its step.
    bool m_snapSuspended = false;
    // A host frame being resized from its grip.
    ObjectId m_resizing = kNoObject;
    QSizeF m_resizeFrom;
    // Gesture state: where the dragged objects started, and the edges that follow them.
    QHash<ObjectId, QPointF> m_pressPositions;
    std::vector<const Edge *> m_movingEdges;
    QList<HostItem *> m_raised; // hosts drawn above their neighbours while dragged
    ObjectId m_connectFrom = kNoObject;
    QGraphicsLineItem *m_rubberLine = nullptr;
};

} // namespace studio
