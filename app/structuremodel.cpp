#include "structuremodel.h"

#include "scene/canvasstyle.h"

#include <QBrush>
#include <QColor>

namespace studio {

StructureModel::StructureModel(TopologyDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &TopologyDocument::modelReset, this, &StructureModel::rebuild);
    connect(document, &TopologyDocument::objectAdded, this, &StructureModel::add);
    connect(document, &TopologyDocument::objectRemoved, this, &StructureModel::scheduleRemoval);
    connect(document, &TopologyDocument::objectChanged, this,
            [this](ObjectId id, const QString &key) {
                if (key == QLatin1String("position") || key == QLatin1String("size"))
                    return;
                flushRemovals();
                const Topology &t = m_document->topology();
                if (key == QLatin1String("bridge")) {
                    remove(id); // re-attached: its row moves to the new bridge
                    add(id);
                    return;
                }
                update(id);
                // Links are described by the names at their other end.
                if (key == QLatin1String("name") && t.kindOf(id) == ObjectKind::Host) {
                    for (const Bridge *b : t.bridgesOf(id)) {
                        for (const VxlanLink *l : t.linksOf(b->id))
                            update(l->id);
                    }
                }
                if (key == QLatin1String("name") && t.kindOf(id) == ObjectKind::Bridge) {
                    for (const VxlanLink *l : t.linksOf(id))
                        update(l->id);
                }
            });
    rebuild();
}

StructureModel::~StructureModel() = default;

void StructureModel::rebuild()
{
    m_pendingRemovals.clear();
    beginResetModel();
    m_root.children.clear();
    m_nodes.clear();
    const Topology &t = m_document->topology();
    for (const Host &h : t.hosts())
        insert(&m_root, h.id, kNoObject);
    for (const Bridge &b : t.bridges())
        insert(m_nodes.value(b.host).value(0), b.id, kNoObject);
    for (const Container &c : t.containers())
        insert(c.bridge == kNoObject ? m_nodes.value(c.host).value(0)
                                     : m_nodes.value(c.bridge).value(0),
               c.id, kNoObject);
    for (const VxlanLink &l : t.links()) {
        for (ObjectId side : {l.bridgeA, l.bridgeB})
            insert(m_nodes.value(side).value(0), l.id, side);
    }
    endResetModel();
    emit rowsShown(QModelIndex());
}

// Appends a node without telling views (callers do, or reset).
void StructureModel::insert(Node *parent, ObjectId id, ObjectId side)
{
    if (!parent)
        return;
    auto node = std::make_unique<Node>();
    node->id = id;
    node->side = side;
    node->parent = parent;
    node->row = int(parent->children.size());
    m_nodes[id] << node.get();
    parent->children.push_back(std::move(node));
}

StructureModel::Node *StructureModel::parentFor(ObjectId id) const
{
    const Topology &t = m_document->topology();
    switch (t.kindOf(id)) {
    case ObjectKind::Host:
        return const_cast<Node *>(&m_root);
    case ObjectKind::Bridge:
        return m_nodes.value(t.bridge(id)->host).value(0);
    case ObjectKind::Container: {
        const Container &c = *t.container(id);
        return m_nodes.value(c.bridge == kNoObject ? c.host : c.bridge).value(0);
    }
    default:
        return nullptr;
    }
}

// Removals come in bursts (an undo takes a paste of hundreds of objects away one by one): they
// are gathered and applied at the end of the burst, a large burst as one reset. Until then the
// rows of removed objects stay, empty.
void StructureModel::scheduleRemoval(ObjectId id)
{
    m_pendingRemovals << id;
    if (m_pendingRemovals.size() == 1)
        QMetaObject::invokeMethod(this, &StructureModel::flushRemovals, Qt::QueuedConnection);
}

void StructureModel::flushRemovals()
{
    if (m_pendingRemovals.isEmpty())
        return;
    const QList<ObjectId> removed = std::exchange(m_pendingRemovals, {});
    if (removed.size() > kLargeBurst) {
        rebuild();
        return;
    }
    for (ObjectId id : removed)
        remove(id);
}

