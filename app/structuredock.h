#pragma once

#include "model/topologydocument.h"

#include <QWidget>

class QTreeView;

namespace studio {

class StructureModel;

// The Structure dock: the topology as a tree (hosts, bridges, attached containers, tunnels).
// Clicking a row selects the object on the canvas; selecting on the canvas selects its row.
class StructureDock : public QWidget
{
    Q_OBJECT

public:
    explicit StructureDock(TopologyDocument *document, QWidget *parent = nullptr);

    StructureModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Follows the canvas's selection (without announcing it back).
    void showSelection(const QList<ObjectId> &ids);

signals:
    void objectActivated(studio::ObjectId id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    StructureModel *m_model;
    QTreeView *m_view;
    bool m_following = false;
    QList<ObjectId> m_selection; // the canvas's, shown when the tree is
};

} // namespace studio
