#include "topology.h"

#include <algorithm>

namespace studio {

namespace {

template<typename T>
const T *lookup(const std::vector<T> &items, const QHash<ObjectId, std::size_t> &index, ObjectId id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &items[*it];
}

template<typename T> void rebuild(const std::vector<T> &items, QHash<ObjectId, std::size_t> &index)
{
    index.clear();
    index.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
}

// Keeps each kind in id order, which is creation order: files, lists and the canvas show objects
// in the order they were made, and undoing a deletion puts an object back where it was.
template<typename T>
void insertInOrder(std::vector<T> &items, QHash<ObjectId, std::size_t> &index, T item)
{
    if (items.empty() || items.back().id < item.id) {
        index.insert(item.id, items.size());
        items.push_back(std::move(item));
        return;
    }
    const auto at
        = std::lower_bound(items.begin(), items.end(), item.id,
                           [](const T &existing, ObjectId id) { return existing.id < id; });
    items.insert(at, std::move(item));
    rebuild(items, index);
}

template<typename T> bool eraseById(std::vector<T> &items, ObjectId id)
{
    const auto it
        = std::find_if(items.begin(), items.end(), [id](const T &t) { return t.id == id; });
    if (it == items.end())
        return false;
    items.erase(it);
    return true;
}

} // namespace

const Host *Topology::host(ObjectId id) const
{
    return lookup(m_hosts, m_hostIndex, id);
}
const Bridge *Topology::bridge(ObjectId id) const
{
    return lookup(m_bridges, m_bridgeIndex, id);
}
const Container *Topology::container(ObjectId id) const
{
    return lookup(m_containers, m_containerIndex, id);
}
const VxlanLink *Topology::link(ObjectId id) const
{
    return lookup(m_links, m_linkIndex, id);
}
Host *Topology::host(ObjectId id)
{
    return const_cast<Host *>(std::as_const(*this).host(id));
}
Bridge *Topology::bridge(ObjectId id)
{
    return const_cast<Bridge *>(std::as_const(*this).bridge(id));
}
Container *Topology::container(ObjectId id)
{
    return const_cast<Container *>(std::as_const(*this).container(id));
}
VxlanLink *Topology::link(ObjectId id)
{
    return const_cast<VxlanLink *>(std::as_const(*this).link(id));
}

ObjectKind Topology::kindOf(ObjectId id) const
{
    if (m_hostIndex.contains(id))
        return ObjectKind::Host;
    if (m_bridgeIndex.contains(id))
        return ObjectKind::Bridge;
    if (m_containerIndex.contains(id))
        return ObjectKind::Container;
    if (m_linkIndex.contains(id))
        return ObjectKind::Link;
    return ObjectKind::None;
}

int Topology::objectCount() const
{
    return int(m_hosts.size() + m_bridges.size() + m_containers.size() + m_links.size());
}

Status Topology::claimId(ObjectId &id, const QString &what)
{
    if (id == kNoObject) {
        id = m_nextId++;
        return success();
    }
    if (contains(id))
        return Error{
            what,
            Topology::tr("id %1 is used by another object (%2).").arg(id).arg(displayName(id)),
            Topology::tr("Give every object its own id.")};
    m_nextId = std::max(m_nextId, id + 1);
    return success();
}

Result<ObjectId> Topology::addHost(Host host)
{
    if (auto claimed = claimId(host.id, host.name); !claimed)
        return claimed.error();
    const ObjectId id = host.id;
    insertInOrder(m_hosts, m_hostIndex, std::move(host));
    return id;
}

Result<ObjectId> Topology::addBridge(Bridge bridge)
{
    if (!host(bridge.host))
        return Error{
            bridge.name,
            Topology::tr("bridge refers to host id %1, which does not exist.").arg(bridge.host),
            Topology::tr("Place the bridge inside an existing host.")};
    if (auto claimed = claimId(bridge.id, bridge.name); !claimed)
        return claimed.error();
    const ObjectId id = bridge.id;
    insertInOrder(m_bridges, m_bridgeIndex, std::move(bridge));
    return id;
}

Result<ObjectId> Topology::addContainer(Container container)
{
    if (!host(container.host))
        return Error{container.name,
                     Topology::tr("container refers to host id %1, which does not exist.")
                         .arg(container.host),
                     Topology::tr("Place the container inside an existing host.")};
    if (container.bridge != kNoObject) {
        const Bridge *attached = bridge(container.bridge);
        if (!attached)
            return Error{container.name,
                         Topology::tr("container refers to bridge id %1, which does not exist.")
                             .arg(container.bridge),
                         Topology::tr("Attach it to an existing bridge or to none.")};
        if (attached->host != container.host)
            return Error{container.name,
                         Topology::tr("container is attached to bridge %1 on another host.")
                             .arg(displayName(attached->id)),
                         Topology::tr("Attach it to a bridge on its own host.")};
    }
    if (auto claimed = claimId(container.id, container.name); !claimed)
        return claimed.error();
    const ObjectId id = container.id;
    insertInOrder(m_containers, m_containerIndex, std::move(container));
    return id;
}

Result<ObjectId> Topology::addLink(VxlanLink link)
{
    for (ObjectId end : {link.bridgeA, link.bridgeB}) {
        if (!bridge(end))
            return Error{
                Topology::tr("link"),
                Topology::tr("link refers to bridge id %1, which does not exist.").arg(end),
                Topology::tr("Connect two existing bridges.")};
    }
    if (auto claimed = claimId(link.id, Topology::tr("link")); !claimed)
        return claimed.error();
    const ObjectId id = link.id;
    insertInOrder(m_links, m_linkIndex, std::move(link));
    return id;
}

std::vector<ObjectId> Topology::remove(ObjectId id)
{
    std::vector<ObjectId> removed;
    switch (kindOf(id)) {
    case ObjectKind::None:
        return removed;
    case ObjectKind::Link:
        eraseById(m_links, id);
        reindex(ObjectKind::Link);
        removed.push_back(id);
        return removed;
    case ObjectKind::Container:
        eraseById(m_containers, id);
        reindex(ObjectKind::Container);
        removed.push_back(id);
        return removed;
    case ObjectKind::Bridge: {
        removed.push_back(id);
        for (const VxlanLink *l : linksOf(id))
            removed.push_back(l->id);
        for (std::size_t i = 1; i < removed.size(); ++i)
            eraseById(m_links, removed[i]);
        for (Container &c : m_containers) {
            if (c.bridge == id)
                c.bridge = kNoObject;
        }
        eraseById(m_bridges, id);
        reindex(ObjectKind::Link);
        reindex(ObjectKind::Bridge);
        return removed;
    }
    case ObjectKind::Host: {
        removed.push_back(id);
        for (const Bridge *b : bridgesOf(id)) {
            removed.push_back(b->id);
            for (const VxlanLink *l : linksOf(b->id))
                removed.push_back(l->id);
        }
        for (const Container *c : containersOf(id))
            removed.push_back(c->id);
        const auto gone = [&removed](const auto &item) {
            return std::find(removed.begin(), removed.end(), item.id) != removed.end();
        };
        m_links.erase(std::remove_if(m_links.begin(), m_links.end(), gone), m_links.end());
        m_containers.erase(std::remove_if(m_containers.begin(), m_containers.end(), gone),
                           m_containers.end());
        m_bridges.erase(std::remove_if(m_bridges.begin(), m_bridges.end(), gone), m_bridges.end());
        eraseById(m_hosts, id);
        for (ObjectKind k :
             {ObjectKind::Host, ObjectKind::Bridge, ObjectKind::Container, ObjectKind::Link})
            reindex(k);
        return removed;
    }
    }
    return removed;
}

void Topology::reindex(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Host:
        rebuild(m_hosts, m_hostIndex);
        break;
    case ObjectKind::Bridge:
        rebuild(m_bridges, m_bridgeIndex);
        break;
    case ObjectKind::Container:
        rebuild(m_containers, m_containerIndex);
        break;
    case ObjectKind::Link:
        rebuild(m_links, m_linkIndex);
        break;
    case ObjectKind::None:
        break;
    }
}

