// Deploys the guide's topology (moved into 198.18.0.0/15) to the local lab through the real CLI
// and proves it with packets; then edits, faults, host keys and destroy. Needs the "lab" fixture
// (ctest starts a 3-host lab before and takes it down after, also when this test crashes).
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kTopology = QStringLiteral("lab-two-hosts");
const QString kImage = QStringLiteral("overlaystudio/busybox:lab");

QByteArray ovsGet(int host, const QString &table, const QString &record, const QString &column)
{
    return onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("get"), table, record, column})
        .out.trimmed();
}

} // namespace

class TestLabDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("deploying to the lab needs root");
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        QVERIFY(lab.value().hosts.size() >= 2);
        auto loaded = projectfile::load(
            QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
        QVERIFY(loaded.ok());
        m_topology = loaded.value();
        m_file = m_dir.filePath(QStringLiteral("lab.json"));
        save();

        // Things that exist before and are not ours: they must survive everything below.
        QCOMPARE(onHost(1, {QStringLiteral("ovs-vsctl"), QStringLiteral("add-br"),
                            QStringLiteral("br-keep"), QStringLiteral("--"), QStringLiteral("set"),
                            QStringLiteral("bridge"), QStringLiteral("br-keep"),
                            QStringLiteral("datapath_type=netdev")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-dit"),
                      QStringLiteral("--net=none"), QStringLiteral("--name"),
                      QStringLiteral("keeper"), kImage})
                     .exitCode,
                 0);
        QCOMPARE(
            onHost(1, {QStringLiteral("iptables"), QStringLiteral("-A"), QStringLiteral("FORWARD"),
                       QStringLiteral("-i"), QStringLiteral("keep0"), QStringLiteral("-m"),
                       QStringLiteral("comment"), QStringLiteral("--comment"),
                       QStringLiteral("keep"), QStringLiteral("-j"), QStringLiteral("ACCEPT")})
                .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        // Best effort whatever failed: our topology and the bystanders go.
        run({QStringLiteral(STUDIO_CLI), QStringLiteral("destroy"), m_file,
             QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"),
             QStringLiteral("keeper")});
        onHost(1, {QStringLiteral("ovs-vsctl"), QStringLiteral("--if-exists"),
                   QStringLiteral("del-br"), QStringLiteral("br-keep")});
        onHost(1, {QStringLiteral("iptables"), QStringLiteral("-D"), QStringLiteral("FORWARD"),
                   QStringLiteral("-i"), QStringLiteral("keep0"), QStringLiteral("-m"),
                   QStringLiteral("comment"), QStringLiteral("--comment"), QStringLiteral("keep"),
                   QStringLiteral("-j"), QStringLiteral("ACCEPT")});
        onHost(2, {QStringLiteral("iptables"), QStringLiteral("-D"), QStringLiteral("INPUT"),
                   QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("--dport"),
                   QStringLiteral("22"), QStringLiteral("-j"), QStringLiteral("REJECT"),
                   QStringLiteral("--reject-with"), QStringLiteral("tcp-reset")});
    }

    void applyBuildsTheTopology()
    {
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json.value(QStringLiteral("ok")).toBool());
        QVERIFY(hostResult(r, QStringLiteral("lab1")).value(QStringLiteral("changed")).toBool());
        QVERIFY(hostResult(r, QStringLiteral("lab2")).value(QStringLiteral("changed")).toBool());
        qInfo("first apply: %d ms", r.json.value(QStringLiteral("elapsedMs")).toInt());
    }

    void sameVniCrossesHosts()
    {
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QVERIFY(pings(QStringLiteral("container3"), QStringLiteral("198.19.2.2")));
        QVERIFY(pings(QStringLiteral("container2"), QStringLiteral("198.19.3.3")));
        QVERIFY(pings(QStringLiteral("container4"), QStringLiteral("198.19.3.2")));
    }

    void differentVnisAreIsolated()
    {
        QVERIFY(!pings(QStringLiteral("container1"), QStringLiteral("198.19.3.3")));
        QVERIFY(!pings(QStringLiteral("container1"), QStringLiteral("198.19.3.2")));
        QVERIFY(!pings(QStringLiteral("container2"), QStringLiteral("198.19.2.3")));
    }

    void containersGetTheSegmentMtu()
    {
        const Run mtu
            = inContainer(QStringLiteral("container1"),
                          {QStringLiteral("cat"), QStringLiteral("/sys/class/net/eth0/mtu")});
        QCOMPARE(mtu.out.trimmed(), QByteArray("1450"));
        QCOMPARE(ovsGet(1, QStringLiteral("interface"), QStringLiteral("veth0"),
                        QStringLiteral("mtu_request")),
                 QByteArray("1450"));
        QCOMPARE(ovsGet(1, QStringLiteral("bridge"), QStringLiteral("br0"),
                        QStringLiteral("datapath_type")),
                 QByteArray("netdev"));
    }

    void reapplyChangesNothing()
    {
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!anyHostChanged(again));
        qInfo("re-apply with no changes: %d ms",
              again.json.value(QStringLiteral("elapsedMs")).toInt());
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.json.value(QStringLiteral("inSync")).toBool());
        // As text: a table, every state in one column.
        const Run text
            = run({cliPath(), QStringLiteral("status"), m_file, QStringLiteral("--known-hosts"),
                   QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        QCOMPARE(text.exitCode, 0);
        QSet<qsizetype> columns;
        int rows = 0;
        for (const QByteArray &line : text.out.split('\n')) {
            if (line.endsWith("as designed")) {
                columns.insert(line.indexOf("as designed"));
                ++rows;
            }
        }
        QVERIFY2(rows >= 10 && columns.size() == 1, text.out.constData());
    }

    void editsConverge()
    {
        // VNI 100 -> 150; lab2 gets its own VTEP address; container5 added, container4 removed.
        VxlanLink *vni100 = m_topology.link(m_topology.links().front().id);
        vni100->vni = 150;
        QCOMPARE(onHost(2, {QStringLiteral("ip"), QStringLiteral("address"), QStringLiteral("add"),
                            QStringLiteral("198.18.0.12/24"), QStringLiteral("dev"),
                            QStringLiteral("br-phy")})
                     .exitCode,
                 0);
        Host *lab2 = hostNamed(QStringLiteral("lab2"));
        lab2->underlayAddress = QStringLiteral("198.18.0.12");
        Container c5 = *m_topology.container(containerNamed(QStringLiteral("container1")));
        c5.id = kNoObject;
        c5.name = QStringLiteral("container5");
        c5.address = QStringLiteral("198.19.2.5/24");
        QVERIFY(m_topology.addContainer(c5).ok());
        m_topology.remove(containerNamed(QStringLiteral("container4")));
        save();

        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ovsGet(1, QStringLiteral("interface"), QStringLiteral("vxlan0"),
                        QStringLiteral("options:key")),
                 QByteArray("\"150\""));
        QCOMPARE(ovsGet(1, QStringLiteral("interface"), QStringLiteral("vxlan0"),
                        QStringLiteral("options:remote_ip")),
                 QByteArray("\"198.18.0.12\""));
        QCOMPARE(ovsGet(2, QStringLiteral("interface"), QStringLiteral("vxlan0"),
                        QStringLiteral("options:local_ip")),
                 QByteArray("\"198.18.0.12\""));
        QCOMPARE(ovsGet(2, QStringLiteral("interface"), QStringLiteral("vxlan1"),
                        QStringLiteral("options:key")),
                 QByteArray("\"200\""));
        QVERIFY(
            run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("container4")})
                .exitCode
            != 0);
        QVERIFY(pings(QStringLiteral("container5"), QStringLiteral("198.19.2.3")));
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QVERIFY(pings(QStringLiteral("container2"),
                      QStringLiteral("198.19.3.254"))); // lab2's gateway, over the new VTEP
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!anyHostChanged(again));
    }

    void missingImageFailsOnlyItsHost()
    {
        // An image lab2 lacks, with no definition: apply pulls it, the pull fails (no registry
        // here), and that stops lab2 alone, before anything else ran there.
        Topology broken = m_topology;
        Container c = *broken.container(containerNamed(QStringLiteral("container3")));
        c.id = kNoObject;
        c.name = QStringLiteral("container6");
        c.address = QStringLiteral("198.19.2.6/24");
        c.image = QStringLiteral("overlaystudio/missing:1");
        QVERIFY(broken.addContainer(c).ok());
        const QString file = m_dir.filePath(QStringLiteral("missing-image.json"));
        QVERIFY(projectfile::save(broken, file).ok());

        const CliResult r = cli({QStringLiteral("apply"), file});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject lab2 = hostResult(r, QStringLiteral("lab2"));
        const QString error = lab2.value(QStringLiteral("error")).toString();
        QVERIFY2(
            error.contains(QStringLiteral("lab2"))
                && error.contains(QStringLiteral("overlaystudio/missing:1 could not be pulled")),
            qPrintable(error));
        const QJsonArray steps = lab2.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1); // the pull, and nothing after it
        QCOMPARE(steps[0].toObject().value(QStringLiteral("command")).toString(),
                 QStringLiteral("docker pull overlaystudio/missing:1"));
        const QJsonObject lab1 = hostResult(r, QStringLiteral("lab1"));
        QVERIFY(lab1.value(QStringLiteral("ok")).toBool());
        QVERIFY(
            run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("container6")})
                .exitCode
            != 0);
        // Status says which host lacks which image, and what apply would do about it.
        const CliResult status = cli({QStringLiteral("status"), file});
        bool reported = false;
        for (const QJsonValue v :
             hostResult(status, QStringLiteral("lab2")).value(QStringLiteral("status")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("object")).toString()
                == QStringLiteral("image overlaystudio/missing:1"))
                reported = o.value(QStringLiteral("detail"))
                               .toString()
                               .contains(QStringLiteral("does not define it"));
        }
        QVERIFY(reported);
    }

    void failingStepIsReportedWithItsStderr()
    {
        // An image whose command does not exist: Docker cannot start it on lab1 and says why.
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("commit"),
                      QStringLiteral("--change"), QStringLiteral("CMD [\"/no/such/program\"]"),
                      QStringLiteral("keeper"), QStringLiteral("overlaystudio/broken:1")})
                     .exitCode,
                 0);
        Topology broken = m_topology;
        Container c = *broken.container(containerNamed(QStringLiteral("container1")));
        c.id = kNoObject;
        c.name = QStringLiteral("container9");
        c.image = QStringLiteral("overlaystudio/broken:1");
        c.address = QStringLiteral("198.19.2.9/24");
        QVERIFY(broken.addContainer(c).ok());
        const QString file = m_dir.filePath(QStringLiteral("failing-step.json"));
        QVERIFY(projectfile::save(broken, file).ok());
        const CliResult r = cli({QStringLiteral("apply"), file});
        QCOMPARE(r.exitCode, 1);
        const QString error
            = hostResult(r, QStringLiteral("lab1")).value(QStringLiteral("error")).toString();
        // The step's arguments, not its script (which the plan shows), and Docker's words.
        QVERIFY2(error.startsWith(QStringLiteral("lab1: step \"Start containers container9"))
                     && error.contains(QStringLiteral("command: sh -c '…' overlaystudio-start "
                                                      "lab-two-hosts lab1 8 container9 "
                                                      "overlaystudio/broken:1 -\n"))
                     && error.contains(QStringLiteral("container9: Docker: "))
                     && error.contains(QStringLiteral("/no/such/program")),
                 qPrintable(error));
        QVERIFY(hostResult(r, QStringLiteral("lab2"))
                    .value(QStringLiteral("ok"))
                    .toBool()); // the other host finished
        // With the design fixed, apply converges: the half-made container9 is ours and goes.
        const CliResult fixed = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
        QVERIFY(
            run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("container9")})
                .exitCode
            != 0);
        run({QStringLiteral("docker"), QStringLiteral("rmi"),
             QStringLiteral("overlaystudio/broken:1")});
    }

    void unreachableHostFailsWhileOthersFinish()
    {
        // lab2 refuses SSH, as if its sshd were stopped.
        QCOMPARE(
            onHost(2, {QStringLiteral("iptables"), QStringLiteral("-I"), QStringLiteral("INPUT"),
                       QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("--dport"),
                       QStringLiteral("22"), QStringLiteral("-j"), QStringLiteral("REJECT"),
                       QStringLiteral("--reject-with"), QStringLiteral("tcp-reset")})
                .exitCode,
            0);
        Container c8 = *m_topology.container(containerNamed(QStringLiteral("container2")));
        c8.id = kNoObject;
        c8.name = QStringLiteral("container8");
        c8.address = QStringLiteral("198.19.3.8/24");
        QVERIFY(m_topology.addContainer(c8).ok());
        save();
        // With --fail-fast, lab2's failure stops lab1 before it changes anything.
        const CliResult stopped
            = cli({QStringLiteral("apply"), m_file, QStringLiteral("--fail-fast")});
        QCOMPARE(stopped.exitCode, 1);
        const QJsonObject lab1Stopped = hostResult(stopped, QStringLiteral("lab1"));
        QVERIFY(!lab1Stopped.value(QStringLiteral("ok")).toBool());
        QVERIFY2(lab1Stopped.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("because another host failed")),
                 qPrintable(lab1Stopped.value(QStringLiteral("error")).toString()));
        QVERIFY(lab1Stopped.value(QStringLiteral("steps")).toArray().isEmpty());
        QVERIFY(
            run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("container8")})
                .exitCode
            != 0);

        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject lab2 = hostResult(r, QStringLiteral("lab2"));
        QVERIFY(!lab2.value(QStringLiteral("ok")).toBool());
        QVERIFY2(lab2.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("cannot connect")),
                 qPrintable(lab2.value(QStringLiteral("error")).toString()));
        QVERIFY(hostResult(r, QStringLiteral("lab1")).value(QStringLiteral("ok")).toBool());
        QVERIFY(pings(QStringLiteral("container8"), QStringLiteral("198.19.3.2")));

        QCOMPARE(
            onHost(2, {QStringLiteral("iptables"), QStringLiteral("-D"), QStringLiteral("INPUT"),
                       QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("--dport"),
                       QStringLiteral("22"), QStringLiteral("-j"), QStringLiteral("REJECT"),
                       QStringLiteral("--reject-with"), QStringLiteral("tcp-reset")})
                .exitCode,
            0);
        const CliResult fixed = cli({QStringLiteral("apply"), m_file});
        QCOMPARE(fixed.exitCode, 0);
        QVERIFY(
            !hostResult(fixed, QStringLiteral("lab1")).value(QStringLiteral("changed")).toBool());
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QVERIFY(status.json.value(QStringLiteral("inSync")).toBool());
    }

    void connectionLostMidApplyFailsThatHostOnly()
    {
        // Start from nothing on the hosts, so the apply has steps to be interrupted in.
        QCOMPARE(cli({QStringLiteral("destroy"), m_file}).exitCode, 0);
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY(lab.ok());
        qint64 listener = 0;
        for (const LabProcess &p : lab.value().hosts[1].processes) {
            if (p.command == QLatin1String("sshd"))
                listener = p.pid;
        }
        QVERIFY(listener > 0);

        QProcess apply;
        apply.start(QStringLiteral(STUDIO_CLI),
                    {QStringLiteral("apply"), m_file, QStringLiteral("--json"),
                     QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress += apply.readAllStandardError(), progress.contains("[lab2] 2/")), 30000);
        // lab2's connection is served by a child of its sshd: end it, as a dying host would.
        const QList<qint64> sessions = childrenOf(listener);
        QVERIFY(!sessions.isEmpty());
        for (qint64 pid : sessions)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY(apply.waitForFinished(120000));
        QCOMPARE(apply.exitCode(), 1);
        const QJsonObject r = QJsonDocument::fromJson(apply.readAllStandardOutput()).object();
        QJsonObject lab1, lab2;
        for (const QJsonValue v : r.value(QStringLiteral("hosts")).toArray())
            (v.toObject().value(QStringLiteral("host")).toString() == QLatin1String("lab1") ? lab1
                                                                                            : lab2)
                = v.toObject();
        QVERIFY(lab1.value(QStringLiteral("ok")).toBool());
        QVERIFY(!lab2.value(QStringLiteral("ok")).toBool());
        QVERIFY2(lab2.value(QStringLiteral("error")).toString().contains(QStringLiteral("lab2")),
                 qPrintable(lab2.value(QStringLiteral("error")).toString()));
        // Once the host answers again, apply finishes the job.
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(
            hostResult(again, QStringLiteral("lab2")).value(QStringLiteral("changed")).toBool());
        QVERIFY(pings(QStringLiteral("container3"), QStringLiteral("198.19.2.2")));
        QVERIFY(
            cli({QStringLiteral("status"), m_file}).json.value(QStringLiteral("inSync")).toBool());
    }

    void hostileNamesNeverReachAShell()
    {
        Topology hostile = m_topology;
        hostile.container(containerNamed(QStringLiteral("container1")))->name
            = QStringLiteral("c1;touch /tmp/overlaystudio-pwned");
        const QString file = m_dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(projectfile::save(hostile, file).ok());
        QFile::remove(QStringLiteral("/tmp/overlaystudio-pwned"));
        const Run r
            = run({QStringLiteral(STUDIO_CLI), QStringLiteral("apply"), file,
                   QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Container name 'c1;touch /tmp/overlaystudio-pwned'")
                     && r.err.contains("nothing was deployed"),
                 r.err.constData());
        QVERIFY(!r.err.contains("connecting")); // no host was even contacted
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/overlaystudio-pwned")));
    }

    void hostKeysAreChecked()
    {
        QFile labKeys(QStringLiteral(STUDIO_LAB_KNOWN_HOSTS));
        QVERIFY(labKeys.open(QIODevice::ReadOnly));
        QByteArray lab2Key;
        for (const QByteArray &line : labKeys.readAll().split('\n')) {
            if (line.startsWith("198.18.0.2 "))
                lab2Key = line.mid(11);
        }
        QVERIFY(!lab2Key.isEmpty());
        const auto status = [this](const QString &knownHosts, bool acceptNew) {
            QStringList args{QStringLiteral(STUDIO_CLI),
                             QStringLiteral("status"),
                             m_file,
                             QStringLiteral("--json"),
                             QStringLiteral("--host"),
                             QStringLiteral("lab1"),
                             QStringLiteral("--known-hosts"),
                             knownHosts};
            if (acceptNew)
                args << QStringLiteral("--accept-new-host-keys");
            const Run r = run(args);
            return QJsonDocument::fromJson(r.out).object();
        };
        // lab1's address with another key: a changed key is refused, even when new keys are
        // accepted.
        const QString changed = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        QFile f(changed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("198.18.0.1 " + lab2Key + '\n');
        f.close();
        for (bool acceptNew : {false, true}) {
            const QJsonObject r = status(changed, acceptNew);
            const QString error = r.value(QStringLiteral("hosts"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toString();
            QVERIFY2(error.contains(QStringLiteral("CHANGED"))
                         && error.contains(QStringLiteral("Refusing")),
                     qPrintable(error));
        }
        // An unknown key: refused without a yes (no terminal here), trusted and recorded with one.
        const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        const QJsonObject refused = status(empty, false);
        QVERIFY(refused.value(QStringLiteral("hosts"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("not known")));
        const QJsonObject trusted = status(empty, true);
        QVERIFY(trusted.value(QStringLiteral("hosts"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("reachable"))
                    .toBool());
        QFile recorded(empty);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QVERIFY(recorded.readAll().contains("198.18.0.1"));
    }

    void destroyRemovesOnlyWhatWeMade()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int host : {1, 2}) {
            QVERIFY(
                onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                              QStringLiteral("--columns=name"), QStringLiteral("find"),
                              QStringLiteral("bridge"),
                              QStringLiteral("external_ids:overlaystudio-topology=") + kTopology})
                    .out.trimmed()
                    .isEmpty());
            QVERIFY(
                onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                              QStringLiteral("--columns=name"), QStringLiteral("find"),
                              QStringLiteral("port"),
                              QStringLiteral("external_ids:overlaystudio-topology=") + kTopology})
                    .out.trimmed()
                    .isEmpty());
            QVERIFY(
                !onHost(host, {QStringLiteral("iptables-save")}).out.contains("overlaystudio:"));
            // Only br-phy (the lab's) and br-keep (the bystander) remain.
            QByteArray bridges
                = onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("list-br")}).out;
            QCOMPARE(bridges, host == 1 ? QByteArray("br-keep\nbr-phy\n") : QByteArray("br-phy\n"));
        }
        QVERIFY(run({QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-aq"),
                     QStringLiteral("--filter"),
                     QStringLiteral("label=overlaystudio.topology=") + kTopology})
                    .out.trimmed()
                    .isEmpty());
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("-f"),
                      QStringLiteral("{{.State.Running}}"), QStringLiteral("keeper")})
                     .out.trimmed(),
                 QByteArray("true"));
        QVERIFY(
            onHost(1, {QStringLiteral("iptables"), QStringLiteral("-S"), QStringLiteral("FORWARD")})
                .out.contains("keep"));
        // Status now finds everything missing, and a second destroy has nothing to do.
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QCOMPARE(status.exitCode, 1);
        const CliResult again = cli({QStringLiteral("destroy"), m_file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!anyHostChanged(again));
    }

private:
    void save() { QVERIFY(projectfile::save(m_topology, m_file).ok()); }
    static QList<qint64> childrenOf(qint64 parent)
    {
        QList<qint64> children;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!numeric || !stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.value(1).toLongLong() == parent)
                children << pid;
        }
        return children;
    }
    Host *hostNamed(const QString &name)
    {
        for (const Host &h : m_topology.hosts())
            if (h.name == name)
                return m_topology.host(h.id);
        return nullptr;
    }
    ObjectId containerNamed(const QString &name)
    {
        for (const Container &c : m_topology.containers())
            if (c.name == name)
                return c.id;
        return kNoObject;
    }

    QTemporaryDir m_dir;
    QString m_file;
    Topology m_topology;
};

QTEST_GUILESS_MAIN(TestLabDeploy)
#include "tst_labdeploy.moc"
