// The per-tick command, run for real by /bin/sh against stand-ins for ovs-ofctl, ovs-appctl,
// ovs-vsctl and docker that print outputs recorded on the lab, and its parser.
#include "monitor/tickcommand.h"

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;

namespace {

const QString kTopology = QStringLiteral("lab-two-hosts");

// Stand-in programs in a directory put first on PATH.
class FakeHost
{
public:
    FakeHost()
    {
        // ovs-ofctl -O OpenFlow13 dump-ports|dump-ports-desc BRIDGE; counts its calls.
        write(QStringLiteral("ovs-ofctl"),
              "#!/bin/sh\necho \"$3\" >>\"$FAKE_CALLS\"\n"
              "case $3 in dump-ports) f=\"$FAKE_DATA/dump-ports-numbers-lab1-$4.txt\" ;;\n"
              "  dump-ports-desc) f=\"$FAKE_DATA/dump-ports-desc-lab1-$4.txt\" ;; esac\n"
              "[ -f \"$f\" ] && exec cat \"$f\"\n"
              "echo \"ovs-ofctl: $4 is not a bridge or a socket\" >&2; exit 1\n");
        write(QStringLiteral("ovs-appctl"), "#!/bin/sh\nexit \"${FAKE_VSWITCHD_DOWN:-0}\"\n");
        write(QStringLiteral("ovs-vsctl"),
              "#!/bin/sh\nexec cat \"$FAKE_DATA/interfaces-lab1.csv\"\n");
        // docker inspect --format FORMAT NAMES...: answers from $FAKE_DOCKER, lines
        // "NAME PID STATUS TOPOLOGY HOST".
        write(QStringLiteral("docker"),
              "#!/bin/sh\n"
              "if [ -n \"$FAKE_DOCKER_DOWN\" ]; then echo 'Cannot connect to the Docker daemon at "
              "unix:///var/run/docker.sock. Is the docker daemon running?' >&2; exit 1; fi\n"
              "shift 3; rc=0\n"
              "for n in \"$@\"; do\n"
              "  line=$(grep \"^$n \" \"$FAKE_DOCKER\")\n"
              "  if [ -z \"$line\" ]; then echo \"Error: No such object: $n\" >&2; rc=1; continue; "
              "fi\n"
              "  set -- $line; echo \"@ $2 /$1 $3 t=$4 h=$5\"\n"
              "done\nexit $rc\n");
    }

    void write(const QString &name, const QByteArray &script)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    void setDocker(const QByteArray &table) { write(QStringLiteral("docker.txt"), table); }

