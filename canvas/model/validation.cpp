#include "validation.h"

#include "addresses.h"
#include "names.h"
#include "propertyspec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace studio {

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(studio::Validation)
};

namespace {

// Ranges come from the property table, which the editor and the project file use too.
const PropertySpec &spec(ObjectKind kind, const char *key)
{
    const PropertySpec *s = propertyspecs::find(kind, QLatin1String(key));
    Q_ASSERT(s);
    return *s;
}
bool inRange(qint64 value, const PropertySpec &s)
{
    return value >= s.minimum && value <= s.maximum;
}

class Validator
{
public:
    explicit Validator(const Topology &t)
        : m_t(t)
    {}

    QList<Problem> run()
    {
        checkTopology();
        for (const Host &h : m_t.hosts())
            checkHost(h);
        checkHostUniqueness();
        for (const Bridge &b : m_t.bridges())
            checkBridge(b);
        for (const Container &c : m_t.containers())
            checkContainer(c);
        for (const VxlanLink &l : m_t.links())
            checkLink(l);
        checkPerHostNames();
        checkPerHostSubnets();
        checkTunnelClashes();
        checkVniSubnets();
        const std::vector<Segment> all = segments(m_t);
        for (const Segment &s : all)
            checkSegment(s);
        checkRouting(all);
        checkImages();
        return m_problems;
    }

private:
    // Image definitions are topology-level: their problems name the image, not an object.
    void checkImages()
    {
        QSet<QString> seen;
        for (const ImageDefinition &d : m_t.images) {
            if (const QString p = d.problem(); !p.isEmpty())
                error(kNoObject, QString(), "image.invalid", p, d.fix());
            if (seen.contains(d.name))
                error(kNoObject, QString(), "image.duplicate",
                      Validation::tr("Image %1 is defined twice.").arg(d.name),
                      Validation::tr("Remove one of its definitions in Images (Deploy menu)."));
            seen.insert(d.name);
        }
    }

    void add(Severity severity, ObjectId object, const QString &field, const char *code,
             const QString &message, const QString &fix)
    {
        m_problems.append(
            Problem{severity, object, field, QString::fromLatin1(code), message, fix});
    }
    void error(ObjectId object, const QString &field, const char *code, const QString &message,
               const QString &fix)
    {
        add(Severity::Error, object, field, code, message, fix);
    }
    void warning(ObjectId object, const QString &field, const char *code, const QString &message,
                 const QString &fix)
    {
        add(Severity::Warning, object, field, code, message, fix);
    }
    QString name(ObjectId id) const { return m_t.displayName(id); }

    // The containers on each bridge, gathered once (the topology's own lookup scans them all).
    const std::vector<const Container *> &containersOn(ObjectId bridge)
    {
        if (!m_byBridgeReady) {
            for (const Container &c : m_t.containers())
                m_byBridge[c.bridge].push_back(&c);
            m_byBridgeReady = true;
        }
        static const std::vector<const Container *> none;
        const auto it = m_byBridge.find(bridge);
        return it == m_byBridge.end() ? none : it->second;
    }

    // Parsed addresses, cached: segments and per-host checks look at them repeatedly.
    const Ipv4Cidr *bridgeSubnet(const Bridge &b)
    {
        auto it = m_bridgeCidr.find(b.id);
        if (it == m_bridgeCidr.end()) // an invalid address is reported by checkBridge
            it = m_bridgeCidr.emplace(b.id, parseIpv4Cidr(b.gatewayAddress)).first;
        return it->second ? &it->second.value() : nullptr;
    }
    const Ipv4Cidr *containerCidr(const Container &c)
    {
        auto it = m_containerCidr.find(c.id);
        if (it == m_containerCidr.end()) // an invalid address is reported by checkContainer
            it = m_containerCidr.emplace(c.id, parseIpv4Cidr(c.address)).first;
        return it->second ? &it->second.value() : nullptr;
    }

    void checkTopology()
    {
        if (const Status p = names::checkLabel(m_t.name); !p)
            error(kNoObject, QStringLiteral("name"), "topology.name.invalid",
                  Validation::tr("The topology name '%1' %2.").arg(m_t.name, p.error().message),
                  Validation::tr(
                      "It tags everything the topology creates on the hosts; rename it, e.g. "
                      "'lab-overlay'."));
    }

