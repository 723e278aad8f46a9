#include "testsupport.h"

#include "model/validation.h"
#include "plan/planner.h"
#include "plan/planscripts.h"
#include "plan/steps.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace studio;

Q_DECLARE_METATYPE(studio::PlanStyle)

namespace {

// A stand-in program for a script under test: sh with this body.
bool writeStandIn(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body) < 0)
        return false;
    f.close();
    return f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

QStringList commands(const HostPlan &h)
{
    QStringList list;
    for (const PlanStep &s : h.steps)
        list << s.command.toShell();
    return list;
}

// The one OVS transaction that creates a host's bridges and ports.
QString ovsCommand(const HostPlan &h)
{
    for (const QString &c : commands(h)) {
        if (c.startsWith(QStringLiteral("ovs-vsctl --may-exist")))
            return c;
    }
    return {};
}

QString isolation(const QString &port, const QString &topology)
{
    const QString rule
        = QStringLiteral("FORWARD --out-interface %1 --match conntrack '!' --ctstate "
                         "RELATED,ESTABLISHED --match comment --comment "
                         "overlaystudio:%2 --jump DROP")
              .arg(port, topology);
    return QStringLiteral("iptables --table mangle --check %1 2>/dev/null || iptables --table "
                          "mangle --append %1")
        .arg(rule);
}

