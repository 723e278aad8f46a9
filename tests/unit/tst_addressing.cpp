// The defaults new objects get (names, subnets, addresses, VNIs) and the address parsing they
// rest on: each a value or an error that names the object and the fix.
#include "testsupport.h"

#include "model/addresses.h"
#include "model/addressing.h"

#include <QTest>

using namespace studio;

namespace {

ObjectId addHost(Topology &t, const QString &name)
{
    Host h;
    h.name = name;
    h.managementAddress = QStringLiteral("198.18.0.%1").arg(t.hosts().size() + 1);
    return t.addHost(h).value(); // throws if the set-up is wrong
}

ObjectId addBridge(Topology &t, ObjectId host, const QString &name, const QString &gateway)
{
    Bridge b;
    b.host = host;
    b.name = name;
    b.gatewayPort = QStringLiteral("veth-") + name;
    b.gatewayAddress = gateway;
    return t.addBridge(b).value(); // throws if the set-up is wrong
}

ObjectId addContainer(Topology &t, ObjectId bridge, const QString &name, const QString &address)
{
    Container c;
    c.host = t.bridge(bridge)->host;
    c.bridge = bridge;
    c.name = name;
    c.image = QStringLiteral("busybox");
    c.address = address;
    return t.addContainer(c).value(); // throws if the set-up is wrong
}

ObjectId addLink(Topology &t, ObjectId a, ObjectId b, quint32 vni)
{
    VxlanLink l;
    l.bridgeA = a;
    l.bridgeB = b;
    l.vni = vni;
    l.portA = QStringLiteral("vx%1").arg(vni);
    l.portB = QStringLiteral("vx%1").arg(vni);
    return t.addLink(l).value(); // throws if the set-up is wrong
}

} // namespace

