// The reconciler on host states recorded from the local lab (tests/data/probe): what it reads,
// and that it changes exactly what differs.
#include "testsupport.h"

#include "engine/hoststate.h"
#include "engine/reconciler.h"
#include "plan/planner.h"

#include <QFile>
#include <QTest>

using namespace studio;

namespace {

HostState recorded(const char *name, const QString &topology, const QString &host,
                   const QStringList &images = {})
{
    QFile f(test::dataPath(QStringLiteral("probe/") + QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    auto state = parseProbe(f.readAll(), topology, host, images);
    if (!state)
        qFatal("fixture %s: %s", name, qPrintable(state.error().toString()));
    return state.value();
}

QStringList commands(const std::vector<PlanStep> &steps)
{
    QStringList list;
    for (const PlanStep &s : steps)
        list << s.command.toShell();
    return list;
}

const Host &hostNamed(const Topology &t, const char *name)
{
    for (const Host &h : t.hosts())
        if (h.name == QLatin1String(name))
            return h;
    qFatal("no host %s", name);
}

Topology meshTopology()
{
    auto loaded = projectfile::load(test::dataPath(QStringLiteral("probe/lab-mesh.json")));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toString()));
    return loaded.value();
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatIsThere()
    {
        const HostState s = recorded(
            "lab1-two-hosts-applied.txt", QStringLiteral("lab-two-hosts"), QStringLiteral("lab1"),
            {QStringLiteral("overlaystudio/busybox:lab"), QStringLiteral("ubuntu:v1")});
        QVERIFY(s.missingPrograms.isEmpty());
        QCOMPARE(s.missingImages, QStringList{QStringLiteral("ubuntu:v1")});
        QCOMPARE(s.bridges.value(QStringLiteral("br0")).tag, QStringLiteral("lab-two-hosts"));
        QCOMPARE(s.bridges.value(QStringLiteral("br0")).datapath, QStringLiteral("netdev"));
        QVERIFY(s.bridges.value(QStringLiteral("br-phy")).tag.isEmpty());
        const OvsPortState vxlan0 = s.ports.value(QStringLiteral("vxlan0"));
        QCOMPARE(vxlan0.bridge, QStringLiteral("br0"));
        QCOMPARE(vxlan0.type, QStringLiteral("vxlan"));
        QCOMPARE(vxlan0.options.value(QStringLiteral("remote_ip")), QStringLiteral("198.18.0.2"));
        QCOMPARE(vxlan0.options.value(QStringLiteral("key")), QStringLiteral("100"));
        QCOMPARE(s.ports.value(QStringLiteral("veth0")).mtuRequest, 1450);
        QCOMPARE(s.links.value(QStringLiteral("veth0")).ipv4,
                 QStringList{QStringLiteral("198.19.2.1/24")});
        // Containers of this host only; lab2's share the Docker engine but are not ours here.
        QCOMPARE(s.containers.size(), 2);
        const ContainerState c1 = s.containers.value(QStringLiteral("container1"));
        QVERIFY(c1.running());
        QCOMPARE(c1.links.value(QStringLiteral("eth0")).ipv4,
                 QStringList{QStringLiteral("198.19.2.2/24")});
        QCOMPARE(c1.links.value(QStringLiteral("eth0")).mtu, 1450);
        QCOMPARE(c1.defaultGateway, QStringLiteral("198.19.2.1"));
        QVERIFY(s.otherContainers.contains(QStringLiteral("container3")));
        QVERIFY(s.containerPort(QStringLiteral("container1"), QStringLiteral("eth0")));
        QCOMPARE(s.containerPort(QStringLiteral("container2"), QStringLiteral("eth0"))->bridge,
                 QStringLiteral("br1"));
        QVERIFY(!s.ipForward);
    }

    void brokenReportsAreErrors()
    {
        QVERIFY(!parseProbe("@@programs\n@@images\n", QStringLiteral("t"), QStringLiteral("h"), {})
                     .ok());
        const auto missing = parseProbe("@@programs\novs-docker\nnsenter\n@@end\n",
                                        QStringLiteral("t"), QStringLiteral("h"), {});
        QVERIFY(missing.ok());
        QCOMPARE(missing.value().missingPrograms,
                 QStringList({QStringLiteral("ovs-docker"), QStringLiteral("nsenter")}));
    }

    void anEmptyHostGetsTheFullPlan()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const HostState s = recorded("lab1-empty.txt", t.name, QStringLiteral("lab1"));
        const Reconciliation r = reconcileApply(t, hostNamed(t, "lab1"), s);
        QVERIFY(r.conflicts.isEmpty());
        const auto plan = planApply(t);
        QVERIFY(plan.ok());
        QCOMPARE(commands(r.steps), commands(plan.value().host(QStringLiteral("lab1"))->steps));
    }

