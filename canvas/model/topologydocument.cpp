#include "topologydocument.h"

#include "properties.h"

namespace studio {

ObjectId Snapshot::root() const
{
    if (!hosts.empty())
        return hosts.front().id;
    if (!bridges.empty())
        return bridges.front().id;
    if (!containers.empty())
        return containers.front().id;
    if (!links.empty())
        return links.front().id;
    return kNoObject;
}

TopologyDocument::TopologyDocument(QObject *parent)
    : QObject(parent)
{}

void TopologyDocument::reset(Topology topology)
{
    m_topology = std::move(topology);
    m_reserved = 0;
    emit modelReset();
    setModified(false);
}

ObjectId TopologyDocument::reserveId()
{
    m_reserved = std::max(m_reserved + 1, m_topology.nextId());
    return m_reserved;
}

void TopologyDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void TopologyDocument::changed()
{
    setModified(true);
}

void TopologyDocument::setImages(const ImageDefinitions &images)
{
    if (m_topology.images == images)
        return;
    m_topology.images = images;
    changed();
    emit objectChanged(kNoObject, QStringLiteral("images"));
}

Snapshot TopologyDocument::remove(ObjectId id)
{
    Snapshot s;
    const Topology &t = m_topology;
    switch (t.kindOf(id)) {
    case ObjectKind::None:
        return s;
    case ObjectKind::Host:
        s.hosts.push_back(*t.host(id));
        for (const Bridge *b : t.bridgesOf(id)) {
            s.bridges.push_back(*b);
            for (const VxlanLink *l : t.linksOf(b->id))
                s.links.push_back(*l);
        }
        for (const Container *c : t.containersOf(id))
            s.containers.push_back(*c);
        break;
    case ObjectKind::Bridge:
        s.bridges.push_back(*t.bridge(id));
        for (const VxlanLink *l : t.linksOf(id))
            s.links.push_back(*l);
        for (const Container *c : t.containersOnBridge(id))
            s.detached.emplace_back(c->id, id);
        break;
    case ObjectKind::Container:
        s.containers.push_back(*t.container(id));
        break;
    case ObjectKind::Link:
        s.links.push_back(*t.link(id));
        break;
    }
    const std::vector<ObjectId> removed = m_topology.remove(id);
    for (ObjectId r : removed)
        emit objectRemoved(r);
    for (const auto &[container, bridge] : s.detached)
        emit objectChanged(container, QStringLiteral("bridge"));
    changed();
    return s;
}

Status TopologyDocument::restore(const Snapshot &s)
{
    // Hosts, then what lives on them, then what joins them: each refers only to what came before.
    std::vector<ObjectId> added;
    const auto take = [&added](auto result) -> Status {
        if (!result)
            return result.error();
        added.push_back(result.value());
        return success();
    };
    for (const Host &h : s.hosts)
        if (auto st = take(m_topology.addHost(h)); !st)
            return st;
    for (const Bridge &b : s.bridges)
        if (auto st = take(m_topology.addBridge(b)); !st)
            return st;
    for (const Container &c : s.containers)
        if (auto st = take(m_topology.addContainer(c)); !st)
            return st;
    for (const VxlanLink &l : s.links)
        if (auto st = take(m_topology.addLink(l)); !st)
            return st;
    for (ObjectId id : added)
        emit objectAdded(id);
    for (const auto &[container, bridge] : s.detached) {
        if (Container *c = m_topology.container(container)) {
            c->bridge = bridge;
            emit objectChanged(container, QStringLiteral("bridge"));
        }
    }
    changed();
    return success();
}

Status TopologyDocument::setProperty(ObjectId id, const QString &key, const QVariant &value)
{
    if (auto st = properties::set(m_topology, id, key, value); !st)
        return st;
    emit objectChanged(id, key);
    changed();
    return success();
}

QVariant TopologyDocument::property(ObjectId id, const QString &key) const
{
    return properties::get(m_topology, id, key);
}

} // namespace studio
