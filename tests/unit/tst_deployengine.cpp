// The deploy engine against recording fake shells (no hosts, no SSH): what it runs where, and
// what it reports, when hosts fail, are cancelled, lack programs, hold objects of others, lose
// their channel, or need passwords.
#include "fakeshell.h"
#include "testsupport.h"

#include "engine/deployengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <condition_variable>

using namespace studio;
using test::FakeShells;

namespace {

QByteArray probeFixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("probe/") + QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// Runs the engine to the end and returns what it reported per host.
QHash<QString, HostOutcome> runEngine(DeployEngine &engine, DeployAction action, const Topology &t,
                                      const DeployOptions &options)
{
    QSignalSpy finished(&engine, &DeployEngine::finished);
    if (!engine.start(action, t, options))
        qFatal("the engine refused to start");
    // The spy records in the emitting thread: the signal may come before any wait starts.
    QElapsedTimer waited;
    waited.start();
    while (finished.isEmpty() && waited.elapsed() < 30000)
        QTest::qWait(5);
    if (finished.isEmpty())
        qFatal("the engine did not finish");
    engine.waitForFinished();
    QHash<QString, HostOutcome> byHost;
    for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>())
        byHost.insert(o.host, o);
    return byHost;
}

ExecResult exited(int status, const QByteArray &err = {})
{
    ExecResult r;
    r.exitStatus = status;
    r.err = err;
    return r;
}

} // namespace