std::vector<const Bridge *> Topology::bridgesOf(ObjectId hostId) const
{
    std::vector<const Bridge *> result;
    for (const Bridge &b : m_bridges) {
        if (b.host == hostId)
            result.push_back(&b);
    }
    return result;
}

std::vector<const Container *> Topology::containersOf(ObjectId hostId) const
{
    std::vector<const Container *> result;
    for (const Container &c : m_containers) {
        if (c.host == hostId)
            result.push_back(&c);
    }
    return result;
}

std::vector<const Container *> Topology::containersOnBridge(ObjectId bridgeId) const
{
    std::vector<const Container *> result;
    for (const Container &c : m_containers) {
        if (c.bridge == bridgeId)
            result.push_back(&c);
    }
    return result;
}

std::vector<const VxlanLink *> Topology::linksOf(ObjectId bridgeId) const
{
    std::vector<const VxlanLink *> result;
    for (const VxlanLink &l : m_links) {
        if (l.bridgeA == bridgeId || l.bridgeB == bridgeId)
            result.push_back(&l);
    }
    return result;
}

QString Topology::displayName(ObjectId id) const
{
    const auto qualified = [this](ObjectId hostId, const QString &name) {
        const Host *h = host(hostId);
        return (h ? h->name : QStringLiteral("?")) + QLatin1Char('/') + name;
    };
    switch (kindOf(id)) {
    case ObjectKind::Host:
        return host(id)->name;
    case ObjectKind::Bridge:
        return qualified(bridge(id)->host, bridge(id)->name);
    case ObjectKind::Container:
        return qualified(container(id)->host, container(id)->name);
    case ObjectKind::Link: {
        const VxlanLink *l = link(id);
        return displayName(l->bridgeA) + QStringLiteral(" <-> ") + displayName(l->bridgeB);
    }
    case ObjectKind::None:
        break;
    }
    return Topology::tr("object %1").arg(id);
}

