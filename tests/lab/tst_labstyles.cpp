// Both ways of plugging containers, on the local lab: the fast style (containers started side by
// side, a veth pair each set up with nsenter, every port in one OVS transaction) and the guide's
// ovs-docker. Each recognises what the other made, ovs-docker removes a fast-style port, one
// container that cannot start among eight leaves the other seven plugged, and destroy leaves no
// container, port or veth. Needs the "lab" fixture (3 hosts).
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kImage = QStringLiteral("overlaystudio/busybox:lab");
// Passes the image check before apply but cannot start: its command does not exist.
const QString kBrokenImage = QStringLiteral("overlaystudio/broken:labtest");

// Host ends of container veth pairs, as ovs-docker and the fast style name them.
QStringList containerVeths(int host)
{
    static const QRegularExpression name(QStringLiteral("^\\d+: ([0-9a-f]{13}_l)[@:]"),
                                         QRegularExpression::MultilineOption);
    QStringList found;
    const QString links
        = QString::fromUtf8(onHost(host, {QStringLiteral("ip"), QStringLiteral("-o"),
                                          QStringLiteral("link"), QStringLiteral("show")})
                                .out);
    for (auto it = name.globalMatch(links); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// What a container reads from /etc/hosts and /etc/resolv.conf.
QByteArray etcFiles(const QString &container)
{
    return inContainer(container, {QStringLiteral("cat"), QStringLiteral("/etc/hosts"),
                                   QStringLiteral("/etc/resolv.conf")})
        .out;
}

// The container's disable_ipv6 switches: all, default, lo, eth0.
QByteArray ipv6Switches(const QString &container)
{
    QStringList argv{QStringLiteral("cat")};
    for (const char *conf : {"all", "default", "lo", "eth0"})
        argv << QStringLiteral("/proc/sys/net/ipv6/conf/%1/disable_ipv6").arg(QLatin1String(conf));
    return inContainer(container, argv).out.simplified();
}

// Whether Docker created the container with networking disabled ("true") or with a network
// sandbox, as docker run --net=none does ("false").
QByteArray networkDisabled(const QString &container)
{
    return run({QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("--format"),
                QStringLiteral("{{.Config.NetworkDisabled}}"), container})
        .out.trimmed();
}

// What a container sees of its network: interface, address, MTU, default route.
QString containerNetwork(const QString &container)
{
    const QByteArray address
        = inContainer(container, {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("-4"),
                                  QStringLiteral("address"), QStringLiteral("show"),
                                  QStringLiteral("dev"), QStringLiteral("eth0")})
              .out;
    const QByteArray mtu
        = inContainer(container, {QStringLiteral("cat"), QStringLiteral("/sys/class/net/eth0/mtu")})
              .out.trimmed();
    const QByteArray route
        = inContainer(container, {QStringLiteral("ip"), QStringLiteral("route"),
                                  QStringLiteral("show"), QStringLiteral("default")})
              .out.trimmed();
    static const QRegularExpression inet(QStringLiteral("inet (\\S+)"));
    QString defaultRoute; // busybox's ip lists every route
    for (const QByteArray &line : route.split('\n')) {
        if (line.startsWith("default"))
            defaultRoute = QString::fromUtf8(line.simplified());
    }
    return QStringLiteral("%1 mtu %2 %3")
        .arg(inet.match(QString::fromUtf8(address)).captured(1), QString::fromUtf8(mtu),
             defaultRoute);
}

// The OVS port of a container: its bridge and ovs-docker's tags, whoever made it.
QString containerPort(int host, const QString &container)
{
    const QByteArray name = onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                                          QStringLiteral("--columns=name"), QStringLiteral("find"),
                                          QStringLiteral("interface"),
                                          QStringLiteral("external_ids:container_id=") + container,
                                          QStringLiteral("external_ids:container_iface=eth0")})
                                .out.trimmed();
    if (name.isEmpty())
        return {};
    const QByteArray bridge = onHost(host, {QStringLiteral("ovs-vsctl"),
                                            QStringLiteral("port-to-br"), QString::fromUtf8(name)})
                                  .out.trimmed();
    return QString::fromUtf8(bridge);
}

} // namespace

