// Following one ping through a design, headless: the hops, the headers and their sizes, the
// tunnels' outer headers and MTU arithmetic, and the verdict — delivered within a network and
// across routed ones, dropped by isolation between VNIs, by a missing route or link; the peer a
// first look suggests.
#include "testsupport.h"

#include "teach/packetpath.h"

#include <QTest>

using namespace studio;
using test::idOf;

namespace {

// The seed example with one change, named by the row.
Topology variant(const QString &change)
{
    Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
    const auto bridge = [&t](const char *name) {
        return t.bridge(idOf(t, QLatin1String(name)));
    };
    if (change == QLatin1String("routed")) {
        for (const char *b : {"host1/br0", "host1/br1", "host2/br0", "host2/br1"})
            bridge(b)->routed = true;
    } else if (change == QLatin1String("ipv6")) {
        t.host(idOf(t, QStringLiteral("host1")))->underlayAddress = QStringLiteral("fd00::8");
        t.host(idOf(t, QStringLiteral("host2")))->underlayAddress = QStringLiteral("fd00::9");
        for (const Bridge &b : t.bridges())
            t.bridge(b.id)->mtu = 1430;
    } else if (change == QLatin1String("port")) {
        t.link(idOf(t, QStringLiteral("host1/br0 <-> host2/br0")))->udpPort = 8472;
    } else if (change == QLatin1String("unlinked")) {
        t.remove(idOf(t, QStringLiteral("host1/br0 <-> host2/br0")));
    } else if (change == QLatin1String("nat")) {
        bridge("host1/br0")->nat = true;
        t.remove(idOf(t, QStringLiteral("host1/br1")));
    }
    return t;
}

QString allText(const PacketPath &p)
{
    QStringList text{p.verdict, p.fix};
    for (const PathHop &h : p.hops)
        text << h.title << h.explanation;
    for (const TunnelCrossing &c : p.tunnels) {
        text << c.arithmetic();
        for (const PacketHeader &h : c.headers) {
            text << h.layer;
            for (const HeaderField &f : h.fields)
                text << f.value;
        }
    }
    return text.join(QLatin1Char('\n'));
}

QString kinds(const PacketPath &p)
{
    static const char *names[]
        = {"send", "bridge", "encap", "underlay", "decap", "route", "deliver", "drop"};
    QStringList list;
    for (const PathHop &h : p.hops)
        list << QLatin1String(names[int(h.kind)]);
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestPacketPath : public QObject
{
    Q_OBJECT

private slots:
    void paths_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<QString>("hops");
        QTest::addColumn<QStringList>("mentions");

        const QString seed = QStringLiteral("seed-two-hosts.json");
        const QString crossHost = QStringLiteral("send bridge encap underlay decap bridge deliver");
        QTest::newRow("seed: container1 to container3, one VNI across hosts")
            << seed << QString() << "host1/container1"
            << "host2/container3" << true << crossHost
            << QStringList{"br0",  "vxlan0",  "192.168.0.9", "VNI 100",
                           "1450", "on-link", "4789",        "1500 − 50 = 1450"};
        QTest::newRow("seed: container4 to container2, the other VNI")
            << seed << QString() << "host2/container4"
            << "host1/container2" << true << crossHost
            << QStringList{"br1", "vxlan1", "192.168.0.8", "VNI 200"};
        QTest::newRow("seed: VNIs differ, isolation drops it on the source host")
            << seed << QString() << "host1/container1"
            << "host2/container4" << false << "send bridge route drop"
            << QStringList{"outside 10.2.2.0/24", "gateway 10.2.2.1", "isolation rule of br1",
                           "VNIs differ (100 and 200)", "Set routing on br0 and br1 of host1"};
        QTest::newRow("seed: two networks on one host are isolated too")
            << seed << QString() << "host1/container1"
            << "host1/container2" << false << "send bridge route drop"
            << QStringList{"isolation rule of br1", "mangle"};
        QTest::newRow("routed: the host routes, then VNI 200 carries it")
            << seed << "routed"
            << "host1/container1"
            << "host2/container4" << true
            << "send bridge route route bridge encap underlay decap bridge deliver"
            << QStringList{"veth0", "veth1", "vxlan1", "VNI 200", "TTL drops to 63"};
        QTest::newRow("routed: between two networks of one host, no tunnel")
            << seed << "routed"
            << "host1/container1"
            << "host1/container2" << true << "send bridge route route bridge deliver"
            << QStringList{"never leaves host1"};
        QTest::newRow("IPv6 underlay: 70 bytes of overhead")
            << seed << "ipv6"
            << "host1/container1"
            << "host2/container3" << true << crossHost
            << QStringList{"fd00::9", "Outer IPv6", "1500 − 70 = 1430", "0x86dd"};
        QTest::newRow("the link's own UDP port")
            << seed << "port"
            << "host1/container1"
            << "host2/container3" << true << crossHost << QStringList{"8472"};
        QTest::newRow("same subnet, no link: separate networks")
            << seed << "unlinked"
            << "host1/container1"
            << "host2/container3" << false << "send bridge drop"
            << QStringList{"No VXLAN link joins host1/br0 to host2/br0"};
        QTest::newRow("no network for the destination on the gateway's host: NAT sends it away")
            << seed << "nat"
            << "host1/container1"
            << "host2/container4" << false << "send bridge route drop"
            << QStringList{"masqueraded", "host1 has no network that holds"};
        QTest::newRow("lab example across the lab's underlay")
            << QStringLiteral("lab-two-hosts.json") << QString() << "lab1/container1"
            << "lab2/container3" << true << crossHost
            << QStringList{"198.18.0.1", "198.18.0.2", "VNI 100", "198.19.2.3"};
        QTest::newRow("full mesh: straight to the other host, one tunnel")
            << QStringLiteral("three-hosts-mesh.json") << QString() << "host2/db1"
            << "host3/cache1" << true << crossHost
            << QStringList{"vxlan-h3", "192.168.0.10", "VNI 300"};
        QTest::newRow("same bridge: switched on the host")
            << QStringLiteral("three-hosts-mesh.json") << QString() << "host1/web1"
            << "host1/web2" << true << "send bridge deliver" << QStringList{"never leaves host1"};
    }

    void paths()
    {
        QFETCH(QString, example);
        QFETCH(QString, change);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, delivered);
        QFETCH(QString, hops);
        QFETCH(QStringList, mentions);
        const Topology t = example == QLatin1String("seed-two-hosts.json")
                               ? variant(change)
                               : test::loadExample(example);
        const auto path = tracePacket(t, idOf(t, from), idOf(t, to));
        QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().toString()));
        const PacketPath &p = path.value();
        QCOMPARE(p.delivered, delivered);
        QCOMPARE(kinds(p), hops);
        const QString text = allText(p);
        for (const QString &m : mentions)
            QVERIFY2(text.contains(m), qPrintable(m + QStringLiteral(" not in:\n") + text));
        QCOMPARE(p.fix.isEmpty(), delivered);
        QVERIFY(!p.verdict.isEmpty());
        // The hops name only objects of the design, the source first.
        QCOMPARE(p.objects().front(), idOf(t, from));
        if (delivered)
            QCOMPARE(p.objects().back(), idOf(t, to));
        for (ObjectId id : p.objects())
            QVERIFY(t.contains(id));
    }

    void headersAddUp()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const auto path = tracePacket(t, idOf(t, QStringLiteral("host1/container1")),
                                      idOf(t, QStringLiteral("host2/container3")));
        QVERIFY(path.ok());
        const PacketPath &p = path.value();
        QCOMPARE(p.tunnels.size(), std::size_t(1));
        const TunnelCrossing &c = p.tunnels.front();
        QCOMPARE(c.vni, 100u);
        QCOMPARE(c.udpPort, 4789);
        QCOMPARE(c.localAddress, QStringLiteral("192.168.0.8"));
        QCOMPARE(c.remoteAddress, QStringLiteral("192.168.0.9"));
        QCOMPARE(c.port, QStringLiteral("vxlan0"));
        QCOMPARE(c.overhead(), 50);
        QCOMPARE(c.innerMtu(), 1450);
        QVERIFY(c.fits());
        // The frame on the underlay: 14 + 20 + 8 + 8 outside, 14 + 20 + 8 + 56 inside.
        QStringList layers;
        int bytes = 0;
        for (const PacketHeader &h : c.headers) {
            layers << QStringLiteral("%1 %2").arg(h.layer).arg(h.bytes);
            bytes += h.bytes;
        }
        QCOMPARE(layers, QStringList({"Outer Ethernet 14", "Outer IPv4 20", "UDP 8", "VXLAN 8",
                                      "Inner Ethernet 14", "Inner IPv4 20", "ICMP echo request 8",
                                      "Payload 56"}));
        QCOMPARE(bytes, 148);
        QCOMPARE(c.headers[1].field(QStringLiteral("Total length")), QStringLiteral("134"));
        QCOMPARE(c.headers[2].field(QStringLiteral("Destination port")), QStringLiteral("4789"));
        QCOMPARE(c.headers[3].field(QStringLiteral("VNI")), QStringLiteral("100"));
        QCOMPARE(c.headers[5].field(QStringLiteral("Destination")), QStringLiteral("10.2.2.3"));
        // What the container itself sends: the inner headers only.
        QCOMPARE(p.innerHeaders.size(), std::size_t(4));
        QCOMPARE(p.innerHeaders[1].field(QStringLiteral("Source")), QStringLiteral("10.2.2.2"));
    }

    void aLinkPicksAContainerAtEachEnd()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const auto path
            = tracePacketOverLink(t, idOf(t, QStringLiteral("host1/br1 <-> host2/br1")));
        QVERIFY(path.ok());
        QCOMPARE(path.value().from, idOf(t, QStringLiteral("host1/container2")));
        QCOMPARE(path.value().to, idOf(t, QStringLiteral("host2/container4")));
        QVERIFY(path.value().delivered);
    }

    void theSuggestedPeerIsAcrossATunnel()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const auto peer = [&t](const char *name) {
            const ObjectId id = suggestedPeer(t, idOf(t, QLatin1String(name)));
            return id == kNoObject ? QStringLiteral("none") : t.displayName(id);
        };
        // Not the next container in the design (host1/container2, another VNI: dropped).
        QCOMPARE(peer("host1/container1"), QStringLiteral("host2/container3"));
        QCOMPARE(peer("host2/container4"), QStringLiteral("host1/container2"));
        const auto path
            = tracePacket(t, idOf(t, QStringLiteral("host1/container1")),
                          suggestedPeer(t, idOf(t, QStringLiteral("host1/container1"))));
        QVERIFY(path.ok() && path.value().delivered);
        // Without the tunnel: a neighbour on the same bridge, else nobody.
        t.remove(idOf(t, QStringLiteral("host1/br0 <-> host2/br0")));
        QCOMPARE(peer("host1/container1"), QStringLiteral("none"));
        Container neighbour = *t.container(idOf(t, QStringLiteral("host1/container1")));
        neighbour.id = kNoObject;
        neighbour.name = QStringLiteral("neighbour");
        neighbour.address = QStringLiteral("10.2.2.9/24");
        QVERIFY(t.addContainer(neighbour).ok());
        QCOMPARE(peer("host1/container1"), QStringLiteral("host1/neighbour"));
        // Not a container, or not plugged in: nobody.
        QCOMPARE(peer("host1/br0"), QStringLiteral("none"));
        t.container(idOf(t, QStringLiteral("host1/container1")))->bridge = kNoObject;
        QCOMPARE(peer("host1/container1"), QStringLiteral("none"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("itself") << "host1/container1"
                                << "host1/container1"
                                << "ping itself";
        QTest::newRow("a bridge") << "host1/container1"
                                  << "host1/br0"
                                  << "is not a container";
        QTest::newRow("a host") << "host1"
                                << "host1/container1"
                                << "is not a container";
    }
    void refusals()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const auto path = tracePacket(t, idOf(t, from), idOf(t, to));
        QVERIFY(!path.ok());
        QVERIFY2(path.error().toString().contains(message), qPrintable(path.error().toString()));
        QVERIFY(!path.error().fix.isEmpty());
    }

    void detachedContainersAndBrokenDesignsAreRefused()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.container(idOf(t, QStringLiteral("host2/container3")))->bridge = kNoObject;
        auto path = tracePacket(t, idOf(t, QStringLiteral("host1/container1")),
                                idOf(t, QStringLiteral("host2/container3")));
        QVERIFY(!path.ok());
        QVERIFY2(path.error().toString().contains(QStringLiteral("not plugged into a bridge")),
                 qPrintable(path.error().toString()));
        t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.bridge(idOf(t, QStringLiteral("host1/br0")))->mtu = 1480; // more than VXLAN can carry
        path = tracePacket(t, idOf(t, QStringLiteral("host1/container1")),
                           idOf(t, QStringLiteral("host2/container3")));
        QVERIFY(!path.ok());
        QVERIFY2(path.error().toString().contains(QStringLiteral("has errors")),
                 qPrintable(path.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestPacketPath)
#include "tst_packetpath.moc"
