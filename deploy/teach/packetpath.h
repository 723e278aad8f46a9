#pragma once

#include "model/result.h"
#include "model/topology.h"

#include <QList>
#include <QString>

#include <vector>

namespace studio {

// One header of a packet as it is on the wire, with its size and the values that matter.
struct HeaderField
{
    QString name;
    QString value;
};

struct PacketHeader
{
    QString layer; // "Outer IPv4", "VXLAN", "Inner Ethernet", "ICMP echo request"...
    int bytes = 0;
    QList<HeaderField> fields;

    QString field(const QString &name) const
    {
        for (const HeaderField &f : fields) {
            if (f.name == name)
                return f.value;
        }
        return {};
    }
};

// One place the packet passes, in order, with what happens there and why.
struct PathHop
{
    enum class Kind {
        Send,        // the source container's interface and its routing decision
        Bridge,      // an Open vSwitch bridge switches the frame
        Encapsulate, // a VXLAN port wraps the frame for the underlay
        Underlay,    // the outer packet crosses the hosts' network
        Decapsulate, // the remote VXLAN port unwraps it
        Route,       // a host's gateway port takes it in and the host routes it
        Deliver,     // the destination container receives it
        Drop,        // it goes no further: the reason is the hop's explanation
    };
    Kind kind = Kind::Send;
    ObjectId object = kNoObject; // the object drawn for this hop on the canvas
    QString host;                // where it happens
    QString title;               // "br0 on host1"
    QString explanation;         // a sentence or two a student follows
};

// A VXLAN crossing: the outer headers and the MTU arithmetic of one tunnel hop.
struct TunnelCrossing
{
    ObjectId link = kNoObject;
    QString fromHost, toHost;
    QString port, remotePort; // tunnel ports on each side
    QString localAddress, remoteAddress;
    bool ipv6 = false;
    int udpPort = 4789;
    quint32 vni = 0;
    int underlayMtu = 1500; // the smaller of the two hosts'
    int bridgeMtu = 1450;   // the MTU the containers' frames are cut to
    int overhead() const
    {
        return (ipv6 ? 40 : 20) + 8 + 8 + 14;
    } // outer IP, UDP, VXLAN, inner Ethernet
    int innerMtu() const { return underlayMtu - overhead(); }
    bool fits() const { return bridgeMtu <= innerMtu(); }
    // "1500 − 50 = 1450", then what each of the 50 bytes is.
    QString arithmetic() const;
    std::vector<PacketHeader> headers; // the whole frame on the underlay, outermost first
};

// One ICMP echo request followed from one container to another over the design: every hop, its
// headers with their byte counts, the tunnels' outer headers and MTU arithmetic, and whether it
// arrives (isolation between networks and routing as the design and its firewall rules decide).
struct PacketPath
{
    ObjectId from = kNoObject, to = kNoObject;
    QString fromAddress, toAddress; // plain addresses
    std::vector<PathHop> hops;
    std::vector<PacketHeader> innerHeaders; // as the source container sends it
    std::vector<TunnelCrossing> tunnels;    // in the order the packet crosses them
    bool delivered = false;
    QString verdict; // one sentence: arrives, or where and why it is dropped
    QString fix;     // when it is dropped and the design could allow it

    static constexpr int kPingPayload = 56; // ping's default
    std::vector<ObjectId> objects() const;  // on the path, in order, without repeats
};

// Follows one ping from container `from` to container `to`. Fails (with the fix) when either is
// not a container, they are the same, one is not plugged into a bridge, or the topology has
// validation errors; a packet the network drops is a path that is not delivered, not an error.
Result<PacketPath> tracePacket(const Topology &topology, ObjectId from, ObjectId to);
// For a link: the first container on one end's bridge to the first on the other's.
Result<PacketPath> tracePacketOverLink(const Topology &topology, ObjectId link);
// Whom a first look at `from`'s pings should follow: the first container across a tunnel of its
// bridge (what an overlay is for), else another on its own bridge; kNoObject when neither exists.
ObjectId suggestedPeer(const Topology &topology, ObjectId from);

} // namespace studio
