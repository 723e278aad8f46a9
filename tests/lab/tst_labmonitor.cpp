// Monitoring on the local lab, proven with packets: RTT samples, traffic on the right link, loss
// injected in the underlay, a stopped container, a host whose sshd goes away and comes back, and
// no monitoring process left on any lab host afterwards. Needs the "lab" fixture (3 hosts).
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"
#include "monitor/monitor.h"
#include "monitor/monitorstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kRunDir = QStringLiteral(STUDIO_LAB_RUN_DIR);
const QString kLossRule = QStringLiteral("overlaystudio-monitor-test");

// The network namespaces of lab host N and of its containers, as /proc/PID/ns/net names them.
QSet<QString> namespacesOf(int host)
{
    QSet<QString> result;
    struct stat st = {};
    if (::stat(qPrintable(QStringLiteral("/run/netns/oslab-h%1").arg(host)), &st) == 0)
        result.insert(QStringLiteral("net:[%1]").arg(quint64(st.st_ino)));
    const QByteArray ids = run({QStringLiteral("docker"), QStringLiteral("ps"),
                                QStringLiteral("-q"), QStringLiteral("--filter"),
                                QStringLiteral("label=overlaystudio.host=lab%1").arg(host)})
                               .out;
    for (const QByteArray &id : ids.split('\n')) {
        if (id.isEmpty())
            continue;
        const QByteArray pid
            = run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{.State.Pid}}"), QString::fromUtf8(id)})
                  .out.trimmed();
        result.insert(QFileInfo(QStringLiteral("/proc/%1/ns/net").arg(QString::fromUtf8(pid)))
                          .symLinkTarget()
                          .section(QLatin1Char('/'), -1));
    }
    return result;
}

// Every process our monitoring starts on a host: the ping script (with its loops) and its
// pings; only those in the given namespaces when some are given.
QStringList monitoringProcesses(const QSet<QString> &namespaces = {})
{
    QStringList found;
    for (const QString &entry :
         QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmdline = f.readAll();
        const bool ours = cmdline.contains("overlaystudio-pings")
                          || cmdline.startsWith(QByteArray("ping\0-n\0-D\0-O\0", 15));
        if (!ours)
            continue;
        const QString net = QFileInfo(QStringLiteral("/proc/%1/ns/net").arg(entry))
                                .symLinkTarget()
                                .section(QLatin1Char('/'), -1);
        if (!namespaces.isEmpty() && !namespaces.contains(net))
            continue;
        QByteArray shown = cmdline.left(60);
        shown.replace('\0', ' ');
        found << QStringLiteral("%1 [%2] %3").arg(entry, net, QString::fromUtf8(shown));
    }
    return found;
}

bool noMonitoringProcessesWithin(int ms, const QSet<QString> &namespaces = {})
{
    QElapsedTimer timer;
    timer.start();
    while (!monitoringProcesses(namespaces).isEmpty() && timer.elapsed() < ms)
        QTest::qWait(100);
    const QStringList left = monitoringProcesses(namespaces);
    for (const QString &p : left)
        qWarning("left running: %s", qPrintable(p));
    return left.isEmpty();
}