    void checkHost(const Host &h)
    {
        if (const Status p = names::checkLabel(h.name); !p)
            error(h.id, QStringLiteral("name"), "host.name.invalid",
                  Validation::tr("Host name '%1' %2.").arg(h.name, p.error().message),
                  Validation::tr("Rename the host, e.g. 'host1'."));
        if (h.managementAddress.isEmpty()) {
            error(h.id, QStringLiteral("managementAddress"), "host.management.missing",
                  Validation::tr("Host %1 has no management address.").arg(h.name),
                  Validation::tr(
                      "Enter the IP address or DNS name OverlayStudio connects to with SSH."));
        } else if (const Status p = names::checkHostAddress(h.managementAddress); !p) {
            error(h.id, QStringLiteral("managementAddress"), "host.management.invalid",
                  Validation::tr("Management address '%1' of host %2 %3.")
                      .arg(h.managementAddress, h.name, p.error().message),
                  Validation::tr("Enter an IP address such as 192.168.0.8 or a host name."));
        }
        if (!inRange(h.sshPort, spec(ObjectKind::Host, "sshPort")))
            error(h.id, QStringLiteral("sshPort"), "host.sshPort.range",
                  Validation::tr("SSH port %1 of host %2 is out of range.")
                      .arg(h.sshPort)
                      .arg(h.name),
                  Validation::tr("Use a port from 1 to 65535 (22 is usual)."));
        if (const Status p = names::checkUser(h.user); !p)
            error(h.id, QStringLiteral("user"), "host.user.invalid",
                  Validation::tr("SSH user '%1' of host %2 %3.")
                      .arg(h.user, h.name, p.error().message),
                  Validation::tr("Enter the account to log in as, e.g. root."));
        if (h.auth == AuthMethod::KeyFile && h.keyFile.trimmed().isEmpty())
            error(
                h.id, QStringLiteral("keyFile"), "host.keyFile.missing",
                Validation::tr("Host %1 authenticates with a key file but none is given.")
                    .arg(h.name),
                Validation::tr("Choose the private key file, or authenticate with the SSH agent."));
        if (h.user != QLatin1String("root") && !h.sudo)
            warning(h.id, QStringLiteral("sudo"), "host.sudo.off",
                    Validation::tr(
                        "Host %1 logs in as '%2' without sudo; creating bridges and containers "
                        "needs root.")
                        .arg(h.name, h.user),
                    Validation::tr("Turn on sudo for this host or log in as root."));
        if (const PropertySpec &mtu = spec(ObjectKind::Host, "underlayMtu");
            !inRange(h.underlayMtu, mtu))
            error(
                h.id, QStringLiteral("underlayMtu"), "host.underlayMtu.range",
                Validation::tr("Underlay MTU %1 of host %2 is out of range.")
                    .arg(h.underlayMtu)
                    .arg(h.name),
                Validation::tr("Use the MTU of the host's network card, %1 to %2 (1500 is usual).")
                    .arg(mtu.minimum)
                    .arg(mtu.maximum));

        const QString underlay = h.effectiveUnderlayAddress();
        if (underlay.isEmpty()) {
            // Reported as a missing management address already when both are empty.
            if (!h.managementAddress.isEmpty())
                error(h.id, QStringLiteral("underlayAddress"), "host.underlay.missing",
                      Validation::tr("Host %1 has no underlay address.").arg(h.name),
                      Validation::tr("Enter the IP address VXLAN tunnels of this host use."));
        } else if (const auto parsed = parseIpAddress(underlay); !parsed) {
            if (h.underlayAddress.isEmpty()) {
                // An invalid management address is reported above; a valid one is a DNS name.
                if (names::checkHostAddress(h.managementAddress).ok())
                    error(h.id, QStringLiteral("underlayAddress"), "host.underlay.missing",
                          Validation::tr(
                              "Host %1 is reached by the name '%2', but VXLAN tunnels need an IP "
                              "address.")
                              .arg(h.name, h.managementAddress),
                          Validation::tr("Enter the host's underlay IP address."));
            } else {
                error(h.id, QStringLiteral("underlayAddress"), "host.underlay.invalid",
                      Validation::tr("Underlay address of host %1: %2.")
                          .arg(h.name, parsed.error().message),
                      Validation::tr("Enter the IP address VXLAN tunnels of this host use."));
            }
        }
    }

