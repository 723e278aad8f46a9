// The capture of one ping: which tunnel of a path is watched, the checks before anything runs,
// and the remote script itself, run by /bin/sh against stand-ins for ip, ovs-vsctl, tcpdump and
// docker that record what they were asked: the interface it picks (the NIC of a userspace
// datapath's OVS bridge), the filter, and the echo request found in the capture it reads back.
#include "testsupport.h"
#include "vxlanframes.h"

#include "teach/packetpath.h"
#include "teach/pingcapture.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;
using test::idOf;

namespace {

// Runs commands with the local /bin/sh, PATH only the stand-ins' folder.
class LocalShell : public RemoteShell
{
public:
    explicit LocalShell(QString bin)
        : m_bin(std::move(bin))
    {}
    Status open() override { return success(); }
    Result<ExecResult> exec(const QString &command, int timeoutMs) override
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_bin); // nothing but the stand-ins and sh's tools
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        if (!p.waitForFinished(timeoutMs))
            return Error{QStringLiteral("local"), QStringLiteral("timeout"), {}};
        ExecResult r;
        r.exitStatus = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QString m_bin;
};

void script(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + text);
    f.close();
    f.setPermissions(f.permissions() | QFile::ExeOwner);
}

QByteArray pcapOf(const QList<QByteArray> &frames)
{
    PcapFile f;
    for (const QByteArray &frame : frames)
        f.records.push_back({1, 2, quint32(frame.size()), frame});
    return f.serialize();
}

} // namespace

