// The reconciler on host states recorded from the local lab (tests/data/probe): what it reads,
// and that it changes exactly what differs.
#include "testsupport.h"

#include "engine/hoststate.h"
#include "engine/reconciler.h"
#include "plan/planner.h"
#include "plan/steps.h"

#include <QFile>
#include <QTest>

using namespace studio;

Q_DECLARE_METATYPE(studio::PlanStyle)

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
        // Optional tools (tcpdump, for Capture) are read as well, and do not stop the reading.
        QFile fixture(test::dataPath(QStringLiteral("probe/lab1-empty.txt")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray probe = fixture.readAll();
        probe.replace("@@images", "@@tools\ntcpdump\n@@images");
        const auto tools
            = parseProbe(probe, QStringLiteral("lab-two-hosts"), QStringLiteral("lab1"), {});
        QVERIFY(tools.ok());
        QCOMPARE(tools.value().missingTools, QStringList{QStringLiteral("tcpdump")});
        QVERIFY(tools.value().missingPrograms.isEmpty());
        QVERIFY(tools.value().bridges.contains(QStringLiteral("br-phy")));
    }

    // What apply runs on an empty host is exactly the plan the user reads, in either style.
    void anEmptyHostGetsTheFullPlan_data()
    {
        QTest::addColumn<PlanStyle>("style");
        QTest::newRow("fast") << PlanStyle::Fast;
        QTest::newRow("guide") << PlanStyle::Guide;
    }
    void anEmptyHostGetsTheFullPlan()
    {
        QFETCH(PlanStyle, style);
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const HostState s = recorded("lab1-empty.txt", t.name, QStringLiteral("lab1"));
        const Reconciliation r = reconcileApply(t, hostNamed(t, "lab1"), s, style);
        QVERIFY(r.conflicts.isEmpty());
        const auto plan = planApply(t, style);
        QVERIFY(plan.ok());
        QCOMPARE(commands(r.steps), commands(plan.value().host(QStringLiteral("lab1"))->steps));
    }

    void inSyncMeansNothingToDo()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const Reconciliation r = reconcileApply(
            t, hostNamed(t, "lab1"),
            recorded("lab1-two-hosts-isolated.txt", t.name, QStringLiteral("lab1")));
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
            recorded("lab1-two-hosts-isolated.txt", t.name, QStringLiteral("lab1")));
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
        const HostState s = recorded("lab1-two-hosts-isolated.txt", t.name, QStringLiteral("lab1"));
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
        const QStringList cmds
            = commands(reconcileApply(t, hostNamed(t, "lab1"), s, PlanStyle::Guide).steps);
        QCOMPARE(cmds.size(), 3);
        QCOMPARE(cmds[0], QStringLiteral("ovs-docker del-port br0 eth0 container1"));
        QCOMPARE(cmds[1], QStringLiteral("{ ovs-docker del-port br1 eth0 container2 >/dev/null "
                                         "2>&1 || true; docker rm -f container2 >/dev/null; }"));
        QVERIFY(cmds[2].endsWith(
            QStringLiteral("ovs-docker add-port br0 eth0 container1 --ipaddress=198.19.2.20/24 "
                           "--gateway=198.19.2.1 --mtu=1450")));

        // The fast style, on the same ports (made by ovs-docker): the removed container and the
        // re-addressed one's veth pair go, both ports in one transaction, then one plug.
        const QStringList fast = commands(reconcileApply(t, hostNamed(t, "lab1"), s).steps);
        QCOMPARE(fast.size(), 4);
        QCOMPARE(fast[0], QStringLiteral("docker rm -f container2 >/dev/null"));
        QCOMPARE(fast[1], QStringLiteral("ip link delete c086e93c6a394_l"));
        QCOMPARE(fast[2], QStringLiteral("ovs-vsctl --if-exists del-port c086e93c6a394_l -- "
                                         "--if-exists del-port 4072fc17d4154_l"));
        QVERIFY2(
            fast[3].endsWith(
                QStringLiteral(" overlaystudio-plug lab-two-hosts container1 eth0 br0 "
                               "198.19.2.20/24 198.19.2.1 1450 %1")
                    .arg(steps::portPrefix(t.name, QStringLiteral("lab1"),
                                           QStringLiteral("container1"), QStringLiteral("eth0")))),
            qPrintable(fast[3]));
    }

    // A stopped container is started by the full ID just read (its name could be gone by then
    // and match another container's ID); a missing one gets the plan's exact-name check.
    void startNamesStoppedContainersByTheirIds()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        HostState s = recorded("lab1-two-hosts-isolated.txt", t.name, QStringLiteral("lab1"));
        QVERIFY(s.containers.remove(QStringLiteral("container1")));
        const QString id = QStringLiteral("c0ffee") + QString(58, QLatin1Char('1'));
        s.containers[QStringLiteral("container2")].state = QStringLiteral("exited");
        s.containers[QStringLiteral("container2")].id = id;
        s.containers[QStringLiteral("container2")].links.clear();
        const QStringList fast = commands(reconcileApply(t, hostNamed(t, "lab1"), s).steps);
        const QStringList started = fast.filter(QStringLiteral("overlaystudio-start"));
        QCOMPARE(started.size(), 1);
        // The stopped one by its full ID (a name gone by then would match any container whose
        // ID begins so); the missing one created, unless a container of its name exists by then.
        const auto imageOf = [&t](const char *name) {
            for (const Container &c : t.containers()) {
                if (c.name == QLatin1String(name))
                    return c.image;
            }
            return QString();
        };
        QVERIFY2(started[0].endsWith(QStringLiteral(" overlaystudio-start lab-two-hosts lab1 8 "
                                                    "container1 %1 - container2 %2 %3")
                                         .arg(imageOf("container1"), imageOf("container2"), id)),
                 qPrintable(started[0]));
        // Both are plugged afterwards, in one step.
        QVERIFY(fast.last().contains(QStringLiteral(" container1 eth0 br0 ")));
        QVERIFY(fast.last().contains(QStringLiteral(" container2 eth0 br1 ")));
    }

    // Ports made by the fast style carry our tag as well as ovs-docker's: they are the
    // containers', never taken for tunnel or gateway ports the design no longer has.
    void fastPortsAreInSync()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const HostState s = recorded("lab1-two-hosts-fast.txt", t.name, QStringLiteral("lab1"));
        const OvsPortState *port
            = s.containerPort(QStringLiteral("container1"), QStringLiteral("eth0"));
        QVERIFY(port);
        QCOMPARE(port->tag, t.name);
        QCOMPARE(port->name, steps::portPrefix(t.name, QStringLiteral("lab1"),
                                               QStringLiteral("container1"), QStringLiteral("eth0"))
                                 + QStringLiteral("_l"));
        for (const PlanStyle style : {PlanStyle::Fast, PlanStyle::Guide}) {
            const Reconciliation r = reconcileApply(t, hostNamed(t, "lab1"), s, style);
            QVERIFY2(r.steps.empty(), qPrintable(commands(r.steps).join(QLatin1Char('\n'))));
            for (const ObjectStatus &st : r.status)
                QVERIFY2(st.state == ObjectStatus::State::InSync,
                         qPrintable(st.name + QLatin1Char(' ') + st.detail));
        }
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

    void aDeploymentFromBeforeIsolationGetsItsGuards()
    {
        // Recorded before segments were isolated: re-apply adds one isolation rule per gateway
        // port and changes nothing else.
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        const Reconciliation r = reconcileApply(
            t, hostNamed(t, "lab1"),
            recorded("lab1-two-hosts-applied.txt", t.name, QStringLiteral("lab1")));
        QCOMPARE(
            commands(r.steps),
            QStringList(
                {QStringLiteral("iptables --table mangle --check FORWARD --out-interface veth0 "
                                "--match conntrack '!' --ctstate RELATED,ESTABLISHED --match "
                                "comment --comment overlaystudio:lab-two-hosts --jump DROP "
                                "2>/dev/null || iptables --table mangle --append FORWARD "
                                "--out-interface veth0 --match conntrack '!' --ctstate "
                                "RELATED,ESTABLISHED --match comment --comment "
                                "overlaystudio:lab-two-hosts --jump DROP"),
                 QStringLiteral("iptables --table mangle --check FORWARD --out-interface veth1 "
                                "--match conntrack '!' --ctstate RELATED,ESTABLISHED --match "
                                "comment --comment overlaystudio:lab-two-hosts --jump DROP "
                                "2>/dev/null || iptables --table mangle --append FORWARD "
                                "--out-interface veth1 --match conntrack '!' --ctstate "
                                "RELATED,ESTABLISHED --match comment --comment "
                                "overlaystudio:lab-two-hosts --jump DROP")}));
    }

    void theGuidesOpenNatRulesAreNarrowed()
    {
        // Recorded with the guide's rules: "-o gw0 ACCEPT" let anything into the segment. Re-apply
        // isolates it, lets only replies back in, and removes the open rule; the rest stays.
        const Topology mesh = meshTopology();
        const HostState s = recorded("lab1-mesh-applied.txt", mesh.name, QStringLiteral("lab1"));
        QCOMPARE(s.firewallRules.size(), std::size_t(3));
        const QStringList cmds = commands(reconcileApply(mesh, hostNamed(mesh, "lab1"), s).steps);
        QCOMPARE(cmds.size(), 3);
        QVERIFY2(cmds[0].startsWith(QStringLiteral(
                     "iptables --table mangle --check FORWARD --out-interface gw0 --match "
                     "conntrack '!' --ctstate RELATED,ESTABLISHED")),
                 qPrintable(cmds[0]));
        QVERIFY2(cmds[1].endsWith(QStringLiteral(
                     "iptables --append FORWARD --out-interface gw0 --match conntrack --ctstate "
                     "RELATED,ESTABLISHED --match comment --comment overlaystudio:lab-mesh --jump "
                     "ACCEPT")),
                 qPrintable(cmds[1]));
        QCOMPARE(cmds[2],
                 QStringLiteral("if iptables --check FORWARD --out-interface gw0 --match comment "
                                "--comment overlaystudio:lab-mesh --jump ACCEPT 2>/dev/null; then "
                                "iptables --delete FORWARD --out-interface gw0 --match comment "
                                "--comment overlaystudio:lab-mesh --jump ACCEPT; fi"));
    }

    void natRulesAreRecognised()
    {
        const Topology mesh = meshTopology();
        HostState s = recorded("lab1-mesh-isolated-beside-lab-mesh2.txt", mesh.name,
                               QStringLiteral("lab1"));
        QCOMPARE(s.firewallRules.size(), std::size_t(4));
        QVERIFY(s.ipForward);
        QVERIFY2(reconcileApply(mesh, hostNamed(mesh, "lab1"), s).steps.empty(),
                 qPrintable(commands(reconcileApply(mesh, hostNamed(mesh, "lab1"), s).steps)
                                .join(QLatin1Char('\n'))));
        // One rule deleted by hand: exactly that one comes back.
        const auto masquerade
            = std::find_if(s.firewallRules.begin(), s.firewallRules.end(),
                           [](const FirewallRule &r) { return r.table == QLatin1String("nat"); });
        QVERIFY(masquerade != s.firewallRules.end());
        s.firewallRules.erase(masquerade);
        const QStringList cmds = commands(reconcileApply(mesh, hostNamed(mesh, "lab1"), s).steps);
        QCOMPARE(cmds,
                 QStringList{QStringLiteral(
                     "iptables --table nat --check POSTROUTING --source 198.19.4.0/24 --match "
                     "comment --comment overlaystudio:lab-mesh --jump MASQUERADE 2>/dev/null || "
                     "iptables --table nat --append POSTROUTING --source 198.19.4.0/24 --match "
                     "comment --comment overlaystudio:lab-mesh --jump MASQUERADE")});
    }

    void ownershipIsExactNotAPrefix()
    {
        // lab1 also runs topology "lab-mesh2", whose tag starts with "lab-mesh": its rules are
        // neither read, nor changed, nor removed as lab-mesh's.
        const Topology mesh = meshTopology();
        const QString file = QStringLiteral("lab1-mesh-isolated-beside-lab-mesh2.txt");
        const HostState ours = recorded(qPrintable(file), mesh.name, QStringLiteral("lab1"));
        for (const FirewallRule &r : ours.firewallRules) {
            QVERIFY2(!r.printed().contains(QStringLiteral("lab-mesh2")), qPrintable(r.printed()));
            QVERIFY2(!r.printed().contains(QStringLiteral("gw9")), qPrintable(r.printed()));
        }
        const auto noLabMesh2 = [](const Reconciliation &r) {
            for (const PlanStep &s : r.steps) {
                if (s.command.toShell().contains(QStringLiteral("lab-mesh2"))
                    || s.command.toShell().contains(QStringLiteral("gw9")))
                    return false;
            }
            return true;
        };
        QVERIFY(noLabMesh2(reconcileApply(mesh, hostNamed(mesh, "lab1"), ours)));
        QVERIFY(noLabMesh2(reconcileDestroy(mesh.name, QStringLiteral("lab1"), ours)));
        // Read as lab-mesh2, the host has exactly lab-mesh2's four rules; as "lab", none.
        const HostState theirs
            = recorded(qPrintable(file), QStringLiteral("lab-mesh2"), QStringLiteral("lab1"));
        QCOMPARE(theirs.firewallRules.size(), std::size_t(4));
        for (const FirewallRule &r : theirs.firewallRules)
            QVERIFY2(r.printed().contains(QStringLiteral("\"overlaystudio:lab-mesh2\"")),
                     qPrintable(r.printed()));
        QVERIFY(recorded(qPrintable(file), QStringLiteral("lab"), QStringLiteral("lab1"))
                    .firewallRules.empty());
    }

    void printedRulesReadBack_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("topology");
        QTest::addColumn<bool>("ours");
        QTest::newRow("ours") << "-A FORWARD -i gw0 -m comment --comment \"overlaystudio:lab\" -j "
                                 "ACCEPT"
                              << "lab" << true;
        QTest::newRow("longer tag") << "-A FORWARD -i gw0 -m comment --comment "
                                       "\"overlaystudio:lab2\" -j ACCEPT"
                                    << "lab" << false;
        QTest::newRow("shorter tag") << "-A FORWARD -i gw0 -m comment --comment "
                                        "\"overlaystudio:la\" -j ACCEPT"
                                     << "lab" << false;
        QTest::newRow("tag in another word") << "-A FORWARD -i overlaystudio:lab -j ACCEPT"
                                             << "lab" << false;
        QTest::newRow("someone's comment") << "-A FORWARD -m comment --comment \"my "
                                              "overlaystudio:lab notes\" -j ACCEPT"
                                           << "lab" << false;
        QTest::newRow("no comment") << "-A FORWARD -i gw0 -j ACCEPT"
                                    << "lab" << false;
    }
    void printedRulesReadBack()
    {
        QFETCH(QString, line);
        QFETCH(QString, topology);
        QFETCH(bool, ours);
        const auto rule = firewall::parsePrinted(QStringLiteral("filter"), line, topology);
        QCOMPARE(rule.has_value(), ours);
        if (rule)
            QCOMPARE(rule->printed(), line); // what iptables -S prints is what we compare with
    }

    void routingExceptionsStayAboveTheIsolationRules()
    {
        Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        for (const Bridge *b : t.bridgesOf(hostNamed(t, "lab1").id))
            t.bridge(b->id)->routed = true;
        HostState s = recorded("lab1-two-hosts-isolated.txt", t.name, QStringLiteral("lab1"));
        s.ipForward = true;
        // As iptables lists them once applied: inserted exceptions above the appended rules.
        const std::vector<FirewallRule> wanted = firewall::rulesFor(t, hostNamed(t, "lab1"));
        s.firewallRules.clear();
        for (const FirewallRule &r : wanted) {
            if (r.exception)
                s.firewallRules.insert(s.firewallRules.begin(), r);
        }
        for (const FirewallRule &r : wanted) {
            if (!r.exception)
                s.firewallRules.push_back(r);
        }
        QVERIFY2(reconcileApply(t, hostNamed(t, "lab1"), s).steps.empty(),
                 qPrintable(commands(reconcileApply(t, hostNamed(t, "lab1"), s).steps)
                                .join(QLatin1Char('\n'))));
        // An exception that ended up below an isolation rule lets nothing through: it is
        // deleted and inserted again at the top, and nothing else changes.
        std::rotate(s.firewallRules.begin(), s.firewallRules.begin() + 1, s.firewallRules.end());
        const Reconciliation r = reconcileApply(t, hostNamed(t, "lab1"), s);
        const QStringList cmds = commands(r.steps);
        QCOMPARE(cmds.size(), 2);
        QVERIFY2(cmds[0].startsWith(QStringLiteral("if iptables --table mangle --check FORWARD "
                                                   "--in-interface veth1 --out-interface veth0")),
                 qPrintable(cmds[0]));
        QVERIFY2(cmds[1].endsWith(QStringLiteral("iptables --table mangle --insert FORWARD "
                                                 "--in-interface veth1 --out-interface veth0 "
                                                 "--match comment --comment "
                                                 "overlaystudio:lab-two-hosts --jump ACCEPT")),
                 qPrintable(cmds[1]));
        QVERIFY(std::any_of(r.status.begin(), r.status.end(), [](const ObjectStatus &st) {
            return st.state == ObjectStatus::State::Drift
                   && st.name == QLatin1String("routing br1 to br0");
        }));
    }

    void destroyFindsEverythingByItsTags()
    {
        const HostState s = recorded("lab1-mesh-isolated-beside-lab-mesh2.txt",
                                     QStringLiteral("lab-mesh"), QStringLiteral("lab1"));
        const QStringList cmds
            = commands(reconcileDestroy(QStringLiteral("lab-mesh"), QStringLiteral("lab1"), s,
                                        PlanStyle::Guide)
                           .steps);
        QCOMPARE(cmds.size(), 6);
        QCOMPARE(cmds[0], QStringLiteral("{ ovs-docker del-port br0 eth0 m1 >/dev/null 2>&1 || "
                                         "true; docker rm -f m1 >/dev/null; }"));
        QVERIFY(cmds.contains(QStringLiteral(
            "if iptables --table nat --check POSTROUTING --source 198.19.4.0/24 --match comment "
            "--comment overlaystudio:lab-mesh --jump MASQUERADE 2>/dev/null; then iptables "
            "--table nat --delete POSTROUTING --source 198.19.4.0/24 --match comment --comment "
            "overlaystudio:lab-mesh --jump MASQUERADE; fi")));
        // The bridge goes, and only then its isolation rule.
        QCOMPARE(cmds[4], QStringLiteral("ovs-vsctl --if-exists del-br br0"));
        QVERIFY2(cmds[5].startsWith(QStringLiteral("if iptables --table mangle --check FORWARD "
                                                   "--out-interface gw0")),
                 qPrintable(cmds[5]));
        // br-phy is the lab's, not ours.
        QVERIFY(!cmds.join(QLatin1Char(' ')).contains(QStringLiteral("br-phy")));

        // Fast: one step, two jobs side by side: the containers in one docker rm; the rules
        // that open the segment, then its ports and bridge in one transaction, then its
        // isolation rule, one after another.
        const QStringList fast = commands(
            reconcileDestroy(QStringLiteral("lab-mesh"), QStringLiteral("lab1"), s).steps);
        QCOMPARE(fast.size(), 1);
        const QString both = fast[0];
        QVERIFY2(both.contains(QStringLiteral("{ docker rm -f m1 >/dev/null; } >")),
                 qPrintable(both));
        QCOMPARE(both.count(QStringLiteral(".failed\" &")), 2);
        QCOMPARE(both.count(QStringLiteral("wait;")), 1);
        QCOMPARE(both.count(QStringLiteral("ovs-vsctl")), 1);
        const qsizetype transaction
            = both.indexOf(QStringLiteral("ovs-vsctl --if-exists del-port "));
        QVERIFY(transaction > 0);
        QVERIFY(both.indexOf(QStringLiteral(" -- --if-exists del-br br0")) > transaction);
        for (int i = 1; i <= 3; ++i) { // the same opening rules as the guide's, before it
            const qsizetype rule = both.indexOf(cmds[i]);
            QVERIFY2(rule > 0 && rule < transaction, qPrintable(cmds[i]));
        }
        const qsizetype isolation = both.indexOf(cmds[5]);
        QVERIFY2(isolation > transaction, qPrintable(both));
        QVERIFY(!fast.join(QLatin1Char(' ')).contains(QStringLiteral("br-phy")));

        // Read with its ID (as every probe now does), a container is removed by that ID in
        // either style: if it were gone by then, its name could match another one's ID.
        HostState withId = s;
        const QString id = QStringLiteral("e5") + QString(62, QLatin1Char('0'));
        withId.containers[QStringLiteral("m1")].id = id;
        for (PlanStyle style : {PlanStyle::Fast, PlanStyle::Guide}) {
            const QString all = commands(reconcileDestroy(QStringLiteral("lab-mesh"),
                                                          QStringLiteral("lab1"), withId, style)
                                             .steps)
                                    .join(QLatin1Char('\n'));
            QVERIFY2(all.contains(QStringLiteral("docker rm -f %1 >/dev/null").arg(id)),
                     qPrintable(all));
            QVERIFY(!all.contains(QStringLiteral("docker rm -f m1")));
        }
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
