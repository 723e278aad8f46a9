#include "vxlandecoder.h"

#include "pcapfile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtEndian>

namespace studio {

class VxlanDecoderText
{
    Q_DECLARE_TR_FUNCTIONS(studio::PacketPath) // the same words as the explained path
};

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {}
    bool has(qsizetype n) const { return m_at + n <= m_data.size(); }
    quint8 u8(qsizetype offset) const { return quint8(m_data[m_at + offset]); }
    quint16 u16(qsizetype offset) const
    {
        return qFromBigEndian<quint16>(m_data.constData() + m_at + offset);
    }
    quint32 u32(qsizetype offset) const
    {
        return qFromBigEndian<quint32>(m_data.constData() + m_at + offset);
    }
    QString mac(qsizetype offset) const
    {
        QStringList parts;
        for (int i = 0; i < 6; ++i)
            parts << QStringLiteral("%1").arg(u8(offset + i), 2, 16, QLatin1Char('0'));
        return parts.join(QLatin1Char(':'));
    }
    QString ipv4(qsizetype offset) const { return QHostAddress(u32(offset)).toString(); }
    QString ipv6(qsizetype offset) const
    {
        Q_IPV6ADDR a;
        for (int i = 0; i < 16; ++i)
            a[i] = u8(offset + i);
        return QHostAddress(a).toString();
    }
    void skip(qsizetype n) { m_at += n; }
    qsizetype offset() const { return m_at; }
    qsizetype left() const { return m_data.size() - m_at; }

private:
    const QByteArray &m_data;
    qsizetype m_at = 0;
};

QString etherType(quint16 type)
{
    const QString hex = QStringLiteral("0x%1").arg(type, 4, 16, QLatin1Char('0'));
    switch (type) {
    case 0x0800:
        return hex + QStringLiteral(" (IPv4)");
    case 0x86dd:
        return hex + QStringLiteral(" (IPv6)");
    case 0x0806:
        return hex + QStringLiteral(" (ARP)");
    default:
        return hex;
    }
}

QString protocol(quint8 p)
{
    switch (p) {
    case 1:
        return QStringLiteral("ICMP (1)");
    case 6:
        return QStringLiteral("TCP (6)");
    case 17:
        return QStringLiteral("UDP (17)");
    default:
        return QString::number(p);
    }
}

Error cut(const QString &where)
{
    return Error{{},
                 VxlanDecoderText::tr("the captured frame ends inside its %1 header.").arg(where),
                 VxlanDecoderText::tr("Capture with a larger snap length (tcpdump -s 0).")};
}

} // namespace

