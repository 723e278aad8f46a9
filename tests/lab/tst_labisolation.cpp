// Segments are isolated on their hosts in the worst case: hosts that forward (ip_forward=1, as on
// every Docker host) with a FORWARD policy of ACCEPT. Two VNIs on the same two lab hosts, NAT on
// one: packets cross between the VNIs in neither direction, the outside cannot reach in, same-VNI
// traffic and NAT still work; with routing chosen in the design, the VNIs reach each other; and
// destroy leaves nothing tagged. Needs the "lab" fixture (3 hosts).
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kTopology = QStringLiteral("iso");
const QString kImage = QStringLiteral("overlaystudio/busybox:lab");
const QString kOutside = QStringLiteral("198.18.0.254"); // the lab's underlay gateway

// lab1 and lab2 each with bridges iso-a (VNI 610, 198.19.61.0/24, NAT on lab1) and iso-b
// (VNI 620, 198.19.62.0/24); gateways .1 on lab1, .254 on lab2; one container per bridge and
// host: a1/b1 on lab1 (.11), a2/b2 on lab2 (.12).
Topology isolationTopology(const QString &clientKey)
{
    Topology t;
    t.name = kTopology;
    std::map<std::pair<int, char>, ObjectId> bridges;
    for (int n = 1; n <= 2; ++n) {
        Host h;
        h.name = QStringLiteral("lab%1").arg(n);
        h.managementAddress = Lab::hostAddress(n);
        h.auth = AuthMethod::KeyFile;
        h.keyFile = clientKey;
        h.datapath = Datapath::Netdev;
        const ObjectId host = t.addHost(h).value();
        for (const char segment : {'a', 'b'}) {
            const int third = segment == 'a' ? 61 : 62;
            Bridge b;
            b.host = host;
            b.name = QStringLiteral("iso-%1").arg(QLatin1Char(segment));
            b.gatewayPort = QStringLiteral("isogw-%1").arg(QLatin1Char(segment));
            b.gatewayAddress = QStringLiteral("198.19.%1.%2/24").arg(third).arg(n == 1 ? 1 : 254);
            b.nat = n == 1 && segment == 'a';
            const ObjectId bridge = t.addBridge(b).value();
            bridges[{n, segment}] = bridge;
            Container c;
            c.host = host;
            c.bridge = bridge;
            c.name = QStringLiteral("iso-%1%2").arg(QLatin1Char(segment)).arg(n);
            c.image = kImage;
            c.address = QStringLiteral("198.19.%1.1%2/24").arg(third).arg(n);
            t.addContainer(c).value(); // throws if the set-up is wrong
        }
    }
    for (const char segment : {'a', 'b'}) {
        VxlanLink l;
        l.bridgeA = bridges[{1, segment}];
        l.bridgeB = bridges[{2, segment}];
        l.vni = segment == 'a' ? 610 : 620;
        l.portA = l.portB = QStringLiteral("isovx-%1").arg(QLatin1Char(segment));
        t.addLink(l).value(); // throws if the set-up is wrong
    }
    return t;
}

struct Ping
{
    const char *from;
    const char *to;
};
// Every pair of containers on different VNIs, both ways, on one host and across hosts.
const Ping kCrossVni[] = {
    {"iso-a1", "198.19.62.11"}, {"iso-b1", "198.19.61.11"}, // lab1, both ways
    {"iso-a2", "198.19.62.12"}, {"iso-b2", "198.19.61.12"}, // lab2, both ways
    {"iso-a1", "198.19.62.12"}, {"iso-b2", "198.19.61.11"}, // across the hosts
};
const Ping kSameVni[] = {
    {"iso-a1", "198.19.61.12"},
    {"iso-a2", "198.19.61.11"},
    {"iso-b1", "198.19.62.12"},
    {"iso-b2", "198.19.62.11"},
};

} // namespace

