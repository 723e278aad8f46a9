#include "topologyscene.h"

#include "badgeitem.h"
#include "canvasstyle.h"
#include "edgegeometry.h"
#include "edgelabel.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "ratelabel.h"

#include "commands/editingpolicy.h"
#include "commands/movecommand.h"
#include "commands/removeobjectcommand.h"
#include "commands/setpropertycommand.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>
#include <set>

namespace studio {

namespace {

ObjectId idOf(const QGraphicsItem *item)
{
    if (const auto *host = qgraphicsitem_cast<const HostItem *>(item))
        return host->id();
    if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
        return node->id();
    if (const auto *link = qgraphicsitem_cast<const LinkItem *>(item))
        return link->id();
    if (const auto *rate = qgraphicsitem_cast<const RateLabel *>(item))
        return rate->link();
    return kNoObject;
}

QString bridgeSubtitle(const Bridge &b)
{
    // The port and its address on lines of their own, each whole, unless NAT needs the second.
    if (!b.nat)
        return b.gatewayPort + QLatin1Char('\n') + b.gatewayAddress;
    return QStringLiteral("%1 · %2").arg(b.gatewayPort, b.gatewayAddress) + QLatin1Char('\n')
           + TopologyScene::tr("NAT to the outside");
}

QString linkLabelText(const VxlanLink &l)
{
    return l.udpPort == Topology::kDefaultVxlanPort
               ? TopologyScene::tr("VNI %1").arg(l.vni)
               : TopologyScene::tr("VNI %1 · UDP %2").arg(l.vni).arg(l.udpPort);
}

} // namespace

TopologyScene::TopologyScene(TopologyDocument *document, QUndoStack *undoStack,
                             ProblemTracker *problems, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_problems(problems ? problems : new ProblemTracker(document, this))
{
    connect(document, &TopologyDocument::objectAdded, this, &TopologyScene::objectAdded);
    connect(document, &TopologyDocument::objectRemoved, this, &TopologyScene::objectRemoved);
    connect(document, &TopologyDocument::objectChanged, this, &TopologyScene::objectChanged);
    connect(document, &TopologyDocument::modelReset, this, [this] {
        m_deployResults.clear();
        rebuild();
    });
    connect(m_problems, &ProblemTracker::problemsChanged, this, &TopologyScene::updateBadges);
    rebuild();
}

// --- Items per object ---------------------------------------------------------------------------

QGraphicsItem *TopologyScene::itemFor(ObjectId id) const
{
    if (HostItem *h = m_hosts.value(id))
        return h;
    if (NodeItem *n = m_nodes.value(id))
        return n;
    return m_links.value(id);
}

EdgeLabel *TopologyScene::labelFor(ObjectId owner) const
{
    const auto it = m_edges.find(owner);
    return it == m_edges.end() ? nullptr : it->second.label;
}

void TopologyScene::rebuild()
{
    m_rubberLine = nullptr;
    m_pressPositions.clear();
    m_movingEdges.clear();
    m_raised.clear();
    m_resizing = kNoObject;
    clear();
    m_hosts.clear();
    m_nodes.clear();
    m_links.clear();
    m_rateLabels.clear();
    m_liveStates.clear();
    m_liveDetails.clear();
    setLive(false);
    m_edges.clear();
    m_edgesAt.clear();
    m_badges.clear();
    const Topology &t = topology();
    // The VNIs first, so links and bridges take their colours as they are made; the legend hears
    // of it only when the set differs from the last one drawn.
    updateVnis();
    for (const Host &h : t.hosts()) {
        addHostItem(h);
        for (const Bridge *b : t.bridgesOf(h.id))
            addNodeItem(b->id);
        for (const Container *c : t.containersOf(h.id))
            addNodeItem(c->id);
    }
    updateBadges();
}

void TopologyScene::addHostItem(const Host &h)
{
    auto *item = new HostItem(h);
    addItem(item);
    m_hosts.insert(h.id, item);
    const auto result = m_deployResults.value(h.name, {DeployResult::Unknown, {}});
    item->setDeployResult(result.first);
}

void TopologyScene::addNodeItem(ObjectId id)
{
    const Topology &t = topology();
    const ObjectKind kind = t.kindOf(id);
    const ObjectId hostId = kind == ObjectKind::Bridge ? t.bridge(id)->host : t.container(id)->host;
    HostItem *host = m_hosts.value(hostId);
    if (!host || m_nodes.contains(id))
        return;
    auto *item = new NodeItem(id, kind, host);
    m_nodes.insert(id, item);
    placeNode(id);
    updateNodeLabels(id);
    if (kind == ObjectKind::Bridge)
        updateBridgeAccent(id);
    connectEdges(id);
    applyEmphasis(id);
}

void TopologyScene::placeNode(ObjectId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    const Topology &t = topology();
    const QPointF position
        = t.kindOf(id) == ObjectKind::Bridge ? t.bridge(id)->position : t.container(id)->position;
    m_snapSuspended = true; // drawn where the model has it, on the grid or not
    item->setPos(position + QPointF(0, canvasstyle::kHostTitleHeight));
    m_snapSuspended = false;
}

void TopologyScene::updateNodeLabels(ObjectId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    if (const Bridge *b = topology().bridge(id))
        item->setLabels(b->name, bridgeSubtitle(*b));
    else if (const Container *c = topology().container(id))
        item->setLabels(c->name, c->image);
}

// Draws the edges that end at a node whose other end is drawn too.
void TopologyScene::connectEdges(ObjectId node)
{
    const Topology &t = topology();
    if (const Container *c = t.container(node)) {
        addAttachment(*c);
        return;
    }
    for (const Container *c : t.containersOnBridge(node))
        addAttachment(*c);
    for (const VxlanLink *l : t.linksOf(node))
        addLinkEdge(*l);
}

void TopologyScene::addAttachment(const Container &c)
{
    NodeItem *from = m_nodes.value(c.id);
    NodeItem *to = m_nodes.value(c.bridge);
    if (!from || !to || m_edges.count(c.id))
        return;
    const QPalette pal = canvasstyle::palette();
    QFont f = font();
    f.setPixelSize(10);
    Edge edge;
    edge.a = from;
    edge.b = to;
    edge.line = addLine(QLineF(), QPen(canvasstyle::frame(pal), 1.5));
    edge.line->setZValue(1);
    edge.label = new EdgeLabel(c.address, f, canvasstyle::text(pal));
    addItem(edge.label);
    edge.label->setZValue(3);
    edge.label->setVisible(m_labelsVisible);
    layoutEdge(edge);
    m_edges.emplace(c.id, edge);
    m_edgesAt[c.id].append(c.id);
    m_edgesAt[c.bridge].append(c.id);
    applyEmphasis(c.id);
}

void TopologyScene::addLinkEdge(const VxlanLink &l)
{
    NodeItem *a = m_nodes.value(l.bridgeA);
    NodeItem *b = m_nodes.value(l.bridgeB);
    if (!a || !b || m_edges.count(l.id))
        return;
    auto *link = new LinkItem(l.id, colorOf(l.vni));
    addItem(link);
    m_links.insert(l.id, link);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(12);
    Edge edge;
    edge.a = a;
    edge.b = b;
    edge.link = link;
    edge.label = new EdgeLabel(linkLabelText(l), f,
                               canvasstyle::segmentText(colorOf(l.vni), canvasstyle::palette()),
                               colorOf(l.vni));
    addItem(edge.label);
    edge.label->setZValue(6);
    edge.label->setVisible(m_labelsVisible);
    layoutEdge(edge);
    m_edges.emplace(l.id, edge);
    m_edgesAt[l.bridgeA].append(l.id);
    m_edgesAt[l.bridgeB].append(l.id);
    applyEmphasis(l.id);
}

void TopologyScene::setEmphasis(ObjectId id, Emphasis emphasis)
{
    if (emphasis == this->emphasis(id))
        return;
    if (emphasis == Emphasis::Normal)
        m_emphasis.remove(id);
    else
        m_emphasis.insert(id, emphasis);
    applyEmphasis(id);
}

void TopologyScene::clearEmphasis()
{
    const QList<ObjectId> ids = m_emphasis.keys();
    m_emphasis.clear();
    for (ObjectId id : ids)
        applyEmphasis(id);
}

void TopologyScene::applyEmphasis(ObjectId id)
{
    const Emphasis e = emphasis(id);
    if (NodeItem *node = m_nodes.value(id))
        node->setEmphasis(e);
    if (LinkItem *link = m_links.value(id))
        link->setEmphasis(e);
    // A container's attachment line and address, a link's VNI label.
    const auto edge = m_edges.find(id);
    if (edge != m_edges.end()) {
        const qreal opacity = e == Emphasis::Faded ? canvasstyle::kFadedOpacity : 1.0;
        if (edge->second.line)
            edge->second.line->setOpacity(opacity);
        if (edge->second.label)
            edge->second.label->setOpacity(opacity);
    }
}

void TopologyScene::removeEdge(ObjectId owner)
{
    const auto it = m_edges.find(owner);
    if (it == m_edges.end())
        return;
    const Edge edge = it->second;
    m_edges.erase(it);
    for (NodeItem *end : {edge.a, edge.b})
        m_edgesAt[end->id()].removeAll(owner);
    if (edge.link)
        m_badges.remove(owner); // a link's badge is a child of its label, deleted with it
    delete edge.line;
    delete edge.label;
    if (edge.link) {
        m_links.remove(owner);
        delete edge.link;
        delete m_rateLabels.take(owner);
        m_liveDetails.remove(owner);
    }
}

void TopologyScene::removeNodeItem(ObjectId id)
{
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    for (ObjectId owner : m_edgesAt.take(id))
        removeEdge(owner);
    m_badges.remove(id); // a child of the item
    delete item;
}

void TopologyScene::removeHostItem(ObjectId id)
{
    HostItem *host = m_hosts.take(id);
    if (!host)
        return;
    QList<ObjectId> children;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.value()->parentItem() == host)
            children << it.key();
    }
    for (ObjectId child : children)
        removeNodeItem(child);
    m_badges.remove(id);
    m_raised.removeAll(host);
    delete host;
}

