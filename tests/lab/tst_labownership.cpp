// Two topologies on the same lab hosts whose names are prefixes of each other ("tagx" and
// "tagx2"), both with NAT: apply, re-apply and destroy of one leave every object and rule of the
// other as it was. Then faults: an apply that wants objects another topology owns is refused with
// the owner's name and changes nothing of it; after a failed apply, re-apply converges and destroy
// leaves nothing tagged (OVS, Docker, and the filter, nat and mangle tables of every host).
// Needs the "lab" fixture (3 hosts).
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kImage = QStringLiteral("overlaystudio/busybox:lab");
const QString kBrokenImage = QStringLiteral("overlaystudio/broken:ownership");
const QString kOutside = QStringLiteral("198.18.0.254");

// Topology `name` on lab1 and lab2: bridge P-br with gateway port P-gw in 198.19.S.0/24 (VNI
// 700+S, NAT on lab1), containers P-c1 (lab1) and P-c2 (lab2).
Topology pairTopology(const QString &name, const QString &prefix, int subnet,
                      const QString &clientKey)
{
    Topology t;
    t.name = name;
    ObjectId bridges[2];
    for (int n = 1; n <= 2; ++n) {
        Host h;
        h.name = QStringLiteral("lab%1").arg(n);
        h.managementAddress = Lab::hostAddress(n);
        h.auth = AuthMethod::KeyFile;
        h.keyFile = clientKey;
        h.datapath = Datapath::Netdev;
        const ObjectId host = t.addHost(h).value();
        Bridge b;
        b.host = host;
        b.name = prefix + QStringLiteral("-br");
        b.gatewayPort = prefix + QStringLiteral("-gw");
        b.gatewayAddress = QStringLiteral("198.19.%1.%2/24").arg(subnet).arg(n == 1 ? 1 : 254);
        b.nat = n == 1;
        bridges[n - 1] = t.addBridge(b).value();
        Container c;
        c.host = host;
        c.bridge = bridges[n - 1];
        c.name = prefix + QStringLiteral("-c%1").arg(n);
        c.image = kImage;
        c.address = QStringLiteral("198.19.%1.1%2/24").arg(subnet).arg(n);
        t.addContainer(c).value(); // throws if the set-up is wrong
    }
    VxlanLink l;
    l.bridgeA = bridges[0];
    l.bridgeB = bridges[1];
    l.vni = quint32(700 + subnet);
    l.portA = l.portB = prefix + QStringLiteral("-vx");
    t.addLink(l).value(); // throws if the set-up is wrong
    return t;
}

// What a topology has on the hosts, with the containers' IDs and start times: equal snapshots
// mean nothing of it was removed, recreated or restarted.
QStringList snapshot(const QString &topology)
{
    QStringList s = tagged(topology, 3);
    for (QString &line : s) {
        if (line.startsWith(QStringLiteral("docker "))) {
            const QString name = line.section(QLatin1Char(' '), 1, 1);
            line += QLatin1Char(' ')
                    + QString::fromUtf8(run({QStringLiteral("docker"), QStringLiteral("inspect"),
                                             QStringLiteral("--format"),
                                             QStringLiteral("{{.State.StartedAt}}"), name})
                                            .out.trimmed());
        }
    }
    return s;
}

} // namespace

