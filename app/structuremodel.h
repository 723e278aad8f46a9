#pragma once

#include "model/topologydocument.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace studio {

// The topology as a tree: hosts, their bridges with the containers attached and the tunnels, and
// containers not attached yet. A tree of ids over the document, followed per object: an added
// object inserts its row, a change repaints its own rows (a re-attached container moves), only a
// reset rebuilds the tree. Texts are read from the model when shown, so a rename costs nothing
// here but a repaint.
class StructureModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit StructureModel(TopologyDocument *document, QObject *parent = nullptr);
    ~StructureModel() override;

    // The first row that stands for an object (a link has one under each of its bridges).
    QModelIndex indexOf(ObjectId id) const;
    ObjectId objectAt(const QModelIndex &index) const;
    // Marks a host's rows after a deploy: failed hosts in red with the reason as tooltip.
    void setHostResult(const QString &host, bool ok, const QString &detail);
    // Texts are made when shown: views just ask again.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Rows were added under this parent: the view expands it (invalid: the whole tree).
    void rowsShown(const QModelIndex &parent);

private:
    struct Node
    {
        ObjectId id = kNoObject;
        ObjectId side = kNoObject; // a link's row: the bridge it hangs under
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    void rebuild();
    void scheduleRemoval(ObjectId id);
    void flushRemovals();
    void add(ObjectId id);
    void remove(ObjectId id);
    void update(ObjectId id);
    void insert(Node *parent, ObjectId id, ObjectId side);
    void forget(Node *node);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;
    Node *parentFor(ObjectId id) const;

    TopologyDocument *m_document;
    Node m_root;
    QHash<ObjectId, QList<Node *>> m_nodes;
    QHash<QString, QString> m_failedHosts; // host name -> why its last deploy failed
    QList<ObjectId> m_pendingRemovals;
    static constexpr int kLargeBurst = 24; // more removals than this: one reset
};

} // namespace studio