// --- Document signals ---------------------------------------------------------------------------

void TopologyScene::objectAdded(ObjectId id)
{
    const Topology &t = topology();
    switch (t.kindOf(id)) {
    case ObjectKind::Host:
        addHostItem(*t.host(id));
        // Whatever of it is in the model already (a restore adds the host first, then its parts).
        for (const Bridge *b : t.bridgesOf(id))
            addNodeItem(b->id);
        for (const Container *c : t.containersOf(id))
            addNodeItem(c->id);
        break;
    case ObjectKind::Bridge:
    case ObjectKind::Container:
        addNodeItem(id);
        break;
    case ObjectKind::Link:
        addLinkEdge(*t.link(id));
        updateVnis();
        updateBridgeAccent(t.link(id)->bridgeA);
        updateBridgeAccent(t.link(id)->bridgeB);
        break;
    case ObjectKind::None:
        break;
    }
}

void TopologyScene::objectRemoved(ObjectId id)
{
    // The model no longer has the object: what it was is known from the items alone.
    if (m_hosts.contains(id)) {
        removeHostItem(id);
    } else if (m_nodes.contains(id)) {
        removeNodeItem(id);
    } else if (m_links.contains(id)) {
        const Edge edge = m_edges.at(id);
        removeEdge(id);
        updateVnis();
        for (NodeItem *end : {edge.a, edge.b})
            updateBridgeAccent(end->id());
    }
    m_pressPositions.remove(id);
    m_emphasis.remove(id);
    if (m_resizing == id)
        m_resizing = kNoObject;
}