class TestLabOwnership : public QObject
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
        m_key = lab.value().clientKey;
        m_tagx = m_dir.filePath(QStringLiteral("tagx.json"));
        m_tagx2 = m_dir.filePath(QStringLiteral("tagx2.json"));
        QVERIFY(projectfile::save(
                    pairTopology(QStringLiteral("tagx"), QStringLiteral("tx"), 71, m_key), m_tagx)
                    .ok());
        QVERIFY(
            projectfile::save(
                pairTopology(QStringLiteral("tagx2"), QStringLiteral("tx2"), 72, m_key), m_tagx2)
                .ok());
        for (const QString &tag :
             {QStringLiteral("tagx"), QStringLiteral("tagx2"), QStringLiteral("tagx3")})
            QVERIFY2(tagged(tag, 3).isEmpty(), "left over from an earlier run");
    }

    void cleanupTestCase()
    {
        for (const QString &file : {m_tagx, m_tagx2, m_dir.filePath(QStringLiteral("broken.json"))})
            run({cliPath(), QStringLiteral("destroy"), file, QStringLiteral("--known-hosts"),
                 QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        run({QStringLiteral("docker"), QStringLiteral("rmi"), kBrokenImage});
    }

    void theLongerNameIsUntouchedByTheShorter()
    {
        CliResult r = cli({QStringLiteral("apply"), m_tagx2});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList before = snapshot(QStringLiteral("tagx2"));
        QVERIFY2(before.filter(QStringLiteral("iptables")).size() >= 4,
                 qPrintable(before.join(QLatin1Char('\n'))));

        // Apply, re-apply and status of tagx: tagx2 stays exactly as it was.
        r = cli({QStringLiteral("apply"), m_tagx});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(snapshot(QStringLiteral("tagx2")), before);
        r = cli({QStringLiteral("apply"), m_tagx});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!anyHostChanged(r), "re-apply changed something (another topology's rules?)");
        QCOMPARE(snapshot(QStringLiteral("tagx2")), before);
        const CliResult status = cli({QStringLiteral("status"), m_tagx});
        QVERIFY2(status.json.value(QStringLiteral("inSync")).toBool(),
                 QJsonDocument(status.json).toJson().constData());

        // Both work, NAT included.
        QVERIFY(pings(QStringLiteral("tx-c1"), QStringLiteral("198.19.71.12")));
        QVERIFY(pings(QStringLiteral("tx2-c1"), QStringLiteral("198.19.72.12")));
        QVERIFY(pings(QStringLiteral("tx-c1"), kOutside));
        QVERIFY(pings(QStringLiteral("tx2-c1"), kOutside));

        // Destroy tagx: all of it goes, none of tagx2.
        r = cli({QStringLiteral("destroy"), m_tagx});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(tagged(QStringLiteral("tagx"), 3).isEmpty(),
                 qPrintable(tagged(QStringLiteral("tagx"), 3).join(QLatin1Char('\n'))));
        QCOMPARE(snapshot(QStringLiteral("tagx2")), before);
        QVERIFY(pings(QStringLiteral("tx2-c2"), QStringLiteral("198.19.72.11")));
        QVERIFY(pings(QStringLiteral("tx2-c1"), kOutside));
        QVERIFY(
            cli({QStringLiteral("status"), m_tagx2}).json.value(QStringLiteral("inSync")).toBool());
    }

    void objectsOfAnotherTopologyAreRefusedWithItsName()
    {
        // tagx3 wants a bridge and a container named like tagx2's on lab1.
        Topology intruder = pairTopology(QStringLiteral("tagx3"), QStringLiteral("tx2"), 73, m_key);
        intruder.remove(intruder.hosts().back().id); // lab1 only
        const QString file = m_dir.filePath(QStringLiteral("tagx3.json"));
        QVERIFY(projectfile::save(intruder, file).ok());
        const QStringList before = snapshot(QStringLiteral("tagx2"));
        const CliResult r = cli({QStringLiteral("apply"), file});
        QCOMPARE(r.exitCode, 1);
        const QString error
            = hostResult(r, QStringLiteral("lab1")).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("nothing was changed"))
                     && error.contains(QStringLiteral("Bridge tx2-br already exists on lab1 and "
                                                      "belongs to topology tagx2"))
                     && error.contains(QStringLiteral("belongs to tagx2/lab1")),
                 qPrintable(error));
        QVERIFY(hostResult(r, QStringLiteral("lab1"))
                    .value(QStringLiteral("steps"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(snapshot(QStringLiteral("tagx2")), before);
        QVERIFY2(tagged(QStringLiteral("tagx3"), 3).isEmpty(),
                 qPrintable(tagged(QStringLiteral("tagx3"), 3).join(QLatin1Char('\n'))));
        // Destroy of the intruder takes nothing of tagx2 either.
        QCOMPARE(cli({QStringLiteral("destroy"), file}).exitCode, 0);
        QCOMPARE(snapshot(QStringLiteral("tagx2")), before);
    }

    void afterAFailedApplyReapplyConvergesAndDestroyLeavesNothing()
    {
        // An image whose command does not exist: docker run fails half-way through lab1's plan,
        // after bridges, ports and rules were made.
        const Run made = run({QStringLiteral("docker"), QStringLiteral("create"),
                              QStringLiteral("--name"), QStringLiteral("ownership-base"), kImage});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("commit"),
                      QStringLiteral("--change"), QStringLiteral("CMD [\"/no/such/program\"]"),
                      QStringLiteral("ownership-base"), kBrokenImage})
                     .exitCode,
                 0);
        run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("ownership-base")});
        Topology broken = pairTopology(QStringLiteral("tagx"), QStringLiteral("tx"), 71, m_key);
        Container c = broken.containers().front();
        c.id = kNoObject;
        c.name = QStringLiteral("tx-broken");
        c.image = kBrokenImage;
        c.address = QStringLiteral("198.19.71.19/24");
        QVERIFY(broken.addContainer(c).ok());
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(projectfile::save(broken, file).ok());

        const QStringList before = snapshot(QStringLiteral("tagx2"));
        const CliResult failed = cli({QStringLiteral("apply"), file});
        QCOMPARE(failed.exitCode, 1);
        const QString why
            = hostResult(failed, QStringLiteral("lab1")).value(QStringLiteral("error")).toString();
        QVERIFY2(why.contains(QStringLiteral("tx-broken: Docker: "))
                     && why.contains(QStringLiteral("/no/such/program")),
                 qPrintable(why));
        QVERIFY(!tagged(QStringLiteral("tagx"), 3).isEmpty()); // it did get half-way

        // The design fixed, apply converges: the broken container (ours) goes, the rest is
        // made, and a second apply finds nothing to do.
        CliResult r = cli({QStringLiteral("apply"), m_tagx});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("apply"), m_tagx});
        QVERIFY(!anyHostChanged(r));
        QVERIFY(
            cli({QStringLiteral("status"), m_tagx}).json.value(QStringLiteral("inSync")).toBool());
        QVERIFY(pings(QStringLiteral("tx-c1"), QStringLiteral("198.19.71.12")));

        // A failed apply of the broken design again, then destroy from that state: nothing of
        // tagx is left on any host, nothing of tagx2 is touched.
        QCOMPARE(cli({QStringLiteral("apply"), file}).exitCode, 1);
        r = cli({QStringLiteral("destroy"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(tagged(QStringLiteral("tagx"), 3).isEmpty(),
                 qPrintable(tagged(QStringLiteral("tagx"), 3).join(QLatin1Char('\n'))));
        QCOMPARE(snapshot(QStringLiteral("tagx2")), before);
    }

    void destroyOfTheOtherLeavesNothing()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_tagx2});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(tagged(QStringLiteral("tagx2"), 3).isEmpty(),
                 qPrintable(tagged(QStringLiteral("tagx2"), 3).join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
    QString m_key, m_tagx, m_tagx2;
};

QTEST_GUILESS_MAIN(TestLabOwnership)
#include "tst_labownership.moc"