class TestLabIsolation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("deploying to the lab needs root");
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        QVERIFY2(lab.value().hosts.size() >= 3, "needs a 3-host lab");
        m_topology = isolationTopology(lab.value().clientKey);
        m_file = m_dir.filePath(QStringLiteral("iso.json"));
        // The worst case: the hosts forward, and their FORWARD policy accepts.
        for (int n = 1; n <= 2; ++n) {
            QCOMPARE(onHost(n, {QStringLiteral("sysctl"), QStringLiteral("-qw"),
                                QStringLiteral("net.ipv4.ip_forward=1")})
                         .exitCode,
                     0);
            QCOMPARE(onHost(n, {QStringLiteral("iptables"), QStringLiteral("-P"),
                                QStringLiteral("FORWARD"), QStringLiteral("ACCEPT")})
                         .exitCode,
                     0);
        }
    }

    void cleanupTestCase()
    {
        run({cliPath(), QStringLiteral("destroy"), m_file, QStringLiteral("--known-hosts"),
             QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        onHost(3, {QStringLiteral("ip"), QStringLiteral("route"), QStringLiteral("del"),
                   QStringLiteral("198.19.61.0/24")});
        for (int n = 1; n <= 2; ++n) // as lab up leaves a host
            onHost(n, {QStringLiteral("sysctl"), QStringLiteral("-qw"),
                       QStringLiteral("net.ipv4.ip_forward=0")});
    }

    void segmentsAreIsolatedByDefault()
    {
        save();
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const Ping &p : kSameVni)
            QVERIFY2(pings(QLatin1String(p.from), QLatin1String(p.to)),
                     qPrintable(QStringLiteral("%1 -> %2").arg(p.from, p.to)));
        for (const Ping &p : kCrossVni)
            QVERIFY2(!pings(QLatin1String(p.from), QLatin1String(p.to)),
                     qPrintable(QStringLiteral("%1 -> %2 crossed VNIs").arg(p.from, p.to)));
        // The hosts did forward all along: the isolation rules dropped the packets.
        for (int n = 1; n <= 2; ++n)
            QVERIFY(
                onHost(n, {QStringLiteral("cat"), QStringLiteral("/proc/sys/net/ipv4/ip_forward")})
                    .out.startsWith('1'));
        QVERIFY(dropped(1) > 0);
    }

    void natLetsASegmentOutAndOnlyRepliesIn()
    {
        QVERIFY(pings(QStringLiteral("iso-a1"), kOutside));
        // From outside (lab3, routed to lab1 for the NAT subnet), nothing gets in: a
        // connection must start inside. The guide's "-o gw ACCEPT" let this through.
        QCOMPARE(onHost(3, {QStringLiteral("ip"), QStringLiteral("route"),
                            QStringLiteral("replace"), QStringLiteral("198.19.61.0/24"),
                            QStringLiteral("via"), Lab::hostAddress(1)})
                     .exitCode,
                 0);
        const auto reachedFromLab3 = [] {
            return onHost(3, {QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("2"),
                              QStringLiteral("-W"), QStringLiteral("2"),
                              QStringLiteral("198.19.61.11")})
                       .exitCode
                   == 0;
        };
        QVERIFY(!reachedFromLab3());
        onHost(3, {QStringLiteral("ip"), QStringLiteral("route"), QStringLiteral("del"),
                   QStringLiteral("198.19.61.0/24")});
        QVERIFY(pings(QStringLiteral("iso-a1"), kOutside)); // and NAT still works
    }

    void routingIsAnExplicitChoice()
    {
        for (const Bridge &b : m_topology.bridges())
            m_topology.bridge(b.id)->routed = true;
        save();
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const Ping &p : kCrossVni)
            QVERIFY2(
                pings(QLatin1String(p.from), QLatin1String(p.to)),
                qPrintable(QStringLiteral("%1 -> %2 not routed; lab1 has:\n%3")
                               .arg(p.from, p.to,
                                    QString::fromUtf8(onHost(1, {QStringLiteral("iptables-save"),
                                                                 QStringLiteral("-c")})
                                                          .out))));
        for (const Ping &p : kSameVni)
            QVERIFY(pings(QLatin1String(p.from), QLatin1String(p.to)));
        QVERIFY(pings(QStringLiteral("iso-a1"), kOutside));
        // What lab1 routes from the NAT segment is exempt from masquerading.
        QVERIFY(onHost(1, {QStringLiteral("iptables"), QStringLiteral("-t"), QStringLiteral("nat"),
                           QStringLiteral("-S"), QStringLiteral("POSTROUTING")})
                    .out.contains("-A POSTROUTING -s 198.19.61.0/24 -d 198.19.62.0/24 -m comment "
                                  "--comment \"overlaystudio:iso\" -j RETURN"));
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QVERIFY2(status.json.value(QStringLiteral("inSync")).toBool(), status.err.constData());

        // Turned off again, re-apply removes the routing rules and isolation is back.
        for (const Bridge &b : m_topology.bridges())
            m_topology.bridge(b.id)->routed = false;
        save();
        QCOMPARE(cli({QStringLiteral("apply"), m_file}).exitCode, 0);
        for (const Ping &p : kCrossVni)
            QVERIFY2(!pings(QLatin1String(p.from), QLatin1String(p.to)),
                     qPrintable(QStringLiteral("%1 -> %2 still routed").arg(p.from, p.to)));
        QVERIFY(!anyHostChanged(cli({QStringLiteral("apply"), m_file})));
    }

    void destroyLeavesNothingTagged()
    {
        QVERIFY(!tagged(kTopology, 3).isEmpty());
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList left = tagged(kTopology, 3);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

private:
    void save() { QVERIFY(projectfile::save(m_topology, m_file).ok()); }
    // Packets our isolation rules dropped on a host so far.
    static qint64 dropped(int host)
    {
        qint64 total = 0;
        const QByteArray listing = onHost(host, {QStringLiteral("iptables"), QStringLiteral("-t"),
                                                 QStringLiteral("mangle"), QStringLiteral("-L"),
                                                 QStringLiteral("FORWARD"), QStringLiteral("-v"),
                                                 QStringLiteral("-n"), QStringLiteral("-x")})
                                       .out;
        for (const QByteArray &line : listing.split('\n')) {
            if (line.contains("overlaystudio:iso") && line.contains("DROP"))
                total += line.simplified().split(' ').value(0).toLongLong();
        }
        return total;
    }

    QTemporaryDir m_dir;
    QString m_file;
    Topology m_topology;
};

QTEST_GUILESS_MAIN(TestLabIsolation)
#include "tst_labisolation.moc"