void TopologyScene::objectChanged(ObjectId id, const QString &key)
{
    const Topology &t = topology();
    const bool position = key == QLatin1String("position");
    switch (t.kindOf(id)) {
    case ObjectKind::Host: {
        HostItem *item = m_hosts.value(id);
        if (!item)
            return;
        const Host &h = *t.host(id);
        if (position) {
            m_snapSuspended = true;
            item->setPos(h.position);
            m_snapSuspended = false;
            for (QGraphicsItem *child : item->childItems()) {
                if (auto *node = qgraphicsitem_cast<NodeItem *>(child))
                    layoutEdgesAt(node->id());
            }
            return;
        }
        item->setHost(h);
        if (key == QLatin1String("name")) {
            const auto result = m_deployResults.value(h.name, {DeployResult::Unknown, {}});
            item->setDeployResult(result.first);
        }
        return;
    }
    case ObjectKind::Bridge:
        if (position) {
            placeNode(id);
            layoutEdgesAt(id);
        } else {
            updateNodeLabels(id);
        }
        return;
    case ObjectKind::Container:
        if (position) {
            placeNode(id);
            layoutEdgesAt(id);
        } else if (key == QLatin1String("bridge")) {
            removeEdge(id);
            addAttachment(*t.container(id));
        } else if (key == QLatin1String("address")) {
            if (EdgeLabel *label = labelFor(id))
                label->setText(t.container(id)->address);
        } else {
            updateNodeLabels(id);
        }
        return;
    case ObjectKind::Link:
        if (key == QLatin1String("vni") || key == QLatin1String("udpPort")) {
            updateVnis(); // recolours every link when the set of VNIs changed
            updateLinkLabel(*t.link(id));
        }
        return;
    case ObjectKind::None:
        return;
    }
}

