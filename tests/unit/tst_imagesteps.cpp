// The image phase's commands, run by the real /bin/sh against a stand-in "docker" that records
// its arguments and stdin: what reaches Docker is exactly the design's text, whatever it holds.
#include "testsupport.h"

#include "images/imagesteps.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;

namespace {

struct Recorded
{
    int exitCode = -1;
    QStringList calls; // one line per docker call: its arguments joined by " | "
    QByteArray stdinOfLast;
};

// Runs a command with a fake docker first on PATH: it records each call, prints stdin into a
// file, and answers "image inspect" with the exit status in $FAKE_INSPECT.
Recorded runWithFakeDocker(const RemoteCommand &command, int inspectStatus = 1,
                           const QString &failing = {})
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("docker"));
    QFile script(fake);
    script.open(QIODevice::WriteOnly);
    script.write("#!/bin/sh\n"
                 "line=''; for a in \"$@\"; do line=\"$line${line:+ | }$a\"; done\n"
                 "printf '%s\\n' \"$line\" >> \"$FAKE_DIR/calls\"\n"
                 "if [ \"$1\" = image ] && [ \"$2\" = inspect ]; then exit \"$FAKE_INSPECT\"; fi\n"
                 "case \"$1\" in build) cat > \"$FAKE_DIR/stdin\" ;; esac\n"
                 "if [ \"$1\" = \"$FAKE_FAIL\" ]; then exit 1; fi\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), dir.path() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("FAKE_DIR"), dir.path());
    env.insert(QStringLiteral("FAKE_INSPECT"), QString::number(inspectStatus));
    env.insert(QStringLiteral("FAKE_FAIL"), failing);
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.toShell()});
    sh.closeWriteChannel();
    if (!sh.waitForFinished(10000))
        return {};
    Recorded r;
    r.exitCode = sh.exitCode();
    QFile calls(dir.filePath(QStringLiteral("calls")));
    if (calls.open(QIODevice::ReadOnly))
        r.calls = QString::fromUtf8(calls.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QFile in(dir.filePath(QStringLiteral("stdin")));
    if (in.open(QIODevice::ReadOnly))
        r.stdinOfLast = in.readAll();
    return r;
}

Topology withImage(const ImageDefinition &d)
{
    Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
    t.images = {d};
    for (const Container &c : t.containers())
        t.container(c.id)->image = d.name;
    return t;
}

// What ImageSteps::removeLabelled("lab") removes, run by sh against a docker stand-in (the
// script given) that records each rmi in order; a failed run says so instead.
QByteArray removedBy(const QByteArray &fakeDocker)
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("docker")));
    if (!script.open(QIODevice::WriteOnly) || script.write(fakeDocker) != fakeDocker.size())
        return "the docker stand-in cannot be written";
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), dir.path() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("FAKE_DIR"), dir.path());
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), ImageSteps::removeLabelled(QStringLiteral("lab")).toShell()});
    if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
        return "the removal failed: " + sh.readAllStandardError();
    QFile removed(dir.filePath(QStringLiteral("removed")));
    if (!removed.open(QIODevice::ReadOnly))
        return "nothing was removed";
    return removed.readAll();
}

} // namespace