bool operator==(const Host &a, const Host &b)
{
    return a.id == b.id && a.name == b.name && a.managementAddress == b.managementAddress
           && a.sshPort == b.sshPort && a.user == b.user && a.auth == b.auth
           && a.keyFile == b.keyFile && a.sudo == b.sudo && a.underlayAddress == b.underlayAddress
           && a.underlayMtu == b.underlayMtu && a.datapath == b.datapath && a.position == b.position
           && a.size == b.size;
}

bool operator==(const Bridge &a, const Bridge &b)
{
    return a.id == b.id && a.host == b.host && a.name == b.name && a.gatewayPort == b.gatewayPort
           && a.gatewayAddress == b.gatewayAddress && a.mtu == b.mtu && a.nat == b.nat
           && a.routed == b.routed && a.position == b.position;
}

bool operator==(const Container &a, const Container &b)
{
    return a.id == b.id && a.host == b.host && a.bridge == b.bridge && a.name == b.name
           && a.image == b.image && a.interfaceName == b.interfaceName && a.address == b.address
           && a.gateway == b.gateway && a.position == b.position;
}

bool operator==(const VxlanLink &a, const VxlanLink &b)
{
    return a.id == b.id && a.bridgeA == b.bridgeA && a.bridgeB == b.bridgeB && a.vni == b.vni
           && a.udpPort == b.udpPort && a.portA == b.portA && a.portB == b.portB;
}

bool operator==(const Topology &a, const Topology &b)
{
    return a.name == b.name && a.description == b.description && a.images == b.images
           && a.m_hosts == b.m_hosts && a.m_bridges == b.m_bridges
           && a.m_containers == b.m_containers && a.m_links == b.m_links;
}

} // namespace studio