class TestAddressing : public QObject
{
    Q_OBJECT

private slots:
    void parseIpv4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message"); // a part of the error's message
        QTest::newRow("plain") << "10.2.2.1" << true << QString();
        QTest::newRow("zeros") << "0.0.0.0" << true << QString();
        QTest::newRow("empty") << "" << false << "is empty";
        QTest::newRow("short form") << "10.1" << false << "'10.1' is not an IPv4 address";
        QTest::newRow("hex") << "0x0a.1.1.1" << false << "is not an IPv4 address";
        QTest::newRow("leading zero") << "10.02.2.1" << false << "four numbers 0-255";
        QTest::newRow("too big") << "10.2.2.256" << false << "four numbers 0-255";
        QTest::newRow("with prefix") << "10.2.2.1/24" << false << "is not an IPv4 address";
    }
    void parseIpv4()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        const Result<QHostAddress> parsed = studio::parseIpv4(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value(), QHostAddress(text));
        else
            QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void parseIpv4Cidr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("subnet"); // empty: an error
        QTest::addColumn<QString>("message");
        QTest::newRow("guide") << "10.2.2.1/24"
                               << "10.2.2.0/24" << QString();
        QTest::newRow("slash 30") << "198.19.4.5/30"
                                  << "198.19.4.4/30" << QString();
        QTest::newRow("no prefix") << "10.2.2.1" << QString() << "has no prefix length";
        QTest::newRow("prefix 31") << "10.2.2.1/31" << QString() << "use 1 to 30";
        QTest::newRow("prefix 0") << "10.2.2.1/0" << QString() << "use 1 to 30";
        QTest::newRow("prefix text") << "10.2.2.1/x" << QString() << "has prefix length 'x'";
        QTest::newRow("bad address") << "10.2.2/24" << QString() << "is not an IPv4 address";
    }
    void parseIpv4Cidr()
    {
        QFETCH(QString, text);
        QFETCH(QString, subnet);
        QFETCH(QString, message);
        const Result<Ipv4Cidr> parsed = studio::parseIpv4Cidr(text);
        QCOMPARE(parsed.ok(), !subnet.isEmpty());
        if (parsed)
            QCOMPARE(parsed.value().subnetText(), subnet);
        else
            QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void parseIpAddressTakesBothFamilies()
    {
        QVERIFY(parseIpAddress(QStringLiteral("198.18.0.1")).ok());
        QVERIFY(parseIpAddress(QStringLiteral("fd00::1")).ok());
        const auto bad = parseIpAddress(QStringLiteral("fd00:::1"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("'fd00:::1' is not an IPv6 address")),
                 qPrintable(bad.error().message));
    }

    void nextNameTakesTheSmallestFreeNumber()
    {
        using addressing::nextName;
        QCOMPARE(nextName({}, QStringLiteral("br")), QStringLiteral("br0"));
        QCOMPARE(nextName({QStringLiteral("br0"), QStringLiteral("br2")}, QStringLiteral("br")),
                 QStringLiteral("br1"));
        QCOMPARE(nextName({QStringLiteral("host1")}, QStringLiteral("host"), 1),
                 QStringLiteral("host2"));
    }

    void interfaceNamesAreThoseOfOneHost()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        const ObjectId h2 = addHost(t, QStringLiteral("host2"));
        const ObjectId b1 = addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.2.2.1/24"));
        const ObjectId b2 = addBridge(t, h2, QStringLiteral("br5"), QStringLiteral("10.2.2.9/24"));
        addLink(t, b1, b2, 100);
        const QStringList names = addressing::interfaceNames(t, h1);
        QVERIFY(names.contains(QStringLiteral("br0")));
        QVERIFY(names.contains(QStringLiteral("veth-br0")));
        QVERIFY(names.contains(QStringLiteral("vx100")));
        QVERIFY(!names.contains(QStringLiteral("br5"))); // host2's
    }

    void bridgeGatewayFollowsTheGuideThenTheTopology()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        QCOMPARE(addressing::nextBridgeGateway(t, h1).value(), QStringLiteral("10.2.2.1/24"));
        addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("198.19.7.1/24"));
        // The family the topology uses, one /24 up.
        QCOMPARE(addressing::nextBridgeGateway(t, h1).value(), QStringLiteral("198.19.8.1/24"));
    }

    void bridgeGatewayAvoidsTheHostsOwnSubnets()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.2.0.1/16")); // holds 10.2.2.0
        QCOMPARE(addressing::nextBridgeGateway(t, h1).value(), QStringLiteral("10.3.3.1/24"));
    }

    void noFreeSubnetIsAnErrorNamingTheHost()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.0.0.1/8")); // every 10.k.k
        const auto gateway = addressing::nextBridgeGateway(t, h1);
        QVERIFY(!gateway.ok());
        QCOMPARE(gateway.error().where, QStringLiteral("host1"));
        QVERIFY(gateway.error().message.contains(QStringLiteral("no free /24 subnet")));
        QVERIFY(!gateway.error().fix.isEmpty());
        // Another host is not crowded by host1's bridges.
        const ObjectId h2 = addHost(t, QStringLiteral("host2"));
        QCOMPARE(addressing::nextBridgeGateway(t, h2).value(), QStringLiteral("10.2.2.1/24"));
    }

    void containerAddressCountsTheWholeSegment()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        const ObjectId h2 = addHost(t, QStringLiteral("host2"));
        const ObjectId b1 = addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.2.2.1/24"));
        const ObjectId b2 = addBridge(t, h2, QStringLiteral("br0"), QStringLiteral("10.2.2.2/24"));
        addContainer(t, b2, QStringLiteral("c1"), QStringLiteral("10.2.2.3/24"));
        // Unlinked, host2's addresses are another network's.
        QCOMPARE(addressing::nextContainerAddress(t, b1).value(), QStringLiteral("10.2.2.2/24"));
        addLink(t, b1, b2, 100);
        QCOMPARE(addressing::nextContainerAddress(t, b1).value(), QStringLiteral("10.2.2.4/24"));
    }

    void fullSubnetIsAnErrorNamingTheBridgeAndTheFix()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        const ObjectId b = addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.7.7.1/30"));
        QCOMPARE(addressing::nextContainerAddress(t, b).value(), QStringLiteral("10.7.7.2/30"));
        addContainer(t, b, QStringLiteral("c1"), QStringLiteral("10.7.7.2/30"));
        const auto address = addressing::nextContainerAddress(t, b);
        QVERIFY(!address.ok());
        QCOMPARE(address.error().where, QStringLiteral("host1/br0"));
        QVERIFY2(address.error().message.contains(QStringLiteral("10.7.7.0/30")),
                 qPrintable(address.error().message));
        QVERIFY2(address.error().fix.contains(QStringLiteral("larger subnet")),
                 qPrintable(address.error().fix));
    }

    void invalidGatewayIsAnErrorNamingTheBridge()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        const ObjectId b = addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.7.7.1"));
        const auto address = addressing::nextContainerAddress(t, b);
        QVERIFY(!address.ok());
        QCOMPARE(address.error().where, QStringLiteral("host1/br0"));
        QVERIFY2(address.error().message.contains(QStringLiteral("has no prefix length")),
                 qPrintable(address.error().message));
        QVERIFY(address.error().fix.contains(QStringLiteral("10.2.2.1/24")));
        QVERIFY(!addressing::nextContainerAddress(t, ObjectId(9999)).ok());
    }

    void vniJoinsTheSegmentOrTakesTheNextHundred()
    {
        Topology t;
        const ObjectId h1 = addHost(t, QStringLiteral("host1"));
        const ObjectId h2 = addHost(t, QStringLiteral("host2"));
        const ObjectId h3 = addHost(t, QStringLiteral("host3"));
        const ObjectId a = addBridge(t, h1, QStringLiteral("br0"), QStringLiteral("10.2.2.1/24"));
        const ObjectId b = addBridge(t, h2, QStringLiteral("br0"), QStringLiteral("10.2.2.2/24"));
        const ObjectId c = addBridge(t, h3, QStringLiteral("br0"), QStringLiteral("10.2.2.3/24"));
        const ObjectId d = addBridge(t, h3, QStringLiteral("br1"), QStringLiteral("10.3.3.1/24"));
        const ObjectId e = addBridge(t, h1, QStringLiteral("br1"), QStringLiteral("10.3.3.2/24"));
        QCOMPARE(addressing::nextVni(t, a, b), quint32(100));
        addLink(t, a, b, 100);
        QCOMPARE(addressing::nextVni(t, b, c), quint32(100)); // joins a-b's segment
        QCOMPARE(addressing::nextVni(t, d, e), quint32(200)); // a new segment
    }
};

QTEST_GUILESS_MAIN(TestAddressing)
#include "tst_addressing.moc"
