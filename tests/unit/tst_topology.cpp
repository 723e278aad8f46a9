#include "testsupport.h"

#include "model/topology.h"

#include <QTest>

using namespace studio;

namespace {
Host named(const char *name, ObjectId id = kNoObject)
{
    Host h;
    h.id = id;
    h.name = QString::fromLatin1(name);
    return h;
}
} // namespace

class TestTopology : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndFresh()
    {
        Topology t;
        const ObjectId h1 = t.addHost(named("h1", 0)).value();
        const ObjectId h2 = t.addHost(named("h2", 0)).value();
        QVERIFY(h1 != kNoObject);
        QVERIFY(h1 != h2);
        Bridge b;
        b.host = h1;
        const ObjectId b1 = t.addBridge(b).value();
        QCOMPARE(t.kindOf(b1), ObjectKind::Bridge);
        QCOMPARE(t.kindOf(h2), ObjectKind::Host);
        QCOMPARE(t.kindOf(9999), ObjectKind::None);
    }

    void explicitIdMustBeUnused()
    {
        Topology t;
        QVERIFY(t.addHost(named("a", 5)).ok());
        const auto clash = t.addHost(named("b", 5));
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(QStringLiteral("id 5")));
        QCOMPARE(t.hosts().size(), std::size_t(1));
        // Fresh ids continue after explicit ones.
        QCOMPARE(t.addHost(named("c", 0)).value(), ObjectId(6));
    }

    void referencesMustExist()
    {
        Topology t;
        Bridge orphan;
        orphan.host = 42;
        QVERIFY(!t.addBridge(orphan).ok());
        const ObjectId h1 = t.addHost(named("h1", 0)).value();
        const ObjectId h2 = t.addHost(named("h2", 0)).value();
        Bridge b;
        b.host = h1;
        const ObjectId b1 = t.addBridge(b).value();
        Container onOtherHost;
        onOtherHost.host = h2;
        onOtherHost.bridge = b1;
        QVERIFY(!t.addContainer(onOtherHost).ok());
        VxlanLink dangling;
        dangling.bridgeA = b1;
        dangling.bridgeB = 77;
        QVERIFY(!t.addLink(dangling).ok());
        QCOMPARE(t.objectCount(), 3);
    }

    void removingAHostRemovesWhatItHolds()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        QCOMPARE(t.objectCount(), 12);
        const ObjectId host1 = test::idOf(t, QStringLiteral("host1"));
        const auto removed = t.remove(host1);
        // host, two bridges, their two links, two containers
        QCOMPARE(removed.size(), std::size_t(7));
        QCOMPARE(removed.front(), host1);
        QCOMPARE(t.hosts().size(), std::size_t(1));
        QCOMPARE(t.bridges().size(), std::size_t(2));
        QCOMPARE(t.containers().size(), std::size_t(2));
        QVERIFY(t.links().empty());
        for (ObjectId id : removed)
            QVERIFY(!t.contains(id));
        // Lookups still work after the vectors were compacted.
        QCOMPARE(t.bridge(test::idOf(t, QStringLiteral("host2/br1")))->name, QStringLiteral("br1"));
    }

    void removingABridgeDetachesItsContainers()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const ObjectId br0 = test::idOf(t, QStringLiteral("host1/br0"));
        const ObjectId c1 = test::idOf(t, QStringLiteral("host1/container1"));
        const auto removed = t.remove(br0);
        QCOMPARE(removed.size(), std::size_t(2)); // the bridge and its link
        QVERIFY(t.contains(c1));
        QCOMPARE(t.container(c1)->bridge, kNoObject);
        QCOMPARE(t.links().size(), std::size_t(1));
    }

    void displayNamesQualifyByHost()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        QCOMPARE(t.displayName(test::idOf(t, QStringLiteral("host2/container3"))),
                 QStringLiteral("host2/container3"));
        QCOMPARE(t.displayName(t.links().front().id), QStringLiteral("host1/br0 <-> host2/br0"));
    }

    void underlayDefaultsToManagementAddress()
    {
        Host h;
        h.managementAddress = QStringLiteral("198.18.0.1");
        QCOMPARE(h.effectiveUnderlayAddress(), QStringLiteral("198.18.0.1"));
        h.underlayAddress = QStringLiteral("198.18.1.1");
        QCOMPARE(h.effectiveUnderlayAddress(), QStringLiteral("198.18.1.1"));
    }

    void equalityCoversEveryField()
    {
        const Topology a = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        Topology b = a;
        QCOMPARE(a, b);
        b.container(test::idOf(b, QStringLiteral("host1/container1")))->position.rx() += 1;
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