void TopologyScene::retranslate()
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        updateNodeLabels(it.key());
    for (const VxlanLink &l : topology().links())
        updateLinkLabel(l);
    for (HostItem *host : std::as_const(m_hosts))
        host->update(); // "no address" is worded as it is painted
}

void TopologyScene::updateLinkLabel(const VxlanLink &l)
{
    const auto it = m_edges.find(l.id);
    if (it == m_edges.end())
        return;
    const QColor color = colorOf(l.vni);
    it->second.link->setColor(color);
    it->second.label->setText(linkLabelText(l));
    it->second.label->setColors(canvasstyle::segmentText(color, canvasstyle::palette()), color);
    if (BadgeItem *badge = m_badges.value(l.id))
        badge->setPos(it->second.label->box().topRight() + QPointF(-6, 6));
    updateBridgeAccent(l.bridgeA);
    updateBridgeAccent(l.bridgeB);
}

void TopologyScene::updateVnis()
{
    std::set<quint32> set;
    for (const VxlanLink &l : topology().links())
        set.insert(l.vni);
    const QList<quint32> vnis(set.begin(), set.end());
    if (vnis == m_vnis)
        return;
    m_vnis = vnis;
    // Colours follow the VNIs' order: a new VNI can shift them all.
    for (const VxlanLink &l : topology().links())
        updateLinkLabel(l);
    emit vnisChanged();
}

void TopologyScene::updateBridgeAccent(ObjectId bridge)
{
    NodeItem *item = m_nodes.value(bridge);
    if (!item)
        return;
    // The colour of its segment: that of its first link.
    const std::vector<const VxlanLink *> links = topology().linksOf(bridge);
    item->setAccent(links.empty() ? QColor() : colorOf(links.front()->vni));
}

void TopologyScene::updateBadges()
{
    // The worst severity per object, every message in the tooltip.
    QHash<ObjectId, QStringList> texts;
    QHash<ObjectId, bool> errors;
    for (const Problem &p : m_problems->published()) {
        if (p.object == kNoObject)
            continue;
        texts[p.object] << p.text();
        errors[p.object] = errors.value(p.object) || p.severity == Severity::Error;
    }
    for (auto it = m_badges.begin(); it != m_badges.end();) {
        if (!texts.contains(it.key())) {
            delete it.value();
            it = m_badges.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QString text = it.value().join(QLatin1Char('\n'));
        if (BadgeItem *badge = m_badges.value(it.key())) {
            badge->setProblems(errors.value(it.key()), text);
            continue;
        }
        // A link's badge sits on its label, off the text; others on their top right corner.
        QGraphicsItem *target = itemFor(it.key());
        QPointF corner;
        if (target && target->type() == LinkItem::Type) {
            EdgeLabel *label = labelFor(it.key());
            target = label;
            corner = label ? label->box().topRight() + QPointF(4, -4) : QPointF();
        } else if (target) {
            corner = target->boundingRect().topRight() + QPointF(-6, 6);
        }
        if (!target)
            continue;
        auto *badge = new BadgeItem(errors.value(it.key()), text, target);
        badge->setPos(corner);
        m_badges.insert(it.key(), badge);
    }
}

// --- Edges --------------------------------------------------------------------------------------

void TopologyScene::layoutEdge(const Edge &edge)
{
    const QRectF boxA = edge.a->mapRectToScene(edge.a->boundingRect());
    const QRectF boxB = edge.b->mapRectToScene(edge.b->boundingRect());
    const QPointF a = edgegeometry::borderPoint(boxA, boxB.center());
    const QPointF b = edgegeometry::borderPoint(boxB, boxA.center());
    const QPointF mid = (a + b) / 2;
    if (edge.line) {
        edge.line->setLine(QLineF(a, b));
        edge.label->setPos(mid - QPointF(0, 8)); // beside the line, not on it
        return;
    }
    edge.link->setLine(QLineF(a, b));
    edge.label->setPos(mid);
    if (!m_rateLabels.isEmpty())
        placeRateLabel(edge.link->id(), edge);
}

void TopologyScene::placeRateLabel(ObjectId link, const Edge &edge)
{
    if (RateLabel *rate = m_rateLabels.value(link)) {
        // Under the VNI label, clear of it.
        rate->setPos(
            edge.label->pos()
            + QPointF(0, edge.label->box().bottom() + rate->boundingRect().height() / 2 + 2));
    }
}

void TopologyScene::layoutEdgesAt(ObjectId node)
{
    for (ObjectId owner : m_edgesAt.value(node)) {
        const auto it = m_edges.find(owner);
        if (it != m_edges.end())
            layoutEdge(it->second);
    }
}

void TopologyScene::findMovingEdges()
{
    // An edge moves when one of its ends, or the host holding that end, is being dragged.
    const auto moving = [](const NodeItem *node) {
        return node->isSelected() || (node->parentItem() && node->parentItem()->isSelected());
    };
    m_movingEdges.clear();
    for (const auto &[owner, edge] : m_edges) {
        if (moving(edge.a) || moving(edge.b))
            m_movingEdges.push_back(&edge);
    }
}

void TopologyScene::layoutMovedEdges()
{
    for (const Edge *edge : m_movingEdges)
        layoutEdge(*edge);
}

// --- Queries ------------------------------------------------------------------------------------

void TopologyScene::setDeployResult(const QString &host, DeployResult result, const QString &detail)
{
    m_deployResults.insert(host, {result, detail});
    for (const Host &h : topology().hosts()) {
        if (h.name == host) {
            if (HostItem *item = m_hosts.value(h.id))
                item->setDeployResult(result);
        }
    }
}

TopologyScene::DeployResult TopologyScene::deployResult(const QString &host) const
{
    return m_deployResults.value(host, {DeployResult::Unknown, {}}).first;
}

void TopologyScene::flush()
{
    m_problems->flush();
}

QPointF TopologyScene::snapped(const QPointF &p) const
{
    if (!snapToGrid())
        return p;
    return QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
}

void TopologyScene::setZoom(qreal zoom)
{
    const bool visible = zoom >= canvasstyle::kTextDetail;
    if (visible == m_labelsVisible)
        return;
    m_labelsVisible = visible;
    for (const auto &[owner, edge] : m_edges)
        edge.label->setVisible(visible);
    for (RateLabel *rate : std::as_const(m_rateLabels))
        rate->setVisible(visible);
}

// --- Live marks (monitoring) --------------------------------------------------------------------

void TopologyScene::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    emit liveChanged(live);
}

