#include "structuremodel.h"

#include <QBrush>
#include <QColor>

namespace studio {

StructureModel::StructureModel(TopologyDocument *document, QObject *parent)
    : QStandardItemModel(parent)
    , m_document(document)
{
    setHorizontalHeaderLabels({tr("Object"), tr("Details")});
    connect(document, &TopologyDocument::modelReset, this, &StructureModel::rebuild);
    connect(document, &TopologyDocument::objectAdded, this, &StructureModel::add);
    connect(document, &TopologyDocument::objectRemoved, this, &StructureModel::removeObjectRows);
    connect(document, &TopologyDocument::objectChanged, this,
            [this](ObjectId id, const QString &key) {
                if (key == QLatin1String("position") || key == QLatin1String("size"))
                    return;
                const Topology &t = m_document->topology();
                if (key == QLatin1String("bridge")) {
                    removeObjectRows(id); // re-attached: its row moves to the new bridge
                    add(id);
                    return;
                }
                update(id);
                // Links are described by the names at their other end.
                if (key == QLatin1String("name") && t.kindOf(id) == ObjectKind::Host)
                    updateLinksOfHost(id);
                if (key == QLatin1String("name") && t.kindOf(id) == ObjectKind::Bridge) {
                    for (const VxlanLink *l : t.linksOf(id))
                        update(l->id);
                }
            });
    rebuild();
}

QModelIndex StructureModel::indexOf(ObjectId id) const
{
    const QList<QStandardItem *> items = m_items.value(id);
    return items.isEmpty() ? QModelIndex() : items.first()->index();
}

ObjectId StructureModel::objectAt(const QModelIndex &index) const
{
    return index.isValid() ? ObjectId(index.siblingAtColumn(0).data(kObjectRole).toUInt())
                           : kNoObject;
}

void StructureModel::rebuild()
{
    removeRows(0, rowCount());
    m_items.clear();
    const Topology &t = m_document->topology();
    for (const Host &h : t.hosts()) {
        add(h.id);
        for (const Bridge *b : t.bridgesOf(h.id))
            add(b->id);
        for (const Container *c : t.containersOf(h.id))
            add(c->id);
    }
    for (const VxlanLink &l : t.links())
        add(l.id);
    emit rowsShown(QModelIndex());
}

QList<QStandardItem *> StructureModel::makeRow(ObjectId id, ObjectId bridgeSide) const
{
    auto *name = new QStandardItem;
    auto *details = new QStandardItem;
    name->setData(id, kObjectRole);
    name->setEditable(false);
    details->setEditable(false);
    name->setData(bridgeSide, kObjectRole + 1);
    return {name, details};
}

QStandardItem *StructureModel::parentFor(ObjectId id) const
{
    const Topology &t = m_document->topology();
    const auto first = [this](ObjectId of) -> QStandardItem * {
        const QList<QStandardItem *> items = m_items.value(of);
        return items.isEmpty() ? nullptr : items.first();
    };
    switch (t.kindOf(id)) {
    case ObjectKind::Host:
        return invisibleRootItem();
    case ObjectKind::Bridge:
        return first(t.bridge(id)->host);
    case ObjectKind::Container: {
        const Container &c = *t.container(id);
        return c.bridge == kNoObject ? first(c.host) : first(c.bridge);
    }
    default:
        return nullptr;
    }
}

void StructureModel::add(ObjectId id)
{
    const Topology &t = m_document->topology();
    if (m_items.contains(id))
        return;
    if (const VxlanLink *l = t.link(id)) {
        // Under each of its bridges, described from that side.
        for (ObjectId side : {l->bridgeA, l->bridgeB}) {
            const QList<QStandardItem *> parents = m_items.value(side);
            if (parents.isEmpty())
                continue;
            const QList<QStandardItem *> row = makeRow(id, side);
            parents.first()->appendRow(row);
            m_items[id] << row.first();
            emit rowsShown(parents.first()->index());
        }
        update(id);
        return;
    }
    QStandardItem *parent = parentFor(id);
    if (!parent)
        return;
    const QList<QStandardItem *> row = makeRow(id);
    parent->appendRow(row);
    m_items[id] << row.first();
    update(id);
    emit rowsShown(parent->index());
}

void StructureModel::removeObjectRows(ObjectId id)
{
    const QList<QStandardItem *> items = m_items.take(id);
    for (QStandardItem *item : items) {
        // Rows below it go with it: forget them too (a host's bridges, a bridge's links).
        QList<QStandardItem *> below{item};
        while (!below.isEmpty()) {
            QStandardItem *i = below.takeLast();
            for (int r = 0; r < i->rowCount(); ++r) {
                QStandardItem *child = i->child(r);
                const ObjectId childId = ObjectId(child->data(kObjectRole).toUInt());
                m_items[childId].removeAll(child);
                if (m_items.value(childId).isEmpty())
                    m_items.remove(childId);
                below << child;
            }
        }
        QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
        parent->removeRow(item->row());
    }
}

void StructureModel::update(ObjectId id)
{
    const Topology &t = m_document->topology();
    for (QStandardItem *item : m_items.value(id)) {
        QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
        QStandardItem *details = parent->child(item->row(), 1);
        QString name, text;
        switch (t.kindOf(id)) {
        case ObjectKind::Host: {
            const Host &h = *t.host(id);
            name = h.name;
            text = tr("%1@%2, datapath %3")
                       .arg(h.user, h.managementAddress,
                            h.datapath == Datapath::Netdev ? tr("netdev") : tr("system"));
            break;
        }
        case ObjectKind::Bridge: {
            const Bridge &b = *t.bridge(id);
            name = b.name;
            text = tr("%1 on %2").arg(b.gatewayAddress, b.gatewayPort);
            break;
        }
        case ObjectKind::Container: {
            const Container &c = *t.container(id);
            name = c.name;
            text = c.bridge == kNoObject ? tr("not attached") : c.address;
            break;
        }
        case ObjectKind::Link: {
            const VxlanLink &l = *t.link(id);
            const ObjectId side = ObjectId(item->data(kObjectRole + 1).toUInt());
            name = l.portOn(side);
            text = tr("VNI %1 to %2").arg(l.vni).arg(t.displayName(l.otherEnd(side)));
            break;
        }
        case ObjectKind::None:
            break;
        }
        item->setText(name);
        if (details)
            details->setText(text);
    }
}

void StructureModel::updateLinksOfHost(ObjectId host)
{
    const Topology &t = m_document->topology();
    for (const Bridge *b : t.bridgesOf(host)) {
        for (const VxlanLink *l : t.linksOf(b->id))
            update(l->id);
    }
}

void StructureModel::setHostResult(const QString &host, bool ok, const QString &detail)
{
    for (int r = 0; r < rowCount(); ++r) {
        QStandardItem *item = this->item(r, 0);
        if (item->text() != host)
            continue;
        for (QStandardItem *cell : {item, this->item(r, 1)}) {
            cell->setData(ok ? QVariant() : QBrush(QColor(220, 50, 47)), Qt::ForegroundRole);
            cell->setToolTip(ok ? QString() : detail);
        }
    }
}

} // namespace studio
