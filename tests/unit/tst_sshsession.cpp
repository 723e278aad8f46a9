// SshSession against a throwaway sshd on 127.0.0.1 (started here as the current user, stopped
// by its PID): timeouts that hold while a command keeps printing, cancels that end a wait at
// once, and libssh's own log in its logging category. No root, no lab.
#include "ssh/sshsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>
#include <pwd.h>
#include <unistd.h>

using namespace studio;

namespace {

bool runQuietly(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Messages of the libssh category, from any thread.
std::mutex g_logMutex;
QStringList g_libsshLog;
QtMessageHandler g_previousHandler = nullptr;
void captureLibssh(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, lcLibssh().categoryName()) == 0) {
        const std::lock_guard lock(g_logMutex);
        g_libsshLog << message;
        return;
    }
    g_previousHandler(type, context, message);
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
            QSKIP("needs /usr/sbin/sshd (openssh-server)");
        const QByteArray shell = getpwuid(geteuid())->pw_shell;
        if (shell.endsWith("nologin") || shell.endsWith("/false"))
            QSKIP("the current user has no login shell, which sshd needs to run commands");
        QVERIFY(m_dir.isValid());
        const QString d = m_dir.path();
        QVERIFY(runQuietly(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                            QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                            d + QStringLiteral("/host_key")}));
        QVERIFY(runQuietly(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                            QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                            d + QStringLiteral("/client_key")}));
        QVERIFY(QFile::copy(d + QStringLiteral("/client_key.pub"),
                            d + QStringLiteral("/authorized_keys")));
        m_port = freePort();
        QFile config(d + QStringLiteral("/sshd_config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2/host_key\n"
                                    "PidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
                                    "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                                    "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
                                    // bash would read the account's rc files for each command
                                    "SetEnv SHLVL=1\n")
                         .arg(m_port)
                         .arg(d)
                         .toUtf8());
        config.close();
        QFile pub(d + QStringLiteral("/host_key.pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> key = pub.readAll().trimmed().split(' ');
        QFile known(d + QStringLiteral("/known_hosts"));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + key.value(0) + ' '
                    + key.value(1) + '\n');
        known.close();
        if (::geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation, as root only
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"),
                                                        QStringLiteral("-f"), config.fileName()});
        QVERIFY(m_sshd.waitForStarted());
        const auto listening = [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 10000);
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate(); // by its PID: the child this test started
            if (!m_sshd.waitForFinished(5000)) {
                m_sshd.kill();
                m_sshd.waitForFinished();
            }
        }
    }

    void runsCommands()
    {
        SshSession s;
        QVERIFY(login(s));
        auto who = s.exec(QStringLiteral("printf '%s' hello; printf oops >&2; exit 3"), 10000);
        QVERIFY2(who.ok(), qPrintable(who ? QString() : who.error().toString()));
        QCOMPARE(who.value().out, QByteArray("hello"));
        QCOMPARE(who.value().err, QByteArray("oops"));
        QCOMPARE(who.value().exitStatus, 3);
        QVERIFY(s.openShell(10000).ok());
        auto again = s.runInShell(QStringLiteral("echo shell; false"), 10000);
        QVERIFY(again.ok());
        QCOMPARE(again.value().out, QByteArray("shell\n"));
        QCOMPARE(again.value().exitStatus, 1);
    }

    void theTimeoutHoldsWhileACommandKeepsPrinting()
    {
        // A flood of output for 3 s (tens of MB a second): a 0.3 s timeout must still end it.
        // The timeout used to be checked only when a read found nothing, which a flood never
        // allows, so the command ran to its end and counted as finished.
        const QString flood = QStringLiteral("timeout 3 yes");
        SshSession s;
        QVERIFY(login(s));
        auto once = s.exec(flood, 300);
        QVERIFY2(!once.ok(), "the flood ran to its end");
        QVERIFY2(once.error().message.contains(QStringLiteral("did not finish within 0.3 s")),
                 qPrintable(once.error().toString()));
        QVERIFY(s.openShell(10000).ok());
        auto inShell = s.runInShell(flood, 300);
        QVERIFY2(!inShell.ok(), "the flood ran to its end");
        QVERIFY2(inShell.error().message.contains(QStringLiteral("did not finish within 0.3 s")),
                 qPrintable(inShell.error().toString()));
        // The shell's state is unknown after that: it is closed, and says so.
        auto after = s.runInShell(QStringLiteral("true"), 1000);
        QVERIFY(!after.ok());
        QVERIFY(after.error().message.contains(QStringLiteral("shell is gone")));
        // The session itself still works.
        auto fresh = s.exec(QStringLiteral("echo ok"), 10000);
        QVERIFY(fresh.ok() && fresh.value().out == "ok\n");
    }

    void aCancelEndsARunningCommand()
    {
        SshSession s;
        std::atomic_bool cancel{false};
        s.setCancelFlag(&cancel);
        QVERIFY(login(s));
        QVERIFY(s.openShell(10000).ok());
        auto running
            = QtConcurrent::run([&s] { return s.runInShell(QStringLiteral("sleep 30"), 600000); });
        QTest::qWait(300);
        QVERIFY(!running.isFinished());
        cancel = true;
        QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 5000); // not after 30 s
        const Result<ExecResult> result = running.result();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, SshSession::cancelledMessage());
        // exec() too.
        cancel = false;
        auto single
            = QtConcurrent::run([&s] { return s.exec(QStringLiteral("sleep 30"), 600000); });
        QTest::qWait(300);
        cancel = true;
        QTRY_VERIFY_WITH_TIMEOUT(single.isFinished(), 5000);
        QVERIFY(!single.result().ok());
        QCOMPARE(single.result().error().message, SshSession::cancelledMessage());
    }

    void aCancelEndsAConnectThatGetsNoAnswer()
    {
        // A server that accepts TCP and never says a word: connect waits for its banner.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshTarget t = target();
        t.port = silent.serverPort();
        t.connectTimeoutMs = 600000;
        SshSession s;
        std::atomic_bool cancel{false};
        s.setCancelFlag(&cancel);
        auto connecting = QtConcurrent::run([&s, t] { return s.connect(t, {}); });
        QTest::qWait(300);
        QVERIFY(!connecting.isFinished());
        cancel = true;
        QTRY_VERIFY_WITH_TIMEOUT(connecting.isFinished(), 5000);
        QVERIFY(!connecting.result().ok());
        QCOMPARE(connecting.result().error().message, SshSession::cancelledMessage());
        QVERIFY(!s.authenticationRejected());

        // Without a cancel, the connect timeout ends it and says why.
        t.connectTimeoutMs = 1000;
        SshSession patient;
        const Status timedOut = patient.connect(t, {});
        QVERIFY(!timedOut.ok());
        QVERIFY2(timedOut.error().message.contains(QStringLiteral("no SSH answer within 1 s")),
                 qPrintable(timedOut.error().toString()));
    }

    void aRefusedKeyIsAnAuthenticationFailure()
    {
        const QString other = m_dir.filePath(QStringLiteral("other_key"));
        QVERIFY(runQuietly(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                            QStringLiteral("-N"), QString(), QStringLiteral("-f"), other}));
        SshTarget t = target();
        t.keyFile = other;
        SshSession s;
        QVERIFY(!s.connect(t, {}).ok());
        QVERIFY(s.authenticationRejected());
        SshSession good;
        QVERIFY(login(good));
        QVERIFY(!good.authenticationRejected());
    }

    void libsshLogsIntoItsCategoryOnlyWhenAskedTo()
    {
        g_previousHandler = qInstallMessageHandler(captureLibssh);
        const auto connectOnce = [this] {
            SshSession s;
            return login(s);
        };
        // Off by default.
        QVERIFY(!lcLibssh().isDebugEnabled());
        QVERIFY(connectOnce());
        {
            const std::lock_guard lock(g_logMutex);
            QVERIFY2(g_libsshLog.isEmpty(), qPrintable(g_libsshLog.join(QLatin1Char('\n'))));
        }
        // As QT_LOGGING_RULES="overlaystudio.ssh.libssh.debug=true" would.
        QLoggingCategory::setFilterRules(QStringLiteral("overlaystudio.ssh.libssh.debug=true"));
        QVERIFY(connectOnce());
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previousHandler);
        const std::lock_guard lock(g_logMutex);
        QVERIFY(!g_libsshLog.isEmpty());
        QVERIFY2(g_libsshLog.join(QLatin1Char('\n')).contains(QStringLiteral("ssh_connect")),
                 qPrintable(g_libsshLog.join(QLatin1Char('\n'))));
    }

private:
    SshTarget target() const
    {
        SshTarget t;
        t.label = QStringLiteral("loopback");
        t.address = QStringLiteral("127.0.0.1");
        t.port = m_port;
        t.user = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
        t.auth = AuthMethod::KeyFile;
        t.keyFile = m_dir.filePath(QStringLiteral("client_key"));
        t.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        t.connectTimeoutMs = 10000;
        return t;
    }
    bool login(SshSession &s) const
    {
        const Status connected = s.connect(target(), {});
        if (!connected)
            qWarning("%s", qPrintable(connected.error().toString()));
        return connected.ok();
    }

    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
