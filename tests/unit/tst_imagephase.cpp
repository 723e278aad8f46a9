// Apply's image phase in the engine, against recording fake shells: only hosts that lack an
// image get it, a failed build stops that host alone and names the step, dry runs and status
// show the phase, and destroy keeps images unless asked.
#include "fakeshell.h"
#include "testsupport.h"

#include "engine/deployengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using test::FakeShells;

namespace {

const QString kImage = QStringLiteral("overlaystudio-test/built:1");

QByteArray probeFixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("probe/") + QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// The recorded probe of an empty lab host, plus one more image in its image list.
QByteArray probeWith(const QString &image)
{
    QByteArray probe = probeFixture("lab1-empty.txt");
    const qsizetype at = probe.indexOf("@@images\n");
    Q_ASSERT(at >= 0);
    probe.insert(at + 9, image.toUtf8() + "\t" + image.toUtf8() + "@<none>\tsha256:1\n");
    return probe;
}

// A probe as read on the machine with this /etc/machine-id.
QByteArray onMachine(QByteArray probe, const QByteArray &machineId)
{
    const qsizetype at = probe.indexOf("@@end\n");
    Q_ASSERT(at >= 0);
    probe.insert(at, "@@machine\n" + machineId + "\n");
    return probe;
}

QHash<QString, HostOutcome> runEngine(DeployAction action, const Topology &t,
                                      const DeployOptions &options)
{
    DeployEngine engine;
    QSignalSpy finished(&engine, &DeployEngine::finished);
    if (!engine.start(action, t, options))
        qFatal("the engine refused to start");
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

} // namespace

class TestImagePhase : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_shells = std::make_unique<FakeShells>();
        m_topology = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        ImageDefinition d;
        d.name = kImage;
        d.source = ImageSource::Build;
        d.dockerfile = QStringLiteral("FROM overlaystudio/busybox:lab\nRUN exit 3\n");
        m_topology.images = {d};
        for (const Container &c : m_topology.containers())
            m_topology.container(c.id)->image = kImage;
        m_options = DeployOptions();
        m_options.shellFactory = m_shells->factory();
    }

    void onlyHostsThatLackTheImageBuildIt()
    {
        m_shells->script(QStringLiteral("lab1"), {probeFixture("lab1-empty.txt"), {}, {}, {}});
        m_shells->script(QStringLiteral("lab2"), {probeWith(kImage), {}, {}, {}});
        const auto outcome = runEngine(DeployAction::Apply, m_topology, m_options);
        const QStringList lab1 = m_shells->steps(QStringLiteral("lab1"));
        const QStringList lab2 = m_shells->steps(QStringLiteral("lab2"));
        QVERIFY(outcome.value(QStringLiteral("lab1")).ok);
        QVERIFY(outcome.value(QStringLiteral("lab2")).ok);
        // lab1 builds first, then runs its plan; lab2 has the image and only runs its plan.
        QVERIFY2(lab1.first().contains(QStringLiteral("docker build --force-rm --label "
                                                      "overlaystudio.image=lab-two-hosts --tag ")
                                       + kImage),
                 qPrintable(lab1.first()));
        QCOMPARE(lab1.size(), lab2.size() + 1);
        const auto builds = [](const QStringList &steps) {
            return std::count_if(steps.begin(), steps.end(), [](const QString &c) {
                return c.contains(QStringLiteral("docker build"));
            });
        };
        QCOMPARE(builds(lab1), 1);
        QCOMPARE(builds(lab2), 0);
    }

    // Hosts on one machine (the local lab) share its Docker engine: one builds, the other takes
    // the image instead of building the same name beside it. Hosts on two machines both build.
    void hostsOnOneMachineBuildOnce_data()
    {
        QTest::addColumn<QByteArray>("lab2Machine");
        QTest::addColumn<int>("builds");
        QTest::newRow("one machine") << QByteArray("3d1219c7c4c5404aaa1f6d2a48adfda4") << 1;
        QTest::newRow("two machines") << QByteArray("9f0c51e2aa7b4d0c8e1f00c2b7d4a111") << 2;
    }
    void hostsOnOneMachineBuildOnce()
    {
        QFETCH(QByteArray, lab2Machine);
        QFETCH(int, builds);
        const QByteArray probe = probeFixture("lab1-empty.txt");
        m_shells->script(QStringLiteral("lab1"),
                         {onMachine(probe, "3d1219c7c4c5404aaa1f6d2a48adfda4"), {}, {}, {}});
        m_shells->script(QStringLiteral("lab2"), {onMachine(probe, lab2Machine), {}, {}, {}});
        QStringList phases;
        DeployEngine engine;
        connect(&engine, &DeployEngine::hostPhase, this,
                [&](const QString &host, const QString &text) { phases << host + ": " + text; });
        QSignalSpy finished(&engine, &DeployEngine::finished);
        QVERIFY(engine.start(DeployAction::Apply, m_topology, m_options));
        QVERIFY(finished.wait(30000));
        engine.waitForFinished();
        for (const HostOutcome &o : finished.first().first().value<QList<HostOutcome>>())
            QVERIFY2(o.ok, qPrintable(o.host + QStringLiteral(": ") + o.error));
        const QStringList all
            = m_shells->steps(QStringLiteral("lab1")) + m_shells->steps(QStringLiteral("lab2"));
        QCOMPARE(int(std::count_if(
                     all.begin(), all.end(),
                     [](const QString &c) { return c.contains(QStringLiteral("docker build")); })),
                 builds);
        const bool taken = phases.join(QLatin1Char('\n'))
                               .contains(kImage
                                         + QStringLiteral(": another host on this machine "
                                                          "got it"));
        QCOMPARE(taken, builds == 1);
    }

    void aFailedBuildStopsThatHostAlone()
    {
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host), {probeFixture("lab1-empty.txt"), {}, {}, {}});
        m_shells->script(
            QStringLiteral("lab1"),
            {probeFixture("lab1-empty.txt"),
             {},
             {},
             [](const QString &command, int, const std::atomic_bool *) -> Result<ExecResult> {
                 ExecResult r;
                 r.exitStatus = 0;
                 if (command.contains(QStringLiteral("docker build"))) {
                     r.exitStatus = 1;
                     r.out = "Step 1/2 : FROM overlaystudio/busybox:lab\nStep 2/2 : RUN exit 3\n";
                     r.err = "The command '/bin/sh -c exit 3' returned a non-zero code: 3\n";
                 }
                 return r;
             }});
        const auto outcome = runEngine(DeployAction::Apply, m_topology, m_options);
        const HostOutcome &lab1 = outcome.value(QStringLiteral("lab1"));
        QVERIFY(!lab1.ok && !lab1.cancelled);
        QVERIFY2(lab1.error.startsWith(QStringLiteral("lab1: image ") + kImage
                                       + QStringLiteral(" could not be built: step 2 (RUN exit "
                                                        "3) failed: The command '/bin/sh -c exit "
                                                        "3' returned a non-zero code: 3")),
                 qPrintable(lab1.error));
        // Nothing else ran there; lab2 built and went on.
        QCOMPARE(m_shells->steps(QStringLiteral("lab1")).size(), 1);
        QCOMPARE(lab1.steps.size(), std::size_t(1));
        QVERIFY(outcome.value(QStringLiteral("lab2")).ok);
        QVERIFY(m_shells->steps(QStringLiteral("lab2")).size() > 5);
    }

    void dryRunAndStatusShowThePhase()
    {
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host), {probeFixture("lab1-empty.txt"), {}, {}, {}});
        m_options.dryRun = true;
        const auto planned = runEngine(DeployAction::Apply, m_topology, m_options);
        QVERIFY(m_shells->steps(QStringLiteral("lab1")).isEmpty()); // ran nothing
        const HostOutcome &o = planned.value(QStringLiteral("lab1"));
        QVERIFY(o.steps.size() > 5);
        QVERIFY(o.steps.front().explanation.startsWith(QStringLiteral("Build image ") + kImage));

        m_options.dryRun = false;
        const auto status = runEngine(DeployAction::Status, m_topology, m_options);
        QVERIFY(m_shells->steps(QStringLiteral("lab1")).isEmpty());
        const auto &lines = status.value(QStringLiteral("lab1")).status;
        const auto it = std::find_if(lines.begin(), lines.end(), [](const ObjectStatus &s) {
            return s.name == QStringLiteral("image ") + kImage;
        });
        QVERIFY(it != lines.end());
        QCOMPARE(it->state, ObjectStatus::State::Missing);
        QVERIFY(it->detail.contains(QStringLiteral("builds it")));
    }

    void destroyKeepsImagesUnlessAsked()
    {
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host),
                             {probeFixture("lab1-two-hosts-applied.txt"), {}, {}, {}});
        runEngine(DeployAction::Destroy, m_topology, m_options);
        for (const QString &c : m_shells->steps(QStringLiteral("lab1")))
            QVERIFY2(!c.contains(QStringLiteral("rmi")), qPrintable(c));
        m_shells = std::make_unique<FakeShells>();
        m_shells->script(QStringLiteral("lab1"),
                         {probeFixture("lab1-two-hosts-applied.txt"), {}, {}, {}});
        m_options.shellFactory = m_shells->factory();
        m_options.removeImages = true;
        m_options.onlyHosts = {QStringLiteral("lab1")};
        const auto outcome = runEngine(DeployAction::Destroy, m_topology, m_options);
        QVERIFY(outcome.value(QStringLiteral("lab1")).ok);
        const QString last = m_shells->steps(QStringLiteral("lab1")).last();
        QVERIFY2(last.contains(QStringLiteral("docker rmi"))
                     && last.endsWith(
                         QStringLiteral("overlaystudio-images overlaystudio.image lab-two-hosts "
                                        "overlaystudio.image.loaded")),
                 qPrintable(last));
    }

private:
    std::unique_ptr<FakeShells> m_shells;
    Topology m_topology;
    DeployOptions m_options;
};

QTEST_GUILESS_MAIN(TestImagePhase)
#include "tst_imagephase.moc"
