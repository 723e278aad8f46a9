#include "plan/remotecommand.h"

#include <QProcess>
#include <QTest>

using namespace studio;

namespace {

// Runs a rendered command with the real /bin/sh and returns its stdout.
QString runShell(const QString &script)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!sh.waitForFinished(10000))
        return QStringLiteral("<timeout>");
    return QString::fromUtf8(sh.readAllStandardOutput());
}

RemoteCommand cmd(std::initializer_list<QString> argv)
{
    return RemoteCommand::run(QStringList(argv));
}

} // namespace

class TestRemoteCommand : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("br0") << QStringLiteral("br0");
        QTest::newRow("ovs option") << QStringLiteral("options:remote_ip=192.168.0.9")
                                    << QStringLiteral("options:remote_ip=192.168.0.9");
        QTest::newRow("cidr") << QStringLiteral("10.2.2.1/24") << QStringLiteral("10.2.2.1/24");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("semicolon")
            << QStringLiteral("a;rm -rf /") << QStringLiteral("'a;rm -rf /'");
        QTest::newRow("substitution") << QStringLiteral("$(id)") << QStringLiteral("'$(id)'");
        QTest::newRow("backticks") << QStringLiteral("`id`") << QStringLiteral("'`id`'");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("double quote")
            << QStringLiteral("say \"hi\"") << QStringLiteral("'say \"hi\"'");
        QTest::newRow("newline") << QStringLiteral("a\nreboot") << QStringLiteral("'a\nreboot'");
        QTest::newRow("glob") << QStringLiteral("*") << QStringLiteral("'*'");
        QTest::newRow("non-ascii") << QStringLiteral("brü") << QStringLiteral("'brü'");
        QTest::newRow("docker template")
            << QStringLiteral("{{.State.Pid}}") << QStringLiteral("'{{.State.Pid}}'");
    }
    void quoting()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuote(word), quoted);
        // The shell gives back exactly the word, whatever it contains.
        const QString echoed
            = runShell(cmd({QStringLiteral("printf"), QStringLiteral("%s|"), word}).toShell());
        QCOMPARE(echoed, word + QLatin1Char('|'));
    }

    void operatorsOnlyThroughCombinators()
    {
        const RemoteCommand check
            = cmd({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/nonexistent")});
        const RemoteCommand say = cmd({QStringLiteral("echo"), QStringLiteral("made")});
        QCOMPARE(check.orElse(say).toShell(), QStringLiteral("test -e /nonexistent || echo made"));
        QCOMPARE(runShell(check.orElse(say).toShell()), QStringLiteral("made\n"));
        QCOMPARE(runShell(check.andThen(say).toShell()), QString());
        QCOMPARE(RemoteCommand::ifThen(check, say).toShell(),
                 QStringLiteral("if test -e /nonexistent; then echo made; fi"));
        QCOMPARE(runShell(RemoteCommand::ifThenElse(
                              check, say, cmd({QStringLiteral("echo"), QStringLiteral("else")}))
                              .toShell()),
                 QStringLiteral("else\n"));
        QCOMPARE(cmd({QStringLiteral("ls")}).quiet().toShell(),
                 QStringLiteral("ls >/dev/null 2>&1"));
        QCOMPARE(cmd({QStringLiteral("ls")}).withoutStderr().toShell(),
                 QStringLiteral("ls 2>/dev/null"));
        QCOMPARE(cmd({QStringLiteral("ls")}).withoutStdout().toShell(),
                 QStringLiteral("ls >/dev/null"));
        QCOMPARE(
            cmd({QStringLiteral("printf"), QStringLiteral("x\\ny\\n")})
                .pipeTo(cmd({QStringLiteral("grep"), QStringLiteral("-c"), QStringLiteral(".")}))
                .toShell(),
            QStringLiteral("printf 'x\\ny\\n' | grep -c ."));
        QCOMPARE(cmd({QStringLiteral("false")}).negated().toShell(), QStringLiteral("! false"));
    }

    void listOnTheRightIsGrouped()
    {
        // sh reads "a || b && c" as "(a || b) && c"; we mean "a || (b && c)".
        const RemoteCommand t = cmd({QStringLiteral("true")});
        const RemoteCommand f = cmd({QStringLiteral("false")});
        const RemoteCommand e = cmd({QStringLiteral("echo"), QStringLiteral("reached")});
        const RemoteCommand c = t.orElse(f.andThen(e));
        QCOMPARE(c.toShell(), QStringLiteral("true || { false && echo reached; }"));
        QCOMPARE(runShell(c.toShell()), QString());
        const RemoteCommand seq = RemoteCommand::sequence(e, e);
        QCOMPARE(seq.toShell(), QStringLiteral("{ echo reached; echo reached; }"));
        QCOMPARE(runShell(f.orElse(seq).toShell()), QStringLiteral("reached\nreached\n"));
    }

    void ovsTransactionsWrapBeforeSeparators()
    {
        const RemoteCommand c
            = cmd({QStringLiteral("ovs-vsctl"), QStringLiteral("add-br"), QStringLiteral("br0"),
                   QStringLiteral("--"), QStringLiteral("add-br"), QStringLiteral("br1")});
        QCOMPARE(c.toShell(), QStringLiteral("ovs-vsctl add-br br0 -- add-br br1"));
        QCOMPARE(c.toShell(true), QStringLiteral("ovs-vsctl add-br br0 \\\n    -- add-br br1"));
        // Other programs' "--" (end of options) stays on the line.
        QCOMPARE(
            cmd({QStringLiteral("grep"), QStringLiteral("--"), QStringLiteral("x")}).toShell(true),
            QStringLiteral("grep -- x"));
    }

    void programsAreListedOnce()
    {
        const RemoteCommand c
            = RemoteCommand::ifThen(cmd({QStringLiteral("docker"), QStringLiteral("inspect")})
                                        .pipeTo(cmd({QStringLiteral("grep")})),
                                    RemoteCommand::sequence(cmd({QStringLiteral("ovs-docker")}),
                                                            cmd({QStringLiteral("docker")})));
        QCOMPARE(c.programs(), QStringList({QStringLiteral("docker"), QStringLiteral("grep"),
                                            QStringLiteral("ovs-docker")}));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommand)
#include "tst_remotecommand.moc"