void TopologyScene::setLinkActivity(ObjectId link, double bitsPerSecond, const QString &rateText,
                                    bool broken, const QString &detail)
{
    LinkItem *item = m_links.value(link);
    if (!item)
        return;
    RateLabel *rate = m_rateLabels.value(link);
    if (!rate) {
        // The first tick: the label is placed under the link's own (later ticks only change it).
        const auto edge = m_edges.find(link);
        if (edge == m_edges.end())
            return;
        rate = new RateLabel(link);
        m_rateLabels.insert(link, rate);
        addItem(rate);
        rate->setVisible(m_labelsVisible);
        placeRateLabel(link, edge->second);
    }
    setLive(true);
    item->setActivity(bitsPerSecond, broken);
    rate->setText(broken ? tr("broken") : rateText, item->drawnColor());
    if (!detail.isEmpty())
        m_liveDetails.insert(link, detail);
    else if (!m_liveDetails.isEmpty())
        m_liveDetails.remove(link);
}

void TopologyScene::setLiveState(ObjectId object, LiveState state, const QString &detail)
{
    if (HostItem *host = m_hosts.value(object))
        host->setLiveState(state);
    else if (NodeItem *node = m_nodes.value(object))
        node->setLiveState(state);
    else
        return;
    if (state == LiveState::None) {
        m_liveStates.remove(object);
        return;
    }
    // Most ticks repeat what is known: then nothing is written.
    const auto known = m_liveStates.constFind(object);
    if (known == m_liveStates.cend() || known->first != state || known->second != detail)
        m_liveStates.insert(object, {state, detail});
    setLive(true);
}

LiveState TopologyScene::liveState(ObjectId object) const
{
    return m_liveStates.value(object, {LiveState::None, {}}).first;
}

void TopologyScene::clearLive()
{
    for (LinkItem *link : std::as_const(m_links))
        link->clearActivity();
    qDeleteAll(m_rateLabels);
    m_rateLabels.clear();
    for (auto it = m_liveStates.cbegin(); it != m_liveStates.cend(); ++it) {
        if (HostItem *host = m_hosts.value(it.key()))
            host->setLiveState(LiveState::None);
        else if (NodeItem *node = m_nodes.value(it.key()))
            node->setLiveState(LiveState::None);
    }
    m_liveStates.clear();
    m_liveDetails.clear();
    setLive(false);
}