class TestLabStyles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("deploying to the lab needs root");
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        QVERIFY(lab.value().hosts.size() >= 3);
        auto loaded = projectfile::load(
            QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
        QVERIFY(loaded.ok());
        m_file = m_dir.filePath(QStringLiteral("lab.json"));
        QVERIFY(projectfile::save(loaded.value(), m_file).ok());
        m_eightFile = m_dir.filePath(QStringLiteral("eight.json"));
        m_eight = eightContainers(lab.value().clientKey);
        QVERIFY(projectfile::save(m_eight, m_eightFile).ok());

        run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"),
             QStringLiteral("overlaystudio-broken-src")});
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("create"), QStringLiteral("--name"),
                      QStringLiteral("overlaystudio-broken-src"), kImage})
                     .exitCode,
                 0);
        const Run commit
            = run({QStringLiteral("docker"), QStringLiteral("commit"), QStringLiteral("--change"),
                   QStringLiteral("CMD [\"/no/such/program\"]"),
                   QStringLiteral("overlaystudio-broken-src"), kBrokenImage});
        run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"),
             QStringLiteral("overlaystudio-broken-src")});
        QVERIFY2(commit.exitCode == 0, commit.err.constData());
    }

    void cleanupTestCase()
    {
        // Best effort whatever failed.
        for (const QString &file : {m_file, m_eightFile}) {
            if (!file.isEmpty())
                cli({QStringLiteral("destroy"), file});
        }
        run({QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("rm"),
             QStringLiteral("-f"), kBrokenImage});
    }

    // The guide's ovs-docker builds it; the fast style finds it as designed, and so does the
    // guide: status in sync both ways, and a fast re-apply changes nothing.
    void guideStyleIsInSyncForBoth()
    {
        const CliResult r = cli(
            {QStringLiteral("apply"), m_file, QStringLiteral("--style"), QStringLiteral("guide")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("style")).toString(), QStringLiteral("guide"));
        for (const QString &style : {QStringLiteral("fast"), QStringLiteral("guide")}) {
            const CliResult status
                = cli({QStringLiteral("status"), m_file, QStringLiteral("--style"), style});
            QVERIFY2(status.json.value(QStringLiteral("inSync")).toBool(), qPrintable(style));
        }
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!anyHostChanged(again));
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        for (const QString &c : {QStringLiteral("container1"), QStringLiteral("container2")})
            m_guideState << c + QLatin1Char(' ') + containerNetwork(c) + QLatin1Char(' ')
                                + containerPort(1, c);
        QCOMPARE(containerVeths(1).size(), 2);
        m_guideEtc = etcFiles(QStringLiteral("container1"));
        QVERIFY2(m_guideEtc.contains("127.0.0.1\tlocalhost\n"), m_guideEtc.constData());
        QCOMPARE(networkDisabled(QStringLiteral("container1")), QByteArray("false"));
        QCOMPARE(ipv6Switches(QStringLiteral("container1")), QByteArray("1 1 1 1"));
    }

    void destroyAfterGuideLeavesNothing()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(tagged(QStringLiteral("lab-two-hosts"), 3), QStringList());
        QCOMPARE(containerVeths(1), QStringList());
        QCOMPARE(containerVeths(2), QStringList());
    }

    // The fast style (the default) builds the same network: same addresses, MTU, routes and
    // ports as the guide's; the guide finds it as designed; packets cross VNIs as designed.
    void fastStyleBuildsTheSameHostState()
    {
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("style")).toString(), QStringLiteral("fast"));
        QStringList fastState;
        for (const QString &c : {QStringLiteral("container1"), QStringLiteral("container2")})
            fastState << c + QLatin1Char(' ') + containerNetwork(c) + QLatin1Char(' ')
                             + containerPort(1, c);
        QCOMPARE(fastState, m_guideState);
        // Created through the Engine API with networking disabled, yet with the /etc/hosts and
        // /etc/resolv.conf docker run gives (the fast style writes and binds them): localhost
        // resolves; the files are the container's own, kept under its topology and host.
        QCOMPARE(networkDisabled(QStringLiteral("container1")), QByteArray("true"));
        QCOMPARE(etcFiles(QStringLiteral("container1")), m_guideEtc);
        // IPv6 off as Docker has it for --net=none: no link-local address, no router
        // solicitations into the segment.
        QCOMPARE(ipv6Switches(QStringLiteral("container1")), QByteArray("1 1 1 1"));
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("localhost")));
        QVERIFY(QFileInfo::exists(QStringLiteral(
            "/var/lib/overlaystudio/containers/lab-two-hosts/lab1/container1/hosts")));
        QVERIFY2(fastState.first().contains(QStringLiteral("198.19.2.2/24 mtu 1450 default via "
                                                           "198.19.2.1 dev eth0")),
                 qPrintable(fastState.first()));
        for (const QString &style : {QStringLiteral("fast"), QStringLiteral("guide")}) {
            const CliResult status
                = cli({QStringLiteral("status"), m_file, QStringLiteral("--style"), style});
            QVERIFY2(status.json.value(QStringLiteral("inSync")).toBool(), qPrintable(style));
        }
        const CliResult again = cli(
            {QStringLiteral("apply"), m_file, QStringLiteral("--style"), QStringLiteral("guide")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!anyHostChanged(again));
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QVERIFY(pings(QStringLiteral("container4"), QStringLiteral("198.19.3.2")));
        QVERIFY(!pings(QStringLiteral("container1"), QStringLiteral("198.19.3.3")));
    }

    // ovs-docker del-port finds a fast-style port by its tags and removes it with its veth
    // pair; status sees the container unplugged; re-apply plugs it again.
    void ovsDockerRemovesAFastPort()
    {
        const Run del = onHost(1, {QStringLiteral("ovs-docker"), QStringLiteral("del-port"),
                                   QStringLiteral("br0"), QStringLiteral("eth0"),
                                   QStringLiteral("container1")});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        QCOMPARE(containerPort(1, QStringLiteral("container1")), QString());
        QCOMPARE(containerVeths(1).size(), 1);
        QVERIFY(!pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QCOMPARE(status.exitCode, 1);
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(
            hostResult(again, QStringLiteral("lab1")).value(QStringLiteral("changed")).toBool());
        QVERIFY(
            !hostResult(again, QStringLiteral("lab2")).value(QStringLiteral("changed")).toBool());
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QVERIFY(
            cli({QStringLiteral("status"), m_file}).json.value(QStringLiteral("inSync")).toBool());
    }

    void fastDestroyLeavesNothing()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(tagged(QStringLiteral("lab-two-hosts"), 3), QStringList());
        for (int host : {1, 2}) {
            QCOMPARE(containerVeths(host), QStringList());
            QCOMPARE(onHost(host, {QStringLiteral("ovs-vsctl"), QStringLiteral("list-br")}).out,
                     QByteArray("br-phy\n"));
        }
    }

    // The fast plan as `plan --output-dir` writes it, run by sh on each host as its user would:
    // the network is built (containers created through the Engine API, with their /etc files),
    // a second run re-creates nothing, the engine finds it as designed; the written teardown
    // scripts leave nothing, files included.
    void exportedFastScriptsBuildConvergeAndTearDown()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const Run written = run({cliPath(), QStringLiteral("plan"), m_file,
                                 QStringLiteral("--output-dir"), out.path()});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        const auto runScripts = [&](const QString &suffix) {
            for (int host : {1, 2}) {
                const Run r = onHost(
                    host, {QStringLiteral("sh"),
                           out.filePath(QStringLiteral("lab%1%2.sh").arg(host).arg(suffix))});
                if (r.exitCode != 0)
                    return QStringLiteral("lab%1: %2").arg(host).arg(QString::fromUtf8(r.err));
            }
            return QString();
        };
        QString failed = runScripts({});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(pings(QStringLiteral("container1"), QStringLiteral("198.19.2.3")));
        QVERIFY(!pings(QStringLiteral("container1"), QStringLiteral("198.19.3.3")));
        QCOMPARE(networkDisabled(QStringLiteral("container3")), QByteArray("true"));
        QCOMPARE(etcFiles(QStringLiteral("container3")), m_guideEtc);
        const QStringList made = tagged(QStringLiteral("lab-two-hosts"), 3);
        failed = runScripts({});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(tagged(QStringLiteral("lab-two-hosts"), 3), made); // same container IDs too
        QVERIFY(
            cli({QStringLiteral("status"), m_file}).json.value(QStringLiteral("inSync")).toBool());

        const Run teardown
            = run({cliPath(), QStringLiteral("plan"), m_file, QStringLiteral("--teardown"),
                   QStringLiteral("--output-dir"), out.path()});
        QVERIFY2(teardown.exitCode == 0, teardown.err.constData());
        failed = runScripts(QStringLiteral("-teardown"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(tagged(QStringLiteral("lab-two-hosts"), 3), QStringList());
        QCOMPARE(containerVeths(1), QStringList());
        QCOMPARE(containerVeths(2), QStringList());
    }

    // Eight containers on one host, one of which cannot start: it is reported with Docker's
    // words, the other seven are plugged and reach each other; after the fix, re-apply
    // converges; destroy leaves nothing.
    void aContainerThatCannotStartLeavesTheOthersPlugged()
    {
        const CliResult r = cli({QStringLiteral("apply"), m_eightFile});
        QCOMPARE(r.exitCode, 1);
        const QString error
            = hostResult(r, QStringLiteral("lab3")).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("e5: "))
                     && error.contains(QStringLiteral("no such")),
                 qPrintable(error));
        for (int n = 1; n <= 8; ++n) {
            if (n == 5)
                continue;
            const QString c = QStringLiteral("e%1").arg(n);
            QVERIFY2(
                containerNetwork(c).startsWith(QStringLiteral("198.19.6.1%1/24 mtu 1450").arg(n)),
                qPrintable(c + QLatin1Char(' ') + containerNetwork(c)));
        }
        QVERIFY(pings(QStringLiteral("e1"), QStringLiteral("198.19.6.18")));
        QVERIFY(pings(QStringLiteral("e8"), QStringLiteral("198.19.6.14")));

        for (const Container &c : m_eight.containers()) {
            if (c.name == QLatin1String("e5"))
                m_eight.container(c.id)->image = kImage;
        }
        QVERIFY(projectfile::save(m_eight, m_eightFile).ok());
        const CliResult fixed = cli({QStringLiteral("apply"), m_eightFile});
        QVERIFY2(fixed.exitCode == 0,
                 qPrintable(hostResult(fixed, QStringLiteral("lab3"))
                                .value(QStringLiteral("error"))
                                .toString()
                                .replace(QLatin1Char('\n'), QLatin1Char(' '))));
        QVERIFY(pings(QStringLiteral("e1"), QStringLiteral("198.19.6.15")));
        const CliResult again = cli({QStringLiteral("apply"), m_eightFile});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!anyHostChanged(again));
        QVERIFY(again.json.value(QStringLiteral("inSync")).toBool());

        const CliResult down = cli({QStringLiteral("destroy"), m_eightFile});
        QVERIFY2(down.exitCode == 0, down.err.constData());
        QCOMPARE(tagged(QStringLiteral("lab-eight"), 3), QStringList());
        QCOMPARE(containerVeths(3), QStringList());
    }

    // Docker takes a name or any prefix of a container's ID alike. A design whose container is
    // named like the start of another container's ID gets its own container, in both styles,
    // and destroy leaves the other one alone (the flake of the test above: "e5" was once the
    // start of e8's ID).
    void aNameThatBeginsAnotherContainersIdIsStillCreated()
    {
        const QString bystander = QStringLiteral("overlaystudio-bystander");
        run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"), bystander});
        const Run created = run({QStringLiteral("docker"), QStringLiteral("create"),
                                 QStringLiteral("--name"), bystander, kImage});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const auto cleanup = qScopeGuard([&] {
            run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"), bystander});
        });
        const QString name = QString::fromUtf8(created.out.trimmed().left(6));
        Topology t
            = eightContainers(Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR)).value().clientKey);
        t.name = QStringLiteral("lab-prefix");
        std::vector<ObjectId> others;
        for (const Container &c : t.containers()) {
            if (c.name == QLatin1String("e1"))
                t.container(c.id)->name = name;
            else
                others.push_back(c.id);
        }
        for (ObjectId id : others)
            t.remove(id);
        const QString file = m_dir.filePath(QStringLiteral("prefix.json"));
        QVERIFY(projectfile::save(t, file).ok());
        for (const QString &style : {QStringLiteral("guide"), QStringLiteral("fast")}) {
            const CliResult r
                = cli({QStringLiteral("apply"), file, QStringLiteral("--style"), style});
            QVERIFY2(r.exitCode == 0, qPrintable(style + QLatin1Char(' ')
                                                 + hostResult(r, QStringLiteral("lab3"))
                                                       .value(QStringLiteral("error"))
                                                       .toString()));
            QVERIFY2(containerNetwork(name).startsWith(QStringLiteral("198.19.6.11/24 mtu 1450")),
                     qPrintable(style + QLatin1Char(' ') + containerNetwork(name)));
            const CliResult down
                = cli({QStringLiteral("destroy"), file, QStringLiteral("--style"), style});
            QVERIFY2(down.exitCode == 0, down.err.constData());
            QCOMPARE(tagged(QStringLiteral("lab-prefix"), 3), QStringList());
            // Still there, never started.
            QCOMPARE(
                run({QStringLiteral("docker"), QStringLiteral("inspect"),
                     QStringLiteral("--format"), QStringLiteral("{{.State.Status}}"), bystander})
                    .out.trimmed(),
                QByteArray("created"));
        }
    }

