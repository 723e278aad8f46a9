#pragma once

#include "model/topology.h"
#include "model/validation.h"

#include <QGraphicsScene>
#include <QHash>

namespace studio {

class HostItem;
class NodeItem;

// Draws a topology: host frames holding their bridges and containers, attachment edges with the
// container's address, VXLAN links coloured by VNI, validation badges, and each host's deploy
// state. Items carry object ids and paint from the topology they were built from.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class HostState { Unknown, Ok, Failed };

    explicit TopologyScene(QObject *parent = nullptr);

    void setTopology(const Topology &topology);
    const Topology &topology() const { return m_topology; }
    void setHostState(const QString &host, HostState state, const QString &detail = {});
    HostState hostState(const QString &host) const;

    QGraphicsItem *itemFor(ObjectId id) const { return m_items.value(id); }
    QList<quint32> vnis() const;
    QColor colorOf(quint32 vni) const; // distinct per VNI of this topology

private:
    void rebuild();

    Topology m_topology;
    QList<Problem> m_problems;
    QHash<ObjectId, QGraphicsItem *> m_items;
    QHash<QString, QPair<HostState, QString>> m_hostStates;
};

} // namespace studio