QColor TopologyScene::colorOf(quint32 vni) const
{
    return canvasstyle::segmentColor(std::max(0, int(m_vnis.indexOf(vni))));
}

QList<ObjectId> TopologyScene::selectedIds() const
{
    QList<ObjectId> ids;
    for (const QGraphicsItem *item : selectedItems()) {
        if (const ObjectId id = idOf(item); id != kNoObject)
            ids << id;
    }
    return ids;
}

void TopologyScene::selectObject(ObjectId id)
{
    QGraphicsItem *item = itemFor(id);
    if (item && item->isSelected() && selectedItems().size() == 1)
        return; // already so: no selection change to announce
    clearSelection();
    if (item)
        item->setSelected(true);
}

QRectF TopologyScene::diagramRect() const
{
    QRectF r;
    for (const HostItem *h : m_hosts)
        r |= h->sceneBoundingRect();
    for (const auto &[owner, edge] : m_edges) {
        if (edge.link)
            r |= edge.label->sceneBoundingRect();
    }
    return r;
}

ObjectId TopologyScene::objectAt(const QPointF &scenePos) const
{
    for (const QGraphicsItem *item : items(scenePos)) {
        for (const QGraphicsItem *i = item; i; i = i->parentItem()) {
            if (const ObjectId id = idOf(i); id != kNoObject)
                return id;
        }
    }
    return kNoObject;
}

ObjectId TopologyScene::hostAt(const QPointF &scenePos) const
{
    for (const Host &h : topology().hosts()) {
        if (QRectF(h.position, h.size).contains(scenePos))
            return h.id;
    }
    return kNoObject;
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

QPointF TopologyScene::modelPosition(const QGraphicsItem *item) const
{
    // Bridges and containers are stored relative to the host frame's body, below the title.
    return item->type() == NodeItem::Type ? item->pos() - QPointF(0, canvasstyle::kHostTitleHeight)
                                          : item->pos();
}

QString TopologyScene::describe(ObjectId id) const
{
    const Topology &t = topology();
    QStringList lines;
    switch (t.kindOf(id)) {
    case ObjectKind::Host: {
        const Host &h = *t.host(id);
        lines << h.name
              << tr("%1@%2, SSH port %3")
                     .arg(h.user,
                          h.managementAddress.isEmpty() ? tr("(no address)") : h.managementAddress)
                     .arg(h.sshPort);
        const auto result = m_deployResults.value(h.name, {DeployResult::Unknown, {}});
        if (result.first == DeployResult::Ok)
            lines << tr("Last deploy: as designed");
        else if (result.first == DeployResult::Failed)
            lines << tr("Last deploy failed: %1").arg(result.second);
        break;
    }
    case ObjectKind::Bridge: {
        const Bridge &b = *t.bridge(id);
        lines
            << t.displayName(id)
            << tr("gateway %1 on port %2, MTU %3").arg(b.gatewayAddress, b.gatewayPort).arg(b.mtu);
        if (b.nat)
            lines << tr("NAT to the outside");
        break;
    }
    case ObjectKind::Container: {
        const Container &c = *t.container(id);
        lines << t.displayName(id) << tr("image %1").arg(c.image)
              << (c.bridge == kNoObject
                      ? tr("not attached")
                      : tr("%1 on %2, address %3")
                            .arg(c.interfaceName, t.bridge(c.bridge)->name, c.address));
        break;
    }
    case ObjectKind::Link: {
        const VxlanLink &l = *t.link(id);
        lines << t.displayName(id)
              << tr("VNI %1, UDP port %2, ports %3 / %4")
                     .arg(l.vni)
                     .arg(l.udpPort)
                     .arg(l.portA, l.portB);
        break;
    }
    case ObjectKind::None:
        return {};
    }
    // What monitoring says now.
    if (const auto live = m_liveStates.constFind(id); live != m_liveStates.cend()) {
        lines << (live->second.isEmpty()
                      ? tr("Monitoring: %1").arg(livestyle::text(live->first))
                      : tr("Monitoring: %1. %2").arg(livestyle::text(live->first), live->second));
    }
    if (const auto detail = m_liveDetails.constFind(id); detail != m_liveDetails.cend())
        lines << detail.value();
    for (const Problem &p : m_problems->problemsOf(id))
        lines
            << (p.severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(p.text());
    return lines.join(QLatin1Char('\n'));
}

void TopologyScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Badges carry their own text; everything else is described from the model as it is now.
    const QList<QGraphicsItem *> under = items(event->scenePos());
    if (!under.isEmpty() && under.first()->type() == BadgeItem::Type) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    const QString text = describe(objectAt(event->scenePos()));
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), text, event->widget());
    event->accept();
}

