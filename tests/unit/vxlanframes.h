#pragma once

// Builds VXLAN frames byte by byte, as the wire carries them, for decoder and capture tests.

#include <QByteArray>
#include <QHostAddress>
#include <QtEndian>

namespace studio::test {

struct FrameSpec
{
    QString outerSource = QStringLiteral("198.18.0.1");
    QString outerDestination = QStringLiteral("198.18.0.2");
    quint16 sourcePort = 51234;
    quint16 destinationPort = 4789;
    quint32 vni = 100;
    QString innerSource = QStringLiteral("198.19.2.2");
    QString innerDestination = QStringLiteral("198.19.2.3");
    quint8 icmpType = 8;
    int payload = 56;
};

inline void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToBigEndian(v, x);
    b.append(x, 2);
}

inline void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToBigEndian(v, x);
    b.append(x, 4);
}

inline QByteArray ipv4Header(const QString &from, const QString &to, quint8 protocol, int total,
                             quint8 ttl)
{
    QByteArray h;
    h.append(char(0x45));
    h.append(char(0));
    put16(h, quint16(total));
    put16(h, 0x1234); // id
    put16(h, 0x4000); // DF
    h.append(char(ttl));
    h.append(char(protocol));
    put16(h, 0); // checksum (not checked)
    put32(h, QHostAddress(from).toIPv4Address());
    put32(h, QHostAddress(to).toIPv4Address());
    return h;
}

inline QByteArray vxlanFrame(const FrameSpec &s = {})
{
    QByteArray icmp;
    icmp.append(char(s.icmpType));
    icmp.append(char(0));
    put16(icmp, 0);
    put16(icmp, 7); // identifier
    put16(icmp, 1); // sequence
    icmp.append(QByteArray(s.payload, 'p'));
    const QByteArray innerIp
        = ipv4Header(s.innerSource, s.innerDestination, 1, 20 + icmp.size(), 64) + icmp;
    const QByteArray inner
        = QByteArray::fromHex("020000000003020000000002") + QByteArray::fromHex("0800") + innerIp;
    QByteArray vxlan = QByteArray::fromHex("08000000");
    put32(vxlan, s.vni << 8);
    QByteArray udp;
    put16(udp, s.sourcePort);
    put16(udp, s.destinationPort);
    put16(udp, quint16(8 + vxlan.size() + inner.size()));
    put16(udp, 0);
    const QByteArray payload = udp + vxlan + inner;
    const QByteArray outerIp
        = ipv4Header(s.outerSource, s.outerDestination, 17, 20 + payload.size(), 64);
    return QByteArray::fromHex("0a0000000002") + QByteArray::fromHex("0a0000000001")
           + QByteArray::fromHex("0800") + outerIp + payload;
}

} // namespace studio::test
