// Apply's image phase on the local lab, through the real CLI: an image built from the design's
// Dockerfile, an image copied from this machine, a Dockerfile that fails, a copy cut off by the
// host's connection closing, and destroy that keeps images unless --remove-images. The lab hosts
// share this machine's Docker engine, so every image here has a per-run name, and "docker events"
// proves which Docker command ran. Needs the "lab" fixture.
#include "labsupport.h"

#include "lab/lab.h"
#include "model/projectfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace studio;
using namespace studio::labtest;

namespace {

const QString kTopology = QStringLiteral("lab-images");
const QString kBase = QStringLiteral("overlaystudio/busybox:lab");

QString docker(const QStringList &args)
{
    return QString::fromUtf8(run(QStringList{QStringLiteral("docker")} + args).out.trimmed());
}

QString imageField(const QString &image, const QString &format)
{
    const Run r = run({QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("inspect"),
                       QStringLiteral("--format"), format, image});
    return r.exitCode == 0 ? QString::fromUtf8(r.out.trimmed()) : QString();
}

bool imageExists(const QString &image)
{
    return run({QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("inspect"),
                image})
               .exitCode
           == 0;
}

void removeImage(const QString &image)
{
    run({QStringLiteral("docker"), QStringLiteral("rmi"), QStringLiteral("-f"), image});
}

// Docker events of one kind since a moment (seconds since the epoch), as "action name" lines.
QStringList imageEvents(qint64 since, const QString &action)
{
    const QString out = docker(
        {QStringLiteral("events"), QStringLiteral("--since"), QString::number(since),
         QStringLiteral("--until"), QString::number(QDateTime::currentSecsSinceEpoch() + 1),
         QStringLiteral("--filter"), QStringLiteral("type=image"), QStringLiteral("--filter"),
         QStringLiteral("event=") + action, QStringLiteral("--format"),
         QStringLiteral("{{.Action}} {{.Actor.ID}}")});
    return out.isEmpty() ? QStringList() : out.split(QLatin1Char('\n'));
}

QStringList explanations(const QJsonObject &host)
{
    QStringList list;
    for (const QJsonValue v : host.value(QStringLiteral("steps")).toArray())
        list << v.toObject().value(QStringLiteral("explanation")).toString();
    return list;
}

int countContaining(const QStringList &list, const QString &text)
{
    return int(std::count_if(list.begin(), list.end(),
                             [&](const QString &s) { return s.contains(text); }));
}

// Why a CLI run failed: stderr and each host's error.
QByteArray why(const CliResult &r)
{
    QByteArray text = r.err;
    for (const QJsonValue v : r.json.value(QStringLiteral("hosts")).toArray())
        text += "\n" + v.toObject().value(QStringLiteral("error")).toString().toUtf8();
    return text;
}

} // namespace

