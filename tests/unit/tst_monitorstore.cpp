// The store: rates from counters (each end's rx, resets, gaps), pings (late replies, loss,
// summaries), health per object, trimming and batching. Samples are fed as the host workers
// send them.
#include "monitor/monitorstore.h"

#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace studio;
using test::idOf;

namespace {

constexpr MonitorTime kT0 = 1795606900.0;

PortCounters port(const QString &name, qint64 rxPackets, qint64 rxBytes, double duration,
                  qint64 txPackets = 0, qint64 txBytes = 0)
{
    PortCounters p;
    p.bridge = QStringLiteral("br0");
    p.port = name;
    p.rxPackets = rxPackets;
    p.rxBytes = rxBytes;
    p.txPackets = txPackets;
    p.txBytes = txBytes;
    p.durationSeconds = duration;
    return p;
}

HostSample reachable(ObjectId host, MonitorTime t, const QList<PortCounters> &ports = {})
{
    HostSample s;
    s.host = host;
    s.time = t;
    s.health = {true, true, true, false, {}};
    s.countersRead = true;
    s.ports = ports;
    return s;
}

PingEvent ping(int probe, PingOutcome outcome, int seq, MonitorTime t, double rtt = kNoValue)
{
    PingEvent e;
    e.probe = probe;
    e.outcome = outcome;
    e.seq = seq;
    e.time = t;
    e.rttMs = rtt;
    return e;
}

QList<double> values(const TimeSeries *s)
{
    QList<double> list;
    if (s) {
        for (const TimeSeries::Point &p : s->points())
            list << p.v;
    }
    return list;
}

bool sameValues(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i]) || (!std::isnan(a[i]) && qAbs(a[i] - b[i]) > 1e-6))
            return false;
    }
    return true;
}

