#pragma once

#include "result.h"

#include <QHostAddress>
#include <QString>

namespace studio {

// An IPv4 interface address with its prefix, e.g. 10.2.2.1/24. The overlay is IPv4 only: that is
// what ovs-docker and the guide configure.
struct Ipv4Cidr
{
    QHostAddress address;
    int prefix = 0;

    quint32 value() const { return address.toIPv4Address(); }
    quint32 mask() const { return prefix == 0 ? 0u : ~0u << (32 - prefix); }
    quint32 networkValue() const { return value() & mask(); }
    quint32 broadcastValue() const { return networkValue() | ~mask(); }
    QHostAddress network() const { return QHostAddress(networkValue()); }
    bool contains(const QHostAddress &other) const { return other.isInSubnet(address, prefix); }
    bool overlaps(const Ipv4Cidr &other) const
    {
        return contains(other.network()) || other.contains(network());
    }
    bool isNetworkOrBroadcast() const
    {
        return prefix <= 30 && (value() == networkValue() || value() == broadcastValue());
    }
    QString subnetText() const
    {
        return network().toString() + QLatin1Char('/') + QString::number(prefix);
    }
    QString toString() const
    {
        return address.toString() + QLatin1Char('/') + QString::number(prefix);
    }
};

// Each returns the parsed value or an error whose message quotes the text and says what is wrong
// with it ("'10.1' is not an IPv4 address (...)", "is empty"). The error names no place: the
// caller knows which field the text came from and says so.
Result<QHostAddress> parseIpv4(const QString &text);
Result<Ipv4Cidr> parseIpv4Cidr(const QString &text);
// An IPv4 or IPv6 literal, for underlay (VTEP) addresses.
Result<QHostAddress> parseIpAddress(const QString &text);

} // namespace studio