    void checkHostUniqueness()
    {
        QHash<QString, ObjectId> names, endpoints, underlays;
        for (const Host &h : m_t.hosts()) {
            if (!h.name.isEmpty()) {
                if (const ObjectId other = names.value(h.name); other != kNoObject)
                    error(h.id, QStringLiteral("name"), "host.name.duplicate",
                          Validation::tr("Two hosts are named '%1'.").arg(h.name),
                          Validation::tr("Give each host its own name."));
                else
                    names.insert(h.name, h.id);
            }
            if (!h.managementAddress.isEmpty()) {
                const QString endpoint
                    = h.managementAddress + QLatin1Char(':') + QString::number(h.sshPort);
                if (const ObjectId other = endpoints.value(endpoint); other != kNoObject)
                    error(h.id, QStringLiteral("managementAddress"), "host.management.duplicate",
                          Validation::tr("Hosts %1 and %2 both use management address %3 port %4.")
                              .arg(name(other), h.name, h.managementAddress)
                              .arg(h.sshPort),
                          Validation::tr("Each host needs its own address (or SSH port)."));
                else
                    endpoints.insert(endpoint, h.id);
            }
            const QString underlay = h.effectiveUnderlayAddress();
            if (!underlay.isEmpty()) {
                if (const ObjectId other = underlays.value(underlay); other != kNoObject)
                    error(
                        h.id, QStringLiteral("underlayAddress"), "host.underlay.duplicate",
                        Validation::tr(
                            "Hosts %1 and %2 both use underlay address %3; tunnels could not tell "
                            "them apart.")
                            .arg(name(other), h.name, underlay),
                        Validation::tr("Give each host its own underlay address."));
                else
                    underlays.insert(underlay, h.id);
            }
        }
    }

    void checkBridge(const Bridge &b)
    {
        const QString n = name(b.id);
        if (const Status p = names::checkInterface(b.name); !p)
            error(b.id, QStringLiteral("name"), "bridge.name.invalid",
                  Validation::tr("Bridge name '%1' on %2 %3.")
                      .arg(b.name, name(b.host), p.error().message),
                  Validation::tr("Rename the bridge, e.g. 'br0'."));
        if (const Status p = names::checkInterface(b.gatewayPort); !p)
            error(b.id, QStringLiteral("gatewayPort"), "bridge.gatewayPort.invalid",
                  Validation::tr("Gateway port name '%1' of bridge %2 %3.")
                      .arg(b.gatewayPort, n, p.error().message),
                  Validation::tr("Rename the port, e.g. 'veth0'."));
        const auto cidr = parseIpv4Cidr(b.gatewayAddress);
        if (!cidr)
            error(b.id, QStringLiteral("gatewayAddress"), "bridge.address.invalid",
                  Validation::tr("Gateway address of bridge %1: %2.").arg(n, cidr.error().message),
                  Validation::tr("Enter the gateway address with its prefix, e.g. 10.2.2.1/24."));
        else if (cidr.value().isNetworkOrBroadcast())
            error(b.id, QStringLiteral("gatewayAddress"), "bridge.address.reserved",
                  Validation::tr(
                      "Gateway address %1 of bridge %2 is the network or broadcast address of "
                      "its subnet.")
                      .arg(b.gatewayAddress, n),
                  Validation::tr("Use a host address such as %1/%2.")
                      .arg(QHostAddress(cidr.value().networkValue() + 1).toString())
                      .arg(cidr.value().prefix));
        if (const PropertySpec &mtu = spec(ObjectKind::Bridge, "mtu"); !inRange(b.mtu, mtu))
            error(b.id, QStringLiteral("mtu"), "bridge.mtu.range",
                  Validation::tr("MTU %1 of bridge %2 is out of range.").arg(b.mtu).arg(n),
                  Validation::tr("Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.")
                      .arg(mtu.minimum)
                      .arg(mtu.maximum));
    }