Result<DecodedVxlan> decodeVxlan(const QByteArray &frame, quint32 linkType)
{
    DecodedVxlan d;
    Reader r(frame);
    quint16 type = 0;
    if (linkType == PcapFile::kEthernet) {
        if (!r.has(14))
            return cut(VxlanDecoderText::tr("Outer Ethernet"));
        type = r.u16(12);
        d.headers.push_back({VxlanDecoderText::tr("Outer Ethernet"),
                             14,
                             {{VxlanDecoderText::tr("Source MAC"), r.mac(6)},
                              {VxlanDecoderText::tr("Destination MAC"), r.mac(0)},
                              {VxlanDecoderText::tr("EtherType"), etherType(type)}}});
        r.skip(14);
        while (type == 0x8100 && r.has(4)) { // a VLAN tag
            type = r.u16(2);
            d.headers.back().bytes += 4;
            r.skip(4);
        }
    } else if (linkType == PcapFile::kLinuxSll || linkType == PcapFile::kLinuxSll2) {
        const int size = linkType == PcapFile::kLinuxSll ? 16 : 20;
        if (!r.has(size))
            return cut(VxlanDecoderText::tr("Linux cooked"));
        type = linkType == PcapFile::kLinuxSll ? r.u16(14) : r.u16(0);
        d.headers.push_back({VxlanDecoderText::tr("Linux cooked header"),
                             size,
                             {{VxlanDecoderText::tr("EtherType"), etherType(type)}}});
        r.skip(size);
    } else {
        return Error{
            {},
            VxlanDecoderText::tr("the capture's link type %1 is not Ethernet.").arg(linkType),
            VxlanDecoderText::tr("Capture on the underlay interface itself.")};
    }

    int udpLength = 0;
    if (type == 0x0800) {
        if (!r.has(20))
            return cut(VxlanDecoderText::tr("Outer IPv4"));
        const int ihl = (r.u8(0) & 0x0f) * 4;
        if (ihl < 20 || !r.has(ihl))
            return cut(VxlanDecoderText::tr("Outer IPv4"));
        d.outerSource = r.ipv4(12);
        d.outerDestination = r.ipv4(16);
        d.headers.push_back({VxlanDecoderText::tr("Outer IPv4"),
                             ihl,
                             {{VxlanDecoderText::tr("Source"), d.outerSource},
                              {VxlanDecoderText::tr("Destination"), d.outerDestination},
                              {VxlanDecoderText::tr("Protocol"), protocol(r.u8(9))},
                              {VxlanDecoderText::tr("Total length"), QString::number(r.u16(2))},
                              {QStringLiteral("TTL"), QString::number(r.u8(8))}}});
        if (r.u8(9) != 17)
            return Error{
                {},
                VxlanDecoderText::tr("the captured packet is not UDP (protocol %1).").arg(r.u8(9)),
                {}};
        r.skip(ihl);
    } else if (type == 0x86dd) {
        if (!r.has(40))
            return cut(VxlanDecoderText::tr("Outer IPv6"));
        d.ipv6 = true;
        d.outerSource = r.ipv6(8);
        d.outerDestination = r.ipv6(24);
        d.headers.push_back({VxlanDecoderText::tr("Outer IPv6"),
                             40,
                             {{VxlanDecoderText::tr("Source"), d.outerSource},
                              {VxlanDecoderText::tr("Destination"), d.outerDestination},
                              {VxlanDecoderText::tr("Protocol"), protocol(r.u8(6))},
                              {VxlanDecoderText::tr("Payload length"), QString::number(r.u16(4))},
                              {VxlanDecoderText::tr("Hop limit"), QString::number(r.u8(7))}}});
        if (r.u8(6) != 17)
            return Error{{},
                         VxlanDecoderText::tr("the captured packet is not UDP (next header %1).")
                             .arg(r.u8(6)),
                         {}};
        r.skip(40);
    } else {
        return Error{{},
                     VxlanDecoderText::tr("the captured frame is not IP (EtherType %1).")
                         .arg(etherType(type)),
                     {}};
    }

    if (!r.has(8))
        return cut(QStringLiteral("UDP"));
    d.udpSource = r.u16(0);
    d.udpDestination = r.u16(2);
    udpLength = r.u16(4);
    d.headers.push_back(
        {QStringLiteral("UDP"),
         8,
         {{VxlanDecoderText::tr("Source port"), QString::number(d.udpSource)},
          {VxlanDecoderText::tr("Destination port"), QString::number(d.udpDestination)},
          {VxlanDecoderText::tr("Length"), QString::number(udpLength)}}});
    r.skip(8);

    if (!r.has(8))
        return cut(QStringLiteral("VXLAN"));
    const quint8 flags = r.u8(0);
    if (!(flags & 0x08))
        return Error{{},
                     VxlanDecoderText::tr("the UDP payload is not VXLAN (flags 0x%1, no VNI).")
                         .arg(flags, 2, 16, QLatin1Char('0')),
                     {}};
    d.vni = r.u32(4) >> 8;
    d.headers.push_back(
        {QStringLiteral("VXLAN"),
         8,
         {{VxlanDecoderText::tr("Flags"),
           VxlanDecoderText::tr("0x%1 (VNI present)").arg(flags, 2, 16, QLatin1Char('0'))},
          {QStringLiteral("VNI"), QString::number(d.vni)}}});
    r.skip(8);

    if (!r.has(14))
        return cut(VxlanDecoderText::tr("Inner Ethernet"));
    const quint16 innerType = r.u16(12);
    d.headers.push_back({VxlanDecoderText::tr("Inner Ethernet"),
                         14,
                         {{VxlanDecoderText::tr("Source MAC"), r.mac(6)},
                          {VxlanDecoderText::tr("Destination MAC"), r.mac(0)},
                          {VxlanDecoderText::tr("EtherType"), etherType(innerType)}}});
    r.skip(14);
    if (innerType != 0x0800)
        return d; // ARP or IPv6 inside: decoded as far as it goes
    if (!r.has(20))
        return cut(VxlanDecoderText::tr("Inner IPv4"));
    const int ihl = (r.u8(0) & 0x0f) * 4;
    if (ihl < 20 || !r.has(ihl))
        return cut(VxlanDecoderText::tr("Inner IPv4"));
    d.innerSource = r.ipv4(12);
    d.innerDestination = r.ipv4(16);
    const quint8 innerProtocol = r.u8(9);
    const int innerTotal = r.u16(2);
    d.headers.push_back({VxlanDecoderText::tr("Inner IPv4"),
                         ihl,
                         {{VxlanDecoderText::tr("Source"), d.innerSource},
                          {VxlanDecoderText::tr("Destination"), d.innerDestination},
                          {VxlanDecoderText::tr("Protocol"), protocol(innerProtocol)},
                          {QStringLiteral("TTL"), QString::number(r.u8(8))},
                          {VxlanDecoderText::tr("Total length"), QString::number(innerTotal)}}});
    r.skip(ihl);
    if (innerProtocol != 1 || !r.has(8))
        return d;
    d.icmpType = r.u8(0);
    d.headers.push_back(
        {d.icmpType == 8   ? VxlanDecoderText::tr("ICMP echo request")
         : d.icmpType == 0 ? VxlanDecoderText::tr("ICMP echo reply")
                           : QStringLiteral("ICMP"),
         8,
         {{VxlanDecoderText::tr("Type"), d.icmpType == 8 ? VxlanDecoderText::tr("8 (echo request)")
                                         : d.icmpType == 0 ? VxlanDecoderText::tr("0 (echo reply)")
                                                           : QString::number(d.icmpType)},
          {VxlanDecoderText::tr("Code"), QString::number(r.u8(1))},
          {VxlanDecoderText::tr("Identifier"), QString::number(r.u16(4))},
          {VxlanDecoderText::tr("Sequence"), QString::number(r.u16(6))}}});
    r.skip(8);
    const int payload = std::max(0, innerTotal - ihl - 8);
    d.headers.push_back(
        {VxlanDecoderText::tr("Payload"),
         payload,
         {{VxlanDecoderText::tr("Data"), VxlanDecoderText::tr("%n byte(s)", nullptr, payload)}}});
    return d;
}

} // namespace studio
