#pragma once

#include "packetpath.h"

#include "model/result.h"

#include <QByteArray>

namespace studio {

// A VXLAN packet read from the wire: its headers, outermost first, named and laid out as
// PacketPath explains them (so the two can be shown side by side), and the values that matter.
struct DecodedVxlan
{
    std::vector<PacketHeader> headers;
    QString outerSource, outerDestination;
    bool ipv6 = false;
    int udpSource = 0, udpDestination = 0;
    quint32 vni = 0;
    QString innerSource, innerDestination; // empty when the inner frame is not IPv4
    int icmpType = -1;                     // -1: not ICMP
    bool isEchoRequest() const { return icmpType == 8; }
};

// Decodes one captured frame (link type Ethernet or Linux cooked) down to the inner ICMP
// header. A frame that is not UDP carrying VXLAN, or is cut short, is an error saying where.
Result<DecodedVxlan> decodeVxlan(const QByteArray &frame, quint32 linkType);

} // namespace studio
