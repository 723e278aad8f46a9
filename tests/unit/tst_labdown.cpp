// "lab down" runs as root and reads RUNDIR/state.json: a tampered file must not make it delete
// paths outside its run directory, or stop a process that is not the one it started (same PID
// and name are not enough: the start time must match too). No root needed: the "lab" here is a
// state file and a child process of this test.
#include "lab/lab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;

namespace {

QJsonObject process(qint64 pid, const QString &command, quint64 startTime)
{
    return {{QStringLiteral("pid"), pid},
            {QStringLiteral("command"), command},
            {QStringLiteral("startTime"), QString::number(startTime)}};
}

// A state file with one host; names and the bridge as a tampered file would have them.
void writeState(const QString &runDir, const QString &hostDir, const QJsonArray &processes,
                const QString &netns = QStringLiteral("evil-ns"),
                const QString &bridge = QStringLiteral("eth0"),
                const QString &rootVeth = QStringLiteral("lo"))
{
    const QJsonObject host{{QStringLiteral("name"), QStringLiteral("lab1")},
                           {QStringLiteral("netns"), netns},
                           {QStringLiteral("address"), QStringLiteral("198.18.0.1")},
                           {QStringLiteral("rootVeth"), rootVeth},
                           {QStringLiteral("dir"), hostDir},
                           {QStringLiteral("processes"), processes}};
    const QJsonObject state{{QStringLiteral("runDir"), QStringLiteral("/")},
                            {QStringLiteral("bridge"), bridge},
                            {QStringLiteral("forwardRule"), false},
                            {QStringLiteral("hosts"), QJsonArray{host}}};
    QFile f(runDir + QStringLiteral("/state.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(state).toJson());
}

} // namespace

class TestLabDown : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_victim.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(m_victim.waitForStarted());
        QTRY_COMPARE(LabProcess::startTimeOf(m_victim.processId()) > 0, true);
    }
    void cleanup()
    {
        m_victim.kill();
        m_victim.waitForFinished();
    }

    void startTimeIsReadFromProc()
    {
        const LabProcess me{m_victim.processId(), QStringLiteral("sleep"),
                            LabProcess::startTimeOf(m_victim.processId())};
        QVERIFY(me.isRunning());
        LabProcess other = me;
        other.startTime += 1;
        QVERIFY(!other.isRunning());
        other = me;
        other.command = QStringLiteral("sshd");
        QVERIFY(!other.isRunning());
        other = me;
        other.startTime = 0; // from a state file that lacks it
        QVERIFY(!other.isRunning());
    }

    void aTamperedStateFileHarmsNothing()
    {
        QTemporaryDir run, outside;
        QFile precious(outside.filePath(QStringLiteral("precious")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me");
        precious.close();
        // A directory link inside the run directory that points outside it.
        QVERIFY(QFile::link(outside.path(), run.filePath(QStringLiteral("lab1"))));
        const quint64 started = LabProcess::startTimeOf(m_victim.processId());
        for (const QString &dir :
             {outside.path(), run.filePath(QStringLiteral("lab1")),
              run.filePath(QStringLiteral("../")) + QFileInfo(outside.path()).fileName()}) {
            writeState(run.path(), dir,
                       {process(m_victim.processId(), QStringLiteral("sleep"), started + 100)});
            const Status down = Lab::down(run.path());
            QVERIFY(!down.ok()); // it says what it left alone
            QVERIFY2(down.error().message.contains(QStringLiteral("not the lab's")),
                     qPrintable(down.error().toString()));
            QVERIFY2(down.error().message.contains(QStringLiteral("not a lab name")),
                     qPrintable(down.error().toString()));
            QVERIFY(QFile::exists(precious.fileName()));
            QCOMPARE(m_victim.state(), QProcess::Running);
            QVERIFY(!QFile::exists(run.filePath(QStringLiteral("state.json"))));
        }
        // A file from before start times were recorded: the process is left running too.
        writeState(run.path(), outside.path(),
                   {process(m_victim.processId(), QStringLiteral("sleep"), 0)});
        const Status old = Lab::down(run.path());
        QVERIFY(!old.ok());
        QVERIFY2(old.error().message.contains(QStringLiteral("no start time was recorded")),
                 qPrintable(old.error().toString()));
        QCOMPARE(m_victim.state(), QProcess::Running);
    }

    void whatMatchesIsRemoved()
    {
        // The honest case, so the refusals above are not all down ever does.
        QTemporaryDir run;
        run.setAutoRemove(false);
        const QString hostDir = run.filePath(QStringLiteral("lab1"));
        QVERIFY(QDir().mkpath(hostDir + QStringLiteral("/log")));
        writeState(run.path(), hostDir,
                   {process(m_victim.processId(), QStringLiteral("sleep"),
                            LabProcess::startTimeOf(m_victim.processId()))},
                   QString(), QString(), QString());
        const Status down = Lab::down(run.path());
        QVERIFY2(down.ok(), qPrintable(down ? QString() : down.error().toString()));
        QVERIFY(m_victim.waitForFinished(10000)); // stopped by its PID
        QVERIFY(!QFileInfo::exists(hostDir));
        QVERIFY(!QFileInfo::exists(run.path()));
    }

private:
    QProcess m_victim;
};

QTEST_GUILESS_MAIN(TestLabDown)
#include "tst_labdown.moc"