QString text(const QList<double> &v)
{
    QStringList words;
    for (double d : v)
        words << (std::isnan(d) ? QStringLiteral("nan") : QString::number(d));
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestMonitorStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_t = test::loadExample(QStringLiteral("lab-two-hosts.json"));
        m_lab1 = idOf(m_t, QStringLiteral("lab1"));
        m_lab2 = idOf(m_t, QStringLiteral("lab2"));
        m_link100 = 11;
        m_probes = ProbeSelection::select(m_t).value();
        m_store = std::make_unique<MonitorStore>();
        m_store->reset(m_t, m_probes, 1.0);
    }

    // Link A→B (lab1/br0 → lab2/br0) is what lab2's vxlan0 received; its tx (doubled by the
    // userspace VXLAN port) is never used. The rate divides by the port's own duration=.
    void linkRateFromFarEndRx_data()
    {
        QTest::addColumn<QList<PortCounters>>("samples"); // lab2's vxlan0, one per tick
        QTest::addColumn<QList<double>>("bits");
        QTest::addColumn<QList<double>>("packets");
        QTest::newRow("steady") << QList<PortCounters>{port("vxlan0", 10, 1000, 10.0, 99, 9999),
                                                       port("vxlan0", 20, 2250, 11.0, 500, 90000),
                                                       port("vxlan0", 40, 4750, 12.0)}
                                << QList<double>{10000, 20000} << QList<double>{10, 20};
        QTest::newRow("uneven reads: duration, not the tick, is the clock")
            << QList<PortCounters>{port("vxlan0", 0, 0, 5.0), port("vxlan0", 50, 5000, 5.5)}
            << QList<double>{80000} << QList<double>{100};
        QTest::newRow("port re-created: duration restarts, a gap, then rates again")
            << QList<PortCounters>{port("vxlan0", 100, 10000, 50.0),
                                   port("vxlan0", 110, 11000, 51.0), port("vxlan0", 3, 300, 0.8),
                                   port("vxlan0", 13, 1300, 1.8)}
            << QList<double>{8000, kNoValue, 8000} << QList<double>{10, kNoValue, 10};
        QTest::newRow("counters backwards: a reset, never negative traffic")
            << QList<PortCounters>{port("vxlan0", 100, 10000, 50.0), port("vxlan0", 90, 9000, 51.0),
                                   port("vxlan0", 100, 10000, 52.0)}
            << QList<double>{8000} << QList<double>{10}; // a gap before any data is no gap
        QTest::newRow("read twice within one refresh: nothing new")
            << QList<PortCounters>{port("vxlan0", 10, 1000, 10.0), port("vxlan0", 10, 1000, 10.01),
                                   port("vxlan0", 20, 2000, 11.0)}
            << QList<double>{8000} << QList<double>{10};
    }
    void linkRateFromFarEndRx()
    {
        QFETCH(QList<PortCounters>, samples);
        MonitorTime t = kT0;
        for (const PortCounters &p : samples)
            m_store->addHostSample(reachable(m_lab2, t += 1, {p}));
        const QList<double> gotBits = values(m_store->series({Metric::LinkBitsAToB, m_link100}));
        const QList<double> gotPackets
            = values(m_store->series({Metric::LinkPacketsAToB, m_link100}));
        QFETCH(QList<double>, bits);
        QFETCH(QList<double>, packets);
        QVERIFY2(sameValues(gotBits, bits), qPrintable(text(gotBits)));
        QVERIFY2(sameValues(gotPackets, packets), qPrintable(text(gotPackets)));
        // lab2's port says nothing about the other direction.
        QVERIFY(!m_store->series({Metric::LinkBitsBToA, m_link100}));
    }

    void unreachableHostIsAGap()
    {
        m_store->addHostSample(reachable(m_lab2, kT0 + 1, {port("vxlan0", 0, 0, 1)}));
        m_store->addHostSample(reachable(m_lab2, kT0 + 2, {port("vxlan0", 10, 1000, 2)}));
        HostSample gone;
        gone.host = m_lab2;
        gone.time = kT0 + 3;
        gone.health.message = QStringLiteral("lab2: cannot connect to 198.18.0.2:22");
        m_store->addHostSample(gone);
        // Back: the first sample only sets a new baseline (no rate across the gap).
        m_store->addHostSample(reachable(m_lab2, kT0 + 9, {port("vxlan0", 500, 50000, 9)}));
        m_store->addHostSample(reachable(m_lab2, kT0 + 10, {port("vxlan0", 510, 51000, 10)}));
        QVERIFY(sameValues(values(m_store->series({Metric::LinkBitsAToB, m_link100})),
                           {8000, kNoValue, 8000}));
        QCOMPARE(m_store->health(m_lab2).health, Health::Up);
        m_store->addHostSample(gone);
        const ObjectHealth h = m_store->health(m_lab2);
        QCOMPARE(h.health, Health::Unreachable);
        QCOMPARE(h.message, gone.health.message);
        QCOMPARE(m_store->health(idOf(m_t, QStringLiteral("lab2/container3"))).health,
                 Health::Unreachable);
        QCOMPARE(m_store->health(m_link100).health, Health::Unreachable);
        QVERIFY(!m_store->hostHealth(m_lab2).sshReachable);
        // lab1 is not concerned.
        QCOMPARE(m_store->health(m_lab1).health, Health::Unknown);
    }

    void containerRatesFromItsPort()
    {
        const ObjectId c1 = idOf(m_t, QStringLiteral("lab1/container1"));
        for (int i = 0; i < 3; ++i) {
            HostSample s
                = reachable(m_lab1, kT0 + i,
                            {port("0d148365ae154_l", 10 * i, 1000 * i, 30.0 + i, 5 * i, 500 * i)});
            s.containerPorts.insert(QStringLiteral("container1"),
                                    QStringLiteral("0d148365ae154_l"));
            s.containersRead = true;
            s.containers << ContainerSample{QStringLiteral("container1"), ContainerRun::Running,
                                            QStringLiteral("running"), 1234};
            m_store->addHostSample(s);
        }
        // Out: what the container sent = the port's rx.
        QVERIFY(sameValues(values(m_store->series({Metric::ContainerBitsOut, c1})), {8000, 8000}));
        QVERIFY(sameValues(values(m_store->series({Metric::ContainerPacketsIn, c1})), {5, 5}));
        QCOMPARE(m_store->health(c1).health, Health::Up);
    }

    void containerStates_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<QString>("status");
        // 0: none mapped, 1: mapped and on the bridge, 2: mapped, not on the bridge,
        // 3: mapped, on the bridge, but its device is gone (the veth died with a restart)
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("message");
        const QString detached = QStringLiteral(
            "container1 runs but has no port on its bridge (it was restarted after the apply?). "
            "Apply the topology again.");
        QTest::newRow("running") << int(ContainerRun::Running) << "running" << 1 << int(Health::Up)
                                 << "";
        QTest::newRow("stopped") << int(ContainerRun::Stopped) << "exited" << 1 << int(Health::Down)
                                 << "container1 on lab1 is not running (exited).";
        QTest::newRow("missing: never applied")
            << int(ContainerRun::Missing) << "" << 0 << int(Health::NotDeployed)
            << "container1 does not exist on lab1: the topology is not applied there. Apply it "
               "first.";
        QTest::newRow("running without a port")
            << int(ContainerRun::Running) << "running" << 0 << int(Health::Degraded) << detached;
        QTest::newRow("running, its port not on the bridge")
            << int(ContainerRun::Running) << "running" << 2 << int(Health::Degraded) << detached;
        QTest::newRow("running, its veth gone with its restart")
            << int(ContainerRun::Running) << "running" << 3 << int(Health::Degraded) << detached;
    }
    void containerStates()
    {
        QFETCH(int, run);
        QFETCH(QString, status);
        QFETCH(int, port);
        HostSample s = reachable(m_lab1, kT0);
        s.containersRead = true;
        s.containers << ContainerSample{QStringLiteral("container1"), ContainerRun(run), status, 0};
        if (port > 0)
            s.containerPorts.insert(QStringLiteral("container1"), QStringLiteral("p_l"));
        if (port == 1 || port == 3) {
            s.ports << ::port(QStringLiteral("p_l"), 1, 100, 5.0);
            s.ports.last().link = port == 1 ? PortLink::Up : PortLink::NoDevice;
        }
        m_store->addHostSample(s);
        const ObjectHealth h = m_store->health(idOf(m_t, QStringLiteral("lab1/container1")));
        QTEST(int(h.health), "health");
        QTEST(h.message, "message");
    }

    void notAppliedBridge()
    {
        HostSample s = reachable(m_lab1, kT0);
        s.missingBridges = {QStringLiteral("br0")};
        m_store->addHostSample(s);
        const ObjectHealth b = m_store->health(idOf(m_t, QStringLiteral("lab1/br0")));
        QCOMPARE(b.health, Health::NotDeployed);
        QVERIFY(b.message.contains(QStringLiteral("Apply it first")));
        QCOMPARE(m_store->health(m_link100).health, Health::NotDeployed);
        QCOMPARE(m_store->health(idOf(m_t, QStringLiteral("lab1/br1"))).health, Health::Up);
    }

    void lateReplyCorrectsProvisionalLoss()
    {
        HostSample s = reachable(m_lab1, kT0 + 5);
        s.pings = {ping(0, PingOutcome::Reply, 1, kT0 + 1, 1.0),
                   ping(0, PingOutcome::Reply, 2, kT0 + 2, 2.0),
                   ping(0, PingOutcome::NoAnswerYet, 3, kT0 + 3),
                   ping(0, PingOutcome::Reply, 4, kT0 + 4, 4.0)};
        m_store->addHostSample(s);
        QCOMPARE(m_store->summary(0).lost, 1);
        QCOMPARE(m_store->summary(0).lossPercent, 25.0);
        QCOMPARE(m_store->series({Metric::ProbeLoss, 0})->size(), 1);
        QSignalSpy spy(m_store.get(), &MonitorStore::updated);
        m_store->flush();
        spy.clear();

        PingEvent late = ping(0, PingOutcome::Reply, 3, kT0 + 3, 1500);
        late.late = true;
        s = reachable(m_lab1, kT0 + 6);
        s.pings = {late};
        m_store->addHostSample(s);
        QVERIFY(sameValues(values(m_store->series({Metric::ProbeRttMs, 0})), {1, 2, 1500, 4}));
        QCOMPARE(m_store->series({Metric::ProbeLoss, 0})->size(), 0);
        const ProbeSummary sum = m_store->summary(0);
        QCOMPARE(sum.lost, 0);
        QCOMPARE(sum.answered, 4);
        QCOMPARE(sum.lossPercent, 0.0);
        // The update tells a plot to re-read from the corrected point on.
        m_store->flush();
        QCOMPARE(spy.size(), 1);
        const auto update = spy.first().first().value<MonitorUpdate>();
        QCOMPARE(update.changedSeries.value({Metric::ProbeRttMs, 0}), kT0 + 3);
    }

    void icmpErrorAfterNoAnswerIsOneLoss()
    {
        HostSample s = reachable(m_lab1, kT0 + 5);
        PingEvent error = ping(0, PingOutcome::Unreachable, 1, kT0 + 1);
        error.detail = QStringLiteral("From 198.19.2.2 icmp_seq=1 Destination Host Unreachable");
        s.pings = {ping(0, PingOutcome::NoAnswerYet, 1, kT0 + 1), error,
                   ping(0, PingOutcome::Unreachable, 2, kT0 + 2),
                   ping(0, PingOutcome::NoAnswerYet, 2, kT0 + 2)};
        m_store->addHostSample(s);
        QCOMPARE(m_store->summary(0).lost, 2);
        QCOMPARE(m_store->series({Metric::ProbeRttMs, 0})->size(), 2);
    }

    void summaryFigures()
    {
        HostSample s = reachable(m_lab1, kT0 + 20);
        // RTTs 1..10 ms and 10 lost of 20 requests.
        for (int i = 1; i <= 20; ++i)
            s.pings << (i % 2 ? ping(0, PingOutcome::Reply, i, kT0 + i, (i + 1) / 2)
                              : ping(0, PingOutcome::NoAnswerYet, i, kT0 + i));
        m_store->addHostSample(s);
        const ProbeSummary sum = m_store->summary(0);
        QCOMPARE(sum.answered, 10);
        QCOMPARE(sum.lost, 10);
        QCOMPARE(sum.lossPercent, 50.0);
        QCOMPARE(sum.lastMs, 10.0);
        QCOMPARE(sum.medianMs, 5.0); // nearest rank: a value that was measured
        QCOMPARE(sum.p90Ms, 9.0);
        QVERIFY(std::isnan(m_store->summary(1).medianMs)); // no data: no figure
    }

    void probeAndLinkHealth()
    {
        // Both containers of probe 0 run.
        const auto attached = [](const QString &name) {
            PortCounters p = port(name, 0, 0, 1.0);
            p.link = PortLink::Up;
            return p;
        };
        HostSample h1 = reachable(m_lab1, kT0, {attached("a_l"), attached("b_l")});
        h1.containersRead = true;
        h1.containerPorts = {{QStringLiteral("container1"), QStringLiteral("a_l")},
                             {QStringLiteral("container2"), QStringLiteral("b_l")}};
        h1.containers = {{QStringLiteral("container1"), ContainerRun::Running, {}, 1},
                         {QStringLiteral("container2"), ContainerRun::Running, {}, 2}};
        HostSample h2 = reachable(m_lab2, kT0, {attached("c_l"), attached("d_l")});
        h2.containersRead = true;
        h2.containerPorts = {{QStringLiteral("container3"), QStringLiteral("c_l")},
                             {QStringLiteral("container4"), QStringLiteral("d_l")}};
        h2.containers = {{QStringLiteral("container3"), ContainerRun::Running, {}, 3},
                         {QStringLiteral("container4"), ContainerRun::Running, {}, 4}};
        m_store->addHostSample(h2);
        h1.pings = {ping(0, PingOutcome::Reply, 1, kT0 + 1, 1),
                    ping(2, PingOutcome::Reply, 1, kT0 + 1, 1)};
        m_store->addHostSample(h1);
        QCOMPARE(m_store->probeHealth(0).health, Health::Up);
        QCOMPARE(m_store->health(m_link100).health, Health::Up);

        // One loss: degraded. Three in a row: down, and the link with it (its only probe).
        HostSample s = reachable(m_lab1, kT0 + 2);
        s.pings = {ping(0, PingOutcome::NoAnswerYet, 2, kT0 + 2)};
        m_store->addHostSample(s);
        QCOMPARE(m_store->probeHealth(0).health, Health::Degraded);
        QCOMPARE(m_store->health(m_link100).health, Health::Degraded);
        s.pings = {ping(0, PingOutcome::NoAnswerYet, 3, kT0 + 3),
                   ping(0, PingOutcome::NoAnswerYet, 4, kT0 + 4)};
        m_store->addHostSample(s);
        QCOMPARE(m_store->probeHealth(0).health, Health::Down);
        QCOMPARE(m_store->health(m_link100).health, Health::Broken);
        QVERIFY(m_store->health(m_link100).message.contains(QStringLiteral("no answer")));
        // The other link is untouched.
        QCOMPARE(m_store->health(12).health, Health::Up);

        // The target stopped: the pings fail, but that is not the link's fault.
        h2.time = kT0 + 5;
        h2.containers[0].state = ContainerRun::Stopped;
        m_store->addHostSample(h2);
        QCOMPARE(m_store->health(m_link100).health, Health::Up);

        // A stale probe.
        s.pings = {ping(1, PingOutcome::Stale, -1, kT0 + 6)};
        s.pings.first().detail = QStringLiteral("the ping printed nothing for 2.4 s.");
        m_store->addHostSample(s);
        QCOMPARE(m_store->probeHealth(1).health, Health::Stale);
        QVERIFY(m_store->probeHealth(1).message.contains(QStringLiteral("printed nothing")));
        QCOMPARE(m_store->probesOf(m_link100), (QList<int>{0, 2}));
    }

    void oneUpdatePerBatch()
    {
        QSignalSpy spy(m_store.get(), &MonitorStore::updated);
        for (int i = 0; i < 10; ++i) {
            HostSample s = reachable(m_lab2, kT0 + i, {port("vxlan0", i, 100 * i, i)});
            s.pings = {ping(0, PingOutcome::Reply, i + 1, kT0 + i, 1)};
            m_store->addHostSample(s);
        }
        QCOMPARE(spy.size(), 0); // nothing per sample...
        QVERIFY(spy.wait(1000)); // ...one batch on the coalescing timer
        QCOMPARE(spy.size(), 1);
        const auto update = spy.first().first().value<MonitorUpdate>();
        QCOMPARE(update.changedSeries.value({Metric::LinkBitsAToB, m_link100}), kT0 + 1);
        QCOMPARE(update.newest, kT0 + 9);
        QVERIFY(update.changedObjects.contains(m_lab2));
        QVERIFY(!spy.wait(300)); // and nothing more without new samples
    }

    void windowKeepsMemoryFlat()
    {
        m_store->setWindowSeconds(60);
        QList<int> sizes;
        for (int i = 0; i <= 3600; ++i) {
            HostSample s = reachable(m_lab2, kT0 + i, {port("vxlan0", i, 100 * i, i)});
            s.pings = {ping(0, PingOutcome::Reply, i + 1, kT0 + i, 1)};
            m_store->addHostSample(s);
            if (i % 600 == 0)
                sizes << m_store->series({Metric::ProbeRttMs, 0})->size();
        }
        QCOMPARE(sizes.first(), 1);
        for (int size : sizes.mid(1))
            QCOMPARE(size, 61); // the last minute, whatever the hour
        const TimeSeries *bits = m_store->series({Metric::LinkBitsAToB, m_link100});
        QVERIFY(bits->points().front().t >= kT0 + 3600 - 60);
    }

private:
    Topology m_t;
    ObjectId m_lab1 = kNoObject;
    ObjectId m_lab2 = kNoObject;
    ObjectId m_link100 = kNoObject;
    std::vector<ProbeSpec> m_probes;
    std::unique_ptr<MonitorStore> m_store;
};

QTEST_GUILESS_MAIN(TestMonitorStore)
#include "tst_monitorstore.moc"
