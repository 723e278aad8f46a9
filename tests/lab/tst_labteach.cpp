// The teaching features on the local lab, proven with packets: a step-through apply (the CLI's
// --step, answered step by step) ends where a plain apply does (status in sync, pings cross the
// tunnel); stopping halfway and destroying leaves nothing; a capture on the underlay shows UDP
// 4789 and VNI 100 in the packet's own header; and the lab guide's commands, run by hand as shell
// on each lab host, build a working overlay and take it away again. Needs the "lab" fixture.
#include "labsupport.h"

#include "engine/deployengine.h"
#include "lab/lab.h"
#include "model/projectfile.h"
#include "teach/labguide.h"
#include "teach/packetpath.h"
#include "teach/pingcapture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kTopology = QStringLiteral("lab-teach");

// The CLI with stdin: `answers` are typed to its questions, one line each.
Run cliAnswering(const QStringList &args, const QByteArray &answers)
{
    QProcess p;
    p.start(cliPath(), args
                           + QStringList{QStringLiteral("--known-hosts"),
                                         QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
    p.write(answers);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// What the topology made on the lab, comparable across runs: the tagged objects (without the
// containers' Docker ids, new for each run) and the settings of its OVS interfaces.
QStringList builtState()
{
    QStringList state;
    for (QString line : tagged(kTopology, 3)) {
        if (line.startsWith(QLatin1String("docker "))) {
            QStringList words = line.split(QLatin1Char(' '));
            words.removeAt(2); // the id
            line = words.join(QLatin1Char(' '));
        }
        state << line;
    }
    for (int n = 1; n <= 2; ++n) {
        for (const char *iface : {"veth0", "veth1", "vxlan0", "vxlan1"}) {
            const Run r = onHost(n, {QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                                     QStringLiteral("--columns=type,options,mtu_request"),
                                     QStringLiteral("list"), QStringLiteral("interface"),
                                     QLatin1String(iface)});
            state << QStringLiteral("lab%1 %2: %3")
                         .arg(n)
                         .arg(QLatin1String(iface), QString::fromUtf8(r.out.simplified()));
        }
    }
    return state;
}

ObjectId idOf(const Topology &t, const QString &name)
{
    for (const Container &c : t.containers()) {
        if (c.name == name)
            return c.id;
    }
    return kNoObject;
}

} // namespace

class TestLabTeach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the lab needs root");
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        auto loaded = projectfile::load(
            QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
        QVERIFY(loaded.ok());
        m_topology = loaded.value();
        m_topology.name = kTopology; // its own tag: nothing of another test is taken for ours
        m_file = m_dir.filePath(QStringLiteral("lab-teach.json"));
        QVERIFY(projectfile::save(m_topology, m_file).ok());
        QVERIFY(tagged(kTopology, 3).isEmpty());
    }

    void cleanup()
    {
        run({QStringLiteral(STUDIO_CLI), QStringLiteral("destroy"), m_file,
             QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
    }

    void stepThroughEndsWhereApplyDoes()
    {
        // Yes to every step: one question per step, each answered before the step runs.
        const Run r = cliAnswering(
            {QStringLiteral("apply"), m_file, QStringLiteral("--step"), QStringLiteral("--json")},
            QByteArray("y\n").repeated(60));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int asked = int(r.err.count("Run it? [y]es"));
        int ran = 0;
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue h : json.value(QStringLiteral("hosts")).toArray())
            ran += h.toObject().value(QStringLiteral("steps")).toArray().size();
        QVERIFY(ran >= 16); // 9 a host in the fast style, 11 in the guide style
        QCOMPARE(asked, ran);
        // The hosts took turns: lab1's first step was asked before lab2's, then lab1's second.
        const qsizetype lab1First = r.err.indexOf("[lab1] step 1 of");
        const qsizetype lab2First = r.err.indexOf("[lab2] step 1 of");
        const qsizetype lab1Second = r.err.indexOf("[lab1] step 2 of");
        QVERIFY(lab1First >= 0 && lab1First < lab2First && lab2First < lab1Second);

        const CliResult status = cli({QStringLiteral("status"), m_file});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY(status.json.value(QStringLiteral("inSync")).toBool());
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QVERIFY(pings(QStringLiteral("container4"), QStringLiteral("198.19.3.2")));
        QVERIFY(!pings(QStringLiteral("container1"), QStringLiteral("198.19.3.3")));

        // The same as a plain apply builds: destroyed, applied again, compared.
        const QStringList stepped = builtState();
        QVERIFY2(stepped.size() > 20, qPrintable(stepped.join(QLatin1Char('\n'))));
        QVERIFY2(
            stepped.join(QLatin1Char('\n'))
                .contains(QRegularExpression(QStringLiteral("lab1 vxlan0: vxlan .*key=\"?100"))),
            qPrintable(stepped.join(QLatin1Char('\n'))));
        const CliResult destroyed = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
        QCOMPARE(tagged(kTopology, 3), QStringList());
        const CliResult applied = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QCOMPARE(builtState(), stepped);
    }

    void stoppingHalfwayThenDestroyingLeavesNothing()
    {
        const Run r = cliAnswering({QStringLiteral("apply"), m_file, QStringLiteral("--step")},
                                   "y\ny\ny\ny\ny\nq\n");
        QCOMPARE(r.exitCode, 1); // cancelled: not applied
        QVERIFY2(r.out.contains("cancelled by the user"), r.out.constData());
        QCOMPARE(int(r.err.count("Run it? [y]es")), 6);
        // Five steps ran: isolation rules and lab1's bridges exist, no container yet.
        const QStringList made = tagged(kTopology, 3);
        QVERIFY2(!made.isEmpty(), "the first steps built nothing");
        QVERIFY2(made.join(QLatin1Char('\n')).contains(QStringLiteral("lab1 ovs bridge br0")),
                 qPrintable(made.join(QLatin1Char('\n'))));
        QVERIFY(!made.join(QLatin1Char('\n')).contains(QStringLiteral("docker ")));
        const CliResult destroyed = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
        QCOMPARE(tagged(kTopology, 3), QStringList());
    }

    void aCaptureShowsTheVniInThePacket()
    {
        const CliResult applied = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        auto path = tracePacket(m_topology, idOf(m_topology, QStringLiteral("container1")),
                                idOf(m_topology, QStringLiteral("container3")));
        QVERIFY(path.ok());
        auto request = captureRequestFor(m_topology, path.value());
        QVERIFY(request.ok());
        DeployOptions options;
        options.knownHostsFile = QStringLiteral(STUDIO_LAB_KNOWN_HOSTS);
        const Host &lab1 = m_topology.hosts().front();
        auto shell = DeployEngine::sshShell(lab1, options);
        QVERIFY(shell->open().ok());
        auto captured = capturePing(*shell, request.value());
        QVERIFY2(captured.ok(), captured.ok() ? "" : qPrintable(captured.error().toString()));
        const CaptureResult &c = captured.value();
        QVERIFY(c.pingReplied);
        QVERIFY2(c.echoRequest >= 0, qPrintable(c.interfaceName));
        QCOMPARE(c.decoded.udpDestination, 4789);
        QCOMPARE(c.decoded.vni, 100u);
        QCOMPARE(c.decoded.outerSource, QStringLiteral("198.18.0.1"));
        QCOMPARE(c.decoded.outerDestination, QStringLiteral("198.18.0.2"));
        QCOMPARE(c.decoded.innerSource, QStringLiteral("198.19.2.2"));
        QCOMPARE(c.decoded.innerDestination, QStringLiteral("198.19.2.3"));
        qInfo("captured on %s: %zu packet(s), UDP %d -> %d, VNI %u", qPrintable(c.interfaceName),
              c.capture.records.size(), c.decoded.udpSource, c.decoded.udpDestination,
              c.decoded.vni);
        // Saved, it is a pcap that reads back to the same packet.
        const QString file = m_dir.filePath(QStringLiteral("ping.pcap"));
        QVERIFY(c.echoRequestOnly().write(file).ok());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.read(4), QByteArray::fromHex("d4c3b2a1"));
        auto read = PcapFile::read(file);
        QVERIFY(read.ok());
        QCOMPARE(read.value().records.front().data,
                 c.capture.records[std::size_t(c.echoRequest)].data);
        // Another VNI: the packet carries 200.
        auto other = tracePacket(m_topology, idOf(m_topology, QStringLiteral("container2")),
                                 idOf(m_topology, QStringLiteral("container4")));
        QVERIFY(other.ok());
        auto again = capturePing(*shell, captureRequestFor(m_topology, other.value()).value());
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QCOMPARE(again.value().decoded.vni, 200u);
    }

    void theGuidesCommandsBuildAWorkingOverlayByHand()
    {
        auto made = makeLabGuide(m_topology, {});
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
        const LabGuide &guide = made.value();
        using Purpose = GuideBlock::Purpose;
        // Build: every code block of each host, as shell, on that host, in order.
        for (int n = 1; n <= 2; ++n) {
            const QString host = QStringLiteral("lab%1").arg(n);
            const QStringList blocks = guide.code(Purpose::Build, host);
            QVERIFY(blocks.size() >= 10);
            for (const QString &block : blocks) {
                const Run r = onHost(n, {QStringLiteral("sh"), QStringLiteral("-c"), block});
                QVERIFY2(r.exitCode == 0,
                         qPrintable(host + QStringLiteral(": ") + block + QStringLiteral("\n")
                                    + QString::fromUtf8(r.err)));
            }
        }
        // The guide's own tests: what must get replies does, what must fail does.
        int works = 0, fails = 0;
        for (int n = 1; n <= 2; ++n) {
            const QString host = QStringLiteral("lab%1").arg(n);
            for (const QString &block : guide.code(Purpose::TestWorks, host)) {
                for (const QString &line : block.split(QLatin1Char('\n'))) {
                    QVERIFY2(onHost(n, {QStringLiteral("sh"), QStringLiteral("-c"), line}).exitCode
                                 == 0,
                             qPrintable(line));
                    ++works;
                }
            }
            for (const QString &block : guide.code(Purpose::TestFails, host)) {
                for (const QString &line : block.split(QLatin1Char('\n'))) {
                    QVERIFY2(onHost(n, {QStringLiteral("sh"), QStringLiteral("-c"), line}).exitCode
                                 != 0,
                             qPrintable(line));
                    ++fails;
                }
            }
        }
        QCOMPARE(works, 4); // each container reaches its peer on the other host
        QVERIFY(fails >= 4);
        // What the guide built is what OverlayStudio would: status finds it in sync.
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        // Its removal leaves nothing.
        for (int n = 1; n <= 2; ++n) {
            for (const QString &block :
                 guide.code(Purpose::Remove, QStringLiteral("lab%1").arg(n))) {
                const Run r = onHost(n, {QStringLiteral("sh"), QStringLiteral("-c"), block});
                QVERIFY2(r.exitCode == 0, qPrintable(block + QString::fromUtf8(r.err)));
            }
        }
        QCOMPARE(tagged(kTopology, 3), QStringList());
    }

private:
    QTemporaryDir m_dir;
    Topology m_topology;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestLabTeach)
#include "tst_labteach.moc"
