#include "pcapfile.h"

#include "model/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace studio {

class PcapText
{
    Q_DECLARE_TR_FUNCTIONS(studio::PcapFile)
};

namespace {

constexpr int kFileHeader = 24;
constexpr int kRecordHeader = 16;

quint32 word(const char *at, bool swapped)
{
    const quint32 v = qFromLittleEndian<quint32>(at);
    return swapped ? qbswap(v) : v;
}

void put32(QByteArray &out, quint32 v)
{
    char bytes[4];
    qToLittleEndian(v, bytes);
    out.append(bytes, 4);
}

void put16(QByteArray &out, quint16 v)
{
    char bytes[2];
    qToLittleEndian(v, bytes);
    out.append(bytes, 2);
}

} // namespace

Result<PcapFile> PcapFile::parse(const QByteArray &bytes)
{
    if (bytes.size() < kFileHeader)
        return Error{{},
                     PcapText::tr("is not a capture file: %1 bytes, less than a pcap header.")
                         .arg(bytes.size()),
                     PcapText::tr("Capture again.")};
    const quint32 magic = qFromLittleEndian<quint32>(bytes.constData());
    PcapFile file;
    bool swapped = false;
    if (magic == kMagic || magic == kNanoMagic) {
        file.nanoseconds = magic == kNanoMagic;
    } else if (qbswap(magic) == kMagic || qbswap(magic) == kNanoMagic) {
        swapped = true;
        file.nanoseconds = qbswap(magic) == kNanoMagic;
    } else {
        return Error{{},
                     PcapText::tr("is not a pcap file (magic number 0x%1).")
                         .arg(magic, 8, 16, QLatin1Char('0')),
                     PcapText::tr("Save captures as classic .pcap (pcapng is not read here).")};
    }
    const char *d = bytes.constData();
    file.snapLength = word(d + 16, swapped);
    file.linkType = word(d + 20, swapped) & 0x0fffffff; // the top bits carry FCS information
    qsizetype at = kFileHeader;
    while (at + kRecordHeader <= bytes.size()) {
        PcapRecord r;
        r.seconds = word(d + at, swapped);
        r.fraction = word(d + at + 4, swapped);
        const quint32 included = word(d + at + 8, swapped);
        r.originalLength = word(d + at + 12, swapped);
        if (included > 0x4000000) // 64 MiB: not a packet, a corrupt file
            return Error{{},
                         PcapText::tr("has a packet of %1 bytes at offset %2: the file is "
                                      "corrupt.")
                             .arg(included)
                             .arg(at),
                         PcapText::tr("Capture again.")};
        if (at + kRecordHeader + qsizetype(included) > bytes.size())
            break; // cut off mid-packet
        r.data = bytes.mid(at + kRecordHeader, included);
        file.records.push_back(std::move(r));
        at += kRecordHeader + included;
    }
    return file;
}

QByteArray PcapFile::serialize() const
{
    QByteArray out;
    put32(out, kMagic);
    put16(out, 2); // version 2.4
    put16(out, 4);
    put32(out, 0); // time zone: UTC
    put32(out, 0); // accuracy
    put32(out, snapLength);
    put32(out, linkType);
    for (const PcapRecord &r : records) {
        put32(out, r.seconds);
        put32(out, nanoseconds ? r.fraction / 1000 : r.fraction);
        put32(out, quint32(r.data.size()));
        put32(out, std::max<quint32>(r.originalLength, quint32(r.data.size())));
        out.append(r.data);
    }
    return out;
}

Result<PcapFile> PcapFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, PcapText::tr("cannot be read: %1.").arg(f.errorString()), {}};
    auto parsed = parse(f.readAll());
    if (!parsed)
        return Error{path, parsed.error().message, parsed.error().fix};
    return parsed;
}

Status PcapFile::write(const QString &path) const
{
    return saveFile(path, serialize());
}

} // namespace studio