    void inSyncMeansNothingToDo()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const Reconciliation r = reconcileApply(
            t, hostNamed(t, "lab1"),
            recorded("lab1-two-hosts-applied.txt", t.name, QStringLiteral("lab1")));
        QVERIFY2(r.steps.empty(), qPrintable(commands(r.steps).join(QLatin1Char('\n'))));
        QVERIFY(!r.status.empty());
        for (const ObjectStatus &s : r.status)
            QVERIFY2(s.state == ObjectStatus::State::InSync,
                     qPrintable(s.name + QLatin1Char(' ') + s.detail));
    }

    void aVniEditTouchesOnlyItsTunnel()
    {
        Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        t.link(t.links().front().id)->vni = 150;
        const Reconciliation r = reconcileApply(
            t, hostNamed(t, "lab1"),
            recorded("lab1-two-hosts-applied.txt", t.name, QStringLiteral("lab1")));
        QCOMPARE(r.steps.size(), std::size_t(1));
        const QString ovs = r.steps.front().command.toShell();
        QVERIFY(ovs.startsWith(
            QStringLiteral("ovs-vsctl --may-exist add-port br0 vxlan0 -- set interface vxlan0 "
                           "type=vxlan options:remote_ip=198.18.0.2 options:key=150")));
        QVERIFY(!ovs.contains(QStringLiteral("vxlan1")));
        const auto drift
            = std::find_if(r.status.begin(), r.status.end(), [](const ObjectStatus &s) {
                  return s.state == ObjectStatus::State::Drift;
              });
        QVERIFY(drift != r.status.end());
        QCOMPARE(drift->name, QStringLiteral("vxlan0"));
        QVERIFY(drift->detail.contains(QStringLiteral("key 100")));
    }

    void containerEditsReplugOrRemove()
    {
        Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const HostState s = recorded("lab1-two-hosts-applied.txt", t.name, QStringLiteral("lab1"));
        for (const Container &c : t.containers()) {
            if (c.name == QLatin1String("container1"))
                t.container(c.id)->address = QStringLiteral("198.19.2.20/24");
        }
        for (const Container &c : t.containers()) {
            if (c.name == QLatin1String("container2")) {
                t.remove(c.id);
                break;
            }
        }
        const QStringList cmds = commands(reconcileApply(t, hostNamed(t, "lab1"), s).steps);
        QCOMPARE(cmds.size(), 3);
        QCOMPARE(cmds[0], QStringLiteral("ovs-docker del-port br0 eth0 container1"));
        QCOMPARE(cmds[1], QStringLiteral("{ ovs-docker del-port br1 eth0 container2 >/dev/null "
                                         "2>&1 || true; docker rm -f container2 >/dev/null; }"));
        QVERIFY(cmds[2].endsWith(
            QStringLiteral("ovs-docker add-port br0 eth0 container1 --ipaddress=198.19.2.20/24 "
                           "--gateway=198.19.2.1 --mtu=1450")));
    }

    void objectsOfOthersAreNotTouched()
    {
        // The mesh wants br0 on lab1, where lab-two-hosts already made one.
        const Topology mesh = meshTopology();
        const Reconciliation r
            = reconcileApply(mesh, hostNamed(mesh, "lab1"),
                             recorded("lab1-mesh-conflict.txt", mesh.name, QStringLiteral("lab1")));
        QVERIFY(r.steps.empty());
        QVERIFY(!r.conflicts.isEmpty());
        QVERIFY2(r.conflicts.first().contains(QStringLiteral(
                     "Bridge br0 already exists on lab1 and belongs to topology lab-two-hosts")),
                 qPrintable(r.conflicts.first()));
    }

    void natRulesAreRecognised()
    {
        const Topology mesh = meshTopology();
        HostState s = recorded("lab1-mesh-applied.txt", mesh.name, QStringLiteral("lab1"));
        QCOMPARE(s.iptablesRules.size(), 3);
        QVERIFY(s.ipForward);
        QVERIFY(reconcileApply(mesh, hostNamed(mesh, "lab1"), s).steps.empty());
        // One rule deleted by hand: exactly that one comes back.
        s.iptablesRules.removeAt(2);
        const QStringList cmds = commands(reconcileApply(mesh, hostNamed(mesh, "lab1"), s).steps);
        QCOMPARE(
            cmds,
            QStringList{QStringLiteral(
                "iptables --table nat --check POSTROUTING --source 198.19.4.0/24 --jump MASQUERADE "
                "--match "
                "comment --comment overlaystudio:lab-mesh 2>/dev/null || iptables --table nat "
                "--append "
                "POSTROUTING --source 198.19.4.0/24 --jump MASQUERADE --match comment --comment "
                "overlaystudio:lab-mesh")});
    }

    void destroyFindsEverythingByItsTags()
    {
        const HostState s
            = recorded("lab1-mesh-applied.txt", QStringLiteral("lab-mesh"), QStringLiteral("lab1"));
        const QStringList cmds = commands(reconcileDestroy(QStringLiteral("lab-mesh"), s).steps);
        QCOMPARE(cmds.size(), 5);
        QCOMPARE(cmds[0], QStringLiteral("{ ovs-docker del-port br0 eth0 m1 >/dev/null 2>&1 || "
                                         "true; docker rm -f m1 >/dev/null; }"));
        QVERIFY(cmds.contains(
            QStringLiteral("if iptables --table nat --check POSTROUTING -s 198.19.4.0/24 -m "
                           "comment --comment overlaystudio:lab-mesh -j "
                           "MASQUERADE 2>/dev/null; then iptables --table nat --delete POSTROUTING "
                           "-s 198.19.4.0/24 -m comment --comment "
                           "overlaystudio:lab-mesh -j MASQUERADE; fi")));
        QCOMPARE(cmds[4], QStringLiteral("ovs-vsctl --if-exists del-br br0"));
        // br-phy is the lab's, not ours.
        QVERIFY(!cmds.join(QLatin1Char(' ')).contains(QStringLiteral("br-phy")));
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
