#include "testsupport.h"

#include "model/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>

#include <csignal>
#include <sys/resource.h>

using namespace studio;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// While it lives, files this process writes may not grow past `bytes` (RLIMIT_FSIZE): a write
// beyond fails with EFBIG, as on a full disk. SIGXFSZ, which would end the process, is ignored.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        if (::getrlimit(RLIMIT_FSIZE, &m_old) != 0)
            return;
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_active)
            ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool active() const { return m_active; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void seedExampleMatchesTheGuide()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        QCOMPARE(t.hosts().size(), std::size_t(2));
        QCOMPARE(t.hosts()[0].managementAddress, QStringLiteral("192.168.0.8"));
        QCOMPARE(t.hosts()[1].managementAddress, QStringLiteral("192.168.0.9"));
        for (const Host &h : t.hosts()) {
            const auto bridges = t.bridgesOf(h.id);
            QCOMPARE(bridges.size(), std::size_t(2));
            QCOMPARE(bridges[0]->name, QStringLiteral("br0"));
            QCOMPARE(bridges[0]->gatewayPort, QStringLiteral("veth0"));
            QCOMPARE(bridges[0]->gatewayAddress, QStringLiteral("10.2.2.1/24"));
            QCOMPARE(bridges[1]->name, QStringLiteral("br1"));
            QCOMPARE(bridges[1]->gatewayPort, QStringLiteral("veth1"));
            QCOMPARE(bridges[1]->gatewayAddress, QStringLiteral("10.3.3.1/24"));
            for (const Bridge *b : bridges)
                QCOMPARE(b->mtu, 1450);
        }
        QStringList containers;
        for (const Container &c : t.containers()) {
            QCOMPARE(c.image, QStringLiteral("ubuntu:v1"));
            containers << t.displayName(c.id) + QLatin1Char('=') + c.address;
        }
        QCOMPARE(containers, QStringList({QStringLiteral("host1/container1=10.2.2.2/24"),
                                          QStringLiteral("host1/container2=10.3.3.2/24"),
                                          QStringLiteral("host2/container3=10.2.2.3/24"),
                                          QStringLiteral("host2/container4=10.3.3.3/24")}));
        QCOMPARE(t.links().size(), std::size_t(2));
        QCOMPARE(t.links()[0].vni, 100u);
        QCOMPARE(t.links()[1].vni, 200u);
    }

    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << QStringLiteral("seed-two-hosts.json");
        QTest::newRow("mesh") << QStringLiteral("three-hosts-mesh.json");
    }
    void roundTripIsByteIdentical()
    {
        QFETCH(QString, file);
        const Topology original = test::loadExample(file);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        QVERIFY(projectfile::save(original, first).ok());
        const auto reloaded = projectfile::load(first);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded ? QString() : reloaded.error().toString()));
        QCOMPARE(reloaded.value(), original);
        QVERIFY(projectfile::save(reloaded.value(), second).ok());
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QCOMPARE(bytes, b.readAll());
        QVERIFY(bytes.startsWith("{\n    \"format\": 2,"));
    }

    void seedExampleBuildsTheGuidesImage()
    {
        // The guide's step 2: ubuntu:v1 is built from its Dockerfile on hosts that lack it.
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        QCOMPARE(t.images.size(), std::size_t(1));
        const ImageDefinition &d = t.images.front();
        QCOMPARE(d.name, QStringLiteral("ubuntu:v1"));
        QCOMPARE(d.source, ImageSource::Build);
        QCOMPARE(d.dockerfile, ImageDefinition::guideDockerfile());
        QVERIFY(d.dockerfile.startsWith(QStringLiteral("FROM ubuntu\n")));
        QVERIFY(d.dockerfile.contains(QStringLiteral("iputils-ping")));
        QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
    }

    void formatOneLoadsAndSavesAsFormatTwo()
    {
        // A file saved before image definitions existed (the seed example as it was shipped).
        const QString old = test::dataPath(QStringLiteral("format1/seed-two-hosts.json"));
        QFile file(old);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("{\n    \"format\": 1,"));
        QVERIFY(!bytes.contains("\"images\""));
        const auto loaded = projectfile::load(old);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(loaded.value().images.empty());
        // Every object survives: it is the current example without its image definition.
        Topology expected = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        expected.images.clear();
        QCOMPARE(loaded.value(), expected);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("migrated.json"));
        QVERIFY(projectfile::save(loaded.value(), path).ok());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray written = saved.readAll();
        QVERIFY(written.startsWith("{\n    \"format\": 2,"));
        QVERIFY(written.contains("\"images\": [\n        ]"));
        const auto reloaded = projectfile::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.value(), loaded.value());
    }

    void keepsImageDefinitions()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        ImageDefinition copy;
        copy.name = QStringLiteral("registry:5000/team/app:1.2");
        copy.source = ImageSource::Copy;
        copy.localImage = QStringLiteral("app:dev");
        ImageDefinition pull;
        pull.name = QStringLiteral("busybox");
        t.images.push_back(copy);
        t.images.push_back(pull);
        t.images.front().dockerfile += QStringLiteral("LABEL note=\"ünïcode \\\"quoted\\\"\"\n");
        const auto back = projectfile::fromJson(projectfile::toJson(t));
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().images, t.images);
        QCOMPARE(back.value(), t);
    }

    void keepsContextFilesAndRefusesOthers()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.images.front().contextFiles
            = {QStringLiteral("hello.txt"), QStringLiteral("files/grüße motd")};
        const QByteArray json = projectfile::toJson(t);
        QVERIFY(json.contains("\"contextFiles\": ["));
        const auto back = projectfile::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value().images.front().contextFiles, t.images.front().contextFiles);
        // Not a list of paths: refused, naming the place.
        QByteArray bad = json;
        bad.replace("\"hello.txt\"", "42");
        const auto refused = projectfile::fromJson(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(QStringLiteral("contextFiles[0]")),
                 qPrintable(refused.error().toString()));
    }

    void filesFromBeforeRoutingLoadIsolated()
    {
        // Format 1 files written before bridges could route have no "routed" key: they load, and
        // every segment stays isolated.
        QFile file(test::examplePath(QStringLiteral("seed-two-hosts.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("\"routed\""));
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        QVERIFY(!t.bridges().empty());
        for (const Bridge &b : t.bridges())
            QVERIFY(!b.routed);
    }

    void keepsEveryField()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        Host &h = *t.host(t.hosts().front().id);
        h.auth = AuthMethod::KeyFile;
        h.keyFile = QStringLiteral("/home/me/.ssh/lab key");
        h.sudo = true;
        h.user = QStringLiteral("ubuntu");
        h.sshPort = 2222;
        h.underlayAddress = QStringLiteral("198.18.1.8");
        h.underlayMtu = 9000;
        h.datapath = Datapath::Netdev;
        h.position = QPointF(12.25, -7.5);
        h.size = QSizeF(500, 300);
        t.bridge(t.bridges().front().id)->nat = true;
        t.bridge(t.bridges().front().id)->routed = true;
        t.container(t.containers().front().id)->gateway.clear();
        t.link(t.links().front().id)->udpPort = 8472;
        t.description = QStringLiteral("ünïcode — and \"quotes\"");
        const auto back = projectfile::fromJson(projectfile::toJson(t));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), t);
    }

    void malformedFilesAreRejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");   // must appear in Error::where
        QTest::addColumn<QString>("message"); // must appear in Error::message
        const auto row = [](const char *file, const char *where, const char *message) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(where)
                                << QString::fromLatin1(message);
        };
        row("truncated.json", "line ", "not valid JSON");
        row("not-json.json", "line 1, column", "not valid JSON");
        row("empty.json", "line 1", "not valid JSON");
        row("array-root.json", "", "does not contain an OverlayStudio project");
        row("format-missing.json", "format", "is missing");
        row("future-format.json", "format", "newer OverlayStudio");
        row("format-zero.json", "format", "does not exist");
        row("topology-missing.json", "topology", "is missing");
        row("hosts-not-list.json", "topology.hosts", "should be a list");
        row("host-not-object.json", "topology.hosts[2]", "should be an object");
        row("mtu-string.json", "topology.hosts[0].bridges[0].mtu", "should be a number");
        row("name-null.json", "topology.hosts[1].name", "should be a string, not null");
        row("name-missing.json", "topology.hosts[1].containers[0].name", "is missing");
        row("huge-port.json", "topology.hosts[0].sshPort", "not a whole number from 1 to 65535");
        row("huge-vni.json", "topology.links[0].vni", "not a whole number");
        row("fractional-mtu.json", "topology.hosts[0].bridges[1].mtu", "1450.5");
        row("negative-id.json", "topology.hosts[0].id", "not a whole number");
        row("duplicate-id.json", "topology.hosts[1].bridges[0]", "id 3 is used by another object");
        row("dangling-container-bridge.json", "topology.hosts[0].containers[0]", "bridge id 99");
        row("container-on-foreign-bridge.json", "topology.hosts[0].containers[0]",
            "on another host");
        row("dangling-link.json", "topology.links[1]", "bridge id 99");
        row("unknown-datapath.json", "topology.hosts[0].datapath", "'dpdk' is not one of");
        row("bool-as-string.json", "topology.hosts[0].bridges[0].nat", "true or false");
        row("position-huge.json", "topology.hosts[0].position.x", "coordinate");
        row("image-unknown-source.json", "topology.images[0].source", "'scp' is not one of");
        row("image-build-without-dockerfile.json", "topology.images[0].dockerfile", "is missing");
        row("images-not-list.json", "topology.images", "should be a list");
    }
    void malformedFilesAreRejected()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const QString path = test::dataPath(QStringLiteral("malformed/") + file);
        QVERIFY(QFile::exists(path));
        const auto loaded = projectfile::load(path);
        QVERIFY2(!loaded.ok(), "a malformed file must not load");
        const Error &e = loaded.error();
        QVERIFY2(e.where.startsWith(path), qPrintable(e.where)); // names the file...
        QVERIFY2(e.where.contains(where), qPrintable(e.where));  // ...and the place in it
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(!e.fix.isEmpty() || !e.message.isEmpty());
    }

    void missingFileIsAnError()
    {
        const auto loaded = projectfile::load(QStringLiteral("/nonexistent/dir/x.json"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("cannot be opened")));
    }

    // Saving over an existing file fails half-way, as on a full disk: the old bytes must still
    // be there, whole, with no temporary file left beside them. A file size limit makes the write
    // fail for root too (tests run as root in CI, and root writes into read-only directories).
    void saveFailureLeavesOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        Topology small;
        small.name = QStringLiteral("small");
        QVERIFY(projectfile::save(small, path).ok());
        const QByteArray before = readFile(path);
        const Topology big = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        constexpr rlim_t kLimit = 1024;
        QVERIFY(before.size() < qsizetype(kLimit));
        QVERIFY(projectfile::toJson(big).size() > 2 * qsizetype(kLimit));
        {
            const FileSizeLimit limit(kLimit);
            QVERIFY(limit.active());
            const Status failed = projectfile::save(big, path);
            QVERIFY2(!failed.ok(), "the save of more than the limit succeeded");
            QCOMPARE(failed.error().where, path);
            QVERIFY2(failed.error().fix.contains(QStringLiteral("previous file is unchanged")),
                     qPrintable(failed.error().toString()));
        }
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("p.json")});
        QCOMPARE(projectfile::load(path).value().name, QStringLiteral("small"));
        // Without the limit the same save goes through.
        QVERIFY(projectfile::save(big, path).ok());
        QCOMPARE(readFile(path), projectfile::toJson(big));
    }

    void saveToAPathThatCannotExistFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(projectfile::save(Topology(), path).ok());
        // A path below a regular file cannot be written, not even by root.
        const Status failed = projectfile::save(Topology(), path + QStringLiteral("/child.json"));
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().where.endsWith(QStringLiteral("child.json")));
        QVERIFY(!failed.error().fix.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