    void checkContainer(const Container &c)
    {
        const QString n = name(c.id);
        if (const Status p = names::checkContainer(c.name); !p)
            error(c.id, QStringLiteral("name"), "container.name.invalid",
                  Validation::tr("Container name '%1' on %2 %3.")
                      .arg(c.name, name(c.host), p.error().message),
                  Validation::tr("Rename the container, e.g. 'container1'."));
        if (const Status p = names::checkImage(c.image); !p)
            error(
                c.id, QStringLiteral("image"), "container.image.invalid",
                Validation::tr("Image '%1' of container %2 %3.").arg(c.image, n, p.error().message),
                Validation::tr("Enter an image that exists on the host, e.g. ubuntu:v1."));
        if (const Status p = names::checkInterface(c.interfaceName); !p)
            error(c.id, QStringLiteral("interface"), "container.interface.invalid",
                  Validation::tr("Interface name '%1' of container %2 %3.")
                      .arg(c.interfaceName, n, p.error().message),
                  Validation::tr("Use a name such as eth0."));

        const Bridge *b = m_t.bridge(c.bridge);
        if (!b) {
            warning(c.id, QStringLiteral("bridge"), "container.bridge.missing",
                    Validation::tr(
                        "Container %1 is not attached to a bridge; it will run without a network.")
                        .arg(n),
                    Validation::tr("Connect it to a bridge on %1.").arg(name(c.host)));
            return;
        }
        const auto parsed = parseIpv4Cidr(c.address);
        const Ipv4Cidr *subnet = bridgeSubnet(*b);
        if (!parsed) {
            error(c.id, QStringLiteral("address"), "container.address.invalid",
                  Validation::tr("Address of container %1: %2.").arg(n, parsed.error().message),
                  Validation::tr("Enter an address in %1, e.g. %2.")
                      .arg(subnet ? subnet->subnetText() : Validation::tr("the bridge's subnet"),
                           subnet ? QHostAddress(subnet->networkValue() + 2).toString()
                                        + QLatin1Char('/') + QString::number(subnet->prefix)
                                  : QStringLiteral("10.2.2.2/24")));
        } else if (subnet) {
            const Ipv4Cidr &cidr = parsed.value();
            if (!subnet->contains(cidr.address) || cidr.prefix != subnet->prefix)
                error(c.id, QStringLiteral("address"), "container.address.outsideSubnet",
                      Validation::tr("Address %1 of container %2 is not in subnet %3 of bridge %4.")
                          .arg(c.address, n, subnet->subnetText(), name(b->id)),
                      Validation::tr(
                          "Use an address in %1 with prefix /%2, or attach the container to "
                          "another bridge.")
                          .arg(subnet->subnetText())
                          .arg(subnet->prefix));
            else if (cidr.isNetworkOrBroadcast())
                error(c.id, QStringLiteral("address"), "container.address.reserved",
                      Validation::tr(
                          "Address %1 of container %2 is the network or broadcast address of %3.")
                          .arg(c.address, n, subnet->subnetText()),
                      Validation::tr("Pick a host address inside the subnet."));
        }
        if (!c.gateway.isEmpty()) {
            const auto gateway = parseIpv4(c.gateway);
            if (!gateway)
                error(
                    c.id, QStringLiteral("gateway"), "container.gateway.invalid",
                    Validation::tr("Gateway of container %1: %2.").arg(n, gateway.error().message),
                    Validation::tr(
                        "Enter the bridge's gateway address, or leave it empty to use it."));
            else if (subnet && !subnet->contains(gateway.value()))
                error(
                    c.id, QStringLiteral("gateway"), "container.gateway.outsideSubnet",
                    Validation::tr(
                        "Gateway %1 of container %2 is not in subnet %3, so the container "
                        "cannot reach it.")
                        .arg(c.gateway, n, subnet->subnetText()),
                    Validation::tr("Use %1 (the gateway of bridge %2) or leave the gateway empty.")
                        .arg(subnet->address.toString(), name(b->id)));
        }
    }