private:
    // lab3, br0 in 198.19.6.0/24 (gateway .1), containers e1..e8 at .11 to .18; e5 cannot start.
    static Topology eightContainers(const QString &clientKey)
    {
        Topology t;
        t.name = QStringLiteral("lab-eight");
        Host h;
        h.name = QStringLiteral("lab3");
        h.managementAddress = Lab::hostAddress(3);
        h.auth = AuthMethod::KeyFile;
        h.keyFile = clientKey;
        h.datapath = Datapath::Netdev;
        const ObjectId host = t.addHost(h).value();
        Bridge b;
        b.host = host;
        b.name = QStringLiteral("br0");
        b.gatewayPort = QStringLiteral("gw0");
        b.gatewayAddress = QStringLiteral("198.19.6.1/24");
        const ObjectId bridge = t.addBridge(b).value();
        for (int n = 1; n <= 8; ++n) {
            Container c;
            c.host = host;
            c.bridge = bridge;
            c.name = QStringLiteral("e%1").arg(n);
            c.image = n == 5 ? kBrokenImage : kImage;
            c.address = QStringLiteral("198.19.6.1%1/24").arg(n);
            (void)t.addContainer(c);
        }
        return t;
    }

    QTemporaryDir m_dir;
    QString m_file;
    QString m_eightFile;
    Topology m_eight;
    QStringList m_guideState;
    QByteArray m_guideEtc; // container1's /etc/hosts and /etc/resolv.conf, guide style
};

QTEST_GUILESS_MAIN(TestLabStyles)
#include "tst_labstyles.moc"
