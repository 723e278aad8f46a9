#pragma once

#include "model/topologydocument.h"

#include <QHash>
#include <QStandardItemModel>

namespace studio {

// The topology as a tree: hosts, their bridges with the containers attached and the tunnels, and
// containers not attached yet. Follows the document per object: an added object adds its row, a
// change rewrites its own rows (a re-attached container moves), only a reset rebuilds the tree.
class StructureModel : public QStandardItemModel
{
    Q_OBJECT

public:
    static constexpr int kObjectRole = Qt::UserRole + 1;

    explicit StructureModel(TopologyDocument *document, QObject *parent = nullptr);

    // The first row that stands for an object (a link has one under each of its bridges).
    QModelIndex indexOf(ObjectId id) const;
    ObjectId objectAt(const QModelIndex &index) const;
    // Marks a host's rows after a deploy: failed hosts in red with the reason as tooltip.
    void setHostResult(const QString &host, bool ok, const QString &detail);

signals:
    // Rows were added under these parents: the view expands them.
    void rowsShown(const QModelIndex &parent);

private:
    void rebuild();
    void add(ObjectId id);
    void removeObjectRows(ObjectId id);
    void update(ObjectId id);
    void updateLinksOfHost(ObjectId host);
    QList<QStandardItem *> makeRow(ObjectId id, ObjectId bridgeSide = kNoObject) const;
    QStandardItem *parentFor(ObjectId id) const;

    TopologyDocument *m_document;
    QHash<ObjectId, QList<QStandardItem *>> m_items; // first column of each row of an object
};

} // namespace studio
