#include "testsupport.h"

#include "model/validation.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace studio;

namespace {

QStringList commands(const HostPlan &h)
{
    QStringList list;
    for (const PlanStep &s : h.steps)
        list << s.command.toShell();
    return list;
}

Plan applyOf(const Topology &t)
{
    auto plan = planApply(t);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error().toString()));
    return std::move(plan).value();
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    // The guide's commands for Host-1, and what the plan runs for each: the same command made
    // idempotent, tagged, and with the MTU the guide forgets for containers.
    void seedPlanFollowsTheGuide()
    {
        const Plan plan = applyOf(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        QCOMPARE(plan.hosts.size(), std::size_t(2));
        const HostPlan &h1 = *plan.host(QStringLiteral("host1"));
        const QString tag = QStringLiteral("external_ids:overlaystudio-topology=seed-two-hosts");
        const QStringList expected{
            // ovs-vsctl add-br br0 / add-br br1 / add-port brX vethX -- set interface vethX
            // type=internal / add-port brX vxlanX -- set interface vxlanX type=vxlan
            // options:remote_ip=192.168.0.9 options:key=100|200: one transaction.
            QStringLiteral("ovs-vsctl --may-exist add-br br0 -- set bridge br0 %1"
                           " -- --may-exist add-port br0 veth0 -- set interface veth0 type=internal"
                           " mtu_request=1450 -- set port veth0 %1"
                           " -- --may-exist add-br br1 -- set bridge br1 %1"
                           " -- --may-exist add-port br1 veth1 -- set interface veth1 type=internal"
                           " mtu_request=1450 -- set port veth1 %1"
                           " -- --may-exist add-port br0 vxlan0 -- set interface vxlan0 type=vxlan"
                           " options:remote_ip=192.168.0.9 options:key=100 -- set port vxlan0 %1"
                           " -- --may-exist add-port br1 vxlan1 -- set interface vxlan1 type=vxlan"
                           " options:remote_ip=192.168.0.9 options:key=200 -- set port vxlan1 %1")
                .arg(tag),
            // ip address add 10.2.2.1/24 dev veth0
            QStringLiteral("ip address replace 10.2.2.1/24 dev veth0"),
            // ip link set dev veth0 up mtu 1450
            QStringLiteral("ip link set dev veth0 up mtu 1450"),
            QStringLiteral("ip address replace 10.3.3.1/24 dev veth1"),
            QStringLiteral("ip link set dev veth1 up mtu 1450"),
            // docker run --name container1 -dit --net=none ubuntu:v1
            QStringLiteral(
                "if docker container inspect container1 >/dev/null 2>&1; then docker start "
                "container1 >/dev/null; else docker run --name container1 -dit --net=none "
                "--label overlaystudio.topology=seed-two-hosts --label overlaystudio.host=host1 "
                "ubuntu:v1; fi"),
            QStringLiteral(
                "if docker container inspect container2 >/dev/null 2>&1; then docker start "
                "container2 >/dev/null; else docker run --name container2 -dit --net=none "
                "--label overlaystudio.topology=seed-two-hosts --label overlaystudio.host=host1 "
                "ubuntu:v1; fi"),
            // ovs-docker add-port br0 eth0 container1 --ipaddress=10.2.2.2/24 --gateway=10.2.2.1
            QStringLiteral("ovs-vsctl --bare --columns=name find interface "
                           "external_ids:container_id=container1 external_ids:container_iface=eth0 "
                           "| grep -q . || ovs-docker add-port br0 eth0 container1 "
                           "--ipaddress=10.2.2.2/24 --gateway=10.2.2.1 --mtu=1450"),
            QStringLiteral("ovs-vsctl --bare --columns=name find interface "
                           "external_ids:container_id=container2 external_ids:container_iface=eth0 "
                           "| grep -q . || ovs-docker add-port br1 eth0 container2 "
                           "--ipaddress=10.3.3.2/24 --gateway=10.3.3.1 --mtu=1450"),
        };
        const QStringList actual = commands(h1);
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(actual[i], expected[i]);
        for (const PlanStep &s : h1.steps)
            QVERIFY(!s.explanation.isEmpty());
    }

    void hostTwoTunnelsBackToHostOne()
    {
        const Plan plan = applyOf(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        const QStringList h2 = commands(*plan.host(QStringLiteral("host2")));
        QVERIFY(
            h2[0].contains(QStringLiteral("add-port br0 vxlan0 -- set interface vxlan0 type=vxlan "
                                          "options:remote_ip=192.168.0.8 options:key=100")));
        QVERIFY(
            h2[0].contains(QStringLiteral("add-port br1 vxlan1 -- set interface vxlan1 type=vxlan "
                                          "options:remote_ip=192.168.0.8 options:key=200")));
        QVERIFY(
            h2.join(QLatin1Char('\n'))
                .contains(QStringLiteral("ovs-docker add-port br0 eth0 container3 "
                                         "--ipaddress=10.2.2.3/24 --gateway=10.2.2.1 --mtu=1450")));
        QVERIFY(
            h2.join(QLatin1Char('\n'))
                .contains(QStringLiteral("ovs-docker add-port br1 eth0 container4 "
                                         "--ipaddress=10.3.3.3/24 --gateway=10.3.3.1 --mtu=1450")));
    }

    void ovsChangesAreOneTransactionPerHost()
    {
        const Plan plan = applyOf(test::loadExample(QStringLiteral("three-hosts-mesh.json")));
        for (const HostPlan &h : plan.hosts) {
            int creating = 0;
            for (const QString &c : commands(h))
                creating += c.startsWith(QStringLiteral("ovs-vsctl --may-exist"));
            QCOMPARE(creating, 1);
        }
    }

    void netdevHostsGetTheUserspaceDatapath()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.host(test::idOf(t, QStringLiteral("host2")))->datapath = Datapath::Netdev;
        const Plan plan = applyOf(t);
        const QString h1 = commands(*plan.host(QStringLiteral("host1"))).first();
        const QString h2 = commands(*plan.host(QStringLiteral("host2"))).first();
        QVERIFY(!h1.contains(QStringLiteral("datapath_type")));
        QCOMPARE(h2.count(QStringLiteral("datapath_type=netdev")), 2);
        QVERIFY(h2.contains(
            QStringLiteral("set bridge br0 external_ids:overlaystudio-topology=seed-two-hosts "
                           "datapath_type=netdev")));
    }

    void fullMeshGetsSplitHorizonTreesDoNot()
    {
        const Plan mesh = applyOf(test::loadExample(QStringLiteral("three-hosts-mesh.json")));
        for (const HostPlan &h : mesh.hosts) {
            const QString ovs = commands(h).first();
            QCOMPARE(ovs.count(QStringLiteral("type=vxlan")), 2);
            QCOMPARE(ovs.count(QStringLiteral("protected=true")), 2);
        }
        Topology tree = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        tree.remove(tree.links().back().id);
        const Plan chain = applyOf(tree);
        for (const HostPlan &h : chain.hosts)
            QVERIFY(!commands(h).first().contains(QStringLiteral("protected")));
    }

    void natFollowsGuideStepSix()
    {
        const Plan plan = applyOf(test::loadExample(QStringLiteral("three-hosts-mesh.json")));
        const QStringList h1 = commands(*plan.host(QStringLiteral("host1")));
        const QString comment
            = QStringLiteral("--match comment --comment overlaystudio:three-hosts-mesh");
        QVERIFY(h1.contains(QStringLiteral("sysctl -w net.ipv4.ip_forward=1")));
        QVERIFY(h1.contains(
            QStringLiteral("iptables --check FORWARD --in-interface veth0 --jump ACCEPT %1 "
                           "2>/dev/null || iptables --append FORWARD --in-interface veth0 "
                           "--jump ACCEPT %1")
                .arg(comment)));
        QVERIFY(h1.contains(
            QStringLiteral("iptables --check FORWARD --out-interface veth0 --jump ACCEPT %1 "
                           "2>/dev/null || iptables --append FORWARD --out-interface veth0 "
                           "--jump ACCEPT %1")
                .arg(comment)));
        QVERIFY(h1.contains(
            QStringLiteral("iptables --table nat --check POSTROUTING --source 10.4.4.0/24 "
                           "--jump MASQUERADE %1 2>/dev/null || iptables --table nat "
                           "--append POSTROUTING --source 10.4.4.0/24 --jump MASQUERADE %1")
                .arg(comment)));
        // NAT is per bridge: host2's bridge does not ask for it.
        QVERIFY(!commands(*plan.host(QStringLiteral("host2")))
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("iptables")));
    }

    void nonDefaultUdpPortIsSet()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.link(t.links().front().id)->udpPort = 8472;
        const QString ovs = commands(*applyOf(t).host(QStringLiteral("host1"))).first();
        QVERIFY(ovs.contains(QStringLiteral("options:key=100 options:dst_port=8472")));
        QCOMPARE(ovs.count(QStringLiteral("dst_port")), 1);
    }

    void explicitVtepAddressIsUsedOnBothEnds()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.host(test::idOf(t, QStringLiteral("host2")))->underlayAddress
            = QStringLiteral("192.168.1.9");
        const Plan plan = applyOf(t);
        const QString h1 = commands(*plan.host(QStringLiteral("host1"))).first();
        const QString h2 = commands(*plan.host(QStringLiteral("host2"))).first();
        QVERIFY(h1.contains(QStringLiteral("options:remote_ip=192.168.1.9 options:key=100 --")));
        QVERIFY(!h1.contains(
            QStringLiteral("local_ip"))); // host1 has no explicit VTEP: the route decides
        QVERIFY(h2.contains(QStringLiteral(
            "options:remote_ip=192.168.0.8 options:key=100 options:local_ip=192.168.1.9")));
    }

    void teardownRemovesExactlyWhatApplyMakes()
    {
        const Topology t = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        const Plan apply = applyOf(t);
        const auto teardown = planTeardown(t);
        QVERIFY(teardown.ok());
        for (const HostPlan &h : apply.hosts) {
            const QString made = commands(h).join(QLatin1Char('\n'));
            const QString removed
                = commands(*teardown.value().host(h.hostName)).join(QLatin1Char('\n'));
            // Every bridge added is deleted, only if it carries our tag.
            static const QRegularExpression addBr(QStringLiteral("add-br (\\S+)"));
            auto it = addBr.globalMatch(made);
            int bridges = 0;
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                ++bridges;
                QVERIFY(removed.contains(
                    QStringLiteral(
                        "find bridge name=%1 external_ids:overlaystudio-topology=three-hosts-mesh")
                        .arg(name)));
                QVERIFY(removed.contains(QStringLiteral("del-br %1").arg(name)));
            }
            QCOMPARE(removed.count(QStringLiteral("del-br")), bridges);
            // Every container run is removed, only if it carries our label.
            static const QRegularExpression run(QStringLiteral("docker run --name (\\S+)"));
            auto rit = run.globalMatch(made);
            int containers = 0;
            while (rit.hasNext()) {
                const QString name = rit.next().captured(1);
                ++containers;
                QVERIFY(removed.contains(QStringLiteral("docker rm -f %1").arg(name)));
            }
            QCOMPARE(removed.count(QStringLiteral("docker rm -f")), containers);
            QCOMPARE(removed.count(QStringLiteral("grep -qxF -- three-hosts-mesh")), containers);
            // Every iptables rule appended is deleted with the same match.
            static const QRegularExpression append(
                QStringLiteral("iptables (--table nat )?--append ([^\\n]*)"));
            auto ait = append.globalMatch(made);
            int rules = 0;
            while (ait.hasNext()) {
                const auto m = ait.next();
                ++rules;
                QVERIFY(removed.contains(
                    QStringLiteral("iptables %1--delete %2").arg(m.captured(1), m.captured(2))));
            }
            QCOMPARE(removed.count(QStringLiteral("--delete")), rules);
            // Nothing else: the host-wide forwarding switch is left as it was.
            QVERIFY(!removed.contains(QStringLiteral("sysctl")));
        }
    }

    void scriptsAreValidShell_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("teardown");
        QTest::newRow("seed apply") << QStringLiteral("seed-two-hosts.json") << false;
        QTest::newRow("seed teardown") << QStringLiteral("seed-two-hosts.json") << true;
        QTest::newRow("mesh apply") << QStringLiteral("three-hosts-mesh.json") << false;
        QTest::newRow("mesh teardown") << QStringLiteral("three-hosts-mesh.json") << true;
    }
    void scriptsAreValidShell()
    {
        QFETCH(QString, file);
        QFETCH(bool, teardown);
        const Topology t = test::loadExample(file);
        const auto plan = teardown ? planTeardown(t) : planApply(t);
        QVERIFY(plan.ok());
        for (const HostPlan &h : plan.value().hosts) {
            const QString script = renderScript(plan.value(), h);
            QVERIFY(script.startsWith(QStringLiteral("#!/bin/sh\n")));
            QProcess sh;
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n")});
            sh.write(script.toUtf8());
            sh.closeWriteChannel();
            QVERIFY(sh.waitForFinished(10000));
            QVERIFY2(sh.exitCode() == 0,
                     qPrintable(QString::fromUtf8(sh.readAllStandardError()) + script));
            // Every step is explained in the script.
            QCOMPARE(script.count(QRegularExpression(QStringLiteral("^# \\d+\\. "),
                                                     QRegularExpression::MultilineOption)),
                     int(h.steps.size()));
        }
    }

    // Hostile text in any field must be stopped by validation: no plan exists for it at all.
    void hostileNamesNeverReachAPlan_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QStringList hostile{QStringLiteral("a;rm -rf /"), QStringLiteral("$(id)"),
                                  QStringLiteral("`reboot`"),   QStringLiteral("x' || true '"),
                                  QStringLiteral("x\"y"),       QStringLiteral("br0\nreboot"),
                                  QStringLiteral("brü"),        QStringLiteral("a b"),
                                  QStringLiteral("--help"),     QStringLiteral("x>/etc/passwd")};
        const QStringList fields{QStringLiteral("topology"),    QStringLiteral("bridge"),
                                 QStringLiteral("gatewayPort"), QStringLiteral("gatewayAddress"),
                                 QStringLiteral("container"),   QStringLiteral("image"),
                                 QStringLiteral("interface"),   QStringLiteral("address"),
                                 QStringLiteral("gateway"),     QStringLiteral("tunnelPort"),
                                 QStringLiteral("underlay")};
        for (const QString &f : fields) {
            for (int i = 0; i < hostile.size(); ++i)
                QTest::addRow("%s %d", qPrintable(f), i) << f << hostile[i];
        }
    }
    void hostileNamesNeverReachAPlan()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        Bridge &b = *t.bridge(test::idOf(t, QStringLiteral("host1/br0")));
        Container &c = *t.container(test::idOf(t, QStringLiteral("host1/container1")));
        if (field == QLatin1String("topology"))
            t.name = value;
        else if (field == QLatin1String("bridge"))
            b.name = value;
        else if (field == QLatin1String("gatewayPort"))
            b.gatewayPort = value;
        else if (field == QLatin1String("gatewayAddress"))
            b.gatewayAddress = value;
        else if (field == QLatin1String("container"))
            c.name = value;
        else if (field == QLatin1String("image"))
            c.image = value;
        else if (field == QLatin1String("interface"))
            c.interfaceName = value;
        else if (field == QLatin1String("address"))
            c.address = value;
        else if (field == QLatin1String("gateway"))
            c.gateway = value;
        else if (field == QLatin1String("tunnelPort"))
            t.link(t.links().front().id)->portA = value;
        else if (field == QLatin1String("underlay"))
            t.host(b.host)->underlayAddress = value;
        QVERIFY(hasErrors(validate(t)));
        const auto apply = planApply(t);
        QVERIFY(!apply.ok());
        QVERIFY(apply.error().message.contains(QStringLiteral("cannot be planned")));
        QVERIFY(!planTeardown(t).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