void StructureModel::add(ObjectId id)
{
    flushRemovals();
    if (m_nodes.contains(id))
        return;
    const Topology &t = m_document->topology();
    QList<std::pair<Node *, ObjectId>> places; // parent, side
    if (const VxlanLink *l = t.link(id)) {
        for (ObjectId side : {l->bridgeA, l->bridgeB})
            places.append({m_nodes.value(side).value(0), side});
    } else {
        places.append({parentFor(id), kNoObject});
    }
    for (const auto &[parent, side] : places) {
        if (!parent)
            continue;
        const QModelIndex at = indexOf(parent);
        const int row = int(parent->children.size());
        beginInsertRows(at, row, row);
        insert(parent, id, side);
        endInsertRows();
        emit rowsShown(at);
    }
}

// Drops a node's subtree from the lookup (the nodes themselves go with their parent's vector).
void StructureModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    QList<Node *> &nodes = m_nodes[node->id];
    nodes.removeAll(node);
    if (nodes.isEmpty())
        m_nodes.remove(node->id);
}

void StructureModel::remove(ObjectId id)
{
    const QList<Node *> nodes = m_nodes.value(id);
    for (Node *node : nodes) {
        Node *parent = node->parent;
        const int row = node->row;
        beginRemoveRows(indexOf(parent), row, row);
        forget(node);
        parent->children.erase(parent->children.begin() + row);
        for (int r = row; r < int(parent->children.size()); ++r)
            parent->children[std::size_t(r)]->row = r;
        endRemoveRows();
    }
}

void StructureModel::update(ObjectId id)
{
    for (const Node *node : m_nodes.value(id))
        emit dataChanged(indexOf(node, 0), indexOf(node, 1));
}

QModelIndex StructureModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

StructureModel::Node *StructureModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QModelIndex StructureModel::indexOf(ObjectId id) const
{
    const_cast<StructureModel *>(this)->flushRemovals();
    return indexOf(m_nodes.value(id).value(0));
}

ObjectId StructureModel::objectAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : kNoObject;
}

QModelIndex StructureModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()) || column < 0 || column > 1)
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex StructureModel::parent(const QModelIndex &index) const
{
    return index.isValid() ? indexOf(nodeOf(index)->parent) : QModelIndex();
}

int StructureModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int StructureModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant StructureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Object") : tr("Details");
}

QVariant StructureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const Topology &t = m_document->topology();
    if (!t.contains(node->id))
        return {}; // removed, its row about to go
    const Host *host = t.host(node->id);
    if (host && (role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        const auto failed = m_failedHosts.constFind(host->name);
        if (failed == m_failedHosts.cend())
            return {};
        return role == Qt::ToolTipRole ? QVariant(failed.value())
                                       : QVariant(QBrush(canvasstyle::failedColor()));
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool name = index.column() == 0;
    switch (t.kindOf(node->id)) {
    case ObjectKind::Host:
        return name ? host->name
                    : tr("%1@%2, datapath %3")
                          .arg(host->user, host->managementAddress,
                               host->datapath == Datapath::Netdev ? tr("netdev") : tr("system"));
    case ObjectKind::Bridge: {
        const Bridge &b = *t.bridge(node->id);
        return name ? b.name : tr("%1 on %2").arg(b.gatewayAddress, b.gatewayPort);
    }
    case ObjectKind::Container: {
        const Container &c = *t.container(node->id);
        return name ? c.name : c.bridge == kNoObject ? tr("not attached") : c.address;
    }
    case ObjectKind::Link: {
        const VxlanLink &l = *t.link(node->id);
        return name ? l.portOn(node->side)
                    : tr("VNI %1 to %2").arg(l.vni).arg(t.displayName(l.otherEnd(node->side)));
    }
    case ObjectKind::None:
        break;
    }
    return {};
}

void StructureModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

void StructureModel::setHostResult(const QString &host, bool ok, const QString &detail)
{
    if (ok)
        m_failedHosts.remove(host);
    else
        m_failedHosts.insert(host, detail);
    for (const Host &h : m_document->topology().hosts()) {
        if (h.name == host)
            update(h.id);
    }
}

} // namespace studio
