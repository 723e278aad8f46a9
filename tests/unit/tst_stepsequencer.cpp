// The stepping mode of the deploy engine (a gate each host's worker waits at before every step)
// and the sequencer that offers one step at a time, in turn over the hosts, against recording
// fake shells: nothing runs before it is released, the order is the guide's, a cancel ends the
// waits at once, skip and run-to-end do what they say, and each step names what it creates.
#include "fakeshell.h"
#include "testsupport.h"

#include "engine/deployengine.h"
#include "engine/stepgate.h"
#include "engine/stepsequencer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace studio;
using test::FakeShells;

namespace {

QByteArray emptyHost()
{
    QFile f(test::dataPath(QStringLiteral("probe/lab1-empty.txt")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

// Runs the event loop until `done` or 10 s; false on timeout.
template<typename F> bool waitUntil(F done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 10000)
            return false;
        QTest::qWait(2);
    }
    return true;
}

} // namespace

class TestStepSequencer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_shells = std::make_unique<FakeShells>();
        m_topology = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host), {emptyHost(), {}, {}, {}});
        m_options = DeployOptions();
        m_options.shellFactory = m_shells->factory();
        m_options.stepping = true;
    }

    void gateKeepsDecisionsPerHostAndWakesOnCancel()
    {
        StepGate gate;
        std::atomic_bool cancel{false};
        gate.skip(QStringLiteral("a"));
        gate.release(QStringLiteral("a"));
        QCOMPARE(gate.wait(QStringLiteral("a"), cancel), StepGate::Decision::Skip);
        QCOMPARE(gate.wait(QStringLiteral("a"), cancel), StepGate::Decision::Run);
        // "b" has no decision: it waits until the cancel, from another thread.
        std::thread canceller([&] {
            QThread::msleep(50);
            cancel = true;
            gate.wake();
        });
        QElapsedTimer t;
        t.start();
        QCOMPARE(gate.wait(QStringLiteral("b"), cancel), StepGate::Decision::Cancelled);
        QVERIFY(t.elapsed() >= 40);
        canceller.join();
        cancel = false;
        gate.openAll();
        QCOMPARE(gate.wait(QStringLiteral("b"), cancel), StepGate::Decision::Run);
    }

    void nothingRunsUntilReleasedAndHostsTakeTurns()
    {
        // The reference: what a plain apply runs on each host.
        FakeShells plain;
        for (const char *host : {"lab1", "lab2"})
            plain.script(QLatin1String(host), {emptyHost(), {}, {}, {}});
        {
            DeployOptions options;
            options.shellFactory = plain.factory();
            DeployEngine engine;
            QSignalSpy finished(&engine, &DeployEngine::finished);
            QVERIFY(engine.start(DeployAction::Apply, m_topology, options));
            QVERIFY(waitUntil([&] { return !finished.isEmpty(); }));
            engine.waitForFinished();
        }
        const QStringList lab1 = plain.steps(QStringLiteral("lab1"));
        const QStringList lab2 = plain.steps(QStringLiteral("lab2"));
        QVERIFY(lab1.size() >= 5 && lab2.size() >= 5);

        DeployEngine engine;
        StepSequencer sequencer(&engine);
        QStringList order; // host:index as offered
        connect(&sequencer, &StepSequencer::stepReady, this, [&](const PendingStep &s) {
            order << QStringLiteral("%1:%2").arg(s.host).arg(s.index);
        });
        QSignalSpy done(&sequencer, &StepSequencer::stepDone);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        sequencer.begin({QStringLiteral("lab1"), QStringLiteral("lab2")});
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        // Both hosts wait: the event loop runs on, and no step has run anywhere.
        QTest::qWait(150);
        QVERIFY(m_shells->steps(QStringLiteral("lab1")).isEmpty());
        QVERIFY(m_shells->steps(QStringLiteral("lab2")).isEmpty());
        QCOMPARE(sequencer.current().host, QStringLiteral("lab1"));
        QCOMPARE(sequencer.current().index, 0);
        QCOMPARE(sequencer.current().count, int(lab1.size()));
        QCOMPARE(sequencer.current().step.command.toShell(), lab1.first());
        // The first step offered already counts every host's steps ("step 1 of 18", not "of 9"
        // until lab2's first turn).
        QCOMPARE(sequencer.stepsInAll(), int(lab1.size() + lab2.size()));

        // One Next, one command, on the host that was offered.
        sequencer.next();
        QVERIFY(waitUntil([&] { return done.size() == 1; }));
        QCOMPARE(m_shells->steps(QStringLiteral("lab1")).size(), 1);
        QVERIFY(m_shells->steps(QStringLiteral("lab2")).isEmpty());
        const auto outcome = done.first().at(1).value<StepOutcome>();
        QCOMPARE(outcome.result.exitStatus, 0);
        QVERIFY(!outcome.skipped);
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        QCOMPARE(sequencer.current().host, QStringLiteral("lab2"));

        while (finished.isEmpty()) {
            QVERIFY(
                waitUntil([&] { return sequencer.current().isValid() || !finished.isEmpty(); }));
            const int before = int(m_shells->steps(QStringLiteral("lab1")).size()
                                   + m_shells->steps(QStringLiteral("lab2")).size());
            if (!sequencer.current().isValid())
                break;
            sequencer.next();
            QVERIFY(waitUntil([&] {
                return !sequencer.isStepRunning()
                       && (sequencer.current().isValid() || !finished.isEmpty());
            }));
            QCOMPARE(int(m_shells->steps(QStringLiteral("lab1")).size()
                         + m_shells->steps(QStringLiteral("lab2")).size()),
                     before + 1);
        }
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && !sequencer.isActive(); }));
        engine.waitForFinished();
        // The same commands as a plain apply, host by host, in the same order.
        QCOMPARE(m_shells->steps(QStringLiteral("lab1")), lab1);
        QCOMPARE(m_shells->steps(QStringLiteral("lab2")), lab2);
        // In turn: lab1:0, lab2:0, lab1:1, lab2:1... while both have steps left.
        const int both = int(std::min(lab1.size(), lab2.size()));
        for (int i = 0; i < both; ++i) {
            QCOMPARE(order.value(2 * i), QStringLiteral("lab1:%1").arg(i));
            QCOMPARE(order.value(2 * i + 1), QStringLiteral("lab2:%1").arg(i));
        }
        QCOMPARE(order.size(), int(lab1.size() + lab2.size()));
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>())
            QVERIFY2(o.ok, qPrintable(o.error));
    }

    void stepsSayWhatTheyCreate()
    {
        DeployEngine engine;
        StepSequencer sequencer(&engine);
        QList<PendingStep> offered;
        connect(&sequencer, &StepSequencer::stepReady, this, [&](const PendingStep &s) {
            offered << s;
            sequencer.next();
        });
        // Each host reports from its own thread, two at once: a QSignalSpy would append from both
        // (it is not thread-safe, and lost one report under load); this list is filled here.
        QList<QList<ObjectStatus>> statuses;
        connect(
            &engine, &DeployEngine::hostStatus, this,
            [&statuses](const QString &, const QList<ObjectStatus> &list) { statuses << list; },
            Qt::QueuedConnection);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        sequencer.begin({QStringLiteral("lab1"), QStringLiteral("lab2")});
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && !sequencer.isActive(); }));
        engine.waitForFinished();

        // Every bridge, container and link of the design is created by some step, each
        // container and bridge exactly once, each link once per end.
        QHash<ObjectId, int> created;
        for (const PendingStep &s : offered) {
            for (ObjectId id : s.step.creates)
                ++created[id];
        }
        for (const Bridge &b : m_topology.bridges())
            QCOMPARE(created.value(b.id), 1);
        for (const Container &c : m_topology.containers())
            QCOMPARE(created.value(c.id), 1);
        for (const VxlanLink &l : m_topology.links())
            QCOMPARE(created.value(l.id), 2);
        // The OVS transaction of lab1 creates lab1's bridges and its ends of the links.
        const ObjectId br0 = test::idOf(m_topology, QStringLiteral("lab1/br0"));
        const auto ovs = std::find_if(offered.begin(), offered.end(), [&](const PendingStep &s) {
            return s.host == QLatin1String("lab1") && s.step.creates.size() > 1;
        });
        QVERIFY(ovs != offered.end());
        QVERIFY(ovs->step.command.toShell().startsWith(QStringLiteral("ovs-vsctl")));
        QVERIFY(std::count(ovs->step.creates.begin(), ovs->step.creates.end(), br0) == 1);
        // Before the steps, each host said what it had: nothing yet.
        QTRY_COMPARE(statuses.size(), 2);
        for (const QList<ObjectStatus> &list : std::as_const(statuses)) {
            QVERIFY(!list.isEmpty());
            for (const ObjectStatus &s : list)
                QCOMPARE(s.state, ObjectStatus::State::Missing);
        }
    }

    void stopWhileWaitingEndsAtOnceAndRunsNothing()
    {
        DeployEngine engine;
        StepSequencer sequencer(&engine);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        sequencer.begin({QStringLiteral("lab1"), QStringLiteral("lab2")});
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        sequencer.next(); // one step on lab1
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        // Once stopped, no other step is offered (the terminal would ask again, the panel show it).
        QSignalSpy offered(&sequencer, &StepSequencer::stepReady);
        engine.cancel();
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && !sequencer.isActive(); }));
        QCOMPARE(offered.size(), 0);
        engine.waitForFinished();
        QVERIFY(!sequencer.isActive());
        const auto outcomes = finished.first().first().value<QList<HostOutcome>>();
        QCOMPARE(outcomes.size(), 2);
        for (const HostOutcome &o : outcomes) {
            QVERIFY(o.cancelled);
            const int ran = o.host == QLatin1String("lab1") ? 1 : 0;
            QVERIFY2(o.error.contains(QStringLiteral("cancelled by the user after %1 of").arg(ran)),
                     qPrintable(o.error));
            QCOMPARE(m_shells->steps(o.host).size(), ran);
        }
    }

    void skipDoesNotRunTheStep()
    {
        DeployEngine engine;
        StepSequencer sequencer(&engine);
        QSignalSpy done(&sequencer, &StepSequencer::stepDone);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        m_options.onlyHosts = {QStringLiteral("lab1")};
        sequencer.begin({QStringLiteral("lab1")});
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        const QString skipped = sequencer.current().step.command.toShell();
        sequencer.skip();
        QVERIFY(waitUntil([&] { return done.size() == 1; }));
        QVERIFY(done.first().at(1).value<StepOutcome>().skipped);
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        QCOMPARE(sequencer.current().index, 1);
        sequencer.runToEnd();
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && !sequencer.isActive(); }));
        engine.waitForFinished();
        const QStringList ran = m_shells->steps(QStringLiteral("lab1"));
        QVERIFY(!ran.contains(skipped));
        const HostOutcome o = finished.first().first().value<QList<HostOutcome>>().first();
        QVERIFY(o.ok);
        QCOMPARE(int(o.steps.size()), ran.size() + 1);
        QVERIFY(o.steps.front().skipped);
        // Run to End: every remaining step was reported, none was offered any more.
        QCOMPARE(done.size(), int(o.steps.size()));
    }

    void runToEndLetsEveryHostFinish()
    {
        DeployEngine engine;
        StepSequencer sequencer(&engine);
        QSignalSpy ready(&sequencer, &StepSequencer::stepReady);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        sequencer.begin({QStringLiteral("lab1"), QStringLiteral("lab2")});
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(waitUntil([&] { return sequencer.current().isValid(); }));
        sequencer.runToEnd();
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && !sequencer.isActive(); }));
        engine.waitForFinished();
        QCOMPARE(ready.size(), 1);
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>()) {
            QVERIFY2(o.ok, qPrintable(o.error));
            QCOMPARE(int(o.steps.size()), m_shells->steps(o.host).size());
        }
    }

    void withoutSteppingNothingWaits()
    {
        m_options.stepping = false;
        DeployEngine engine;
        QSignalSpy waiting(&engine, &DeployEngine::stepWaiting);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }));
        engine.waitForFinished();
        QVERIFY(waiting.isEmpty());
        QVERIFY(!m_shells->steps(QStringLiteral("lab1")).isEmpty());
    }

private:
    std::unique_ptr<FakeShells> m_shells;
    Topology m_topology;
    DeployOptions m_options;
};

QTEST_GUILESS_MAIN(TestStepSequencer)
#include "tst_stepsequencer.moc"