    void checkLink(const VxlanLink &l)
    {
        const QString n = name(l.id);
        const Bridge *a = m_t.bridge(l.bridgeA);
        const Bridge *b = m_t.bridge(l.bridgeB);
        if (const PropertySpec &vni = spec(ObjectKind::Link, "vni"); !inRange(l.vni, vni))
            error(l.id, QStringLiteral("vni"), "link.vni.range",
                  Validation::tr("VNI %1 of link %2 is out of range.").arg(l.vni).arg(n),
                  Validation::tr("Use a VNI from %1 to %2.").arg(vni.minimum).arg(vni.maximum));
        if (!inRange(l.udpPort, spec(ObjectKind::Link, "udpPort")))
            error(l.id, QStringLiteral("udpPort"), "link.udpPort.range",
                  Validation::tr("UDP port %1 of link %2 is out of range.").arg(l.udpPort).arg(n),
                  Validation::tr(
                      "Use 4789, the VXLAN port, unless the network needs another (1-65535)."));
        for (const auto &[port, field] : {std::pair{l.portA, QStringLiteral("portA")},
                                          std::pair{l.portB, QStringLiteral("portB")}}) {
            if (const Status p = names::checkInterface(port); !p)
                error(l.id, field, "link.portName.invalid",
                      Validation::tr("Tunnel port name '%1' of link %2 %3.")
                          .arg(port, n, p.error().message),
                      Validation::tr("Rename the port, e.g. 'vxlan0'."));
        }
        if (!a || !b)
            return;
        if (a->id == b->id || a->host == b->host) {
            error(l.id, QString(), "link.sameHost",
                  Validation::tr(
                      "Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins "
                      "different hosts.")
                      .arg(n, name(a->host)),
                  Validation::tr("Connect the bridge to a bridge on another host."));
            return;
        }
        const Ipv4Cidr *sa = bridgeSubnet(*a);
        const Ipv4Cidr *sb = bridgeSubnet(*b);
        if (sa && sb && (sa->networkValue() != sb->networkValue() || sa->prefix != sb->prefix))
            error(l.id, QString(), "link.subnetMismatch",
                  Validation::tr(
                      "Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one "
                      "subnet.")
                      .arg(n, sa->subnetText(), sb->subnetText()),
                  Validation::tr(
                      "Give both bridges addresses in the same subnet, or remove the link."));
        const auto pair = qMakePair(std::min(a->id, b->id), std::max(a->id, b->id));
        if (const ObjectId other = m_linkByPair.value(pair); other != kNoObject)
            error(l.id, QString(), "link.duplicate",
                  Validation::tr("Bridges %1 and %2 are joined by two links.")
                      .arg(name(a->id), name(b->id)),
                  Validation::tr("Remove one of them; one tunnel carries the whole segment."));
        else
            m_linkByPair.insert(pair, l.id);
        const int underlayA = m_t.host(a->host)->underlayMtu;
        const int underlayB = m_t.host(b->host)->underlayMtu;
        for (const Bridge *end : {a, b}) {
            const int limit = std::min(underlayA, underlayB) - overhead(*end);
            if (end->mtu > limit && !m_mtuReported.contains(end->id)) {
                m_mtuReported.insert(end->id);
                error(end->id, QStringLiteral("mtu"), "bridge.mtu.underlay",
                      Validation::tr(
                          "MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the "
                          "underlay MTU is %3 and VXLAN adds %4 bytes.")
                          .arg(end->mtu)
                          .arg(name(end->id))
                          .arg(std::min(underlayA, underlayB))
                          .arg(overhead(*end)),
                      Validation::tr("Set the bridge MTU to %1 or less.").arg(limit));
            }
        }
    }

    // VXLAN adds 50 bytes over IPv4 and 70 over IPv6.
    int overhead(const Bridge &b) const
    {
        const Host *h = m_t.host(b.host);
        return h && h->effectiveUnderlayAddress().contains(QLatin1Char(':')) ? 70 : 50;
    }

    // Bridges, gateway ports and tunnel ports all become interfaces of one host, so they share one
    // namespace; container names share Docker's.
    void checkPerHostNames()
    {
        QHash<QPair<ObjectId, QString>, ObjectId> interfaces, containers;
        const auto claim = [&](ObjectId host, const QString &ifname, ObjectId owner,
                               const QString &field) {
            if (ifname.isEmpty())
                return;
            const auto key = qMakePair(host, ifname);
            const ObjectId other = interfaces.value(key);
            if (other == kNoObject) {
                interfaces.insert(key, owner);
                return;
            }
            error(owner, field, "interface.duplicate",
                  other == owner
                      ? Validation::tr("%1 uses the name '%2' twice on host %3.")
                            .arg(name(owner), ifname, name(host))
                      : Validation::tr("The name '%1' is used by both %2 and %3 on host %4.")
                            .arg(ifname, name(other), name(owner), name(host)),
                  Validation::tr(
                      "Bridges, gateway ports and tunnel ports of one host each need their own "
                      "name."));
        };
        for (const Bridge &b : m_t.bridges()) {
            claim(b.host, b.name, b.id, QStringLiteral("name"));
            claim(b.host, b.gatewayPort, b.id, QStringLiteral("gatewayPort"));
        }
        for (const VxlanLink &l : m_t.links()) {
            const Bridge *a = m_t.bridge(l.bridgeA);
            const Bridge *b = m_t.bridge(l.bridgeB);
            if (!a || !b || a->host == b->host)
                continue;
            claim(a->host, l.portA, l.id, QStringLiteral("portA"));
            claim(b->host, l.portB, l.id, QStringLiteral("portB"));
        }
        for (const Container &c : m_t.containers()) {
            const auto key = qMakePair(c.host, c.name);
            if (const ObjectId other = containers.value(key); other != kNoObject)
                error(c.id, QStringLiteral("name"), "container.name.duplicate",
                      Validation::tr("Two containers on host %1 are named '%2'.")
                          .arg(name(c.host), c.name),
                      Validation::tr("Give each container on a host its own name."));
            else
                containers.insert(key, c.id);
        }
    }

