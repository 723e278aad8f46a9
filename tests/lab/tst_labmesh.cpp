// Three lab hosts in a full mesh on one VNI: split horizon, NAT and the MTU boundary, proven with
// packets. Needs the "lab" fixture (3 hosts).
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kImage = QStringLiteral("overlaystudio/busybox:lab");

// lab1..lab3, br0 in 198.19.4.0/24 (gateways .1 .2 .3), containers m1..m3 at .11 .12 .13, every
// pair of bridges linked on VNI 300; NAT on lab1 only.
Topology meshTopology(const QString &clientKey)
{
    Topology t;
    t.name = QStringLiteral("lab-mesh");
    std::vector<ObjectId> bridges;
    for (int n = 1; n <= 3; ++n) {
        Host h;
        h.name = QStringLiteral("lab%1").arg(n);
        h.managementAddress = Lab::hostAddress(n);
        h.auth = AuthMethod::KeyFile;
        h.keyFile = clientKey;
        h.datapath = Datapath::Netdev;
        const ObjectId host = t.addHost(h).value();
        Bridge b;
        b.host = host;
        b.name = QStringLiteral("br0");
        b.gatewayPort = QStringLiteral("gw0");
        b.gatewayAddress = QStringLiteral("198.19.4.%1/24").arg(n);
        b.nat = n == 1;
        bridges.push_back(t.addBridge(b).value());
        Container c;
        c.host = host;
        c.bridge = bridges.back();
        c.name = QStringLiteral("m%1").arg(n);
        c.image = kImage;
        c.address = QStringLiteral("198.19.4.1%1/24").arg(n);
        t.addContainer(c).value(); // throws if the set-up is wrong
    }
    for (const auto &[a, b] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 2}}) {
        VxlanLink l;
        l.bridgeA = bridges[std::size_t(a)];
        l.bridgeB = bridges[std::size_t(b)];
        l.vni = 300;
        l.portA = QStringLiteral("vx-lab%1").arg(b + 1);
        l.portB = QStringLiteral("vx-lab%1").arg(a + 1);
        t.addLink(l).value(); // throws if the set-up is wrong
    }
    return t;
}

qint64 rxPackets(const QString &container)
{
    return inContainer(container, {QStringLiteral("cat"),
                                   QStringLiteral("/sys/class/net/eth0/statistics/rx_packets")})
        .out.trimmed()
        .toLongLong();
}

bool hostPingsDontFragment(int host, int payload, const QString &address)
{
    return onHost(host, {QStringLiteral("ping"), QStringLiteral("-M"), QStringLiteral("do"),
                         QStringLiteral("-s"), QString::number(payload), QStringLiteral("-c"),
                         QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("2"), address})
               .exitCode
           == 0;
}

} // namespace

class TestLabMesh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("deploying to the lab needs root");
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        QVERIFY2(lab.value().hosts.size() >= 3, "the mesh needs a 3-host lab");
        m_file = m_dir.filePath(QStringLiteral("mesh.json"));
        QVERIFY(projectfile::save(meshTopology(lab.value().clientKey), m_file).ok());
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cleanupTestCase()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(run({QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-aq"),
                     QStringLiteral("--filter"),
                     QStringLiteral("label=overlaystudio.topology=lab-mesh")})
                    .out.trimmed()
                    .isEmpty());
    }

    void unicastBetweenEveryPair()
    {
        for (const auto &[from, to] : {std::pair{1, 2}, std::pair{1, 3}, std::pair{2, 1},
                                       std::pair{2, 3}, std::pair{3, 1}, std::pair{3, 2}})
            QVERIFY2(pings(QStringLiteral("m%1").arg(from), QStringLiteral("198.19.4.1%1").arg(to)),
                     qPrintable(QStringLiteral("m%1 -> m%2").arg(from).arg(to)));
    }

    void tunnelPortsHaveSplitHorizon()
    {
        for (int host = 1; host <= 3; ++host) {
            const QByteArray ports
                = onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                                QStringLiteral("--columns=name"), QStringLiteral("find"),
                                QStringLiteral("port"), QStringLiteral("protected=true")})
                      .out;
            QCOMPARE(QString::fromUtf8(ports).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(),
                     2);
        }
    }

    void broadcastIsNotMultiplied()
    {
        // 5 broadcast ARP requests from m1 reach m2 once each: directly, not again through lab3
        // (without split horizon every copy would come back around the triangle, without end).
        const qint64 before = rxPackets(QStringLiteral("m2"));
        inContainer(QStringLiteral("m1"),
                    {QStringLiteral("arping"), QStringLiteral("-b"), QStringLiteral("-c"),
                     QStringLiteral("5"), QStringLiteral("-w"), QStringLiteral("3"),
                     QStringLiteral("-I"), QStringLiteral("eth0"), QStringLiteral("198.19.4.99")});
        QTest::qWait(500);
        const qint64 received = rxPackets(QStringLiteral("m2")) - before;
        qInfo("m2 received %lld frames for 5 broadcasts", received);
        QVERIFY2(received >= 5, "the broadcasts did not arrive");
        QVERIFY2(received < 10, "broadcasts were multiplied");
    }

    void natReachesBeyondTheOverlay()
    {
        // The machine's address on the underlay, outside 198.19.4.0/24: lab1 masquerades m1.
        QVERIFY(pings(QStringLiteral("m1"), QStringLiteral("198.18.0.254")));
        // lab2 has no NAT and does not forward: m2 cannot get out.
        QVERIFY(!pings(QStringLiteral("m2"), QStringLiteral("198.18.0.254")));
        QVERIFY(onHost(1, {QStringLiteral("iptables"), QStringLiteral("-t"), QStringLiteral("nat"),
                           QStringLiteral("-S")})
                    .out.contains("-A POSTROUTING -s 198.19.4.0/24 -m comment --comment "
                                  "\"overlaystudio:lab-mesh\" -j MASQUERADE"));
        // Re-applying finds the rules in place and adds no second copy.
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QCOMPARE(again.exitCode, 0);
        for (const QJsonValue h : again.json.value(QStringLiteral("hosts")).toArray())
            QVERIFY2(!h.toObject().value(QStringLiteral("changed")).toBool(),
                     qPrintable(h.toObject().value(QStringLiteral("host")).toString()));
        QCOMPARE(onHost(1, {QStringLiteral("iptables"), QStringLiteral("-t"), QStringLiteral("nat"),
                            QStringLiteral("-S")})
                     .out.count("MASQUERADE"),
                 1);
    }

    void mtuBoundaryHolds()
    {
        // 1422 bytes of ICMP payload + 28 bytes of headers = 1450, the segment MTU.
        QVERIFY(hostPingsDontFragment(1, 1422, QStringLiteral("198.19.4.12")));
        QVERIFY(!hostPingsDontFragment(1, 1423, QStringLiteral("198.19.4.12")));
        QCOMPARE(inContainer(QStringLiteral("m3"),
                             {QStringLiteral("cat"), QStringLiteral("/sys/class/net/eth0/mtu")})
                     .out.trimmed(),
                 QByteArray("1450"));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestLabMesh)
#include "tst_labmesh.moc"
