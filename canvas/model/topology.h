#pragma once

#include "ids.h"
#include "imagedefinition.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace studio {

enum class AuthMethod { Agent, KeyFile, Password };
enum class Datapath { System, Netdev };

struct Host
{
    ObjectId id = kNoObject;
    QString name;
    QString managementAddress; // IP address or DNS name we SSH to
    int sshPort = 22;
    QString user = QStringLiteral("root");
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;         // only for AuthMethod::KeyFile
    bool sudo = false;       // prefix commands with "sudo -n" (user is not root)
    QString underlayAddress; // VTEP address; empty means the management address
    int underlayMtu = 1500;
    // "netdev" is the userspace datapath: hosts without the OVS kernel module, OVS-DPDK, the lab.
    Datapath datapath = Datapath::System;
    QPointF position;
    QSizeF size{420, 280};

    QString effectiveUnderlayAddress() const
    {
        return underlayAddress.isEmpty() ? managementAddress : underlayAddress;
    }
};

struct Bridge
{
    ObjectId id = kNoObject;
    ObjectId host = kNoObject;
    QString name;           // OVS bridge, e.g. br0
    QString gatewayPort;    // internal port that holds the gateway address, e.g. veth0
    QString gatewayAddress; // CIDR, e.g. 10.2.2.1/24; its network is the bridge's subnet
    int mtu = 1450;
    bool nat = false; // masquerade the subnet out of the host (guide step 6)
    // Segments are isolated on their host by default; the host routes between the segments of
    // its bridges that have this set (a deliberate design choice, planned and explained).
    bool routed = false;
    QPointF position; // relative to the host frame
};

struct Container
{
    ObjectId id = kNoObject;
    ObjectId host = kNoObject;
    ObjectId bridge = kNoObject; // kNoObject: not attached yet
    QString name;
    QString image;
    QString interfaceName = QStringLiteral("eth0");
    QString address;  // CIDR, e.g. 10.2.2.2/24
    QString gateway;  // plain address; empty means the bridge's gateway address
    QPointF position; // relative to the host frame
};

struct VxlanLink
{
    ObjectId id = kNoObject;
    ObjectId bridgeA = kNoObject;
    ObjectId bridgeB = kNoObject;
    quint32 vni = 0;
    int udpPort = 4789;
    QString portA; // tunnel port on bridge A's host, e.g. vxlan0
    QString portB; // tunnel port on bridge B's host

    QString portOn(ObjectId bridge) const { return bridge == bridgeA ? portA : portB; }
    ObjectId otherEnd(ObjectId bridge) const { return bridge == bridgeA ? bridgeB : bridgeA; }
};

// The whole diagram as a plain value: copyable, comparable, no signals. Pointers returned by the
// accessors are valid until the next insert or remove of the same kind.
class Topology
{
    Q_DECLARE_TR_FUNCTIONS(studio::Topology)

public:
    static constexpr int kDefaultVxlanPort = 4789;

    QString name;
    QString description;
    // Where hosts that lack an image get it (images without a definition are pulled).
    ImageDefinitions images;

    const std::vector<Host> &hosts() const { return m_hosts; }
    const std::vector<Bridge> &bridges() const { return m_bridges; }
    const std::vector<Container> &containers() const { return m_containers; }
    const std::vector<VxlanLink> &links() const { return m_links; }

    const Host *host(ObjectId id) const;
    const Bridge *bridge(ObjectId id) const;
    const Container *container(ObjectId id) const;
    const VxlanLink *link(ObjectId id) const;
    Host *host(ObjectId id);
    Bridge *bridge(ObjectId id);
    Container *container(ObjectId id);
    VxlanLink *link(ObjectId id);

    ObjectKind kindOf(ObjectId id) const;
    bool contains(ObjectId id) const { return kindOf(id) != ObjectKind::None; }
    int objectCount() const;

    // Adds an object. An id of kNoObject gets a fresh one; an explicit id must be unused and the
    // objects it refers to must exist (a bridge's host, a link's bridges...).
    Result<ObjectId> addHost(Host host);
    Result<ObjectId> addBridge(Bridge bridge);
    Result<ObjectId> addContainer(Container container);
    Result<ObjectId> addLink(VxlanLink link);

    // Removes an object and everything that depends on it (a host's bridges and containers, a
    // bridge's links; containers of a removed bridge stay on their host, detached). Returns the
    // ids removed, the object itself first.
    std::vector<ObjectId> remove(ObjectId id);

    std::vector<const Bridge *> bridgesOf(ObjectId host) const;
    std::vector<const Container *> containersOf(ObjectId host) const;
    std::vector<const Container *> containersOnBridge(ObjectId bridge) const;
    std::vector<const VxlanLink *> linksOf(ObjectId bridge) const;

    // "host1", "host1/br0", "host1/container1", "host1/br0 <-> host2/br0": how the user sees it.
    QString displayName(ObjectId id) const;

    ObjectId nextId() const { return m_nextId; }

    friend bool operator==(const Topology &a, const Topology &b);
    friend bool operator!=(const Topology &a, const Topology &b) { return !(a == b); }

private:
    Status claimId(ObjectId &id, const QString &what);
    void reindex(ObjectKind kind);

    std::vector<Host> m_hosts;
    std::vector<Bridge> m_bridges;
    std::vector<Container> m_containers;
    std::vector<VxlanLink> m_links;
    // id -> position in the vector of its kind
    QHash<ObjectId, std::size_t> m_hostIndex, m_bridgeIndex, m_containerIndex, m_linkIndex;
    ObjectId m_nextId = 1;
};

bool operator==(const Host &a, const Host &b);
bool operator==(const Bridge &a, const Bridge &b);
bool operator==(const Container &a, const Container &b);
bool operator==(const VxlanLink &a, const VxlanLink &b);

} // namespace studio
