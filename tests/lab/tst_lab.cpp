// The local lab's own lifecycle: up gives reachable, separate hosts; down leaves nothing.
#include "lab/lab.h"
#include "ssh/sshsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;

namespace {

const QString kRunDir = QStringLiteral("/run/overlaystudio-lab-lifecycle");

QByteArray output(const QStringList &argv)
{
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

bool processAlive(const LabProcess &p)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(p.pid));
    if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != p.command.toUtf8())
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(p.pid));
    stat.open(QIODevice::ReadOnly);
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the lab needs root");
    }

    void cleanupTestCase()
    {
        // Whatever happened above, leave no lab behind.
        if (QFile::exists(kRunDir + QStringLiteral("/state.json"))) {
            const Status down = Lab::down(kRunDir);
            QVERIFY2(down.ok(), qPrintable(down ? QString() : down.error().toString()));
        }
    }

    void upGivesSeparateReachableHosts()
    {
        QTemporaryDir tmp;
        LabOptions options;
        options.hosts = 2;
        options.runDir = kRunDir;
        options.knownHostsToUpdate = tmp.filePath(QStringLiteral("known_hosts"));
        QElapsedTimer timer;
        timer.start();
        auto state = Lab::up(options);
        QVERIFY2(state.ok(), qPrintable(state ? QString() : state.error().toString()));
        qInfo("lab up --hosts 2: %lld ms", timer.elapsed());
        m_state = state.value();
        QCOMPARE(m_state.hosts.size(), 2);

        // A second lab cannot start beside it, and says why.
        LabOptions again = options;
        again.runDir = tmp.filePath(QStringLiteral("other"));
        auto second = Lab::up(again);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("another lab is up")),
                 qPrintable(second.error().toString()));

        auto status = Lab::status(kRunDir);
        QVERIFY(status.ok());
        for (const LabHostStatus &h : status.value()) {
            QVERIFY2(h.netnsPresent && h.sshReachable && h.deadProcesses.isEmpty(),
                     qPrintable(h.name));
        }
        // The hosts' keys were recorded where deploy looks.
        QFile known(options.knownHostsToUpdate);
        QVERIFY(known.open(QIODevice::ReadOnly));
        const QByteArray entries = known.readAll();
        QVERIFY(entries.contains("198.18.0.1 ssh-ed25519 "));
        QVERIFY(entries.contains("198.18.0.2 ssh-ed25519 "));

        // SSH with host key verification; each host has its own Open vSwitch.
        SshSession lab1, lab2;
        for (auto [session, n] : {std::pair{&lab1, 0}, std::pair{&lab2, 1}}) {
            SshTarget target;
            target.label = m_state.hosts[n].name;
            target.address = m_state.hosts[n].address;
            target.auth = AuthMethod::KeyFile;
            target.keyFile = m_state.clientKey;
            target.knownHostsFile = m_state.knownHosts;
            const Status connected
                = session->connect(target, {}); // no prompt: the key must be known
            QVERIFY2(connected.ok(),
                     qPrintable(connected ? QString() : connected.error().toString()));
        }
        auto made = lab1.exec(
            QStringLiteral(
                "ovs-vsctl add-br only-on-lab1 -- set bridge only-on-lab1 datapath_type=netdev"),
            30000);
        QVERIFY(made.ok());
        QVERIFY2(made.value().succeeded(), made.value().err.constData());
        auto seen = lab1.exec(QStringLiteral("ovs-vsctl br-exists only-on-lab1"), 30000);
        QVERIFY(seen.ok() && seen.value().exitStatus == 0);
        auto unseen = lab2.exec(QStringLiteral("ovs-vsctl br-exists only-on-lab1"), 30000);
        QVERIFY(unseen.ok());
        QCOMPARE(unseen.value().exitStatus, 2); // ovs-vsctl: no such bridge
        auto address = lab2.exec(QStringLiteral("ip -4 -o address show dev br-phy"), 30000);
        QVERIFY(address.ok() && address.value().out.contains("198.18.0.2/24"));
        // A command killed by a signal is a failure, not a success.
        auto killed = lab1.exec(QStringLiteral("kill -KILL $$"), 30000);
        QVERIFY(killed.ok());
        QVERIFY(!killed.value().succeeded());
    }

    void agentAuthentication()
    {
        // A throwaway ssh-agent holding the lab key; stopped by its PID.
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"),
                    {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        const auto stopAgent = qScopeGuard([&agent] {
            agent.kill();
            agent.waitForFinished();
        });
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_state.clientKey});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        const auto restore = qScopeGuard([&saved] { qputenv("SSH_AUTH_SOCK", saved); });
        SshTarget target;
        target.label = m_state.hosts[0].name;
        target.address = m_state.hosts[0].address;
        target.auth = AuthMethod::Agent;
        target.knownHostsFile = m_state.knownHosts;
        SshSession session;
        const Status connected = session.connect(target, {});
        QVERIFY2(connected.ok(), qPrintable(connected ? QString() : connected.error().toString()));
        auto who = session.exec(QStringLiteral("id -un"), 30000);
        QVERIFY(who.ok());
        QCOMPARE(who.value().out.trimmed(), QByteArray("root"));

        // Without the key in the agent, authentication fails with a message that says what the
        // server accepts.
        QProcess clear;
        clear.setProcessEnvironment(env);
        clear.start(QStringLiteral("ssh-add"), {QStringLiteral("-D")});
        QVERIFY(clear.waitForFinished());
        SshSession refused;
        const Status denied = refused.connect(target, {});
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().fix.contains(QStringLiteral("public key")),
                 qPrintable(denied.error().toString()));
    }

    void downLeavesNothing()
    {
        QVERIFY(!m_state.hosts.isEmpty());
        const Status down = Lab::down(kRunDir);
        QVERIFY2(down.ok(), qPrintable(down ? QString() : down.error().toString()));
        for (const LabHost &h : m_state.hosts) {
            QVERIFY2(!QFile::exists(QStringLiteral("/run/netns/") + h.netns), qPrintable(h.netns));
            QVERIFY(!QFile::exists(QStringLiteral("/sys/class/net/") + h.rootVeth));
            for (const LabProcess &p : h.processes)
                QVERIFY2(!processAlive(p), qPrintable(p.command));
        }
        QVERIFY(!QFile::exists(QStringLiteral("/sys/class/net/") + m_state.bridge));
        QVERIFY(
            !output({QStringLiteral("iptables"), QStringLiteral("-S"), QStringLiteral("FORWARD")})
                 .contains("overlaystudio-lab"));
        if (m_state.dockerd.pid > 0)
            QVERIFY(!processAlive(m_state.dockerd));
        QVERIFY(!QDir(kRunDir).exists());
        QVERIFY(!output({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("list")})
                     .contains("oslab-"));
    }

private:
    LabState m_state;
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
