// Apply's image phase on the local lab, through the real CLI: an image built from the design's
// Dockerfile, an image copied from this machine, a Dockerfile that fails, a copy cut off by the
// host's connection closing, and destroy that keeps images unless --remove-images. The lab hosts
// share this machine's Docker engine, so every image here has a per-run name, and "docker events"
// proves which Docker command ran. Needs the "lab" fixture.
#include "labsupport.h"

#include "images/imagescripts.h"
#include "lab/lab.h"
#include "model/projectfile.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
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
        m_context = QStringLiteral("overlaystudio-test/context:p") + run;
        m_contextMissing = QStringLiteral("overlaystudio-test/context-missing:p") + run;
        m_scripted = QStringLiteral("overlaystudio-test/scripted:p") + run;
        m_heredoc = QStringLiteral("overlaystudio-test/heredoc:p") + run;
        for (const QString &image : {m_built, m_broken, m_copied, m_source, m_big, m_bigSource,
                                     m_context, m_contextMissing, m_scripted, m_heredoc})
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
        for (const QString &image : {m_built, m_broken, m_copied, m_source, m_big, m_bigSource,
                                     m_context, m_contextMissing, m_scripted, m_heredoc}) {
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
        // The lab's hosts share this machine's Docker engine: one of them builds, first thing,
        // and the other takes what it built.
        QCOMPARE(onBothHosts(r, QStringLiteral("Build image ") + m_built), 1);
        const QStringList lab1 = explanations(hostResult(r, QStringLiteral("lab1")));
        const QStringList lab2 = explanations(hostResult(r, QStringLiteral("lab2")));
        const QStringList &builder
            = lab1.value(0).startsWith(QStringLiteral("Build image ")) ? lab1 : lab2;
        QVERIFY2(builder.value(0).startsWith(QStringLiteral("Build image ") + m_built),
                 qPrintable(builder.join(QLatin1Char('\n'))));
        QVERIFY2(r.err.contains("another host on this machine got it"), r.err.constData());
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
        // docker load ran once, fed over SSH: both hosts lacked the image, and the one that did
        // not copy it took it from the Docker engine they share.
        QCOMPARE(imageEvents(since, QStringLiteral("load")).size(), 1);
        QCOMPARE(onBothHosts(r, QStringLiteral("Copy image ") + m_copied), 1);
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
        useImage(m_big, QStringLiteral("lab1")); // lab2 neither needs it nor waits for it
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

        // The next apply converges: lab1 copies the image again.
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(again.exitCode == 0, why(again).constData());
        QVERIFY(pings(QStringLiteral("img-container1"), QStringLiteral("198.19.2.3")));
    }

    void applyBuildsWithAContextFile()
    {
        // hello.txt beside the project file; the Dockerfile copies it into the image.
        const QByteArray hello
            = "hello from beside the project file, run " + QByteArray::number(::getpid()) + "\n";
        {
            QFile f(m_dir.filePath(QStringLiteral("hello.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(hello);
        }
        ImageDefinition context;
        context.name = m_context;
        context.source = ImageSource::Build;
        context.dockerfile = QStringLiteral("FROM %1\nCOPY hello.txt /hello.txt\n").arg(kBase);
        context.contextFiles = {QStringLiteral("hello.txt")};
        m_topology.images.push_back(context);
        useImage(m_context);
        QVERIFY(save());

        const CliResult r = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(r.exitCode == 0, why(r).constData());
        QVERIFY2(r.err.contains("sending"), r.err.constData()); // progress: the context's size
        const QStringList steps = explanations(hostResult(r, QStringLiteral("lab1")))
                                  + explanations(hostResult(r, QStringLiteral("lab2")));
        QVERIFY2(countContaining(steps, QStringLiteral("Build image ") + m_context) == 1
                     && steps.join(QLatin1Char(' ')).contains(QStringLiteral("with hello.txt")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        const Run cat
            = run({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--rm"),
                   m_context, QStringLiteral("cat"), QStringLiteral("/hello.txt")});
        QCOMPARE(cat.exitCode, 0);
        QCOMPARE(cat.out, hello);
        QCOMPARE(imageField(m_context,
                            QStringLiteral("{{index .Config.Labels \"overlaystudio.image\"}}")),
                 kTopology);
        const Run inContainer3 = inContainer(QStringLiteral("img-container3"),
                                             {QStringLiteral("cat"), QStringLiteral("/hello.txt")});
        QCOMPARE(inContainer3.out, hello);
        QVERIFY(pings(QStringLiteral("img-container1"), QStringLiteral("198.19.2.3")));

        // Again: nothing is built or changed.
        const QString id = imageField(m_context, QStringLiteral("{{.Id}}"));
        const CliResult again = cli({QStringLiteral("apply"), m_file});
        QVERIFY2(again.exitCode == 0, why(again).constData());
        QVERIFY2(!anyHostChanged(again), again.err.constData());
        QCOMPARE(imageField(m_context, QStringLiteral("{{.Id}}")), id);

        // A context file that is not there: lab1's build fails naming the image, the file, the
        // folder and the fix; nothing runs on lab1, lab2 goes on.
        ImageDefinition missing = context;
        missing.name = m_contextMissing;
        missing.contextFiles = {QStringLiteral("hello.txt"), QStringLiteral("missing.txt")};
        m_topology.images.push_back(missing);
        useImage(m_contextMissing, QStringLiteral("lab1"));
        QVERIFY(save());
        const CliResult failed = cli({QStringLiteral("apply"), m_file});
        QVERIFY(failed.exitCode != 0);
        const QJsonObject lab1 = hostResult(failed, QStringLiteral("lab1"));
        const QString error = lab1.value(QStringLiteral("error")).toString();
        QVERIFY2(error.startsWith(QStringLiteral("lab1: image ") + m_contextMissing
                                  + QStringLiteral(" could not be built: its context file "
                                                   "missing.txt does not exist in ")
                                  + m_dir.path())
                     && error.contains(QStringLiteral("Put the file beside the project file")),
                 qPrintable(error));
        QCOMPARE(lab1.value(QStringLiteral("steps")).toArray().size(), 1);
        QVERIFY(hostResult(failed, QStringLiteral("lab2")).value(QStringLiteral("ok")).toBool());
        QVERIFY(!imageExists(m_contextMissing));
        // Back to the image that builds.
        m_topology.images.pop_back();
        useImage(m_context);
        QVERIFY(save());
    }

    void anExportedScriptBuildsOnTheHost()
    {
        // The image phase as plan --output-dir writes it, run by sh on lab1 as its user would:
        // one Dockerfile from its here document (the host's shell expands nothing in it), one
        // build reading the context tar written beside the script (hello.txt from before).
        Topology t = m_topology;
        ImageDefinition scripted;
        scripted.name = m_scripted;
        scripted.source = ImageSource::Build;
        scripted.dockerfile = QStringLiteral("FROM %1\nCOPY hello.txt /hello.txt\n").arg(kBase);
        scripted.contextFiles = {QStringLiteral("hello.txt")};
        ImageDefinition heredoc;
        heredoc.name = m_heredoc;
        heredoc.source = ImageSource::Build;
        heredoc.dockerfile
            = QStringLiteral("FROM %1\nRUN echo 'OVERLAYSTUDIO_EOF $HOME `id -u`' > /text\n")
                  .arg(kBase);
        t.images = {scripted, heredoc};
        const std::vector<Container> containers = t.containers();
        t.container(containers[0].id)->image = m_scripted;
        t.container(containers[1].id)->image = m_heredoc;
        auto planned = planApply(t);
        QVERIFY(planned.ok());
        Plan plan = planned.value();
        for (HostPlan &h : plan.hosts)
            h.steps.clear(); // only the image phase: the rest is other tests' business
        ImageScripts::addToPlan(t, &plan);
        QTemporaryDir out;
        QVERIFY(writePlanScripts(plan, out.path()).ok());
        QVERIFY(ImageScripts::writeFiles(t, plan, m_dir.path(), out.path(), nullptr).ok());
        const QString script = out.filePath(QStringLiteral("lab1.sh"));
        QVERIFY(QFile::exists(out.filePath(
            QStringLiteral("image1-")
            + QString(m_scripted).replace(QLatin1Char('/'), '_').replace(QLatin1Char(':'), '_')
            + QStringLiteral("-context.tar"))));

        const Run first = onHost(1, {QStringLiteral("sh"), script});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QFile hello(m_dir.filePath(QStringLiteral("hello.txt")));
        QVERIFY(hello.open(QIODevice::ReadOnly));
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--rm"),
                      m_scripted, QStringLiteral("cat"), QStringLiteral("/hello.txt")})
                     .out,
                 hello.readAll());
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--rm"),
                      m_heredoc, QStringLiteral("cat"), QStringLiteral("/text")})
                     .out,
                 QByteArray("OVERLAYSTUDIO_EOF $HOME `id -u`\n"));
        for (const QString &image : {m_scripted, m_heredoc})
            QCOMPARE(imageField(image, QStringLiteral("{{index .Config.Labels "
                                                      "\"overlaystudio.image\"}}")),
                     kTopology);

        // Safe to run again: the host has both, nothing is built.
        const QString id = imageField(m_scripted, QStringLiteral("{{.Id}}"));
        const Run again = onHost(1, {QStringLiteral("sh"), script});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(!again.out.contains("Step "), again.out.constData());
        QCOMPARE(imageField(m_scripted, QStringLiteral("{{.Id}}")), id);
    }

    void destroyKeepsImagesUnlessAsked()
    {
        const CliResult r = cli({QStringLiteral("destroy"), m_file});
        QVERIFY2(r.exitCode == 0, why(r).constData());
        QVERIFY(tagged(kTopology, 2).isEmpty());
        for (const QString &image :
             {m_built, m_broken, m_copied, m_source, m_big, m_context, kBase})
            QVERIFY2(imageExists(image), qPrintable(image));

        // Everything apply made, by ID: each image and the layers' images under it, down to
        // what it was built or copied from (the lab's base, this machine's sources).
        const QStringList stops{imageField(kBase, QStringLiteral("{{.Id}}")),
                                imageField(m_source, QStringLiteral("{{.Id}}"))};
        QStringList made;
        for (const QString &image :
             {m_built, m_broken, m_copied, m_big, m_context, m_scripted, m_heredoc}) {
            QString id = imageField(image, QStringLiteral("{{.Id}}"));
            while (!id.isEmpty() && !stops.contains(id) && !made.contains(id)) {
                made << id;
                id = imageField(id, QStringLiteral("{{.Parent}}"));
            }
        }
        QVERIFY(made.size() >= 5);
        // A lab host shares this machine's engine, where the big copy's source keeps its name;
        // on a real host the copy arrives without one (sent by ID). Take the name away here, so
        // the loaded image is what a host has: it must go with the copy.
        const QString loaded = imageField(m_bigSource, QStringLiteral("{{.Id}}"));
        QCOMPARE(imageField(m_big, QStringLiteral("{{index .Config.Labels "
                                                  "\"overlaystudio.image.loaded\"}}")),
                 loaded);
        QCOMPARE(run({QStringLiteral("docker"), QStringLiteral("rmi"), m_bigSource}).exitCode, 0);
        QVERIFY2(imageExists(loaded), "the untagged source should stay under the copy");
        made << loaded;

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
        for (const QString &image :
             {m_built, m_broken, m_copied, m_big, m_context, m_scripted, m_heredoc})
            QVERIFY2(!imageExists(image), qPrintable(image));
        // Nothing of them is left: no ID, no image with our label and the topology's name.
        for (const QString &id : made)
            QVERIFY2(!imageExists(id), qPrintable(id));
        QCOMPARE(docker({QStringLiteral("images"), QStringLiteral("-a"), QStringLiteral("-q"),
                         QStringLiteral("--filter"),
                         QStringLiteral("label=overlaystudio.image=") + kTopology}),
                 QString());
        // Not built or copied by this topology: the source, the lab's base, the other's.
        for (const QString &image : {m_source, kBase, other})
            QVERIFY2(imageExists(image), qPrintable(image));
        removeImage(other);
    }

private:
    // How many of the lab hosts' steps mention text.
    static int onBothHosts(const CliResult &r, const QString &text)
    {
        return countContaining(explanations(hostResult(r, QStringLiteral("lab1"))), text)
               + countContaining(explanations(hostResult(r, QStringLiteral("lab2"))), text);
    }
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
    QString m_context, m_contextMissing, m_scripted, m_heredoc;
    bool m_cutOff = false;
};

QTEST_GUILESS_MAIN(TestLabImages)
#include "tst_labimages.moc"