// --- Gestures -----------------------------------------------------------------------------------

void TopologyScene::push(Edit &&edit)
{
    if (!edit.message.isEmpty())
        emit message(edit.message);
    if (edit.command)
        m_undoStack->push(edit.command.release());
}

ObjectId TopologyScene::dropObject(ObjectKind kind, const QPointF &scenePos)
{
    if (kind == ObjectKind::Host) {
        Edit edit = EditingPolicy::addHost(m_document, snapped(scenePos - QPointF(40, 17)));
        const ObjectId id = edit.created;
        push(std::move(edit));
        return id;
    }
    const ObjectId hostId = hostAt(scenePos);
    const Host *host = topology().host(hostId);
    const QPointF inside
        = host ? scenePos - host->position - QPointF(0, canvasstyle::kHostTitleHeight) : QPointF();
    Edit edit
        = kind == ObjectKind::Bridge
              ? EditingPolicy::addBridge(
                  m_document, hostId,
                  inside - QPointF(canvasstyle::kBridgeWidth / 2, canvasstyle::kBridgeHeight / 2))
              : EditingPolicy::addContainer(m_document, hostId,
                                            inside
                                                - QPointF(canvasstyle::kContainerWidth / 2,
                                                          canvasstyle::kContainerHeight / 2));
    const ObjectId id = edit.created;
    push(std::move(edit));
    return id;
}

bool TopologyScene::connectObjects(ObjectId from, ObjectId to)
{
    Edit edit = EditingPolicy::connect(m_document, from, to);
    const bool done = !edit.refused();
    push(std::move(edit));
    return done;
}

void TopologyScene::deleteSelection()
{
    QList<ObjectId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Links before what they join, then containers, bridges and hosts: each removal still finds
    // its object (a host's removal would take its bridges along).
    const Topology &t = topology();
    const auto rank = [&t](ObjectId id) {
        switch (t.kindOf(id)) {
        case ObjectKind::Link:
            return 0;
        case ObjectKind::Container:
            return 1;
        case ObjectKind::Bridge:
            return 2;
        default:
            return 3;
        }
    };
    std::stable_sort(ids.begin(), ids.end(),
                     [&](ObjectId a, ObjectId b) { return rank(a) < rank(b); });
    m_undoStack->beginMacro(ids.size() == 1 ? tr("Delete %1").arg(t.displayName(ids.first()))
                                            : tr("Delete %n object(s)", nullptr, int(ids.size())));
    for (ObjectId id : ids) {
        if (m_document->topology().contains(id))
            m_undoStack->push(new RemoveObjectCommand(m_document, id));
    }
    m_undoStack->endMacro();
}

bool TopologyScene::nudgeSelection(const QPointF &delta)
{
    std::vector<MoveCommand::Move> moves;
    m_snapSuspended = true;
    for (QGraphicsItem *item : selectedItems()) {
        if (!(item->flags() & QGraphicsItem::ItemIsMovable))
            continue;
        if (item->parentItem() && item->parentItem()->isSelected())
            continue; // moves with its host
        const QPointF from = modelPosition(item);
        item->setPos(item->pos() + delta); // kept inside its host frame
        if (const QPointF to = modelPosition(item); to != from)
            moves.push_back({idOf(item), from, to});
    }
    m_snapSuspended = false;
    if (moves.empty())
        return false;
    std::sort(moves.begin(), moves.end(),
              [](const MoveCommand::Move &a, const MoveCommand::Move &b) { return a.id < b.id; });
    m_undoStack->push(new MoveCommand(m_document, moves, MoveCommand::Kind::Nudge));
    return true;
}

bool TopologyScene::cancelGesture()
{
    if (m_rubberLine) {
        delete std::exchange(m_rubberLine, nullptr);
        m_connectFrom = kNoObject;
        emit message(tr("Connection cancelled."));
        return true;
    }
    if (m_resizing != kNoObject) {
        if (HostItem *host = m_hosts.value(m_resizing)) {
            host->setFrameSize(m_resizeFrom);
            host->setOverlapping(false);
        }
        m_resizing = kNoObject;
        return true;
    }
    if (!m_pressPositions.isEmpty()) { // filled from press to release: a drag is under way
        // Nothing was committed yet: back to where the model has everything.
        const QList<ObjectId> moved = m_pressPositions.keys();
        m_pressPositions.clear();
        m_movingEdges.clear();
        for (ObjectId id : moved)
            objectChanged(id, QStringLiteral("position"));
        for (HostItem *host : std::as_const(m_raised))
            host->setZValue(0);
        m_raised.clear();
        emit message(tr("Move cancelled."));
        return true;
    }
    return false;
}