class TestDeployEngine : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_shells = std::make_unique<FakeShells>();
        m_topology = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host), {probeFixture("lab1-empty.txt"), {}, {}, {}});
        m_options = DeployOptions();
        m_options.shellFactory = m_shells->factory();
    }

    void appliesEveryStepOfThePlanOnEveryHost()
    {
        DeployEngine engine;
        QHash<QString, QStringList> logged; // host -> the commands stepStarted told, in order
        connect(
            &engine, &DeployEngine::stepStarted, this,
            [&logged](const QString &host, int, int, const QString &, const QString &command) {
                logged[host] << command;
            },
            Qt::QueuedConnection);
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        for (const char *host : {"lab1", "lab2"}) {
            const HostOutcome &o = outcome.value(QLatin1String(host));
            QVERIFY2(o.ok, qPrintable(o.error));
            QVERIFY(o.reachable && !o.cancelled);
            // The probe first, then the steps the reconciler chose, one exec each.
            QVERIFY(m_shells->commands(QLatin1String(host))
                        .first()
                        .contains(QStringLiteral("overlaystudio-probe")));
            QCOMPARE(m_shells->steps(QLatin1String(host)).size(), int(o.steps.size()));
            QVERIFY(o.steps.size() > 5);
            // A log gets one line per step, the start script by its arguments; the outcome
            // keeps the script whole.
            QTRY_COMPARE(logged.value(QLatin1String(host)).size(), int(o.steps.size()));
            const QStringList lines = logged.value(QLatin1String(host));
            const auto start = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
                return l.startsWith(QStringLiteral("sh -c '…' overlaystudio-start lab-two-hosts "));
            });
            QVERIFY2(start != lines.end(), qPrintable(lines.join(QLatin1Char('\n'))));
            for (const QString &line : lines)
                QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
            QVERIFY(o.steps[size_t(start - lines.begin())].command.contains(
                QStringLiteral("keep() {")));
        }
    }

    void aTopologyWithErrorsNeverReachesAHost()
    {
        // Whoever calls the engine (GUI, CLI, a script), it validates before touching a host.
        Topology broken = m_topology;
        broken.bridge(broken.bridges().front().id)->name = QStringLiteral("br0;reboot");
        DeployEngine engine;
        const auto outcome = runEngine(engine, DeployAction::Apply, broken, m_options);
        QCOMPARE(m_shells->shellsMade(), 0);
        QCOMPARE(outcome.size(), 2);
        for (const HostOutcome &o : outcome) {
            QVERIFY(!o.ok && !o.reachable);
            QVERIFY2(o.error.contains(QStringLiteral("nothing was done"))
                         && o.error.contains(QStringLiteral("br0;reboot")),
                     qPrintable(o.error));
        }
    }

    void unknownHostNamesAreRefused()
    {
        m_options.onlyHosts = {QStringLiteral("lab9")};
        DeployEngine engine;
        QSignalSpy finished(&engine, &DeployEngine::finished);
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        engine.waitForFinished();
        QCOMPARE(m_shells->shellsMade(), 0);
        const auto outcomes = finished.first().first().value<QList<HostOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().host, QStringLiteral("lab9"));
        QVERIFY2(outcomes.first().error.contains(QStringLiteral("no host named lab9")),
                 qPrintable(outcomes.first().error));
    }

    void aSecondStartWhileRunningIsRefused()
    {
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-empty.txt"),
                          {},
                          {},
                          [](const QString &, int, const std::atomic_bool *cancel) {
                              return FakeShells::waitForCancel(cancel);
                          }});
        DeployEngine engine;
        // Counted where it is emitted: the hosts' threads emit side by side, and a QSignalSpy
        // appended to from two threads at once corrupted the heap (CI, once).
        std::atomic_int started{0};
        connect(
            &engine, &DeployEngine::stepStarted, this, [&started] { ++started; },
            Qt::DirectConnection);
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QTRY_VERIFY_WITH_TIMEOUT(started > 0, 10000);
        QVERIFY(!engine.start(DeployAction::Destroy, m_topology, m_options));
        engine.cancel();
        engine.waitForFinished();
    }

    void missingPrerequisitesChangeNothingAnywhere()
    {
        m_shells->script(QStringLiteral("lab2"), {"@@programs\novs-docker\n@@end\n", {}, {}, {}});
        DeployEngine engine;
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        for (const char *host : {"lab1", "lab2"}) {
            const HostOutcome &o = outcome.value(QLatin1String(host));
            QVERIFY(!o.ok);
            QVERIFY2(o.error.contains(QStringLiteral("lab2 lacks ovs-docker")),
                     qPrintable(o.error));
            QVERIFY(m_shells->steps(QLatin1String(host)).isEmpty());
        }
    }

    void aMissingOptionalToolIsANoteNotAStop()
    {
        QByteArray probe = probeFixture("lab1-empty.txt");
        probe.replace("@@images", "@@tools\ntcpdump\n@@images");
        m_shells->script(QStringLiteral("lab2"), {probe, {}, {}, {}});
        DeployEngine engine;
        QStringList notes;
        connect(
            &engine, &DeployEngine::hostPhase, this,
            [&](const QString &host, const QString &phase) {
                if (phase.startsWith(QStringLiteral("note:")))
                    notes << host + QStringLiteral(" ") + phase;
            },
            Qt::DirectConnection);
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        QVERIFY(outcome.value(QStringLiteral("lab1")).ok);
        QVERIFY(outcome.value(QStringLiteral("lab2")).ok);
        QVERIFY(!m_shells->steps(QStringLiteral("lab2")).isEmpty());
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("lab2 note: tcpdump is missing"))
                     && notes.first().contains(QStringLiteral("Capture")),
                 qPrintable(notes.first()));
    }

    void objectsInTheWayThatAreNotOursRefuseThatHost()
    {
        // lab1 holds bridge br0 of topology lab-two-hosts; the mesh wants a br0 there too.
        auto mesh = projectfile::load(test::dataPath(QStringLiteral("probe/lab-mesh.json")));
        QVERIFY(mesh.ok());
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-mesh-conflict.txt"), {}, {}, {}});
        m_shells->script(QStringLiteral("lab3"), {probeFixture("lab1-empty.txt"), {}, {}, {}});
        DeployEngine engine;
        const auto outcome = runEngine(engine, DeployAction::Apply, mesh.value(), m_options);
        const HostOutcome &lab1 = outcome.value(QStringLiteral("lab1"));
        QVERIFY(!lab1.ok);
        QVERIFY2(lab1.error.contains(QStringLiteral("nothing was changed"))
                     && lab1.error.contains(QStringLiteral("belongs to topology lab-two-hosts")),
                 qPrintable(lab1.error));
        QVERIFY(m_shells->steps(QStringLiteral("lab1")).isEmpty());
        // The other hosts are not held back.
        QVERIFY(outcome.value(QStringLiteral("lab2")).ok);
        QVERIFY(outcome.value(QStringLiteral("lab3")).ok);
    }

    void failingStepsAreReported_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reported");
        QTest::newRow("exit status") << 0 << QStringLiteral("exit status 1");
        QTest::newRow("channel closed without exit status")
            << 1 << QStringLiteral("ended without exit status (no exit status)");
        QTest::newRow("killed") << 2 << QStringLiteral("ended without exit status (KILL)");
        QTest::newRow("shell gone") << 3 << QStringLiteral("the remote shell ended");
        QTest::newRow("timeout") << 4 << QStringLiteral("did not finish within 300 s");
    }
    void failingStepsAreReported()
    {
        QFETCH(int, kind);
        QFETCH(QString, reported);
        const auto failure = [kind]() -> Result<ExecResult> {
            ExecResult r;
            switch (kind) {
            case 0:
                return exited(1, "ovs-vsctl: no bridge");
            case 1:
                r.signal = QStringLiteral("no exit status"); // as SshSession reports it
                return r;
            case 2:
                r.signal = QStringLiteral("KILL");
                return r;
            case 3:
                return Error{QStringLiteral("lab1"),
                             QStringLiteral("the remote shell ended while running the command "
                                            "(exit status -1)."),
                             {}};
            default:
                return Error{QStringLiteral("lab1"),
                             QStringLiteral("the command did not finish within 300 s and was "
                                            "abandoned."),
                             {}};
            }
        };
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-empty.txt"),
                          {},
                          {},
                          [failure](const QString &, int index, const std::atomic_bool *) {
                              return index == 2 ? failure() : Result<ExecResult>(exited(0));
                          }});
        DeployEngine engine;
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        const HostOutcome &lab1 = outcome.value(QStringLiteral("lab1"));
        QVERIFY(!lab1.ok && !lab1.cancelled);
        QVERIFY2(lab1.error.startsWith(QStringLiteral("lab1: step \"")), qPrintable(lab1.error));
        QVERIFY2(lab1.error.contains(reported), qPrintable(lab1.error));
        // It stopped at the failing step: three steps ran, the third failed.
        QCOMPARE(m_shells->steps(QStringLiteral("lab1")).size(), 3);
        QCOMPARE(lab1.steps.size(), std::size_t(3));
        QVERIFY(outcome.value(QStringLiteral("lab2")).ok); // without fail-fast, lab2 finishes
    }

    // One container that cannot start (its docker run fails among the batch) does not keep the
    // others from being plugged, nor the host's later steps from running; the host reports it.
    void aContainerThatFailsToStartDoesNotStopTheOthers()
    {
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-empty.txt"),
                          {},
                          {},
                          [](const QString &command, int, const std::atomic_bool *) {
                              if (command.contains(QStringLiteral("docker run")))
                                  return Result<ExecResult>(
                                      exited(1, "container2: docker: Error response from daemon: "
                                                "no such image\n"));
                              return Result<ExecResult>(exited(0));
                          }});
        DeployEngine engine;
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        const HostOutcome &lab1 = outcome.value(QStringLiteral("lab1"));
        QVERIFY(!lab1.ok && !lab1.cancelled);
        QVERIFY2(lab1.error.startsWith(QStringLiteral("lab1: step \"Start containers "))
                     && lab1.error.contains(QStringLiteral("container2: docker: Error response")),
                 qPrintable(lab1.error));
        // Every step ran, the plug after the failed start included.
        const QStringList ran = m_shells->steps(QStringLiteral("lab1"));
        QCOMPARE(ran.size(), m_shells->steps(QStringLiteral("lab2")).size());
        QVERIFY(ran.last().contains(QStringLiteral("overlaystudio-plug")));
        QVERIFY(outcome.value(QStringLiteral("lab2")).ok);
    }

    // A classroom: 100 hosts, at most 32 connected at once (the default); each host is read,
    // let go, and connected and read again for its turn to change.
    void manyHostsShareABoundedNumberOfConnections()
    {
        Topology many;
        many.name = QStringLiteral("class");
        for (int i = 1; i <= 100; ++i) {
            Host h;
            h.name = QStringLiteral("pc%1").arg(i);
            h.managementAddress = QStringLiteral("198.18.1.%1").arg(i);
            QVERIFY(many.addHost(h).ok());
            FakeShells::Script script{probeFixture("lab1-empty.txt"), {}, {}, {}};
            script.openDelayMs = 2;
            m_shells->script(h.name, script);
        }
        QStringList queued;
        DeployEngine engine;
        connect(
            &engine, &DeployEngine::hostPhase, this,
            [&](const QString &host, const QString &phase) {
                if (phase.startsWith(QStringLiteral("waiting for its turn (32 hosts")))
                    queued << host;
            },
            Qt::DirectConnection);
        const auto outcome = runEngine(engine, DeployAction::Apply, many, m_options);
        QCOMPARE(outcome.size(), 100);
        for (const HostOutcome &o : outcome)
            QVERIFY2(o.ok, qPrintable(o.error));
        QVERIFY2(m_shells->mostAtOnce() <= 32, qPrintable(QString::number(m_shells->mostAtOnce())));
        QCOMPARE(m_shells->shellsMade(), 200);
        QCOMPARE(m_shells->commands(QStringLiteral("pc77"))
                     .filter(QStringLiteral("overlaystudio-probe"))
                     .size(),
                 2);
        QCOMPARE(queued.size(), 100);

        // Status needs no second connection; asked for, all hosts are connected at once.
        m_shells = std::make_unique<FakeShells>();
        for (const Host &h : many.hosts())
            m_shells->script(h.name, {probeFixture("lab1-empty.txt"), {}, {}, {}});
        m_options.shellFactory = m_shells->factory();
        DeployEngine status;
        runEngine(status, DeployAction::Status, many, m_options);
        QVERIFY(m_shells->mostAtOnce() <= 32);
        QCOMPARE(m_shells->shellsMade(), 100);

        m_shells = std::make_unique<FakeShells>();
        for (const Host &h : many.hosts())
            m_shells->script(h.name, {probeFixture("lab1-empty.txt"), {}, {}, {}});
        m_options.shellFactory = m_shells->factory();
        m_options.maxParallelHosts = 0;
        DeployEngine all;
        runEngine(all, DeployAction::Apply, many, m_options);
        QCOMPARE(m_shells->mostAtOnce(), 100);
        QCOMPARE(m_shells->shellsMade(), 100);
    }

    void failFastStopsTheOtherHostsAfterTheirStep()
    {
        // lab1's first step fails once lab2's first step runs, and lab2's lasts until lab1 has
        // reported its failure: then lab2 must stop, after that one step.
        std::mutex mutex;
        std::condition_variable changed;
        bool lab2Started = false, lab1Done = false;
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-empty.txt"),
                          {},
                          {},
                          [&](const QString &, int, const std::atomic_bool *) {
                              std::unique_lock lock(mutex);
                              changed.wait_for(lock, std::chrono::seconds(10),
                                               [&] { return lab2Started; });
                              return Result<ExecResult>(exited(2, "boom"));
                          }});
        m_shells->script(QStringLiteral("lab2"),
                         {probeFixture("lab1-empty.txt"),
                          {},
                          {},
                          [&](const QString &, int index, const std::atomic_bool *) {
                              if (index == 0) {
                                  std::unique_lock lock(mutex);
                                  lab2Started = true;
                                  changed.notify_all();
                                  changed.wait_for(lock, std::chrono::seconds(10),
                                                   [&] { return lab1Done; });
                              }
                              return Result<ExecResult>(exited(0));
                          }});
        m_options.failFast = true;
        DeployEngine engine;
        connect(
            &engine, &DeployEngine::hostFinished, this,
            [&](const HostOutcome &o) {
                if (o.host == QLatin1String("lab1")) {
                    const std::lock_guard lock(mutex);
                    lab1Done = true;
                    changed.notify_all();
                }
            },
            Qt::DirectConnection);
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        QVERIFY(!outcome.value(QStringLiteral("lab1")).ok);
        const HostOutcome &lab2 = outcome.value(QStringLiteral("lab2"));
        QVERIFY(!lab2.ok && !lab2.cancelled);
        QVERIFY2(lab2.error.contains(QStringLiteral("stopped after 1 of"))
                     && lab2.error.contains(QStringLiteral("because another host failed")),
                 qPrintable(lab2.error));
        QCOMPARE(m_shells->steps(QStringLiteral("lab2")).size(), 1);
    }

    void cancelIsReportedAsTheUsersAndIsPrompt()
    {
        // Both hosts are inside a long first step when the user cancels: the steps end at once
        // (not at their timeout), and the outcome says the user cancelled, not that a host failed.
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host),
                             {probeFixture("lab1-empty.txt"),
                              {},
                              {},
                              [](const QString &, int, const std::atomic_bool *cancel) {
                                  return FakeShells::waitForCancel(cancel);
                              }});
        m_options.commandTimeoutMs = 600000;
        DeployEngine engine;
        std::atomic_int running{0};
        connect(
            &engine, &DeployEngine::stepStarted, this,
            [&](const QString &) {
                if (++running == 2)
                    engine.cancel();
            },
            Qt::DirectConnection);
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        QVERIFY(engine.isCancelled());
        for (const HostOutcome &o : outcome) {
            QVERIFY(!o.ok);
            QVERIFY(o.cancelled);
            QVERIFY2(o.error.contains(QStringLiteral("cancelled by the user during step 1")),
                     qPrintable(o.error));
            QVERIFY2(!o.error.contains(QStringLiteral("another host failed")), qPrintable(o.error));
            QCOMPARE(m_shells->steps(o.host).size(), 1);
        }
    }

    void cancelBeforeChangesTouchesNothing()
    {
        DeployEngine engine;
        connect(
            &engine, &DeployEngine::hostPhase, this,
            [&](const QString &, const QString &phase) {
                if (phase.startsWith(QStringLiteral("reading")))
                    engine.cancel();
            },
            Qt::DirectConnection);
        const auto outcome = runEngine(engine, DeployAction::Apply, m_topology, m_options);
        for (const HostOutcome &o : outcome) {
            QVERIFY(o.cancelled);
            QVERIFY2(o.error.contains(QStringLiteral("nothing was changed")), qPrintable(o.error));
            QVERIFY(m_shells->steps(o.host).isEmpty());
        }
    }

    void passwordsAreRememberedPerServerAndForgottenWhenRefused()
    {
        Host *lab1 = m_topology.host(m_topology.hosts().front().id);
        lab1->auth = AuthMethod::Password;
        m_options.onlyHosts = {QStringLiteral("lab1")};
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-empty.txt"), {}, QStringLiteral("right"), {}});
        QStringList typed;
        QStringList answers;
        m_options.password = [&](const Host &h) {
            typed << CredentialCache::keyFor(h);
            return answers.isEmpty() ? QString() : answers.takeFirst();
        };
        m_options.credentials = std::make_shared<CredentialCache>();
        const QString key = QStringLiteral("root@198.18.0.1:22");

        DeployEngine engine;
        // A wrong password is refused and not kept: the next run asks again.
        answers = {QStringLiteral("wrong")};
        QVERIFY(!runEngine(engine, DeployAction::Status, m_topology, m_options)
                     .value(QStringLiteral("lab1"))
                     .reachable);
        QVERIFY(!m_options.credentials->password(key));
        answers = {QStringLiteral("right")};
        QVERIFY(runEngine(engine, DeployAction::Status, m_topology, m_options)
                    .value(QStringLiteral("lab1"))
                    .reachable);
        QCOMPARE(m_options.credentials->password(key), QStringLiteral("right"));
        QCOMPARE(typed.size(), 2);
        // Remembered for the same user@address:port, even under another host name.
        lab1->name = QStringLiteral("renamed");
        m_shells->script(QStringLiteral("renamed"),
                         {probeFixture("lab1-empty.txt"), {}, QStringLiteral("right"), {}});
        m_options.onlyHosts = {QStringLiteral("renamed")};
        QVERIFY(runEngine(engine, DeployAction::Status, m_topology, m_options)
                    .value(QStringLiteral("renamed"))
                    .reachable);
        QCOMPARE(typed.size(), 2);
        // Another server (the address edited) is asked for its own password, never sent this one.
        lab1->managementAddress = QStringLiteral("198.18.0.9");
        answers = {QStringLiteral("right")};
        QVERIFY(runEngine(engine, DeployAction::Status, m_topology, m_options)
                    .value(QStringLiteral("renamed"))
                    .reachable);
        QCOMPARE(typed.size(), 3);
        QCOMPARE(typed.last(), QStringLiteral("root@198.18.0.9:22"));
        // The server's password changed: the remembered one is refused, forgotten, and the
        // user is asked once more in the same run.
        m_shells->script(QStringLiteral("renamed"),
                         {probeFixture("lab1-empty.txt"), {}, QStringLiteral("new"), {}});
        answers = {QStringLiteral("new")};
        QVERIFY(runEngine(engine, DeployAction::Status, m_topology, m_options)
                    .value(QStringLiteral("renamed"))
                    .reachable);
        QCOMPARE(typed.size(), 4);
        QCOMPARE(m_shells->passwordsOffered(QStringLiteral("renamed")),
                 QStringList({QStringLiteral("right"), QStringLiteral("right"),
                              QStringLiteral("right"), QStringLiteral("new")}));
        QCOMPARE(m_options.credentials->password(QStringLiteral("root@198.18.0.9:22")),
                 QStringLiteral("new"));
    }

private:
    std::unique_ptr<FakeShells> m_shells;
    Topology m_topology;
    DeployOptions m_options;
};

QTEST_GUILESS_MAIN(TestDeployEngine)
#include "tst_deployengine.moc"
