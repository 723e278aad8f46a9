// Decoding a captured VXLAN packet down to the inner ICMP header: the values, the header sizes
// (the same layers and names the explained packet path uses), Linux cooked captures, and frames
// that are not VXLAN or are cut short.
#include "vxlanframes.h"

#include "teach/pcapfile.h"
#include "teach/vxlandecoder.h"

#include <QTest>

using namespace studio;
using test::FrameSpec;
using test::vxlanFrame;

class TestVxlanDecoder : public QObject
{
    Q_OBJECT

private slots:
    void anEchoRequestInVxlan()
    {
        auto d = decodeVxlan(vxlanFrame(), PcapFile::kEthernet);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().toString()));
        const DecodedVxlan &v = d.value();
        QCOMPARE(v.outerSource, QStringLiteral("198.18.0.1"));
        QCOMPARE(v.outerDestination, QStringLiteral("198.18.0.2"));
        QCOMPARE(v.udpSource, 51234);
        QCOMPARE(v.udpDestination, 4789);
        QCOMPARE(v.vni, 100u);
        QCOMPARE(v.innerSource, QStringLiteral("198.19.2.2"));
        QCOMPARE(v.innerDestination, QStringLiteral("198.19.2.3"));
        QVERIFY(v.isEchoRequest());
        QStringList layers;
        for (const PacketHeader &h : v.headers)
            layers << QStringLiteral("%1 %2").arg(h.layer).arg(h.bytes);
        QCOMPARE(layers, QStringList({"Outer Ethernet 14", "Outer IPv4 20", "UDP 8", "VXLAN 8",
                                      "Inner Ethernet 14", "Inner IPv4 20", "ICMP echo request 8",
                                      "Payload 56"}));
        QCOMPARE(v.headers[0].field(QStringLiteral("Source MAC")),
                 QStringLiteral("0a:00:00:00:00:01"));
        QCOMPARE(v.headers[1].field(QStringLiteral("Total length")), QStringLiteral("134"));
        QCOMPARE(v.headers[1].field(QStringLiteral("Protocol")), QStringLiteral("UDP (17)"));
        QCOMPARE(v.headers[3].field(QStringLiteral("VNI")), QStringLiteral("100"));
        QCOMPARE(v.headers[3].field(QStringLiteral("Flags")), QStringLiteral("0x08 (VNI present)"));
        QCOMPARE(v.headers[6].field(QStringLiteral("Sequence")), QStringLiteral("1"));
    }

    void vniAndPortComeFromThePacket_data()
    {
        QTest::addColumn<quint32>("vni");
        QTest::addColumn<int>("port");
        QTest::newRow("VNI 200") << 200u << 4789;
        QTest::newRow("largest VNI") << 16777215u << 4789;
        QTest::newRow("Linux's old port") << 100u << 8472;
    }
    void vniAndPortComeFromThePacket()
    {
        QFETCH(quint32, vni);
        QFETCH(int, port);
        FrameSpec s;
        s.vni = vni;
        s.destinationPort = quint16(port);
        auto d = decodeVxlan(vxlanFrame(s), PcapFile::kEthernet);
        QVERIFY(d.ok());
        QCOMPARE(d.value().vni, vni);
        QCOMPARE(d.value().udpDestination, port);
    }

    void linuxCookedCapture()
    {
        // tcpdump -i any: a 16-byte cooked header instead of Ethernet.
        const QByteArray frame = vxlanFrame();
        QByteArray sll
            = QByteArray::fromHex("0004000100060a00000000010000") + QByteArray::fromHex("0800");
        auto d = decodeVxlan(sll + frame.mid(14), PcapFile::kLinuxSll);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().toString()));
        QCOMPARE(d.value().vni, 100u);
        QCOMPARE(d.value().headers.front().bytes, 16);
    }

    void anEchoReplyIsNotARequest()
    {
        FrameSpec s;
        s.icmpType = 0;
        auto d = decodeVxlan(vxlanFrame(s), PcapFile::kEthernet);
        QVERIFY(d.ok());
        QVERIFY(!d.value().isEchoRequest());
        QCOMPARE(d.value().headers[6].layer, QStringLiteral("ICMP echo reply"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("message");
        const QByteArray good = vxlanFrame();
        QTest::newRow("cut in the outer IP header") << good.left(20) << "Outer IPv4";
        QTest::newRow("cut in VXLAN") << good.left(14 + 20 + 8 + 4) << "VXLAN";
        QByteArray tcp = good;
        tcp[14 + 9] = 6;
        QTest::newRow("TCP") << tcp << "not UDP";
        QByteArray noVni = good;
        noVni[14 + 20 + 8] = 0;
        QTest::newRow("no VNI flag") << noVni << "not VXLAN";
        QByteArray arp = good;
        arp[12] = 0x08;
        arp[13] = 0x06;
        QTest::newRow("ARP") << arp << "not IP";
    }
    void refusals()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, message);
        auto d = decodeVxlan(frame, PcapFile::kEthernet);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
    }
};

QTEST_GUILESS_MAIN(TestVxlanDecoder)
#include "tst_vxlandecoder.moc"