    // Two bridges of one host with overlapping subnets would give the host two routes to the
    // same addresses.
    void checkPerHostSubnets()
    {
        QHash<ObjectId, std::vector<const Bridge *>> byHost;
        for (const Bridge &b : m_t.bridges())
            byHost[b.host].push_back(&b);
        for (const auto &bridges : std::as_const(byHost)) {
            for (std::size_t i = 0; i < bridges.size(); ++i) {
                const Ipv4Cidr *si = bridgeSubnet(*bridges[i]);
                if (!si)
                    continue;
                for (std::size_t j = 0; j < i; ++j) {
                    const Ipv4Cidr *sj = bridgeSubnet(*bridges[j]);
                    if (sj && si->overlaps(*sj)) {
                        error(bridges[i]->id, QStringLiteral("gatewayAddress"),
                              "bridge.subnet.overlap",
                              Validation::tr(
                                  "Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the "
                                  "same host.")
                                  .arg(si->subnetText(), name(bridges[i]->id), sj->subnetText(),
                                       name(bridges[j]->id)),
                              Validation::tr(
                                  "Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and "
                                  "10.3.3.0/24."));
                        break;
                    }
                }
            }
        }
    }

    // OVS tells tunnels apart by remote address, key and port: two ports of one host with the
    // same three would be the same tunnel.
    void checkTunnelClashes()
    {
        QHash<QString, ObjectId> seen;
        for (const VxlanLink &l : m_t.links()) {
            const Bridge *a = m_t.bridge(l.bridgeA);
            const Bridge *b = m_t.bridge(l.bridgeB);
            if (!a || !b || a->host == b->host)
                continue;
            const Host *ha = m_t.host(a->host);
            const Host *hb = m_t.host(b->host);
            for (const auto &[local, remote] : {std::pair{ha, hb}, std::pair{hb, ha}}) {
                const QString key = QStringLiteral("%1|%2|%3|%4")
                                        .arg(local->id)
                                        .arg(remote->effectiveUnderlayAddress())
                                        .arg(l.vni)
                                        .arg(l.udpPort);
                if (const ObjectId other = seen.value(key); other != kNoObject && other != l.id) {
                    error(l.id, QStringLiteral("vni"), "link.tunnelClash",
                          Validation::tr(
                              "Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot "
                              "tell them apart.")
                              .arg(name(other), name(l.id), local->name, remote->name)
                              .arg(l.vni),
                          Validation::tr("Give one of the links another VNI."));
                    break;
                }
                seen.insert(key, l.id);
            }
        }
    }

    void checkVniSubnets()
    {
        // vni -> (subnet text -> first bridge with it)
        std::map<quint32, std::map<QString, ObjectId>> byVni;
        for (const VxlanLink &l : m_t.links()) {
            for (ObjectId end : {l.bridgeA, l.bridgeB}) {
                const Bridge *b = m_t.bridge(end);
                const Ipv4Cidr *s = b ? bridgeSubnet(*b) : nullptr;
                if (s)
                    byVni[l.vni].emplace(s->subnetText(), b->id);
            }
        }
        for (const auto &[vni, subnets] : byVni) {
            if (subnets.size() < 2)
                continue;
            QStringList listed;
            for (const auto &[subnet, bridge] : subnets)
                listed << Validation::tr("%1 (%2)").arg(subnet, name(bridge));
            error(std::next(subnets.begin())->second, QStringLiteral("gatewayAddress"),
                  "vni.subnetMismatch",
                  Validation::tr("VNI %1 joins bridges with different subnets: %2.")
                      .arg(vni)
                      .arg(listed.join(QStringLiteral(", "))),
                  Validation::tr(
                      "Bridges joined by one VNI form one network: give them the same subnet, or "
                      "use another VNI for the other subnet."));
        }
    }