qint64 counter(const QString &container, const QString &name)
{
    return inContainer(container, {QStringLiteral("cat"),
                                   QStringLiteral("/sys/class/net/eth0/statistics/") + name})
        .out.trimmed()
        .toLongLong();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return kNoValue;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Values of a series within [from, to], NaN left out.
std::vector<double> valuesBetween(const TimeSeries *s, MonitorTime from, MonitorTime to)
{
    std::vector<double> v;
    if (!s)
        return v;
    for (int i = s->indexAt(from); i < s->size() && s->at(i).t <= to; ++i) {
        if (!std::isnan(s->at(i).v))
            v.push_back(s->at(i).v);
    }
    return v;
}

MonitorTime nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QStringList lossRule(const char *action)
{
    // In the machine's namespace, on the lab's underlay bridge: bridged frames pass FORWARD
    // (br_netfilter), so this drops a share of the VXLAN packets between the lab hosts.
    return {QStringLiteral("iptables"),
            QLatin1String(action),
            QStringLiteral("FORWARD"),
            QStringLiteral("-i"),
            QStringLiteral("oslab0"),
            QStringLiteral("-o"),
            QStringLiteral("oslab0"),
            QStringLiteral("-p"),
            QStringLiteral("udp"),
            QStringLiteral("--dport"),
            QStringLiteral("4789"),
            QStringLiteral("-m"),
            QStringLiteral("statistic"),
            QStringLiteral("--mode"),
            QStringLiteral("random"),
            QStringLiteral("--probability"),
            QStringLiteral("0.2"),
            QStringLiteral("-m"),
            QStringLiteral("comment"),
            QStringLiteral("--comment"),
            kLossRule,
            QStringLiteral("-j"),
            QStringLiteral("DROP")};
}

qint64 lossRuleDrops()
{
    const QByteArray rules
        = run({QStringLiteral("iptables"), QStringLiteral("-L"), QStringLiteral("FORWARD"),
               QStringLiteral("-v"), QStringLiteral("-x"), QStringLiteral("-n")})
              .out;
    for (const QByteArray &line : rules.split('\n')) {
        if (line.contains(kLossRule.toUtf8()))
            return line.simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestLabMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("monitoring the lab needs root");
        auto lab = Lab::load(kRunDir);
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        QVERIFY(lab.value().hosts.size() >= 2);
        auto loaded = projectfile::load(
            QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
        QVERIFY(loaded.ok());
        m_topology = loaded.value();
        for (const Host &h : m_topology.hosts())
            m_topology.host(h.id)->keyFile = lab.value().clientKey;
        m_file = m_dir.filePath(QStringLiteral("lab.json"));
        QVERIFY(projectfile::save(m_topology, m_file).ok());
        QVERIFY2(noMonitoringProcessesWithin(0), "monitoring processes before the test");
        // Containers an earlier, interrupted run left in the machine's one Docker engine would
        // make "never applied" untrue.
        const QByteArray leftovers
            = run({QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-aq"),
                   QStringLiteral("--filter"),
                   QStringLiteral("label=overlaystudio.topology=lab-two-hosts")})
                  .out;
        for (const QByteArray &id : leftovers.split('\n')) {
            if (!id.isEmpty())
                run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"),
                     QString::fromUtf8(id)});
        }
        m_options.knownHostsFile = QStringLiteral(STUDIO_LAB_KNOWN_HOSTS);
    }

    void cleanupTestCase()
    {
        m_monitor.reset();
        run(lossRule("-D"));
        // A test that stopped early may have left lab1's sshd stopped; destroy needs it.
        const auto status = Lab::status(kRunDir);
        for (const LabHostStatus &host : status ? status.value() : QList<LabHostStatus>()) {
            if (host.name != QLatin1String("lab1")
                || !host.deadProcesses.contains(QStringLiteral("sshd")))
                continue;
            if (const Status sshd = Lab::startSshd(kRunDir, host.name); !sshd)
                qWarning("lab1's sshd: %s", qPrintable(sshd.error().toString()));
        }
        run({QStringLiteral(STUDIO_CLI), QStringLiteral("destroy"), m_file,
             QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        QVERIFY(run({QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-aq"),
                     QStringLiteral("--filter"),
                     QStringLiteral("label=overlaystudio.topology=lab-two-hosts")})
                    .out.trimmed()
                    .isEmpty());
        QVERIFY(noMonitoringProcessesWithin(5000));
    }

    void notAppliedSaysSoPerObject()
    {
        start();
        const ObjectId c1 = id(QStringLiteral("lab1/container1"));
        const ObjectId br0 = id(QStringLiteral("lab2/br0"));
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(c1).health, Health::NotDeployed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(br0).health, Health::NotDeployed, 5000);
        QVERIFY(m_store.health(c1).message.contains(QStringLiteral("Apply it first")));
        QCOMPARE(m_store.health(id(QStringLiteral("lab1"))).health, Health::Up);
        QCOMPARE(m_store.health(11).health, Health::NotDeployed);
        // The underlay needs nothing applied: its RTT arrives regardless.
        const int underlay = probeIndex(QStringLiteral("underlay lab1 → lab2"));
        QTRY_VERIFY_WITH_TIMEOUT(m_store.summary(underlay).answered > 0, 5000);
        QCOMPARE(m_store
                     .probeHealth(probeIndex(QStringLiteral("lab1/container1 → "
                                                            "lab2/container3")))
                     .health,
                 Health::Down);
        QVERIFY(m_monitor->stopAndWait());
        QVERIFY(noMonitoringProcessesWithin(3000));
    }

    void apply()
    {
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // The CLI's text lines read as columns: every ping's milliseconds, every rate's kbit/s and
    // every state end or start where the others do.
    void cliTextReadsAsColumns()
    {
        const Run r = run({cliPath(), QStringLiteral("monitor"), m_file, QStringLiteral("--count"),
                           QStringLiteral("3"), QStringLiteral("--known-hosts"),
                           QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)},
                          30000);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QMap<QString, QSet<qsizetype>> columns; // what is aligned -> where it is on its lines
        QMap<QString, int> lines;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            for (const char *mark : {" ms", " kbit/s", "  up"}) {
                const qsizetype at = line.indexOf(QLatin1String(mark));
                if (at > 0 && (mark[1] != ' ' || line.endsWith(QLatin1String(mark)))) {
                    columns[QLatin1String(mark)].insert(at);
                    ++lines[QLatin1String(mark)];
                }
            }
        }
        for (const char *mark : {" ms", " kbit/s", "  up"}) {
            QVERIFY2(lines.value(QLatin1String(mark)) >= 3
                         && columns[QLatin1String(mark)].size() == 1,
                     qPrintable(QStringLiteral("'%1' not in one column:\n%2").arg(mark, out)));
        }
    }

    void rttWithinThreeSeconds()
    {
        QElapsedTimer timer;
        timer.start();
        start();
        const int probe = probeIndex(QStringLiteral("lab1/container1 → lab2/container3"));
        QTRY_VERIFY_WITH_TIMEOUT(m_store.summary(probe).answered > 0, 3000);
        qInfo("first overlay RTT after %lld ms: %.3f ms", timer.elapsed(),
              m_store.summary(probe).lastMs);
        QVERIFY(m_store.summary(probe).lastMs > 0);
        QVERIFY(m_store.summary(probe).lastMs < 100);
        // Everything is up.
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(11).health, Health::Up, 5000);
        QCOMPARE(m_store.health(id(QStringLiteral("lab2/container3"))).health, Health::Up);
    }

    void trafficShowsOnItsLink()
    {
        // 20 pings a second with 1,000 bytes of payload from container1 to container3, for
        // 8 s: 1,042-byte frames each way on VNI 100's link.
        QVERIFY(m_monitor && m_monitor->isRunning());
        const qint64 txBefore = counter(QStringLiteral("container1"), QStringLiteral("tx_bytes"));
        const MonitorTime start = nowSeconds();
        QElapsedTimer elapsed;
        elapsed.start();
        const Run traffic = inContainer(
            QStringLiteral("container1"),
            {QStringLiteral("ping"), QStringLiteral("-q"), QStringLiteral("-c"),
             QStringLiteral("160"), QStringLiteral("-i"), QStringLiteral("0.05"),
             QStringLiteral("-s"), QStringLiteral("1000"), QStringLiteral("198.19.2.3")});
        const double seconds = double(elapsed.elapsed()) / 1000.0;
        const MonitorTime end = nowSeconds();
        const qint64 sent
            = counter(QStringLiteral("container1"), QStringLiteral("tx_bytes")) - txBefore;
        QCOMPARE(traffic.exitCode, 0);
        QTest::qWait(2500); // counters of VXLAN ports lag; the last samples come a tick later
        m_store.flush();

        const double sentRate = double(sent) * 8 / seconds;
        // The steady part: a second after the start to a second before the end.
        const std::vector<double> aToB
            = valuesBetween(m_store.series({Metric::LinkBitsAToB, 11}), start + 1.5, end - 0.5);
        const std::vector<double> bToA
            = valuesBetween(m_store.series({Metric::LinkBitsBToA, 11}), start + 1.5, end - 0.5);
        const std::vector<double> other
            = valuesBetween(m_store.series({Metric::LinkBitsAToB, 12}), start + 1.5, end - 0.5);
        QVERIFY(aToB.size() >= 4);
        const double measured = median(aToB);
        qInfo("sent %.1f kbit/s; VNI 100 link a>b %.1f kbit/s, b>a %.1f kbit/s; VNI 200 link "
              "%.1f kbit/s",
              sentRate / 1000, measured / 1000, median(bToA) / 1000, median(other) / 1000);
        QVERIFY2(qAbs(measured - sentRate) <= 0.1 * sentRate, "a>b not within 10%");
        // The replies come back the same size.
        QVERIFY2(qAbs(median(bToA) - sentRate) <= 0.1 * sentRate, "b>a not within 10%");
        // VNI 200 carries only the monitor's own ping (~0.8 kbit/s).
        QVERIFY(!other.empty());
        QVERIFY(*std::max_element(other.begin(), other.end()) < 0.02 * sentRate);
        // The container's own port tells the same story.
        const std::vector<double> out = valuesBetween(
            m_store.series({Metric::ContainerBitsOut, id(QStringLiteral("lab1/container1"))}),
            start + 1.5, end - 0.5);
        QVERIFY(qAbs(median(out) - sentRate) <= 0.1 * sentRate);
    }

    void stoppedContainerIsMarkedDown()
    {
        QVERIFY(m_monitor && m_monitor->isRunning());
        const ObjectId c3 = id(QStringLiteral("lab2/container3"));
        QCOMPARE(m_store.health(c3).health, Health::Up);
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("stop"), QStringLiteral("-t"),
                      QStringLiteral("0"), QStringLiteral("container3")})
                     .exitCode,
                 0);
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(c3).health, Health::Down, 3000);
        qInfo("container3 marked down %lld ms after docker stop returned", timer.elapsed());
        QVERIFY(m_store.health(c3).message.contains(QStringLiteral("not running")));
        // Its pings fail, but the link is not blamed for a stopped container.
        QTest::qWait(3500);
        QVERIFY(m_store.health(11).health != Health::Broken);

        QCOMPARE(
            run({QStringLiteral("docker"), QStringLiteral("start"), QStringLiteral("container3")})
                .exitCode,
            0);
        timer.restart();
        // Docker gives it a fresh network namespace without our port: running, not attached,
        // until the topology is applied again; then it answers pings again.
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(c3).health, Health::Degraded, 3000);
        qInfo("container3 running again, marked %lld ms after docker start returned: %s",
              timer.elapsed(), qPrintable(m_store.health(c3).message));
        QVERIFY(m_store.health(c3).message.contains(QStringLiteral("Apply the topology again")));
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(c3).health, Health::Up, 5000);
        // container3's eth0 has a new MAC now; container1 still has the old one in its ARP
        // cache (nothing announces the new one) and would take ~30 s to find out by itself.
        const int probe = probeIndex(QStringLiteral("lab1/container1 → lab2/container3"));
        const QString pid = QString::fromUtf8(
            run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("--format"),
                 QStringLiteral("{{.State.Pid}}"), QStringLiteral("container1")})
                .out.trimmed());
        const Run flushed
            = run({QStringLiteral("nsenter"), QStringLiteral("-t"), pid, QStringLiteral("-n"),
                   QStringLiteral("ip"), QStringLiteral("neigh"), QStringLiteral("flush"),
                   QStringLiteral("dev"), QStringLiteral("eth0")});
        QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
        // Answered again (Up once the loss has left its last 10 requests).
        const int answered = m_store.summary(probe).answered;
        QTRY_VERIFY_WITH_TIMEOUT(m_store.summary(probe).answered > answered, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_store.probeHealth(probe).health != Health::Down, 3000);
    }

    void hostGoneAndBack()
    {
        QVERIFY(m_monitor && m_monitor->isRunning());
        const ObjectId lab1 = id(QStringLiteral("lab1"));
        const ObjectId lab2 = id(QStringLiteral("lab2"));
        QSignalSpy samples(m_monitor.get(), &Monitor::hostSampled);
        const QSet<QString> onLab1 = namespacesOf(1);
        QVERIFY(!monitoringProcesses(onLab1).isEmpty()); // lab1 runs the pings

        // lab1's sshd stops and its sessions end: our connection drops.
        QVERIFY(Lab::stopSshd(kRunDir, QStringLiteral("lab1")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(lab1).health, Health::Unreachable, 5000);
        qInfo("lab1 unreachable: %s", qPrintable(m_store.health(lab1).message));
        // The pings it ran ended with the connection: nothing of ours is left on lab1 (in its
        // namespace or its containers').
        QVERIFY(noMonitoringProcessesWithin(3000, onLab1));
        // lab2 keeps reporting meanwhile.
        samples.clear();
        QTest::qWait(3000);
        const auto fromLab2 = std::count_if(samples.begin(), samples.end(), [&](const auto &a) {
            const HostSample s = a.first().template value<HostSample>();
            return s.host == lab2 && s.health.sshReachable;
        });
        QVERIFY2(fromLab2 >= 2, "lab2 stopped reporting");
        QCOMPARE(m_store.health(lab2).health, Health::Up);
        // The probes from lab1 show a gap, not zeros.
        const int probe = probeIndex(QStringLiteral("lab1/container1 → lab2/container3"));
        QVERIFY(std::isnan(m_store.series({Metric::ProbeRttMs, quint32(probe)})->last().v));

        // sshd back: monitoring resumes by itself.
        QVERIFY(Lab::startSshd(kRunDir, QStringLiteral("lab1")).ok());
        QElapsedTimer timer;
        timer.start();
        const int answered = m_store.summary(probe).answered;
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(lab1).health, Health::Up, 15000); // backoff ≤ 5 s
        qInfo("lab1 reachable again %lld ms after sshd came back", timer.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(m_store.summary(probe).answered > answered, 15000);
        qInfo("monitoring of lab1 resumed %lld ms after sshd came back", timer.elapsed());
    }

    void stopLeavesNothing()
    {
        QVERIFY(m_monitor && m_monitor->isRunning());
        QVERIFY(!monitoringProcesses().isEmpty());
        QSignalSpy stopped(m_monitor.get(), &Monitor::stopped);
        QVERIFY(m_monitor->stopAndWait());
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!m_monitor->isRunning());
        QVERIFY(noMonitoringProcessesWithin(2000));
    }

    void lossIsMeasured()
    {
        // 20% of the VXLAN packets between the hosts are dropped each way: a ping is lost when
        // its request or its reply is, 1 - 0.8² = 36%. Each lost ping costs exactly one dropped
        // packet (a dropped request gets no reply), so the rule's counter is the exact figure.
        QVERIFY(run(lossRule("-I")).exitCode == 0);
        m_options.intervalSeconds = 0.2;
        start();
        QTest::qWait(30000);
        QVERIFY(m_monitor->stopAndWait());
        const qint64 dropped = lossRuleDrops();
        QVERIFY(run(lossRule("-D")).exitCode == 0);
        m_options.intervalSeconds = 1.0;

        int answered = 0, lost = 0;
        for (const ProbeSpec &p : m_store.probes()) {
            const ProbeSummary s = m_store.summary(p.index);
            qInfo("%s: %d answered, %d lost (%.1f%%)", qPrintable(p.label), s.answered, s.lost,
                  s.lossPercent);
            if (p.kind == ProbeKind::Underlay) {
                QCOMPARE(s.lost, 0); // ICMP between the hosts is not UDP 4789
                continue;
            }
            answered += s.answered;
            lost += s.lost;
        }
        const double measured = 100.0 * lost / (answered + lost);
        const double exact = 100.0 * double(dropped) / (answered + lost);
        qInfo("overlay loss measured %.1f%%; dropped packets give %.1f%%; nominal 36%%", measured,
              exact);
        QVERIFY(answered + lost >= 250);
        // Pings still in flight when monitoring stopped may have lost a packet without being
        // reported yet: a handful at most, never the other way round.
        qInfo("lost pings %d, dropped packets %lld", lost, dropped);
        QVERIFY2(lost <= dropped + 2, "more pings lost than packets dropped");
        QVERIFY2(dropped - lost <= 8, "losses not reported");
        QVERIFY2(qAbs(measured - exact) <= 3.0, "not within 3 points of the packets dropped");
        QVERIFY2(qAbs(measured - 36.0) <= 8.0, "far from the nominal 36%");
    }

    void changedHostKeyIsRefused()
    {
        // A known_hosts file with lab2's address under another key: a changed key.
        QFile known(QStringLiteral(STUDIO_LAB_KNOWN_HOSTS));
        QVERIFY(known.open(QIODevice::ReadOnly));
        QByteArray entries = known.readAll();
        const QList<QByteArray> lines = entries.split('\n');
        QByteArray lab1Key, lab2Line;
        for (const QByteArray &l : lines) {
            if (l.startsWith("198.18.0.1 "))
                lab1Key = l.mid(11);
            if (l.startsWith("198.18.0.2 "))
                lab2Line = l;
        }
        QVERIFY(!lab1Key.isEmpty() && !lab2Line.isEmpty());
        entries.replace(lab2Line, "198.18.0.2 " + lab1Key);
        const QString forged = m_dir.filePath(QStringLiteral("forged_known_hosts"));
        QFile out(forged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(entries);
        out.close();

        m_options.knownHostsFile = forged;
        int prompts = 0;
        m_options.hostKeyPrompt = [&prompts](const UnknownHostKey &) {
            ++prompts;
            return true;
        };
        start();
        m_options.knownHostsFile = QStringLiteral(STUDIO_LAB_KNOWN_HOSTS);
        m_options.hostKeyPrompt = {};
        const ObjectId lab2 = id(QStringLiteral("lab2"));
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(lab2).health, Health::Unreachable, 10000);
        QVERIFY(m_store.health(lab2).message.contains(QStringLiteral("CHANGED")));
        QVERIFY(m_store.hostHealth(lab2).hostKeyRejected);
        QCOMPARE(prompts, 0); // a changed key is refused, never asked about
        QTRY_COMPARE_WITH_TIMEOUT(m_store.health(id(QStringLiteral("lab1"))).health, Health::Up,
                                  5000);
        QVERIFY(m_monitor->stopAndWait());
    }

    void cliQuitsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl+C") << int(SIGINT);
        QTest::newRow("terminated") << int(SIGTERM);
        // A crash: the kernel closes the connection, sshd ends the session, the pings see the
        // end of their stdin.
        QTest::newRow("killed") << int(SIGKILL);
    }
    void cliQuitsCleanly()
    {
        QFETCH(int, signal);
        QProcess cli;
        cli.start(QStringLiteral(STUDIO_CLI),
                  {QStringLiteral("monitor"), m_file, QStringLiteral("--json"),
                   QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        QVERIFY(cli.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("\"kind\":\"rtt\",\"outcome\":\"reply\"") && timer.elapsed() < 10000) {
            cli.waitForReadyRead(200);
            out += cli.readAllStandardOutput();
        }
        QVERIFY2(out.contains("\"outcome\":\"reply\""), out.constData());
        QVERIFY(!monitoringProcesses().isEmpty());
        ::kill(pid_t(cli.processId()), signal);
        QVERIFY(cli.waitForFinished(10000));
        if (signal != SIGKILL) {
            QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
            QCOMPARE(cli.exitCode(), 0);
        }
        QVERIFY(noMonitoringProcessesWithin(5000));
    }

private:
    void start()
    {
        m_monitor.reset();
        m_monitor = std::make_unique<Monitor>(&m_store);
        auto started = m_monitor->start(m_topology, m_options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }
    ObjectId id(const QString &name) const
    {
        for (const Host &h : m_topology.hosts())
            if (h.name == name)
                return h.id;
        for (const Bridge &b : m_topology.bridges())
            if (m_topology.displayName(b.id) == name)
                return b.id;
        for (const Container &c : m_topology.containers())
            if (m_topology.displayName(c.id) == name)
                return c.id;
        qFatal("no object %s", qPrintable(name));
    }
    int probeIndex(const QString &label) const
    {
        for (const ProbeSpec &p : m_store.probes())
            if (p.label == label)
                return p.index;
        qFatal("no probe %s", qPrintable(label));
    }

    QTemporaryDir m_dir;
    QString m_file;
    Topology m_topology;
    MonitorOptions m_options;
    MonitorStore m_store;
    std::unique_ptr<Monitor> m_monitor;
};

QTEST_GUILESS_MAIN(TestLabMonitor)
#include "tst_labmonitor.moc"