class TestLabImages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("deploying to the lab needs root");
        auto lab = Lab::load(QStringLiteral(STUDIO_LAB_RUN_DIR));
        QVERIFY2(lab.ok(), "the lab fixture is not up (ctest runs lab_up first)");
        QVERIFY(lab.value().hosts.size() >= 2);
        QVERIFY(imageExists(kBase));
        const QString run = QString::number(::getpid());
        m_built = QStringLiteral("overlaystudio-test/built:p") + run;
        m_broken = QStringLiteral("overlaystudio-test/broken:p") + run;
        m_copied = QStringLiteral("overlaystudio-test/copied:p") + run;
        m_source = QStringLiteral("overlaystudio-test/source:p") + run;
        m_big = QStringLiteral("overlaystudio-test/big:p") + run;
        m_bigSource = QStringLiteral("overlaystudio-test/big-source:p") + run;
        for (const QString &image : {m_built, m_broken, m_copied, m_source, m_big, m_bigSource})
            QVERIFY2(!imageExists(image), qPrintable(image + QStringLiteral(" exists already")));

        auto loaded = projectfile::load(
            QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
        QVERIFY(loaded.ok());
        m_topology = loaded.value();
        m_topology.name = kTopology;
        // Names of their own: containers of other lab tests may be left on the shared engine.
        for (const Container &c : m_topology.containers())
            m_topology.container(c.id)->name = QStringLiteral("img-") + c.name;
        m_file = m_dir.filePath(QStringLiteral("images.json"));
    }

    void cleanupTestCase()
    {
        if (m_cutOff)
            onHost(1, cutOffRule(QStringLiteral("-D")));
        // Best effort whatever failed: the topology, then every image this test made.
        if (!m_file.isEmpty())
            cli({QStringLiteral("destroy"), m_file});
        for (const QString &image : {m_built, m_broken, m_copied, m_source, m_big, m_bigSource}) {
            if (!image.isEmpty())
                removeImage(image);
        }
    }

    void applyBuildsTheImage()
    {
        ImageDefinition built;
        built.name = m_built;
        built.source = ImageSource::Build;
        built.dockerfile = QStringLiteral("FROM %1\n"
                                          "RUN echo built by apply > /built.txt\n"
                                          "LABEL org.overlaystudio.test=\"images lab\"\n")
                               .arg(kBase);
        m_topology.images = {built};
        useImage(m_built);
        QVERIFY(save());

        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, why(r).constData());
        const QJsonObject lab1 = hostResult(r, QStringLiteral("lab1"));
        QVERIFY2(explanations(lab1).value(0).startsWith(QStringLiteral("Build image ") + m_built),
                 qPrintable(explanations(lab1).join(QLatin1Char('\n'))));
        // Built here: the Dockerfile's label, ours with the topology's name, the RUN's file.
        QCOMPARE(imageField(m_built, QStringLiteral("{{index .Config.Labels "
                                                    "\"org.overlaystudio.test\"}}")),
                 QStringLiteral("images lab"));
        QCOMPARE(
            imageField(m_built, QStringLiteral("{{index .Config.Labels \"overlaystudio.image\"}}")),
            kTopology);
        // The containers run it, and talk across the overlay.
        for (const char *c : {"img-container1", "img-container3"}) {
            QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("--format"),
                             QStringLiteral("{{.Config.Image}}"), QLatin1String(c)}),
                     m_built);
            const Run file = inContainer(QLatin1String(c),
                                         {QStringLiteral("cat"), QStringLiteral("/built.txt")});
            QCOMPARE(file.out.trimmed(), QByteArray("built by apply"));
        }
        QVERIFY(pings(QStringLiteral("img-container1"), QStringLiteral("198.19.2.3")));
        m_builtId = imageField(m_built, QStringLiteral("{{.Id}}"));
        QVERIFY(!m_builtId.isEmpty());
    }

    void reapplyDoesNotRebuild()
    {
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, why(r).constData());
        QVERIFY2(!anyHostChanged(r), r.err.constData());
        QCOMPARE(imageField(m_built, QStringLiteral("{{.Id}}")), m_builtId);
        QVERIFY(imageEvents(since, QStringLiteral("load")).isEmpty());
        // Status knows the image is there: no image line.
        const CliResult status = cli({QStringLiteral("status"), m_file});
        QVERIFY(!QJsonDocument(status.json).toJson().contains("image " + m_built.toUtf8()));
    }

    void aFailingDockerfileNamesTheStep()
    {
        // lab1's containers need an image whose third instruction fails; lab2 goes on.
        ImageDefinition broken;
        broken.name = m_broken;
        broken.source = ImageSource::Build;
        broken.dockerfile
            = QStringLiteral("FROM %1\nRUN echo first step\nRUN echo about to fail && exit 3\n")
                  .arg(kBase);
        m_topology.images.push_back(broken);
        useImage(m_broken, QStringLiteral("lab1"));
        QVERIFY(save());
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY(r.exitCode != 0);
        const QJsonObject lab1 = hostResult(r, QStringLiteral("lab1"));
        const QString error = lab1.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("lab1")) && error.contains(m_broken)
                     && error.contains(
                         QStringLiteral("step 3 (RUN echo about to fail && exit 3) failed"))
                     && !error.contains(QStringLiteral("DEPRECATED"))
                     && error.contains(QStringLiteral("returned a non-zero code: 3")),
                 qPrintable(error));
        // Nothing else ran on lab1: only the build step, and lab1's containers still run the
        // image they had; lab2 succeeded.
        QCOMPARE(lab1.value(QStringLiteral("steps")).toArray().size(), 1);
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("--format"),
                         QStringLiteral("{{.Config.Image}}"), QStringLiteral("img-container1")}),
                 m_built);
        QVERIFY(hostResult(r, QStringLiteral("lab2")).value(QStringLiteral("ok")).toBool());
        QVERIFY(!imageExists(m_broken));
        // No half-built container is left behind (--force-rm).
        QCOMPARE(docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                         QStringLiteral("status=exited"), QStringLiteral("--filter"),
                         QStringLiteral("ancestor=") + kBase, QStringLiteral("--format"),
                         QStringLiteral("{{.Command}}")})
                     .contains(QStringLiteral("about to fail")),
                 false);

        // Fixed, the next apply converges.
        m_topology.images.back().dockerfile
            = QStringLiteral("FROM %1\nRUN echo first step\n").arg(kBase);
        QVERIFY(save());
        const CliResult fixed = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(fixed.exitCode == 0, why(fixed).constData());
        QVERIFY(imageExists(m_broken));
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("--format"),
                         QStringLiteral("{{.Config.Image}}"), QStringLiteral("img-container1")}),
                 m_broken);
        QVERIFY(pings(QStringLiteral("img-container1"), QStringLiteral("198.19.2.3")));
    }

    void applyCopiesAnImageFromThisMachine()
    {
        // The image exists here only under another name (the lab shares this machine's Docker
        // engine, so its own name would already be "on" every lab host).
        const Run source
            = run({QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("printf 'FROM %1\\nRUN echo copied by apply > /copied.txt\\n' | "
                                  "docker build -t %2 -")
                       .arg(kBase, m_source)});
        QVERIFY2(source.exitCode == 0, source.err.constData());
        ImageDefinition copied;
        copied.name = m_copied;
        copied.source = ImageSource::Copy;
        copied.localImage = m_source;
        m_topology.images.push_back(copied);
        useImage(m_copied);
        QVERIFY(save());
        const qint64 since = QDateTime::currentSecsSinceEpoch();
        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, why(r).constData());
        // docker load ran once per host (both lacked it), fed over SSH.
        QCOMPARE(imageEvents(since, QStringLiteral("load")).size(), 2);
        for (const char *h : {"lab1", "lab2"}) {
            const QStringList steps = explanations(hostResult(r, QLatin1String(h)));
            QCOMPARE(countContaining(steps, QStringLiteral("Copy image ") + m_copied), 1);
        }
        QVERIFY2(r.err.contains("copying image " + m_copied.toUtf8()), r.err.constData());
        QCOMPARE(imageField(m_copied,
                            QStringLiteral("{{index .Config.Labels \"overlaystudio.image\"}}")),
                 kTopology);
        const Run file = inContainer(QStringLiteral("img-container3"),
                                     {QStringLiteral("cat"), QStringLiteral("/copied.txt")});
        QCOMPARE(file.out.trimmed(), QByteArray("copied by apply"));
        QVERIFY(pings(QStringLiteral("img-container3"), QStringLiteral("198.19.2.2")));
    }

    void aCopyCutOffFailsThatHostOnly()
    {
        // Big enough (random, so gzip cannot shrink it) to be cut off half-way.
        const Run source = run(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("printf 'FROM %1\\nRUN head -c 150000000 /dev/urandom > /big\\n' | "
                            "docker build -t %2 -")
                 .arg(kBase, m_bigSource)});
        QVERIFY2(source.exitCode == 0, source.err.constData());
        ImageDefinition big;
        big.name = m_big;
        big.source = ImageSource::Copy;
        big.localImage = m_bigSource;
        m_topology.images.push_back(big);
        useImage(m_big);
        QVERIFY(save());

        QProcess apply;
        apply.start(cliPath(),
                    {QStringLiteral("apply"), m_file, QStringLiteral("--json"),
                     QStringLiteral("--known-hosts"), QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("[lab1] copying image " + m_big.toUtf8())
               && apply.state() != QProcess::NotRunning && waited.elapsed() < 120000) {
            apply.waitForReadyRead(100);
            err += apply.readAllStandardError();
        }
        QVERIFY2(err.contains("[lab1] copying image"), err.constData());
        // lab1's sshd answers everything from now on with a reset: its connection is gone.
        m_cutOff = true;
        QCOMPARE(onHost(1, cutOffRule(QStringLiteral("-I"))).exitCode, 0);
        QVERIFY(apply.waitForFinished(300000));
        err += apply.readAllStandardError();
        const QJsonObject json = QJsonDocument::fromJson(apply.readAllStandardOutput()).object();
        QCOMPARE(onHost(1, cutOffRule(QStringLiteral("-D"))).exitCode, 0);
        m_cutOff = false;
        QVERIFY(apply.exitCode() != 0);
        const CliResult r{apply.exitCode(), json, err};
        const QString error
            = hostResult(r, QStringLiteral("lab1")).value(QStringLiteral("error")).toString();
        QVERIFY2(error.startsWith(QStringLiteral("lab1: image ") + m_big
                                  + QStringLiteral(" could not be copied")),
                 qPrintable(error));
        QVERIFY2(hostResult(r, QStringLiteral("lab2")).value(QStringLiteral("ok")).toBool(),
                 why(r).constData());

        // The next apply converges (lab2 loaded the image into the engine the lab hosts share).
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(again.exitCode == 0, why(again).constData());
        QVERIFY(pings(QStringLiteral("img-container1"), QStringLiteral("198.19.2.3")));
    }

    void destroyKeepsImagesUnlessAsked()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(r.exitCode == 0, why(r).constData());
        QVERIFY(tagged(kTopology, 2).isEmpty());
        for (const QString &image : {m_built, m_broken, m_copied, m_source, m_big, kBase})
            QVERIFY2(imageExists(image), qPrintable(image));

        // An image with our label key but another topology's name is not ours.
        const QString other = m_built + QStringLiteral("-other");
        Run built = run({QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("printf 'FROM %1\\n' | docker build --label "
                                        "overlaystudio.image=%2x -t %3 -")
                             .arg(kBase, kTopology, other)});
        QVERIFY2(built.exitCode == 0, built.err.constData());
        const CliResult removed
            = cli({QStringLiteral("destroy"), m_file, QStringLiteral("--remove-images")});
        QVERIFY2(removed.exitCode == 0, why(removed).constData());
        for (const QString &image : {m_built, m_broken, m_copied, m_big})
            QVERIFY2(!imageExists(image), qPrintable(image));
        // Not built or copied by this topology: the sources, the lab's base, the other's.
        for (const QString &image : {m_source, m_bigSource, kBase, other})
            QVERIFY2(imageExists(image), qPrintable(image));
        removeImage(other);
    }

private:
    void useImage(const QString &image, const QString &host = {})
    {
        for (const Container &c : m_topology.containers()) {
            if (host.isEmpty() || m_topology.host(c.host)->name == host)
                m_topology.container(c.id)->image = image;
        }
    }
    bool save() { return projectfile::save(m_topology, m_file).ok(); }
    static QStringList cutOffRule(const QString &verb)
    {
        return {QStringLiteral("iptables"), verb,
                QStringLiteral("INPUT"),    QStringLiteral("-p"),
                QStringLiteral("tcp"),      QStringLiteral("--dport"),
                QStringLiteral("22"),       QStringLiteral("-j"),
                QStringLiteral("REJECT"),   QStringLiteral("--reject-with"),
                QStringLiteral("tcp-reset")};
    }

    QTemporaryDir m_dir;
    QString m_file;
    Topology m_topology;
    QString m_built, m_broken, m_copied, m_source, m_big, m_bigSource, m_builtId;
    bool m_cutOff = false;
};

QTEST_GUILESS_MAIN(TestLabImages)
#include "tst_labimages.moc"