class TestPingCapture : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_bin = std::make_unique<QTemporaryDir>();
        const QString log = m_bin->filePath(QStringLiteral("calls"));
        m_log = log;
        // The plain tools the script uses, and nothing else of this machine's.
        for (const char *tool :
             {"sh", "sed", "head", "grep", "mktemp", "rm", "sleep", "cat", "base64"}) {
            const QString real = QStandardPaths::findExecutable(QLatin1String(tool));
            QVERIFY2(!real.isEmpty(), tool);
            QVERIFY(QFile::link(real, m_bin->filePath(QLatin1String(tool))));
        }
        // The lab's host: underlay address on OVS bridge br-phy, whose system port is the NIC.
        script(m_bin->filePath(QStringLiteral("ip")),
               "echo \"ip $*\" >>" + log.toUtf8()
                   + "\necho \"$4 dev br-phy src 198.18.0.1 uid 0\"\n");
        script(m_bin->filePath(QStringLiteral("ovs-vsctl")),
               "echo \"ovs-vsctl $*\" >>" + log.toUtf8()
                   + "\ncase \"$1\" in\n"
                     "br-exists) [ \"$2\" = br-phy ] ;;\n"
                     "list-ports) printf 'patch-x\\nlab-nic\\n' ;;\n"
                     "get) if [ \"$3\" = lab-nic ]; then echo '\"\"'; else echo patch; fi ;;\n"
                     "esac\n");
        QFile frames(m_bin->filePath(QStringLiteral("frames.pcap")));
        QVERIFY(frames.open(QIODevice::WriteOnly));
        test::FrameSpec other; // someone else's traffic on the same tunnel
        other.innerDestination = QStringLiteral("198.19.2.9");
        frames.write(pcapOf({test::vxlanFrame(other), test::vxlanFrame()}));
        frames.close();
        script(m_bin->filePath(QStringLiteral("tcpdump")),
               "echo \"tcpdump $*\" >>" + log.toUtf8() + "\necho 'listening on lab-nic' >&2\ncat "
                   + frames.fileName().toUtf8() + "\nexec sleep 30\n");
        script(m_bin->filePath(QStringLiteral("docker")),
               "echo \"docker $*\" >>" + log.toUtf8()
                   + "\necho '64 bytes from 198.19.2.3: seq=0 ttl=64 time=0.9 ms'\n");
    }

    void theFirstTunnelOfThePathIsWatched()
    {
        const Topology t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        auto path = tracePacket(t, idOf(t, QStringLiteral("lab1/container1")),
                                idOf(t, QStringLiteral("lab2/container3")));
        QVERIFY(path.ok());
        auto request = captureRequestFor(t, path.value());
        QVERIFY(request.ok());
        QCOMPARE(request.value().host, QStringLiteral("lab1"));
        QCOMPARE(request.value().container, QStringLiteral("container1"));
        QCOMPARE(request.value().destination, QStringLiteral("198.19.2.3"));
        QCOMPARE(request.value().remoteUnderlay, QStringLiteral("198.18.0.2"));
        QCOMPARE(request.value().udpPort, 4789);
        QCOMPARE(request.value().expectedVni, 100u);
        // A path that never reaches the underlay has nothing to capture.
        auto dropped = tracePacket(t, idOf(t, QStringLiteral("lab1/container1")),
                                   idOf(t, QStringLiteral("lab1/container2")));
        QVERIFY(dropped.ok());
        auto none = captureRequestFor(t, dropped.value());
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QStringLiteral("dropped before any VXLAN tunnel")),
                 qPrintable(none.error().message));
    }

    void badValuesNeverReachAShell_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("port");
        QTest::newRow("remote with shell") << "198.18.0.2; reboot"
                                           << "198.19.2.3"
                                           << "c1" << 4789;
        QTest::newRow("remote as filter") << "198.18.0.2 or port 22"
                                          << "198.19.2.3"
                                          << "c1" << 4789;
        QTest::newRow("destination") << "198.18.0.2"
                                     << "$(id)"
                                     << "c1" << 4789;
        QTest::newRow("container") << "198.18.0.2"
                                   << "198.19.2.3"
                                   << "c1 --privileged" << 4789;
        QTest::newRow("port") << "198.18.0.2"
                              << "198.19.2.3"
                              << "c1" << 70000;
    }
    void badValuesNeverReachAShell()
    {
        QFETCH(QString, remote);
        QFETCH(QString, destination);
        QFETCH(QString, container);
        QFETCH(int, port);
        CaptureRequest r{QStringLiteral("lab1"), container, destination, remote, port, 100};
        QVERIFY(!captureCommand(r).ok());
        LocalShell shell(m_bin->path());
        QVERIFY(!capturePing(shell, r).ok());
        QVERIFY(!QFile::exists(m_log)); // nothing ran
    }

    void theScriptCapturesOnTheNicAndFindsOurEchoRequest()
    {
        LocalShell shell(m_bin->path());
        const CaptureRequest r{QStringLiteral("lab1"),
                               QStringLiteral("container1"),
                               QStringLiteral("198.19.2.3"),
                               QStringLiteral("198.18.0.2"),
                               4789,
                               100};
        auto captured = capturePing(shell, r);
        QVERIFY2(captured.ok(), captured.ok() ? "" : qPrintable(captured.error().toString()));
        const CaptureResult &c = captured.value();
        QCOMPARE(c.interfaceName, QStringLiteral("lab-nic"));
        QVERIFY(c.pingReplied);
        QCOMPARE(c.capture.records.size(), std::size_t(2));
        QCOMPARE(c.echoRequest, 1); // the other packet was someone else's
        QCOMPARE(c.decoded.vni, 100u);
        QCOMPARE(c.decoded.udpDestination, 4789);
        QCOMPARE(c.echoRequestOnly().records.size(), std::size_t(1));
        QCOMPARE(c.echoRequestOnly().records[0].data, test::vxlanFrame());

        QFile calls(m_log);
        QVERIFY(calls.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(calls.readAll());
        QVERIFY2(log.contains(QStringLiteral("ip -o route get 198.18.0.2")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral(
                     "tcpdump -Z root -i lab-nic -n -U --immediate-mode -s 0 -c 100 -w - "
                     "ip and udp dst port 4789 and dst host 198.18.0.2")),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("docker exec container1 ping -c 1 -W 2 198.19.2.3")),
                 qPrintable(log));
    }

    void aHostWithoutTcpdumpSaysSo()
    {
        QFile::remove(m_bin->filePath(QStringLiteral("tcpdump")));
        LocalShell shell(m_bin->path());
        const CaptureRequest r{QStringLiteral("lab1"),
                               QStringLiteral("container1"),
                               QStringLiteral("198.19.2.3"),
                               QStringLiteral("198.18.0.2"),
                               4789,
                               100};
        auto captured = capturePing(shell, r);
        QVERIFY(!captured.ok());
        QVERIFY2(captured.error().toString().contains(QStringLiteral("Install tcpdump on lab1")),
                 qPrintable(captured.error().toString()));
    }

    void outputWithoutTheEchoRequest()
    {
        QByteArray out = "@@dev\neth0\n@@ping\n1\nPING 198.19.2.3: 100% packet loss\n@@log\n"
                         "listening\n@@pcap\n"
                         + pcapOf({}).toBase64() + "\n@@end\n";
        auto parsed = parseCaptureOutput(out, QStringLiteral("198.19.2.3"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().echoRequest, -1);
        QVERIFY(!parsed.value().pingReplied);
        QVERIFY(!parseCaptureOutput("@@dev\neth0\n", QStringLiteral("198.19.2.3")).ok());
    }

private:
    std::unique_ptr<QTemporaryDir> m_bin;
    QString m_log;
};

QTEST_GUILESS_MAIN(TestPingCapture)
#include "tst_pingcapture.moc"