    void checkSegment(const Segment &s)
    {
        QStringList bridgeNames;
        for (ObjectId b : s.bridges)
            bridgeNames << name(b);
        std::set<quint32> vnis;
        for (ObjectId l : s.links)
            vnis.insert(m_t.link(l)->vni);

        if (!s.links.empty() && !s.isTree() && !s.isFullMesh()) {
            error(s.links.front(), QString(), "segment.loop",
                  Validation::tr(
                      "The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): "
                      "flooded frames circle it and MAC learning breaks, so unicast is lost.")
                      .arg(bridgeNames.join(QStringLiteral(", ")), vniList(vnis))
                      .arg(s.links.size())
                      .arg(s.bridges.size()),
                  Validation::tr(
                      "Remove links until they form a tree, or link every pair of bridges (a full "
                      "mesh, which gets split horizon)."));
        }
        if (vnis.size() > 1)
            warning(s.links.front(), QStringLiteral("vni"), "segment.mixedVni",
                    Validation::tr(
                        "The bridges %1 form one network but their links use different VNIs (%2).")
                        .arg(bridgeNames.join(QStringLiteral(", ")), vniList(vnis)),
                    Validation::tr(
                        "Use one VNI for all links of a network; it is the network's identity."));

        // Addresses must be unique within the layer-2 segment. The guide puts the same gateway on
        // each host's bridge; that works for pings but the hosts fight over it in ARP caches.
        QHash<quint32, ObjectId> gateways;
        QHash<quint32, ObjectId> used;
        std::set<int> mtus;
        for (ObjectId bid : s.bridges) {
            const Bridge *b = m_t.bridge(bid);
            mtus.insert(b->mtu);
            if (const Ipv4Cidr *g = bridgeSubnet(*b)) {
                if (const ObjectId other = gateways.value(g->value()); other != kNoObject)
                    warning(bid, QStringLiteral("gatewayAddress"), "segment.gatewayShared",
                            Validation::tr(
                                "Bridges %1 and %2 of one network both have gateway address %3; "
                                "a container may get either host's reply.")
                                .arg(name(other), name(bid), g->address.toString()),
                            Validation::tr(
                                "Give each host's gateway port its own address, e.g. .1 and .254 "
                                "(containers keep using their own host's gateway)."));
                else
                    gateways.insert(g->value(), bid);
            }
        }
        for (ObjectId bid : s.bridges) {
            for (const Container *c : containersOn(bid)) {
                const Ipv4Cidr *a = containerCidr(*c);
                if (!a)
                    continue;
                ObjectId other = gateways.value(a->value());
                if (other == kNoObject)
                    other = used.value(a->value());
                if (other != kNoObject)
                    error(c->id, QStringLiteral("address"), "address.duplicate",
                          Validation::tr(
                              "Address %1 of container %2 is already used by %3 in the same "
                              "network.")
                              .arg(a->address.toString(), name(c->id), name(other)),
                          Validation::tr("Give the container a free address in %1.")
                              .arg(a->subnetText()));
                else
                    used.insert(a->value(), c->id);
            }
        }
        if (mtus.size() > 1)
            warning(s.bridges.front(), QStringLiteral("mtu"), "segment.mtuMismatch",
                    Validation::tr(
                        "The bridges %1 of one network have different MTUs; large frames will be "
                        "lost in one direction.")
                        .arg(bridgeNames.join(QStringLiteral(", "))),
                    Validation::tr("Give all bridges of a network the same MTU."));
    }

