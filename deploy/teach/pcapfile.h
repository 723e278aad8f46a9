#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace studio {

// One captured packet.
struct PcapRecord
{
    quint32 seconds = 0;
    quint32 fraction = 0; // micro- or nanoseconds, as the file says
    quint32 originalLength = 0;
    QByteArray data;
};

// A classic libpcap capture file (what tcpdump -w writes and Wireshark opens): both byte orders
// and micro- or nanosecond stamps are read; written little-endian with microseconds.
struct PcapFile
{
    static constexpr quint32 kEthernet = 1;    // LINKTYPE_ETHERNET
    static constexpr quint32 kLinuxSll = 113;  // LINKTYPE_LINUX_SLL (tcpdump -i any)
    static constexpr quint32 kLinuxSll2 = 276; // LINKTYPE_LINUX_SLL2
    static constexpr quint32 kMagic = 0xa1b2c3d4;
    static constexpr quint32 kNanoMagic = 0xa1b23c4d;

    quint32 linkType = kEthernet;
    quint32 snapLength = 262144;
    bool nanoseconds = false;
    std::vector<PcapRecord> records;

    // A truncated file keeps the records that are whole (tcpdump killed mid-write).
    static Result<PcapFile> parse(const QByteArray &bytes);
    QByteArray serialize() const;
    static Result<PcapFile> read(const QString &path);
    Status write(const QString &path) const;
};

} // namespace studio
