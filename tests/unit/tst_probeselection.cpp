// Which pings a topology gets by default, and the user's own choice.
#include "monitor/probeselection.h"

#include "testsupport.h"

#include <QTest>

using namespace studio;
using test::idOf;

namespace {

QStringList labels(const std::vector<ProbeSpec> &probes)
{
    QStringList list;
    for (const ProbeSpec &p : probes)
        list << p.label;
    return list;
}

// h1/b1 -(L 500)- h2/b2 -(L 500)- h3/b3; c1 on b1, c3 on b3, c1b on h1 without a bridge.
Topology chain()
{
    Topology t;
    t.name = QStringLiteral("chain");
    std::vector<ObjectId> bridges;
    for (int n = 1; n <= 3; ++n) {
        Host h;
        h.name = QStringLiteral("h%1").arg(n);
        h.managementAddress = QStringLiteral("198.18.0.%1").arg(n);
        const ObjectId host = t.addHost(h).value();
        Bridge b;
        b.host = host;
        b.name = QStringLiteral("b%1").arg(n);
        b.gatewayPort = QStringLiteral("gw");
        b.gatewayAddress = QStringLiteral("198.19.9.%1/24").arg(n);
        bridges.push_back(t.addBridge(b).value());
        if (n != 2) {
            Container c;
            c.host = host;
            c.bridge = bridges.back();
            c.name = QStringLiteral("c%1").arg(n);
            c.image = QStringLiteral("busybox");
            c.address = QStringLiteral("198.19.9.1%1/24").arg(n);
            t.addContainer(c).value(); // throws if the set-up is wrong
        }
    }
    Container loose;
    loose.host = t.hosts().front().id;
    loose.name = QStringLiteral("c1b");
    loose.image = QStringLiteral("busybox");
    t.addContainer(loose).value(); // throws if the set-up is wrong
    for (int i = 0; i < 2; ++i) {
        VxlanLink l;
        l.bridgeA = bridges[std::size_t(i)];
        l.bridgeB = bridges[std::size_t(i + 1)];
        l.vni = 500;
        l.portA = QStringLiteral("vx%1").arg(i);
        l.portB = QStringLiteral("vx%1").arg(i);
        t.addLink(l).value(); // throws if the set-up is wrong
    }
    return t;
}

} // namespace

class TestProbeSelection : public QObject
{
    Q_OBJECT

private slots:
    void guideTopology()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        auto probes = ProbeSelection::select(t);
        QVERIFY(probes.ok());
        const auto &p = probes.value();
        QCOMPARE(labels(p), (QStringList{QStringLiteral("lab1/container1 → lab2/container3"),
                                         QStringLiteral("lab1/container2 → lab2/container4"),
                                         QStringLiteral("underlay lab1 → lab2")}));
        QCOMPARE(p[0].kind, ProbeKind::Overlay);
        QCOMPARE(p[0].vni, 100u);
        QCOMPARE(p[0].sourceContainerName, QStringLiteral("container1"));
        QCOMPARE(p[0].targetAddress, QStringLiteral("198.19.2.3"));
        QCOMPARE(p[0].sourceHost, idOf(t, QStringLiteral("lab1")));
        QCOMPARE(p[0].targetContainer, idOf(t, QStringLiteral("lab2/container3")));
        QCOMPARE(p[0].links, std::vector<ObjectId>{11});
        QCOMPARE(p[1].vni, 200u);
        QCOMPARE(p[1].links, std::vector<ObjectId>{12});
        // Both links ride the same underlay path: one underlay probe concerns both.
        QCOMPARE(p[2].kind, ProbeKind::Underlay);
        QCOMPARE(p[2].targetAddress, QStringLiteral("198.18.0.2"));
        QCOMPARE(p[2].links, (std::vector<ObjectId>{11, 12}));
        QCOMPARE(p[2].vni, 0u);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(p[std::size_t(i)].index, i);
        QCOMPARE(p[0].key, QStringLiteral("overlay:7>9"));
        QCOMPARE(p[2].key, QStringLiteral("underlay:1>2"));
    }

    void capCoversEveryLinkFirst()
    {
        const Topology t = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        QCOMPARE(ProbeSelection::candidatePairs(t).size(), std::size_t(5));
        ProbeSelectionOptions o;
        o.maxPairs = 3;
        o.underlay = false;
        auto probes = ProbeSelection::select(t, o);
        QVERIFY(probes.ok());
        // web1→db1 and web2→db1 both cross link 11: db1→cache1 (link 13) comes before the
        // second pair on link 11.
        QCOMPARE(labels(probes.value()), (QStringList{QStringLiteral("host1/web1 → host2/db1"),
                                                      QStringLiteral("host1/web1 → host3/cache1"),
                                                      QStringLiteral("host2/db1 → host3/cache1")}));
        o.maxPairs = 64;
        o.underlay = true;
        probes = ProbeSelection::select(t, o);
        QCOMPARE(probes.value().size(), std::size_t(5 + 3));
        o.maxPairs = 0;
        probes = ProbeSelection::select(t, o);
        QCOMPARE(labels(probes.value()), (QStringList{QStringLiteral("underlay host1 → host2"),
                                                      QStringLiteral("underlay host1 → host3"),
                                                      QStringLiteral("underlay host2 → host3")}));
    }

    void pathAcrossSeveralLinks()
    {
        const Topology t = chain();
        auto probes = ProbeSelection::select(t);
        QVERIFY(probes.ok());
        const auto &p = probes.value();
        QCOMPARE(p.front().label, QStringLiteral("h1/c1 → h3/c3"));
        QCOMPARE(p.front().links.size(), std::size_t(2));
        QCOMPARE(p.front().vni, 500u);
        // Underlay: only hosts a link joins directly (h1-h2, h2-h3), not h1-h3.
        QCOMPARE(labels(p).mid(1), (QStringList{QStringLiteral("underlay h1 → h2"),
                                                QStringLiteral("underlay h2 → h3")}));
    }

    void usersOwnPairs_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("reverse direction") << "h3/c3"
                                           << "h1/c1"
                                           << "";
        QTest::newRow("no bridge") << "h1/c1b"
                                   << "h3/c3"
                                   << "needs both containers";
        QTest::newRow("same host") << "h1/c1"
                                   << "h1/c1"
                                   << "stays on one host";
    }
    void usersOwnPairs()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        const Topology t = chain();
        ProbeSelectionOptions o;
        o.pairs = {{idOf(t, from), idOf(t, to)}};
        o.underlay = false;
        auto probes = ProbeSelection::select(t, o);
        if (problem.isEmpty()) {
            QVERIFY(probes.ok());
            QCOMPARE(probes.value().size(), std::size_t(1));
            QCOMPARE(probes.value().front().label, from + QStringLiteral(" → ") + to);
        } else {
            QVERIFY(!probes.ok());
            QVERIFY2(probes.error().message.contains(problem),
                     qPrintable(probes.error().toString()));
            QVERIFY(probes.error().where.contains(from));
        }
    }

    void otherSegmentIsRefused()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        ProbeSelectionOptions o;
        o.pairs = {{idOf(t, QStringLiteral("lab1/container1")),
                    idOf(t, QStringLiteral("lab2/container4"))}};
        auto probes = ProbeSelection::select(t, o);
        QVERIFY(!probes.ok());
        QVERIFY(probes.error().message.contains(QStringLiteral("same VNI")));
    }
};

QTEST_GUILESS_MAIN(TestProbeSelection)
#include "tst_probeselection.moc"