    QByteArray run(const TickRequest &request, const QStringList &env = {})
    {
        QProcess sh;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), m_dir.path() + QLatin1Char(':') + e.value("PATH"));
        e.insert(QStringLiteral("FAKE_DATA"), test::dataPath(QStringLiteral("monitor")));
        e.insert(QStringLiteral("FAKE_DOCKER"), m_dir.filePath(QStringLiteral("docker.txt")));
        e.insert(QStringLiteral("FAKE_CALLS"), m_dir.filePath(QStringLiteral("calls.txt")));
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        sh.setProcessEnvironment(e);
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  TickCommand::definitions() + QLatin1Char('\n') + TickCommand::command(request)});
        if (!sh.waitForFinished(20000))
            return "<timeout>";
        return sh.readAllStandardOutput();
    }

    QStringList ofctlCalls()
    {
        QFile f(m_dir.filePath(QStringLiteral("calls.txt")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_dir;
};

qint64 startTimeOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(19).toLongLong(); // field 22 overall
}

const TickReadout::Container *container(const TickReadout &r, const QString &name)
{
    for (const TickReadout::Container &c : r.containers) {
        if (c.sample.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestTickCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(m_sleeper.waitForStarted());
        m_pid = m_sleeper.processId();
        m_start = startTimeOf(m_pid);
        QVERIFY(m_start > 0);
    }
    void cleanupTestCase()
    {
        m_sleeper.kill();
        m_sleeper.waitForFinished();
    }

    void commandQuotesEverything()
    {
        TickRequest r;
        r.bridges = {QStringLiteral("br0")};
        r.linkPorts
            = {QStringLiteral("veth0"), QStringLiteral("../../etc/x"), QStringLiteral("a b")};
        r.containers = {{QStringLiteral("c1"), 42, 7}};
        r.readDocker = true;
        const QString command = TickCommand::command(r);
        QCOMPARE(command, QStringLiteral("__os_tick D B br0 L veth0 C c1 42 7 -- c1"));
        // Port names that are not plain interface names never reach a /sys path.
        QVERIFY(!command.contains(QStringLiteral("etc")));
    }

    void firstTickAsksDockerAndReadsEverything()
    {
        FakeHost host;
        host.setDocker(QByteArray("container1 ") + QByteArray::number(m_pid)
                       + " running lab-two-hosts lab1\n"
                         "container2 0 exited lab-two-hosts lab1\n"
                         "keeper 0 running other lab1\n");
        TickRequest r;
        r.bridges = {QStringLiteral("br0"), QStringLiteral("br1"), QStringLiteral("nosuch")};
        r.containers = {{QStringLiteral("container1"), 0, 0},
                        {QStringLiteral("container2"), 0, 0},
                        {QStringLiteral("keeper"), 0, 0},
                        {QStringLiteral("gone"), 0, 0}};
        r.readPortMap = true;
        const QByteArray out = host.run(r);
        auto parsed = TickCommand::parse(out, r, kTopology, QStringLiteral("lab1"));
        QVERIFY2(parsed.ok(), out.constData());
        const TickReadout &t = parsed.value();
        QCOMPARE(t.ports.size(), 8); // 4 per recorded bridge
        QCOMPARE(t.missingBridges, QStringList{QStringLiteral("nosuch")});
        // Counters came by number; the map read in the same tick names them.
        QVERIFY(!t.unknownPorts);
        QCOMPARE(t.portNames.value(QStringLiteral("br0")).value(QStringLiteral("2")),
                 QStringLiteral("vxlan0"));
        QCOMPARE(t.portNames.value(QStringLiteral("br1")).value(QStringLiteral("2")),
                 QStringLiteral("veth1"));
        QStringList names;
        for (const PortCounters &p : t.ports)
            names << p.bridge + QLatin1Char('/') + p.port;
        names.sort();
        QCOMPARE(names,
                 (QStringList{"br0/1c43bbd884ae4_l", "br0/LOCAL", "br0/veth0", "br0/vxlan0",
                              "br1/LOCAL", "br1/c0b1fe72cd1d4_l", "br1/veth1", "br1/vxlan1"}));
        for (const PortCounters &p : t.ports) {
            if (p.port == QLatin1String("vxlan1")) {
                QCOMPARE(p.rxBytes, 426);
                QCOMPARE(p.txBytes, 1332);
                QCOMPARE(p.durationSeconds, 4.624);
            }
        }
        QVERIFY(t.ovsAnswering);
        QVERIFY(t.dockerRead);
        QVERIFY(t.dockerAnswering);
        QVERIFY(t.portMapRead);
        QCOMPARE(t.containerPorts.value(QStringLiteral("container1")),
                 QStringLiteral("1c43bbd884ae4_l"));
        QCOMPARE(t.containerPorts.value(QStringLiteral("container2")),
                 QStringLiteral("c0b1fe72cd1d4_l"));
        QCOMPARE(t.containers.size(), 4);
        const auto *c1 = container(t, QStringLiteral("container1"));
        QCOMPARE(c1->sample.state, ContainerRun::Running);
        QCOMPARE(c1->sample.pid, m_pid);
        QCOMPARE(c1->start, m_start); // read from /proc by the script
        QCOMPARE(container(t, QStringLiteral("container2"))->sample.state, ContainerRun::Stopped);
        QCOMPARE(container(t, QStringLiteral("container2"))->sample.status,
                 QStringLiteral("exited"));
        // Same name, other topology's label: not ours, and said so.
        const auto *keeper = container(t, QStringLiteral("keeper"));
        QCOMPARE(keeper->sample.state, ContainerRun::Missing);
        QVERIFY(keeper->sample.status.contains(QStringLiteral("did not create")));
        QCOMPARE(container(t, QStringLiteral("gone"))->sample.state, ContainerRun::Missing);
        QVERIFY(t.cpuSeconds >= 0);
    }

    void steadyTickIsOneProcessPerBridge()
    {
        FakeHost host;
        host.setDocker({}); // Docker would call everything missing: it must not be asked
        TickRequest r;
        r.bridges = {QStringLiteral("br0")};
        r.containers = {{QStringLiteral("container1"), m_pid, m_start}};
        // The names from an earlier map read.
        r.portNames[QStringLiteral("br0")] = {{QStringLiteral("1"), QStringLiteral("veth0")},
                                              {QStringLiteral("2"), QStringLiteral("vxlan0")},
                                              {QStringLiteral("3"), QStringLiteral("p_l")}};
        const QByteArray out = host.run(r);
        QVERIFY2(!out.contains("@@docker") && !out.contains("@@map"), out.constData());
        QCOMPARE(host.ofctlCalls(), QStringList{QStringLiteral("dump-ports")});
        auto parsed = TickCommand::parse(out, r, kTopology, QStringLiteral("lab1"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().dockerRead);
        QVERIFY(!parsed.value().unknownPorts);
        QCOMPARE(parsed.value().containers.first().sample.state, ContainerRun::Running);
        QCOMPARE(parsed.value().ports.size(), 4);
        QCOMPARE(parsed.value().ports.last().port, QStringLiteral("p_l"));
    }

    void newPortNumberAsksForTheMap()
    {
        FakeHost host;
        TickRequest r;
        r.bridges = {QStringLiteral("br0")};
        r.portNames[QStringLiteral("br0")] = {{QStringLiteral("1"), QStringLiteral("veth0")},
                                              {QStringLiteral("2"), QStringLiteral("vxlan0")}};
        auto parsed = TickCommand::parse(host.run(r), r, kTopology, QStringLiteral("lab1"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().unknownPorts); // port 3 (a new container port) has no name yet
        QCOMPARE(parsed.value().ports.last().port, QStringLiteral("3"));
    }

    void reusedPidAsksDocker()
    {
        FakeHost host;
        host.setDocker("container1 0 exited lab-two-hosts lab1\n");
        TickRequest r;
        // The PID is alive but started at another time: another process, the container is gone.
        r.containers = {{QStringLiteral("container1"), m_pid, m_start + 1}};
        const QByteArray out = host.run(r);
        QVERIFY(out.contains("@@gone container1"));
        auto parsed = TickCommand::parse(out, r, kTopology, QStringLiteral("lab1"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().dockerRead);
        QCOMPARE(parsed.value().containers.first().sample.state, ContainerRun::Stopped);
    }

    void vswitchdDown()
    {
        FakeHost host;
        TickRequest r;
        r.bridges = {QStringLiteral("nosuch")};
        const QByteArray out = host.run(r, {QStringLiteral("FAKE_VSWITCHD_DOWN=1")});
        auto parsed = TickCommand::parse(out, r, kTopology, QStringLiteral("lab1"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().ovsAnswering);
        // A daemon that does not answer says nothing about which bridges exist.
        QVERIFY(parsed.value().missingBridges.isEmpty());
        QVERIFY(parsed.value().ovsError.contains(QStringLiteral("nosuch")));
    }

    void dockerDown()
    {
        FakeHost host;
        TickRequest r;
        r.containers = {{QStringLiteral("container1"), 0, 0}};
        const QByteArray out = host.run(r, {QStringLiteral("FAKE_DOCKER_DOWN=1")});
        auto parsed = TickCommand::parse(out, r, kTopology, QStringLiteral("lab1"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().dockerAnswering);
        QVERIFY(parsed.value().dockerError.contains(QStringLiteral("Cannot connect")));
        QCOMPARE(parsed.value().containers.first().sample.state, ContainerRun::Unknown);
    }

    void linkStates_data()
    {
        QTest::addColumn<QByteArray>("operstate");
        QTest::addColumn<int>("link");
        QTest::newRow("up") << QByteArray("up") << int(PortLink::Up);
        QTest::newRow("down") << QByteArray("down") << int(PortLink::Down);
        QTest::newRow("lower layer down") << QByteArray("lowerlayerdown") << int(PortLink::Down);
        QTest::newRow("unknown (tap)") << QByteArray("unknown") << int(PortLink::Unknown);
        QTest::newRow("no device (vxlan, or a lost veth)")
            << QByteArray("none") << int(PortLink::NoDevice);
    }
    void linkStates()
    {
        QFETCH(QByteArray, operstate);
        QFile f(test::dataPath(QStringLiteral("monitor/dump-ports-lab1-br0.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray out = "@@ports br0\n" + f.readAll() + "@@rc 0\n@@link veth0 " + operstate
                               + "\n@@times\n0m0.01s 0m0.02s\n0m0.03s 0m0.04s\n";
        auto parsed = TickCommand::parse(out, {}, kTopology, QStringLiteral("lab1"));
        QVERIFY(parsed.ok());
        for (const PortCounters &p : parsed.value().ports) {
            if (p.port == QLatin1String("veth0"))
                QTEST(int(p.link), "link");
        }
        QCOMPARE(parsed.value().cpuSeconds, 0.1);
    }

    void realLinkStateIsRead()
    {
        // The loopback device exists everywhere; "nosuchport0" nowhere.
        FakeHost host;
        TickRequest r;
        r.linkPorts = {QStringLiteral("lo"), QStringLiteral("nosuchport0")};
        const QByteArray out = host.run(r);
        QVERIFY2(out.contains("@@link nosuchport0 none"), out.constData());
        QVERIFY(out.contains("@@link lo "));
    }

    void truncatedReportIsAnError()
    {
        auto parsed = TickCommand::parse("@@ports br0\nOFPST_PORT reply", {}, kTopology,
                                         QStringLiteral("lab1"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where, QStringLiteral("lab1"));
    }

private:
    QProcess m_sleeper;
    qint64 m_pid = 0;
    qint64 m_start = 0;
};

QTEST_GUILESS_MAIN(TestTickCommand)
#include "tst_tickcommand.moc"