class TestImageSteps : public QObject
{
    Q_OBJECT

private slots:
    void buildFeedsTheDockerfileVerbatim_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::newRow("guide") << ImageDefinition::guideDockerfile();
        QTest::newRow("quotes and expansions")
            << QStringLiteral("FROM ubuntu\nRUN echo '$(reboot)' \"`id`\" $HOME \\\n  && true\n"
                              "LABEL note=\"it's; here\"\n");
        QTest::newRow("percent and no final newline")
            << QStringLiteral("FROM busybox\nRUN printf '%s %d\\n' a 1");
    }
    void buildFeedsTheDockerfileVerbatim()
    {
        QFETCH(QString, dockerfile);
        ImageDefinition d;
        d.name = QStringLiteral("ubuntu:v1");
        d.source = ImageSource::Build;
        d.dockerfile = dockerfile;
        const Topology t = withImage(d);
        const auto steps = ImageSteps::forMissing(t, {d.name});
        QCOMPARE(steps.size(), std::size_t(1));
        QVERIFY(!steps[0].streamed());
        QVERIFY(steps[0].explanation.contains(QStringLiteral("Build image ubuntu:v1")));
        const Recorded r = runWithFakeDocker(steps[0].command);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.calls, QStringList{QStringLiteral(
                              "build | --force-rm | --label | overlaystudio.image=seed-two-hosts "
                              "| --tag | ubuntu:v1 | -")});
        QCOMPARE(QString::fromUtf8(r.stdinOfLast), dockerfile);
    }

    void pullIsTheDefault()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.images.clear();
        const auto steps = ImageSteps::forMissing(t, {QStringLiteral("ubuntu:v1")});
        QCOMPARE(steps.size(), std::size_t(1));
        QCOMPARE(steps[0].command.toShell(), QStringLiteral("docker pull ubuntu:v1"));
        QVERIFY(steps[0].explanation.contains(QStringLiteral("does not say how")));
    }

    void copyLoadsThenNamesAndLabels()
    {
        ImageDefinition d;
        d.name = QStringLiteral("registry:5000/team/app:1.2");
        d.source = ImageSource::Copy;
        d.localImage = QStringLiteral("app:dev");
        const auto steps = ImageSteps::forMissing(withImage(d), {d.name});
        QCOMPARE(steps.size(), std::size_t(2));
        QVERIFY(steps[0].streamed());
        QCOMPARE(steps[0].localImage, QStringLiteral("app:dev"));
        QCOMPARE(steps[0].command.toShell(), QStringLiteral("gzip -dc | docker load"));
        QVERIFY(!steps[1].streamed());
        QVERIFY(steps[1].namesLoaded);
        // Apply names it by the ID the image was sent and loaded as (no other name lands on
        // the host), and labels it as ours with that ID.
        const QString id = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        const RemoteCommand naming
            = ImageSteps::nameLoaded(QStringLiteral("seed-two-hosts"), d.name, id);
        const Recorded r = runWithFakeDocker(naming);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.calls,
                 QStringList({QStringLiteral("tag | %1 | registry:5000/team/app:1.2").arg(id),
                              QStringLiteral("build | --force-rm | --label | "
                                             "overlaystudio.image=seed-two-hosts | --label | "
                                             "overlaystudio.image.loaded=%1 | --tag | "
                                             "registry:5000/team/app:1.2 | -")
                                  .arg(id)}));
        QCOMPARE(r.stdinOfLast, QByteArray("FROM registry:5000/team/app:1.2\n"));
        // A failed build takes the name away again: the next apply starts over.
        const Recorded failed = runWithFakeDocker(naming, 1, QStringLiteral("build"));
        QVERIFY(failed.exitCode != 0);
        QCOMPARE(failed.calls.value(2), QStringLiteral("rmi | registry:5000/team/app:1.2"));
        // Without a local name, the image is sent under its own.
        d.localImage.clear();
        QCOMPARE(ImageSteps::forMissing(withImage(d), {d.name})[0].localImage, d.name);
    }

    void aBuildWithContextFilesReadsTheContextOnStdin()
    {
        ImageDefinition d;
        d.name = QStringLiteral("lab/hello:1");
        d.source = ImageSource::Build;
        d.dockerfile = QStringLiteral("FROM busybox\nCOPY hello.txt /\n");
        d.contextFiles = {QStringLiteral("hello.txt")};
        const auto steps = ImageSteps::forMissing(withImage(d), {d.name});
        QCOMPARE(steps.size(), std::size_t(1));
        QVERIFY(steps[0].sendsContext && steps[0].streamed() && steps[0].localImage.isEmpty());
        QVERIFY2(steps[0].explanation.contains(QStringLiteral("with hello.txt from beside the "
                                                              "project file")),
                 qPrintable(steps[0].explanation));
        QCOMPARE(
            steps[0].command.toShell(),
            QStringLiteral("docker build --force-rm --label overlaystudio.image=seed-two-hosts "
                           "--tag lab/hello:1 -"));
    }

    void previewRunsOnlyWhenTheHostLacksTheImage()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        const auto steps = ImageSteps::preview(t, t.hosts().front().id);
        QCOMPARE(steps.size(), std::size_t(1));
        QVERIFY(steps[0].explanation.startsWith(QStringLiteral("If the host lacks ubuntu:v1")));
        const Recorded present = runWithFakeDocker(steps[0].command, 0);
        QCOMPARE(present.exitCode, 0);
        QCOMPARE(present.calls, QStringList{QStringLiteral("image | inspect | ubuntu:v1")});
        const Recorded absent = runWithFakeDocker(steps[0].command, 1);
        QCOMPARE(absent.exitCode, 0);
        QCOMPARE(absent.calls.size(), 2);
        QVERIFY(absent.calls[1].startsWith(QStringLiteral("build | ")));
        QCOMPARE(QString::fromUtf8(absent.stdinOfLast), ImageDefinition::guideDockerfile());
    }

    void planPreviewStartsWithTheImagePhase()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        Plan plan;
        plan.kind = PlanKind::Apply;
        plan.hosts.push_back({t.hosts()[0].id, t.hosts()[0].name, {}, {PlanStep{}}});
        ImageSteps::addToPlan(t, &plan);
        QCOMPARE(plan.hosts[0].steps.size(), std::size_t(2));
        QVERIFY(plan.hosts[0].steps[0].explanation.contains(QStringLiteral("ubuntu:v1")));
        plan.kind = PlanKind::Teardown;
        ImageSteps::addToPlan(t, &plan);
        QCOMPARE(plan.hosts[0].steps.size(), std::size_t(2));
    }

    void failedBuildStep_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("step");
        QTest::newRow("classic builder")
            << QByteArray("Sending build context to Docker daemon  2.048kB\n"
                          "Step 1/3 : FROM overlaystudio/busybox:lab\n ---> 86e280d40e90\n"
                          "Step 2/3 : RUN echo one\n ---> Running in 1\none\n"
                          "Step 3/3 : RUN exit 3\n ---> Running in 2\n")
            << QStringLiteral("step 3 (RUN exit 3)");
        QTest::newRow("buildkit") << QByteArray(
            "#4 [1/2] FROM docker.io/library/busybox\n#5 [2/2] RUN false\n"
            "#5 ERROR: process \"/bin/sh -c false\" did not complete\n"
            "------\n > [2/2] RUN false:\n------\n")
                                  << QStringLiteral("step 2 (RUN false)");
        QTest::newRow("no steps") << QByteArray("unknown instruction: FORM\n") << QString();
    }
    void failedBuildStep()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, step);
        QCOMPARE(ImageSteps::failedBuildStep(output), step);
    }

    void removeLabelledMatchesTheTopologyExactly()
    {
        // Images listed with our label key: only the one whose value is exactly the topology's
        // name is removed ("lab" must not take "lab-2"'s or "la"'s).
        QCOMPARE(
            removedBy("#!/bin/sh\n"
                      "case \"$1 $2\" in\n"
                      "'image ls') printf '%s\\n' 'id1 mine:1' 'id2 other:1' 'id3 prefix:1' "
                      "'id4 <none>:<none>' ;;\n"
                      "'image inspect') case \"$5\" in id1|id4) echo lab ;; id2) echo lab-2 ;; "
                      "id3) echo la ;; esac ;;\n"
                      "rmi*) echo \"$2\" >> \"$FAKE_DIR/removed\" ;;\n"
                      "esac\n"),
            QByteArray("mine:1\nid4\n"));
    }

    void removeLabelledTakesTheLoadedImageOnceUnnamed()
    {
        // Two copies: one's loaded image has no name left after its named image goes (remove
        // it), the other's is still named by something else (keep it). A built one has none.
        QCOMPARE(
            removedBy("#!/bin/sh\n"
                      "case \"$1 $2\" in\n"
                      "'image ls') printf '%s\\n' 'id1 built:1' 'id2 copied:1' 'id3 copied:2' ;;\n"
                      "'image inspect') case \"$4 $5\" in\n"
                      "  *.loaded*id2*) echo sha256:b2 ;; *.loaded*id3*) echo sha256:b3 ;;\n"
                      "  *.loaded*) echo '<no value>' ;;\n"
                      "  *RepoTags*sha256:b2) echo 0 ;; *RepoTags*sha256:b3) echo 1 ;;\n"
                      "  *) echo lab ;; esac ;;\n"
                      "rmi*) echo \"$2\" >> \"$FAKE_DIR/removed\" ;;\n"
                      "esac\n"),
            QByteArray("built:1\ncopied:1\nsha256:b2\ncopied:2\n"));
    }
};

QTEST_GUILESS_MAIN(TestImageSteps)
#include "tst_imagesteps.moc"