Plan applyOf(const Topology &t, PlanStyle style = PlanStyle::Fast)
{
    auto plan = planApply(t, style);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error().toString()));
    return std::move(plan).value();
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    // The guide's commands for Host-1, and what the guide-style plan runs for each: the same
    // command made idempotent, tagged, and with the MTU the guide forgets for containers.
    void seedPlanFollowsTheGuide()
    {
        const Plan plan
            = applyOf(test::loadExample(QStringLiteral("seed-two-hosts.json")), PlanStyle::Guide);
        QCOMPARE(plan.hosts.size(), std::size_t(2));
        const HostPlan &h1 = *plan.host(QStringLiteral("host1"));
        const QString tag = QStringLiteral("external_ids:overlaystudio-topology=seed-two-hosts");
        const QStringList expected{
            // Not in the guide: each segment is isolated on its host before it exists.
            isolation(QStringLiteral("veth0"), QStringLiteral("seed-two-hosts")),
            isolation(QStringLiteral("veth1"), QStringLiteral("seed-two-hosts")),
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
                "if docker container inspect --format '{{.Name}}' container1 2>/dev/null | grep "
                "-qxF "
                "-- /container1; then docker start container1 >/dev/null; else docker run --name "
                "container1 -dit --net=none "
                "--label overlaystudio.topology=seed-two-hosts --label overlaystudio.host=host1 "
                "ubuntu:v1; fi"),
            QStringLiteral(
                "if docker container inspect --format '{{.Name}}' container2 2>/dev/null | grep "
                "-qxF "
                "-- /container2; then docker start container2 >/dev/null; else docker run --name "
                "container2 -dit --net=none "
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

    void stepsNameWhatTheyCreate()
    {
        // A step-through marks each object built by the step that makes it: every bridge and
        // container exactly once, on its own host; each link once per end.
        const Topology t = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        auto plan = planApply(t);
        QVERIFY(plan.ok());
        QHash<ObjectId, int> created;
        for (const HostPlan &h : plan.value().hosts) {
            for (const PlanStep &s : h.steps) {
                for (ObjectId id : s.creates) {
                    ++created[id];
                    const ObjectId host = t.bridge(id)      ? t.bridge(id)->host
                                          : t.container(id) ? t.container(id)->host
                                                            : kNoObject;
                    if (host != kNoObject)
                        QCOMPARE(host, h.host);
                }
            }
        }
        for (const Bridge &b : t.bridges())
            QCOMPARE(created.value(b.id), 1);
        for (const Container &c : t.containers())
            QCOMPARE(created.value(c.id), 1);
        for (const VxlanLink &l : t.links())
            QCOMPARE(created.value(l.id), 2);
        // The teardown creates nothing.
        auto teardown = planTeardown(t);
        QVERIFY(teardown.ok());
        for (const HostPlan &h : teardown.value().hosts) {
            for (const PlanStep &s : h.steps)
                QVERIFY(s.creates.empty());
        }
    }

    void hostTwoTunnelsBackToHostOne()
    {
        const Plan plan
            = applyOf(test::loadExample(QStringLiteral("seed-two-hosts.json")), PlanStyle::Guide);
        const QStringList h2 = commands(*plan.host(QStringLiteral("host2")));
        const QString ovs = ovsCommand(*plan.host(QStringLiteral("host2")));
        QVERIFY(
            ovs.contains(QStringLiteral("add-port br0 vxlan0 -- set interface vxlan0 type=vxlan "
                                        "options:remote_ip=192.168.0.8 options:key=100")));
        QVERIFY(
            ovs.contains(QStringLiteral("add-port br1 vxlan1 -- set interface vxlan1 type=vxlan "
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
        const QString h1 = ovsCommand(*plan.host(QStringLiteral("host1")));
        const QString h2 = ovsCommand(*plan.host(QStringLiteral("host2")));
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
            const QString ovs = ovsCommand(h);
            QCOMPARE(ovs.count(QStringLiteral("type=vxlan")), 2);
            QCOMPARE(ovs.count(QStringLiteral("protected=true")), 2);
        }
        Topology tree = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        tree.remove(tree.links().back().id);
        const Plan chain = applyOf(tree);
        for (const HostPlan &h : chain.hosts)
            QVERIFY(!ovsCommand(h).contains(QStringLiteral("protected")));
    }

    void natLetsASegmentOutAndOnlyRepliesIn()
    {
        // The guide's step 6 accepts anything forwarded to veth0; here only replies come back.
        const Plan plan = applyOf(test::loadExample(QStringLiteral("three-hosts-mesh.json")));
        const QStringList h1 = commands(*plan.host(QStringLiteral("host1")));
        const QString comment
            = QStringLiteral("--match comment --comment overlaystudio:three-hosts-mesh");
        QVERIFY(h1.contains(QStringLiteral("sysctl -w net.ipv4.ip_forward=1")));
        QVERIFY(h1.contains(
            QStringLiteral("iptables --check FORWARD --in-interface veth0 %1 --jump ACCEPT "
                           "2>/dev/null || iptables --append FORWARD --in-interface veth0 "
                           "%1 --jump ACCEPT")
                .arg(comment)));
        QVERIFY(h1.contains(
            QStringLiteral("iptables --check FORWARD --out-interface veth0 --match conntrack "
                           "--ctstate RELATED,ESTABLISHED %1 --jump ACCEPT 2>/dev/null || "
                           "iptables --append FORWARD --out-interface veth0 --match conntrack "
                           "--ctstate RELATED,ESTABLISHED %1 --jump ACCEPT")
                .arg(comment)));
        QVERIFY(h1.contains(
            QStringLiteral("iptables --table nat --check POSTROUTING --source 10.4.4.0/24 "
                           "%1 --jump MASQUERADE 2>/dev/null || iptables --table nat "
                           "--append POSTROUTING --source 10.4.4.0/24 %1 --jump MASQUERADE")
                .arg(comment)));
        QVERIFY(
            h1.contains(isolation(QStringLiteral("veth0"), QStringLiteral("three-hosts-mesh"))));
        // The isolation rule comes before anything is created, the NAT rules after.
        QVERIFY(h1.first().contains(QStringLiteral("--table mangle")));
        // NAT is per bridge: host2's bridge does not ask for it, and only its isolation rule is
        // there.
        const QStringList h2 = commands(*plan.host(QStringLiteral("host2")));
        QCOMPARE(
            h2.filter(QStringLiteral("iptables")),
            QStringList{isolation(QStringLiteral("veth0"), QStringLiteral("three-hosts-mesh"))});
        QVERIFY(!h2.contains(QStringLiteral("sysctl -w net.ipv4.ip_forward=1")));
    }

    void everySegmentIsIsolatedUnlessRouted()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const Plan isolated = applyOf(t);
        for (const HostPlan &h : isolated.hosts) {
            const QStringList rules = commands(h).filter(QStringLiteral("iptables"));
            QCOMPARE(rules, QStringList({isolation(QStringLiteral("veth0"), t.name),
                                         isolation(QStringLiteral("veth1"), t.name)}));
            QVERIFY(!commands(h).contains(QStringLiteral("sysctl -w net.ipv4.ip_forward=1")));
        }
        // Routing between br0 and br1 of host1, chosen in the design: both directions pass the
        // isolation rules (inserted above them) and a DROP policy; host2 is unchanged.
        for (const char *name : {"host1/br0", "host1/br1"})
            t.bridge(test::idOf(t, QLatin1String(name)))->routed = true;
        const Plan routed = applyOf(t);
        const HostPlan &h1 = *routed.host(QStringLiteral("host1"));
        const QStringList c1 = commands(h1);
        const QString comment
            = QStringLiteral("--match comment --comment overlaystudio:seed-two-hosts");
        for (const auto &[from, to] : {std::pair{"veth0", "veth1"}, std::pair{"veth1", "veth0"}}) {
            const QString spec = QStringLiteral("FORWARD --in-interface %1 --out-interface %2 %3 "
                                                "--jump ACCEPT")
                                     .arg(QLatin1String(from), QLatin1String(to), comment);
            QVERIFY2(c1.contains(QStringLiteral("iptables --table mangle --check %1 2>/dev/null "
                                                "|| iptables --table mangle --insert %1")
                                     .arg(spec)),
                     qPrintable(c1.join(QLatin1Char('\n'))));
            QVERIFY(c1.contains(
                QStringLiteral("iptables --check %1 2>/dev/null || iptables --append %1")
                    .arg(spec)));
        }
        QVERIFY(c1.contains(QStringLiteral("sysctl -w net.ipv4.ip_forward=1")));
        QCOMPARE(commands(*routed.host(QStringLiteral("host2"))),
                 commands(*isolated.host(QStringLiteral("host2"))));
        // Every rule is explained in words, routing as the design's choice.
        for (const PlanStep &s : h1.steps) {
            if (s.command.toShell().contains(QStringLiteral("--insert")))
                QVERIFY2(s.explanation.startsWith(QStringLiteral("Route from br")),
                         qPrintable(s.explanation));
            if (s.command.toShell().contains(QStringLiteral("--jump DROP")))
                QVERIFY2(s.explanation.startsWith(QStringLiteral("Isolate br")),
                         qPrintable(s.explanation));
        }
    }

    void routedNatDoesNotMasqueradeWhatItRoutes()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        Bridge &br0 = *t.bridge(test::idOf(t, QStringLiteral("host1/br0")));
        br0.nat = true;
        br0.routed = true;
        t.bridge(test::idOf(t, QStringLiteral("host1/br1")))->routed = true;
        const QStringList c1 = commands(*applyOf(t).host(QStringLiteral("host1")));
        const QString exception
            = QStringLiteral("POSTROUTING --source 10.2.2.0/24 --destination 10.3.3.0/24 --match "
                             "comment --comment overlaystudio:seed-two-hosts --jump RETURN");
        QVERIFY(c1.contains(QStringLiteral("iptables --table nat --check %1 2>/dev/null || "
                                           "iptables --table nat --insert %1")
                                .arg(exception)));
        // br1 has no NAT: nothing of its own to exempt.
        QVERIFY(!c1.join(QLatin1Char('\n')).contains(QStringLiteral("--source 10.3.3.0/24")));
    }

    void nonDefaultUdpPortIsSet()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.link(t.links().front().id)->udpPort = 8472;
        const QString ovs = ovsCommand(*applyOf(t).host(QStringLiteral("host1")));
        QVERIFY(ovs.contains(QStringLiteral("options:key=100 options:dst_port=8472")));
        QCOMPARE(ovs.count(QStringLiteral("dst_port")), 1);
    }

    void explicitVtepAddressIsUsedOnBothEnds()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.host(test::idOf(t, QStringLiteral("host2")))->underlayAddress
            = QStringLiteral("192.168.1.9");
        const Plan plan = applyOf(t);
        const QString h1 = ovsCommand(*plan.host(QStringLiteral("host1")));
        const QString h2 = ovsCommand(*plan.host(QStringLiteral("host2")));
        QVERIFY(h1.contains(QStringLiteral("options:remote_ip=192.168.1.9 options:key=100 --")));
        QVERIFY(!h1.contains(
            QStringLiteral("local_ip"))); // host1 has no explicit VTEP: the route decides
        QVERIFY(h2.contains(QStringLiteral(
            "options:remote_ip=192.168.0.8 options:key=100 options:local_ip=192.168.1.9")));
    }

    // The fast style: every container started by one step (side by side, bounded), plugged by
    // one more; the host goes on past a failure in either, so one container does not hold up
    // the others.
    void fastPlanStartsSideBySideAndPlugsAtOnce()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const HostPlan h1 = *applyOf(t).host(QStringLiteral("host1"));
        const HostPlan guide = *applyOf(t, PlanStyle::Guide).host(QStringLiteral("host1"));
        // The same isolation, OVS transaction and addresses as the guide style, then two steps
        // instead of four.
        QCOMPARE(h1.steps.size(), guide.steps.size() - 2);
        for (std::size_t i = 0; i + 2 < h1.steps.size(); ++i)
            QCOMPARE(h1.steps[i].command.toShell(), guide.steps[i].command.toShell());
        const PlanStep &start = h1.steps[h1.steps.size() - 2];
        const PlanStep &plug = h1.steps.back();
        QVERIFY(start.continueOnFailure);
        QVERIFY(plug.continueOnFailure);
        // One script for both, the values as its arguments: topology, host, how many at once,
        // then name, image and "-" (no stopped container known) per container.
        QVERIFY2(start.command.toShell().endsWith(
                     QStringLiteral(" overlaystudio-start seed-two-hosts host1 8 container1 "
                                    "ubuntu:v1 - container2 ubuntu:v1 -")),
                 qPrintable(start.command.toShell()));
        QCOMPARE(start.command.programs(), QStringList{QStringLiteral("sh")});
        QCOMPARE(start.details.size(), 2);
        QVERIFY(start.details[0].contains(
            QStringLiteral("/var/lib/overlaystudio/containers/seed-two-hosts/host1/container1")));

        const QString plugged = plug.command.toShell();
        QVERIFY(!plugged.contains(QStringLiteral("ovs-docker")));
        const QString p1 = steps::portPrefix(t.name, QStringLiteral("host1"),
                                             QStringLiteral("container1"), QStringLiteral("eth0"));
        const QString p2 = steps::portPrefix(t.name, QStringLiteral("host1"),
                                             QStringLiteral("container2"), QStringLiteral("eth0"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{13}$")).match(p1).hasMatch());
        QVERIFY(p1 != p2);
        QVERIFY2(plugged.endsWith(
                     QStringLiteral(" overlaystudio-plug seed-two-hosts container1 eth0 br0 "
                                    "10.2.2.2/24 10.2.2.1 1450 %1 container2 eth0 br1 10.3.3.2/24 "
                                    "10.3.3.1 1450 %2")
                         .arg(p1, p2)),
                 qPrintable(plugged));
        // One docker inspect, one ip -batch on the host and one ovs-vsctl for all of them.
        QCOMPARE(plugged.count(QStringLiteral("docker inspect")), 1);
        QCOMPARE(plugged.count(QStringLiteral("ovs-vsctl ")), 1);
        QCOMPARE(plugged.count(QStringLiteral("ip -force -batch \"$d/host\"")), 1);
        QCOMPARE(plug.details.size(), 2);
        QVERIFY(plug.details[0].contains(p1 + QStringLiteral("_l")));
    }

    // The plug step run by sh against stand-ins for docker, ip, ovs-vsctl and nsenter that
    // behave like the real ones (ip -force -batch reports "Command failed FILE:LINE" after each
    // failing line): the container whose veth pair cannot be made is named with ip's reason and
    // the fix, and the others still get their ports and their set-up inside.
    void plugReportsTheContainerWhoseLinkFailsAndPlugsTheOthers()
    {
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString log = bin.filePath(QStringLiteral("log"));
        const auto fake = [&bin](const QString &name, const QByteArray &body) {
            QVERIFY(writeStandIn(bin.filePath(name), body));
        };
        // Three running containers; c2's namespace is gone by the time ip uses it.
        fake(QStringLiteral("docker"),
             "[ \"$1\" = inspect ] || exit 1; shift 3\n"
             "for n; do case $n in c1) echo /c1 101;; c2) echo /c2 102;; c3) echo /c3 103;; "
             "esac; done\n");
        fake(QStringLiteral("ip"),
             "[ \"$1\" = -o ] && exit 0\n"
             "[ \"$1 $2\" = \"-force -batch\" ] || exit 2\n"
             "n=0; s=0\n"
             "while IFS= read -r l; do n=$((n+1)); case $l in *'netns 102')\n"
             "  echo 'Error: Peer netns reference is invalid.' >&2; echo \"Command failed $3:$n\" "
             ">&2;"
             " s=1;;\n"
             "  *) echo \"ip $l\" >>\"$LOG\";; esac; done <\"$3\"; exit $s\n");
        fake(QStringLiteral("ovs-vsctl"), "echo \"ovs-vsctl $*\" >>\"$LOG\"\n");
        fake(QStringLiteral("nsenter"), "echo \"nsenter $2\" >>\"$LOG\"\n");

        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const Container first = t.containers().front();
        std::vector<steps::Plug> plugs;
        std::vector<Container> containers;
        for (const char *name : {"c1", "c2", "c3"}) {
            Container c = first;
            c.name = QString::fromLatin1(name);
            containers.push_back(c);
        }
        const Bridge *b = t.bridge(first.bridge);
        for (const Container &c : containers)
            plugs.push_back({&c, b, QStringLiteral("10.2.2.1")});
        const PlanStep plug = steps::plugContainers(plugs, t.name, QStringLiteral("host1"));
        const auto port = [&](const char *name) {
            return steps::portPrefix(t.name, QStringLiteral("host1"), QString::fromLatin1(name),
                                     QStringLiteral("eth0"))
                   + QStringLiteral("_l");
        };

        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("LOG"), log);
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), plug.command.toShell()});
        QVERIFY(sh.waitForFinished(10000));
        const QString err = QString::fromUtf8(sh.readAllStandardError());
        QCOMPARE(sh.exitCode(), 1);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString ran = QString::fromUtf8(f.readAll());

        QVERIFY2(err.contains(QStringLiteral("c2: not plugged, its veth pair could not be made "
                                             "(Error: Peer netns reference is invalid.); apply "
                                             "again")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("c1")) && !err.contains(QStringLiteral("c3")),
                 qPrintable(err));
        const QString ovs
            = ran.section(QStringLiteral("ovs-vsctl "), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(ovs.contains(QStringLiteral("add-port br0 ") + port("c1"))
                     && ovs.contains(QStringLiteral("add-port br0 ") + port("c3"))
                     && !ovs.contains(port("c2")),
                 qPrintable(ran));
        QCOMPARE(ran.count(QStringLiteral("ovs-vsctl ")), 1);
        QVERIFY2(ran.contains(QStringLiteral("ip link set ") + port("c3") + QStringLiteral(" up")),
                 qPrintable(ran)); // the line after the failing one still ran
        QVERIFY(ran.contains(QStringLiteral("nsenter 101\n")));
        QVERIFY(ran.contains(QStringLiteral("nsenter 103\n")));
        QVERIFY(!ran.contains(QStringLiteral("nsenter 102")));
    }

    // The start step run by sh against stand-ins for docker and curl (Docker's Engine API on a
    // real socket file): a missing container is created with networking disabled, labelled, with
    // /etc/hosts and /etc/resolv.conf bound from files written as Docker writes them; one that
    // exists by name, and a stopped one by its ID, are started (their files put back if missing);
    // one that Docker cannot start is reported with Docker's message while the others are
    // started. With an engine that is not on a local socket, docker run --net=none. The files go
    // with removeContainerFiles.
    void startCreatesThroughTheEngineApiAndReportsDockersWords()
    {
        const QString base = QStringLiteral("/var/lib/overlaystudio");
        if (::access("/var/lib", W_OK) != 0)
            QSKIP("needs to write /var/lib/overlaystudio (root)");
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString log = bin.filePath(QStringLiteral("log"));
        const auto fake = [&bin](const QString &name, const QByteArray &body) {
            QVERIFY(writeStandIn(bin.filePath(name), body));
        };
        fake(QStringLiteral("docker"),
             "case $1 in ps) echo 'docker ps' >>\"$LOG\"; printf 'old\\nsomeone\\n' ;; start|run) "
             "echo \"docker $*\" "
             ">>\"$LOG\" ;; *) exit 1 ;; esac\n");
        fake(QStringLiteral("curl"),
             "while [ $# -gt 0 ]; do case $1 in -X) m=$2; shift 2 ;; --data-binary) b=$2; shift 2 "
             ";; --unix-socket|-H|-w) shift 2 ;; -*) shift ;; *) u=$1; shift ;; esac; done\n"
             "echo \"curl $m $u $b\" >>\"$LOG\"\n"
             "case $u in\n"
             "  */_ping) [ -z \"$PING_FAILS\" ] || exit 7; printf OK ;;\n"
             "  *create?name=bad) printf '{\"Id\":\"bad0\",\"Warnings\":[]}\\n201' ;;\n"
             "  *create?name=c1) printf '{\"Id\":\"c100\",\"Warnings\":[]}\\n201' ;;\n"
             "  *create?name=c4) printf '{\"Id\":\"c400\",\"Warnings\":[]}\\n201' ;;\n"
             "  */containers/bad0/start) printf '{\"message\":\"OCI runtime create failed: "
             "exec: \\\\\"/nope\\\\\": no such file or directory\"}\\n500' ;;\n"
             "  */containers/c100/start|*/containers/c400/start) printf '\\n204' ;;\n"
             "  *) printf '{\"message\":\"page not found\"}\\n404' ;;\n"
             "esac\n");
        // A socket file, as the engine's: the script only looks that it is one.
        const QByteArray socketPath = bin.filePath(QStringLiteral("docker.sock")).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, socketPath.constData(), sizeof address.sun_path);
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);

        const QString tag
            = QStringLiteral("unittest-start-%1").arg(QCoreApplication::applicationPid());
        const QString files
            = base + QStringLiteral("/containers/") + tag + QStringLiteral("/host1");
        std::vector<Container> containers;
        for (const char *name : {"c1", "old", "bad", "c3", "c4"}) {
            Container c;
            c.name = QString::fromLatin1(name);
            c.image = QStringLiteral("overlaystudio/busybox:lab");
            containers.push_back(c);
        }
        // As planned (the host's state unknown): c1, old, bad. As reconciled: c3 stopped, c4
        // known to be missing.
        const std::vector<const Container *> planned{&containers[0], &containers[1],
                                                     &containers[2]};
        const std::vector<const Container *> reconciled{&containers[3], &containers[4]};
        const QString stoppedId = QString(64, QLatin1Char('f'));
        const PlanStep start = steps::startContainers(planned, tag, QStringLiteral("host1"));
        const PlanStep startKnown
            = steps::startContainers(reconciled, tag, QStringLiteral("host1"),
                                     QHash<QString, QString>{{QStringLiteral("c3"), stoppedId}});
        const auto removeFiles = qScopeGuard([&] {
            QProcess::execute(
                QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 steps::removeContainerFiles(tag, QStringLiteral("host1")).command.toShell()});
        });

        const auto runScript = [&](const QString &dockerHost, QString *err, const PlanStep &step,
                                   bool pingFails = false) {
            QFile::remove(log);
            QProcess sh;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
            env.insert(QStringLiteral("LOG"), log);
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
            if (pingFails)
                env.insert(QStringLiteral("PING_FAILS"), QStringLiteral("1"));
            sh.setProcessEnvironment(env);
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), step.command.toShell()});
            if (!sh.waitForFinished(10000))
                return -1;
            *err = QString::fromUtf8(sh.readAllStandardError());
            QFile f(log);
            return f.open(QIODevice::ReadOnly) ? sh.exitCode() : -2;
        };
        const auto ran = [&] {
            QFile f(log);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };

        QString err;
        const QString engine = QStringLiteral("unix://") + QString::fromLocal8Bit(socketPath);
        QCOMPARE(runScript(engine, &err, start), 1);
        const QString api = ran();
        QVERIFY2(err.trimmed()
                     == QStringLiteral("bad: Docker: OCI runtime create failed: exec: "
                                       "\\\"/nope\\\": no such file or directory"),
                 qPrintable(err));
        QVERIFY2(api.contains(QStringLiteral("curl POST http://localhost/containers/c100/start")),
                 qPrintable(api));
        QVERIFY(api.contains(QStringLiteral("docker start old\n")));
        // Its bound files put back (it may be one of ours whose files were removed by hand).
        QVERIFY(QFileInfo::exists(files + QStringLiteral("/old/hosts")));
        QCOMPARE(api.count(QStringLiteral("docker ps")), 1);
        QVERIFY(!api.contains(QStringLiteral("docker run")));
        QVERIFY(!api.contains(QStringLiteral("name=old")));
        const QString created = api.section(QStringLiteral("curl POST http://localhost/containers/"
                                                           "create?name=c1 "),
                                            1)
                                    .section(QLatin1Char('\n'), 0, 0);
        const QJsonObject body = QJsonDocument::fromJson(created.toUtf8()).object();
        QVERIFY2(!body.isEmpty(), qPrintable(api));
        QCOMPARE(body.value(QStringLiteral("Image")).toString(),
                 QStringLiteral("overlaystudio/busybox:lab"));
        QVERIFY(body.value(QStringLiteral("NetworkDisabled")).toBool());
        QVERIFY(body.value(QStringLiteral("Tty")).toBool());
        QVERIFY(body.value(QStringLiteral("OpenStdin")).toBool());
        const QJsonObject labels = body.value(QStringLiteral("Labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("overlaystudio.topology")).toString(), tag);
        QCOMPARE(labels.value(QStringLiteral("overlaystudio.host")).toString(),
                 QStringLiteral("host1"));
        const QJsonObject hostConfig = body.value(QStringLiteral("HostConfig")).toObject();
        QCOMPARE(hostConfig.value(QStringLiteral("NetworkMode")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(hostConfig.value(QStringLiteral("Binds")).toArray(),
                 (QJsonArray{files + QStringLiteral("/c1/hosts:/etc/hosts"),
                             files + QStringLiteral("/c1/resolv.conf:/etc/resolv.conf")}));
        QFile hosts(files + QStringLiteral("/c1/hosts"));
        QVERIFY(hosts.open(QIODevice::ReadOnly));
        QVERIFY(hosts.readAll().startsWith("127.0.0.1\tlocalhost\n::1\tlocalhost "));
        QFile resolv(files + QStringLiteral("/c1/resolv.conf"));
        QVERIFY(resolv.open(QIODevice::ReadOnly));
        const QByteArray servers = resolv.readAll();
        QVERIFY2(servers.contains("nameserver ") && !servers.contains("nameserver 127."),
                 servers.constData());

        // With the host's state known: the stopped one started by its ID (no name to look up),
        // the missing one created.
        QCOMPARE(runScript(engine, &err, startKnown), 0);
        const QString known = ran();
        QVERIFY2(known.contains(QStringLiteral("docker start ") + stoppedId + QLatin1Char('\n'))
                     && known.contains(QStringLiteral("curl POST http://localhost/containers/"
                                                      "c400/start"))
                     && !known.contains(QStringLiteral("name=c3")),
                 qPrintable(known));

        // An engine elsewhere than on a local socket: docker run, as the guide does.
        QCOMPARE(runScript(QStringLiteral("tcp://198.18.0.9:2375"), &err, start), 0);
        const QString cli = ran();
        QVERIFY(!cli.contains(QStringLiteral("curl")));
        QVERIFY2(cli.contains(QStringLiteral("docker run --name c1 -dit --net=none --label "
                                             "overlaystudio.topology=%1 --label "
                                             "overlaystudio.host=host1 overlaystudio/busybox:lab\n")
                                  .arg(tag)),
                 qPrintable(cli));
        QCOMPARE(cli.count(QStringLiteral("docker run")), 2); // c1 and bad
        // An engine that does not answer on its socket (or a curl without --unix-socket): the
        // same.
        QCOMPARE(runScript(engine, &err, start, true), 0);
        const QString unanswered = ran();
        QVERIFY2(!unanswered.contains(QStringLiteral("curl POST"))
                     && unanswered.count(QStringLiteral("docker run")) == 2,
                 qPrintable(unanswered));

        QCOMPARE(QProcess::execute(
                     QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      steps::removeContainerFiles(tag, QStringLiteral("host1")).command.toShell()}),
                 0);
        QVERIFY(!QFileInfo::exists(base + QStringLiteral("/containers/") + tag));
    }

    void fastStartsAtMostEightAtATime()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const Container first = t.containers().front();
        for (int i = 0; i < 10; ++i) {
            Container c = first;
            c.id = kNoObject;
            c.name = QStringLiteral("extra%1").arg(i);
            c.address = QStringLiteral("10.2.2.%1/24").arg(100 + i);
            QVERIFY(t.addContainer(c).ok());
        }
        const Plan plan = applyOf(t);
        const HostPlan &h = *plan.host(t.host(first.host)->name);
        QString started;
        for (const PlanStep &s : h.steps) {
            if (s.command.toShell().contains(QStringLiteral("overlaystudio-start")))
                started = s.command.toShell();
        }
        QVERIFY(started.contains(QStringLiteral(" overlaystudio-start seed-two-hosts host1 8 ")));
        QCOMPARE(started.count(QStringLiteral(" ubuntu:v1 -")), 12);
    }

    void fastTeardownRemovesByLabelAndInOneTransaction()
    {
        const Topology t = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        const auto teardown = planTeardown(t);
        QVERIFY(teardown.ok());
        for (const HostPlan &h : teardown.value().hosts) {
            const QStringList removed = commands(h);
            QCOMPARE(removed.first(),
                     QStringLiteral("docker ps -aq --filter label=overlaystudio.topology="
                                    "three-hosts-mesh --filter label=overlaystudio.host=%1 | "
                                    "xargs -r docker rm -f >/dev/null")
                         .arg(h.hostName));
            const QString all = removed.join(QLatin1Char('\n'));
            QCOMPARE(all.count(QStringLiteral("overlaystudio-teardown three-hosts-mesh")), 1);
            for (const Bridge *b : t.bridgesOf(h.host))
                QVERIFY(all.contains(QStringLiteral(" ") + b->name));
        }
    }

    void teardownRemovesExactlyWhatApplyMakes()
    {
        const Topology t = test::loadExample(QStringLiteral("three-hosts-mesh.json"));
        const Plan apply = applyOf(t, PlanStyle::Guide);
        const auto teardown = planTeardown(t, PlanStyle::Guide);
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
                // Its exact name with our label: no other container whose ID begins with it.
                QVERIFY(removed.contains(
                    QStringLiteral("grep -qxF -- '/%1 three-hosts-mesh'").arg(name)));
            }
            QCOMPARE(removed.count(QStringLiteral("docker rm -f")), containers);
            QCOMPARE(removed.count(QStringLiteral(" three-hosts-mesh'")), containers);
            // Every iptables rule added is deleted with the same match.
            static const QRegularExpression append(
                QStringLiteral("iptables (--table \\S+ )?--(?:append|insert) ([^\\n]*)"));
            auto ait = append.globalMatch(made);
            int rules = 0;
            while (ait.hasNext()) {
                const auto m = ait.next();
                ++rules;
                QVERIFY(removed.contains(
                    QStringLiteral("iptables %1--delete %2").arg(m.captured(1), m.captured(2))));
            }
            QVERIFY(rules >= 1);
            QCOMPARE(removed.count(QStringLiteral("--delete")), rules);
            // Nothing else: the host-wide forwarding switch is left as it was.
            QVERIFY(!removed.contains(QStringLiteral("sysctl")));
        }
    }

    void scriptsAreValidShell_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("teardown");
        QTest::addColumn<PlanStyle>("style");
        for (const PlanStyle style : {PlanStyle::Fast, PlanStyle::Guide}) {
            const QByteArray name = planStyleName(style).toUtf8();
            QTest::newRow("seed apply " + name)
                << QStringLiteral("seed-two-hosts.json") << false << style;
            QTest::newRow("seed teardown " + name)
                << QStringLiteral("seed-two-hosts.json") << true << style;
            QTest::newRow("mesh apply " + name)
                << QStringLiteral("three-hosts-mesh.json") << false << style;
            QTest::newRow("mesh teardown " + name)
                << QStringLiteral("three-hosts-mesh.json") << true << style;
        }
    }
    void scriptsAreValidShell()
    {
        QFETCH(QString, file);
        QFETCH(bool, teardown);
        QFETCH(PlanStyle, style);
        const Topology t = test::loadExample(file);
        const auto plan = teardown ? planTeardown(t, style) : planApply(t, style);
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