    // Segments are isolated on their hosts unless the design routes between them: a host routes
    // between those of its bridges that have "routed" set. Routing needs a partner, and a reply
    // that comes back through another host must be routed there too.
    void checkRouting(const std::vector<Segment> &all)
    {
        std::map<ObjectId, std::size_t> segmentOf;
        for (std::size_t i = 0; i < all.size(); ++i) {
            for (ObjectId b : all[i].bridges)
                segmentOf[b] = i;
        }
        // host -> its bridges by segment
        std::map<ObjectId, std::map<std::size_t, const Bridge *>> byHost;
        for (const Bridge &b : m_t.bridges())
            byHost[b.host].emplace(segmentOf[b.id], &b);
        for (const Host &h : m_t.hosts()) {
            std::vector<const Bridge *> routed;
            for (const Bridge *b : m_t.bridgesOf(h.id)) {
                if (b->routed)
                    routed.push_back(b);
            }
            if (routed.size() == 1) {
                warning(routed.front()->id, QStringLiteral("routed"), "bridge.routed.alone",
                        Validation::tr("Bridge %1 is set to route, but no other bridge on %2 is: "
                                       "there is nothing to route to.")
                            .arg(name(routed.front()->id), h.name),
                        Validation::tr("Set routing on the bridge its segment should reach, or "
                                       "turn it off."));
                continue;
            }
            // Segment pairs routed here must be routed on every other host that has a gateway
            // in both: containers there send their replies through their own host.
            for (std::size_t i = 0; i < routed.size(); ++i) {
                for (std::size_t j = i + 1; j < routed.size(); ++j) {
                    const std::size_t si = segmentOf[routed[i]->id];
                    const std::size_t sj = segmentOf[routed[j]->id];
                    for (const auto &[other, bridges] : byHost) {
                        if (other == h.id || !bridges.count(si) || !bridges.count(sj))
                            continue;
                        const Bridge *bi = bridges.at(si);
                        const Bridge *bj = bridges.at(sj);
                        if (bi->routed && bj->routed)
                            continue;
                        const ObjectId off = bi->routed ? bj->id : bi->id;
                        if (!m_routingReported.contains(off))
                            warning(off, QStringLiteral("routed"), "bridge.routed.asymmetric",
                                    Validation::tr(
                                        "%1 routes between the networks of %2 and %3, but %4 does "
                                        "not route between %5 and %6, which are in the same two "
                                        "networks: containers on %4 answer through their own "
                                        "host, which drops what is routed to them.")
                                        .arg(h.name, routed[i]->name, routed[j]->name, name(other),
                                             bi->name, bj->name),
                                    Validation::tr("Set routing on %1 and %2 as well, or on "
                                                   "neither host.")
                                        .arg(name(bi->id), name(bj->id)));
                        m_routingReported.insert(off);
                    }
                }
            }
        }
    }

    static QString vniList(const std::set<quint32> &vnis)
    {
        QStringList list;
        for (quint32 v : vnis)
            list << QString::number(v);
        return list.join(QStringLiteral(", "));
    }

    const Topology &m_t;
    QList<Problem> m_problems;
    std::unordered_map<ObjectId, std::vector<const Container *>> m_byBridge;
    bool m_byBridgeReady = false;
    std::map<ObjectId, Result<Ipv4Cidr>> m_bridgeCidr, m_containerCidr;
    QHash<QPair<ObjectId, ObjectId>, ObjectId> m_linkByPair;
    QSet<ObjectId> m_mtuReported;
    QSet<ObjectId> m_routingReported;
};

} // namespace

std::vector<Segment> segments(const Topology &topology)
{
    // Union-find over bridges joined by links between existing bridges.
    QHash<ObjectId, ObjectId> parent;
    for (const Bridge &b : topology.bridges())
        parent.insert(b.id, b.id);
    std::function<ObjectId(ObjectId)> find = [&](ObjectId x) {
        ObjectId root = x;
        while (parent.value(root) != root)
            root = parent.value(root);
        while (parent.value(x) != root) {
            const ObjectId next = parent.value(x);
            parent[x] = root;
            x = next;
        }
        return root;
    };
    for (const VxlanLink &l : topology.links()) {
        if (parent.contains(l.bridgeA) && parent.contains(l.bridgeB))
            parent[find(l.bridgeA)] = find(l.bridgeB);
    }
    std::map<ObjectId, Segment> byRoot; // ordered, so segments come out in a stable order
    for (const Bridge &b : topology.bridges())
        byRoot[find(b.id)].bridges.push_back(b.id);
    for (const VxlanLink &l : topology.links()) {
        if (parent.contains(l.bridgeA) && parent.contains(l.bridgeB))
            byRoot[find(l.bridgeA)].links.push_back(l.id);
    }
    std::vector<Segment> result;
    result.reserve(byRoot.size());
    for (auto &[root, segment] : byRoot)
        result.push_back(std::move(segment));
    return result;
}

QList<Problem> validate(const Topology &topology)
{
    return Validator(topology).run();
}

bool hasErrors(const QList<Problem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity == Severity::Error; });
}

} // namespace studio
