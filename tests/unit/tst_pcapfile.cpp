// Capture files: what we write is a classic pcap Wireshark opens (its magic, version and link
// type checked byte by byte) and reads back the same; tcpdump's files in either byte order and
// with nanosecond stamps are read; a file cut off mid-packet keeps its whole packets; anything
// else is refused with a reason.
#include "testsupport.h"

#include "teach/pcapfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace studio;

namespace {

PcapFile sample()
{
    PcapFile f;
    f.records.push_back({1700000000, 123456, 60, QByteArray(60, 'a')});
    f.records.push_back({1700000001, 42, 1500, QByteArray(98, 'b')}); // snapped
    return f;
}

// A file as a big-endian machine's tcpdump writes it.
QByteArray bigEndianFile(quint32 magic)
{
    QByteArray out;
    const auto put32 = [&out](quint32 v) {
        char b[4];
        qToBigEndian(v, b);
        out.append(b, 4);
    };
    const auto put16 = [&out](quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        out.append(b, 2);
    };
    put32(magic);
    put16(2);
    put16(4);
    put32(0);
    put32(0);
    put32(65535);
    put32(1);
    put32(5);
    put32(7000);
    put32(3);
    put32(3);
    out.append("xyz", 3);
    return out;
}

} // namespace

class TestPcapFile : public QObject
{
    Q_OBJECT

private slots:
    void writtenFilesHaveWiresharksHeader()
    {
        const QByteArray bytes = sample().serialize();
        // magic a1b2c3d4 little-endian, version 2.4, zone 0, accuracy 0, snaplen, link type 1
        QCOMPARE(bytes.left(4), QByteArray::fromHex("d4c3b2a1"));
        QCOMPARE(bytes.mid(4, 4), QByteArray::fromHex("02000400"));
        QCOMPARE(bytes.mid(8, 8), QByteArray(8, '\0'));
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 16), 262144u);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 20), 1u);
        QCOMPARE(bytes.size(), 24 + 16 + 60 + 16 + 98);
    }

    void whatIsWrittenReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ping.pcap"));
        const PcapFile written = sample();
        QVERIFY(written.write(path).ok());
        auto read = PcapFile::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value().linkType, PcapFile::kEthernet);
        QVERIFY(!read.value().nanoseconds);
        QCOMPARE(read.value().records.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(read.value().records[i].seconds, written.records[i].seconds);
            QCOMPARE(read.value().records[i].fraction, written.records[i].fraction);
            QCOMPARE(read.value().records[i].originalLength, written.records[i].originalLength);
            QCOMPARE(read.value().records[i].data, written.records[i].data);
        }
    }

    void otherByteOrderAndNanoseconds()
    {
        auto big = PcapFile::parse(bigEndianFile(PcapFile::kMagic));
        QVERIFY(big.ok());
        QCOMPARE(big.value().snapLength, 65535u);
        QCOMPARE(big.value().records.size(), std::size_t(1));
        QCOMPARE(big.value().records[0].seconds, 5u);
        QCOMPARE(big.value().records[0].data, QByteArray("xyz"));
        auto nano = PcapFile::parse(bigEndianFile(PcapFile::kNanoMagic));
        QVERIFY(nano.ok());
        QVERIFY(nano.value().nanoseconds);
        // Written back as microseconds.
        auto again = PcapFile::parse(nano.value().serialize());
        QVERIFY(again.ok());
        QCOMPARE(again.value().records[0].fraction, 7u);
    }

    void aFileCutMidPacketKeepsTheWholeOnes()
    {
        const QByteArray bytes = sample().serialize();
        auto cut = PcapFile::parse(bytes.left(bytes.size() - 10));
        QVERIFY(cut.ok());
        QCOMPARE(cut.value().records.size(), std::size_t(1));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "less than a pcap header";
        QTest::newRow("pcapng") << QByteArray::fromHex("0a0d0d0a") + QByteArray(40, '\0')
                                << "not a pcap file (magic number 0x0a0d0d0a)";
        QByteArray huge = sample().serialize().left(24);
        huge += QByteArray::fromHex("00000000000000000000ff7f00000000");
        QTest::newRow("absurd length") << huge << "the file is corrupt";
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto parsed = PcapFile::parse(bytes);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPcapFile)
#include "tst_pcapfile.moc"
