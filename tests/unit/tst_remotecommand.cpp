#include "plan/remotecommand.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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

    // Reports show a script of ours as '…' with its arguments, wherever it sits in the command;
    // a one-line sh -c stays whole, and toShell is untouched.
    void briefElidesOnlyScripts()
    {
        const RemoteCommand script = RemoteCommand::run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("a=$1\necho \"$a\"\n"),
             QStringLiteral("overlaystudio-x"), QStringLiteral("it's")});
        const RemoteCommand line = RemoteCommand::run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi")});
        QCOMPARE(script.toShellBrief(), QStringLiteral("sh -c '…' overlaystudio-x 'it'\\''s'"));
        QCOMPARE(line.andThen(script).toShellBrief(),
                 QStringLiteral("sh -c 'echo hi' && sh -c '…' overlaystudio-x 'it'\\''s'"));
        QVERIFY(script.toShell().contains(QStringLiteral("echo \"$a\"")));
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

    // Jobs run side by side, at most atOnce at a time, each job's output kept apart; a failed
    // job is reported with its label and output, and the others still run. Real /bin/sh.
    void parallelJobsRunSideBySideInBatches_data()
    {
        QTest::addColumn<bool>("wrapped");
        QTest::newRow("one line (what runs)") << false;
        QTest::newRow("wrapped (what the plan shows)") << true;
    }
    void parallelJobsRunSideBySideInBatches()
    {
        QFETCH(bool, wrapped);
        QTemporaryDir dir;
        // The first three wait until all three have started: run one after another, the first
        // would give up. The fourth, in the next batch, finds the first three finished.
        const QString barrier = QStringLiteral(
            "mkdir \"$1/$2.started\"; n=0\n"
            "while [ $(ls -d \"$1\"/*.started | wc -l) -lt 3 ] && [ $n -lt 400 ]; do sleep "
            "0.05; n=$((n+1)); done\n"
            "[ $(ls -d \"$1\"/*.started | wc -l) -ge 3 ] || { echo alone; exit 1; }\n"
            "touch \"$1/$2.done\"");
        const QString after = QStringLiteral(
            "for j in a b c; do [ -e \"$1/$j.done\" ] || { echo \"$j not done\"; exit 1; }; "
            "done; touch \"$1/$2.done\"");
        const auto job = [&](const QString &label, const QString &script) {
            return ParallelJob{label, cmd({QStringLiteral("sh"), QStringLiteral("-c"), script,
                                           QStringLiteral("job"), dir.path(), label})};
        };
        const RemoteCommand all = RemoteCommand::parallel(
            {job(QStringLiteral("a"), barrier), job(QStringLiteral("b"), barrier),
             job(QStringLiteral("c"), barrier), job(QStringLiteral("d"), after),
             job(QStringLiteral("e"), QStringLiteral("echo boom; echo more >&2; exit 3"))},
            3);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), all.toShell(wrapped)});
        QVERIFY(sh.waitForFinished(60000));
        const QString err = QString::fromUtf8(sh.readAllStandardError());
        QCOMPARE(sh.exitCode(), 1);
        QCOMPARE(err, QStringLiteral("e: boom\nmore\n"));
        QVERIFY(sh.readAllStandardOutput().isEmpty());
        for (const char *label : {"a", "b", "c", "d"})
            QVERIFY2(QFile::exists(dir.filePath(QLatin1String(label) + QStringLiteral(".done"))),
                     label);
        QCOMPARE(all.programs(), QStringList{QStringLiteral("sh")});

        // All well: status 0, nothing printed.
        const RemoteCommand fine
            = RemoteCommand::parallel({job(QStringLiteral("x"), QStringLiteral("echo quiet")),
                                       job(QStringLiteral("y"), QStringLiteral("true"))},
                                      8);
        QProcess ok;
        ok.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), fine.toShell(wrapped)});
        QVERIFY(ok.waitForFinished(10000));
        QCOMPARE(ok.exitCode(), 0);
        QVERIFY(ok.readAllStandardError().isEmpty());
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