void TopologyScene::updateOverlaps(HostItem *host)
{
    bool overlapping = false;
    const QRectF frame = host->sceneBoundingRect().adjusted(1, 1, -1, -1);
    for (const HostItem *other : std::as_const(m_hosts)) {
        if (other != host && other->sceneBoundingRect().intersects(frame))
            overlapping = true;
    }
    host->setOverlapping(overlapping);
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->scenePos())) {
            auto *host = qgraphicsitem_cast<HostItem *>(item);
            if (!host)
                continue;
            if (host->gripRect().contains(host->mapFromScene(event->scenePos()))) {
                m_resizing = host->id();
                m_resizeFrom = host->frameSize();
                event->accept();
                return;
            }
            break;
        }
        NodeItem *node = nodeAt(event->scenePos());
        if (node && node->handleRect().contains(node->mapFromScene(event->scenePos()))) {
            m_connectFrom = node->id();
            m_rubberLine
                = addLine(QLineF(node->anchor(), event->scenePos()),
                          QPen(canvasstyle::selection(canvasstyle::palette()), 2, Qt::DashLine));
            m_rubberLine->setZValue(20);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (item->flags() & QGraphicsItem::ItemIsMovable)
            m_pressPositions.insert(idOf(item), modelPosition(item));
        // A dragged host is drawn above its neighbours, not beneath them.
        if (auto *host = qgraphicsitem_cast<HostItem *>(item);
            host && event->button() == Qt::LeftButton) {
            host->setZValue(1);
            m_raised << host;
        }
    }
    findMovingEdges(); // once per drag, not at every step
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing != kNoObject) {
        if (HostItem *host = m_hosts.value(m_resizing)) {
            // Never smaller than what the frame holds.
            QRectF content(0, 0, 200, 120);
            for (const QGraphicsItem *child : host->childItems()) {
                if (child->type() == NodeItem::Type)
                    content |= child->mapRectToParent(child->boundingRect()).adjusted(0, 0, 8, 8);
            }
            const QPointF corner = snapped(host->mapFromScene(event->scenePos()));
            host->setFrameSize(QSizeF(std::max(corner.x(), content.right()),
                                      std::max(corner.y(), content.bottom())));
            updateOverlaps(host);
        }
        return;
    }
    if (m_rubberLine) {
        QLineF line = m_rubberLine->line();
        line.setP2(event->scenePos());
        m_rubberLine->setLine(line);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_pressPositions.isEmpty() && (event->buttons() & Qt::LeftButton))
        layoutMovedEdges();
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing != kNoObject) {
        const ObjectId id = std::exchange(m_resizing, kNoObject);
        HostItem *host = m_hosts.value(id);
        if (!host)
            return;
        host->setOverlapping(false);
        if (host->frameSize() == m_resizeFrom)
            return;
        const QRectF frame = host->sceneBoundingRect().adjusted(1, 1, -1, -1);
        for (const HostItem *other : std::as_const(m_hosts)) {
            if (other != host && other->sceneBoundingRect().intersects(frame))
                emit message(
                    tr("The frame of %1 now overlaps %2; move one of them apart.")
                        .arg(topology().displayName(id), topology().displayName(other->id())));
        }
        m_undoStack->push(
            new SetPropertyCommand(m_document, id, QStringLiteral("size"), host->frameSize()));
        return;
    }
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        const ObjectId from = m_connectFrom;
        m_connectFrom = kNoObject;
        NodeItem *target = nodeAt(event->scenePos());
        if (target && target->id() != from)
            connectObjects(from, target->id());
        else
            emit message(tr("Release on a bridge (or a container) to connect."));
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    for (HostItem *host : std::as_const(m_raised))
        host->setZValue(0);
    m_raised.clear();
    // One move command for the whole drag, with where each object started and ended.
    std::vector<MoveCommand::Move> moves;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        QGraphicsItem *item = itemFor(it.key());
        if (item && modelPosition(item) != it.value())
            moves.push_back({it.key(), it.value(), modelPosition(item)});
    }
    m_pressPositions.clear();
    m_movingEdges.clear();
    if (!moves.empty())
        m_undoStack->push(new MoveCommand(m_document, moves));
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const ObjectId id = objectAt(event->scenePos()); id != kNoObject) {
            emit editRequested(id);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace studio
