// The image phase in exported scripts ("plan --output-dir"), run by the real /bin/sh against a
// stand-in docker (and ssh) that records every call and what it read on stdin: a Dockerfile
// reaches docker build verbatim through a here document whatever lines it holds, a build context
// is read from the tar written beside the script, and images-HOST.sh (run here) sends a copied
// image by its ID over ssh and names it there.
#include "testsupport.h"

#include "images/imagescripts.h"
#include "images/imagesteps.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;

namespace {

const QByteArray kId = "sha256:" + QByteArray(64, 'a');

// A docker that records each call (arguments joined by " | ") into $FAKE_DIR/calls and what
// build and load read on stdin into $FAKE_DIR/stdin-build and stdin-load. "image inspect --format"
// prints $FAKE_ID; any other "image inspect" fails (the host lacks the image); save prints a
// payload. An ssh that runs its remote command with sh here, as the host's shell would.
void writeFakes(const QString &dir)
{
    const auto write = [&](const char *name, const QByteArray &text) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    write("docker", "#!/bin/sh\n"
                    "line=''; for a in \"$@\"; do line=\"$line${line:+ | }$a\"; done\n"
                    "printf '%s\\n' \"$line\" >> \"$FAKE_DIR/calls\"\n"
                    "case \"$1 $2 $3\" in\n"
                    "'image inspect --format') printf '%s\\n' \"$FAKE_ID\"; exit 0 ;;\n"
                    "'image inspect '*) exit 1 ;;\n"
                    "esac\n"
                    "case \"$1\" in\n"
                    "save) printf 'image %s\\n' \"$2\" ;;\n"
                    "build|load) cat > \"$FAKE_DIR/stdin-$1\" ;;\n"
                    "esac\n");
    write("ssh",
          "#!/bin/sh\n"
          "printf 'ssh %s\\n' \"$(printf '%s' \"$*\" | tr '\\n' ' ')\" >> \"$FAKE_DIR/calls\"\n"
          "while [ \"$1\" != -- ]; do shift; done; shift; shift\n"
          "exec sh -c \"$*\"\n");
}

struct Ran
{
    int exitCode = -1;
    QByteArray err;
    QStringList calls;
    QString dir;
    QByteArray stdinOf(const char *command) const
    {
        QFile f(dir + QStringLiteral("/stdin-") + QLatin1String(command));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)");
    }
};

Ran runScript(const QString &script, const QString &fakes, const QByteArray &id = kId)
{
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), fakes + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("FAKE_DIR"), fakes);
    env.insert(QStringLiteral("FAKE_ID"), QString::fromUtf8(id));
    sh.setProcessEnvironment(env);
    sh.setWorkingDirectory(QDir::tempPath()); // not the script's folder
    sh.start(QStringLiteral("/bin/sh"), {script});
    sh.closeWriteChannel();
    Ran r;
    r.dir = fakes;
    if (!sh.waitForFinished(20000))
        return r;
    r.exitCode = sh.exitCode();
    r.err = sh.readAllStandardError();
    QFile calls(fakes + QStringLiteral("/calls"));
    if (calls.open(QIODevice::ReadOnly))
        r.calls = QString::fromUtf8(calls.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return r;
}

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImageScripts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_topology = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        // host1 builds from a Dockerfile whose lines would end a naive here document; host2
        // builds one image with a context file, copies one and pulls one it has no word for.
        ImageDefinition built;
        built.name = QStringLiteral("lab/built:1");
        built.source = ImageSource::Build;
        built.dockerfile = QStringLiteral("FROM busybox\nRUN echo '$(reboot)' \"`id`\" $HOME\n"
                                          "OVERLAYSTUDIO_EOF\nRUN true\nOVERLAYSTUDIO_EOF_2");
        ImageDefinition context;
        context.name = QStringLiteral("lab/context:1");
        context.source = ImageSource::Build;
        context.dockerfile = QStringLiteral("FROM busybox\nCOPY hello.txt /hello.txt\n");
        context.contextFiles = {QStringLiteral("hello.txt")};
        ImageDefinition copied;
        copied.name = QStringLiteral("lab/copied:1");
        copied.source = ImageSource::Copy;
        copied.localImage = QStringLiteral("app:dev");
        m_topology.images = {built, context, copied};
        const char *images[] = {"lab/built:1", "lab/built:1", "lab/context:1", "lab/copied:1"};
        int i = 0;
        for (const Container &c : m_topology.containers())
            m_topology.container(c.id)->image = QLatin1String(images[i++]);
        QVERIFY(writeHello());
    }

    void scriptsCarryTheImagePhase()
    {
        // Every image a host uses, first in its script.
        auto planned = planApply(m_topology);
        QVERIFY(planned.ok());
        Plan plan = planned.value();
        const std::size_t before1 = plan.hosts[0].steps.size();
        const std::size_t before2 = plan.hosts[1].steps.size();
        ImageScripts::addToPlan(m_topology, &plan);
        QCOMPARE(plan.hosts[0].steps.size(), before1 + 1);
        QCOMPARE(plan.hosts[1].steps.size(), before2 + 2);
        QCOMPARE(plan.hosts[0].steps[0].stdinText, m_topology.images[0].dockerfile);
        QCOMPARE(plan.hosts[1].steps[0].stdinFile,
                 QStringLiteral("image2-lab_context_1-context.tar"));
        QVERIFY(plan.hosts[1]
                    .notes.join(QLatin1Char(' '))
                    .contains(QStringLiteral(
                        "First run images-host2.sh on the machine that has the copied images")));
        QVERIFY(plan.hosts[0].notes.isEmpty());

        QTemporaryDir out;
        QStringList written;
        QVERIFY(writePlanScripts(plan, out.path(), &written).ok());
        QVERIFY(ImageScripts::writeFiles(m_topology, plan, m_project.path(), out.path(), &written)
                    .ok());
        QCOMPARE(written,
                 QStringList({out.filePath(QStringLiteral("host1.sh")),
                              out.filePath(QStringLiteral("host2.sh")),
                              out.filePath(QStringLiteral("image2-lab_context_1-context.tar")),
                              out.filePath(QStringLiteral("images-host2.sh"))}));
        const QByteArray host1 = fileText(out.filePath(QStringLiteral("host1.sh")));
        // The delimiter is one no line of the Dockerfile equals.
        QVERIFY2(host1.contains("fi <<'OVERLAYSTUDIO_EOF_3'\nFROM busybox\n"), host1.constData());
        // The Plan dock's short form leaves the Dockerfile out, the whole form is the script's.
        const PlanStep &build = plan.hosts[0].steps[0];
        QVERIFY(host1.contains(renderStepCommands(build).toUtf8()));
        const QString brief = renderStepCommands(build, true);
        QVERIFY2(
            brief.endsWith(QStringLiteral(" <<'OVERLAYSTUDIO_EOF_3'\n…\nOVERLAYSTUDIO_EOF_3\n")),
            qPrintable(brief));
        QVERIFY(!brief.contains(QLatin1String("FROM busybox")));
        const QByteArray host2 = fileText(out.filePath(QStringLiteral("host2.sh")));
        QVERIFY2(
            host2.contains("# First run images-host2.sh")
                && host2.contains(
                    "# Copy image2-lab_context_1-context.tar into the same folder as this script"),
            host2.constData());
        QVERIFY(host2.indexOf("# First run") < host2.indexOf("set -eu"));
        QVERIFY(fileText(out.filePath(QStringLiteral("images-host2.sh")))
                    .startsWith("#!/bin/sh\n# OverlayStudio: send host host2"));
    }

    void theImagePhaseRunsAsWritten()
    {
        // Only the image phase (the rest needs OVS), rendered and written as plan --output-dir
        // does, run against the stand-in docker while the host lacks every image.
        Plan plan = imagePhaseOnly();
        QTemporaryDir out;
        QVERIFY(writePlanScripts(plan, out.path()).ok());
        QVERIFY(
            ImageScripts::writeFiles(m_topology, plan, m_project.path(), out.path(), nullptr).ok());

        QTemporaryDir fakes1;
        writeFakes(fakes1.path());
        const Ran host1 = runScript(out.filePath(QStringLiteral("host1.sh")), fakes1.path());
        QVERIFY2(host1.exitCode == 0, host1.err.constData());
        QCOMPARE(host1.calls,
                 QStringList({QStringLiteral("image | inspect | lab/built:1"),
                              QStringLiteral("build | --force-rm | --label | "
                                             "overlaystudio.image=seed-two-hosts | --tag | "
                                             "lab/built:1 | -")}));
        // Verbatim, plus the final newline a here document always has.
        QCOMPARE(QString::fromUtf8(host1.stdinOf("build")), m_topology.images[0].dockerfile + "\n");

        // host2: the context tar from beside the script (run from elsewhere), then the copied
        // image is missing: the script stops and says what to run first.
        QTemporaryDir fakes2;
        writeFakes(fakes2.path());
        const Ran host2 = runScript(out.filePath(QStringLiteral("host2.sh")), fakes2.path());
        QCOMPARE(host2.calls.value(1),
                 QStringLiteral("build | --force-rm | --label | overlaystudio.image=seed-two-hosts "
                                "| --tag | lab/context:1 | -"));
        QCOMPARE(host2.stdinOf("build"),
                 fileText(out.filePath(QStringLiteral("image2-lab_context_1-context.tar"))));
        QVERIFY(host2.stdinOf("build").contains("hello from beside the project\n"));
        QVERIFY(host2.exitCode != 0);
        QVERIFY2(host2.err.contains(
                     "host2 lacks image lab/copied:1: run images-host2.sh on the machine that "
                     "has it first."),
                 host2.err.constData());
        QCOMPARE(host2.calls.size(), 3); // nothing after the missing image
    }

    void theCopyScriptSendsTheImageByItsId()
    {
        Host *host2 = m_topology.host(m_topology.hosts()[1].id);
        host2->sshPort = 2222;
        host2->user = QStringLiteral("ops");
        host2->sudo = true;
        const QString script = ImageScripts::copyScript(m_topology, *host2);
        QVERIFY(ImageScripts::copyScript(m_topology, m_topology.hosts()[0]).isEmpty());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("images-host2.sh"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(script.toUtf8());
        }
        QTemporaryDir fakes;
        writeFakes(fakes.path());
        // sudo on the "host": run the command as is.
        {
            QFile sudo(fakes.filePath(QStringLiteral("sudo")));
            QVERIFY(sudo.open(QIODevice::WriteOnly));
            sudo.write("#!/bin/sh\n[ \"$1\" = -n ] && shift\nexec \"$@\"\n");
            sudo.close();
            sudo.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const Ran r = runScript(path, fakes.path());
        QVERIFY2(r.exitCode == 0, r.err.constData() + script.toUtf8());
        const QString ssh = QStringLiteral("ssh -p 2222 -- ops@192.168.0.9 ");
        const QString id = QString::fromLatin1(kId);
        QCOMPARE(r.calls.value(0),
                 QStringLiteral("image | inspect | --format | {{.Id}} | app:dev"));
        QVERIFY2(r.calls.value(1).startsWith(ssh + QStringLiteral("sudo -n sh -c")),
                 qPrintable(r.calls.join(QLatin1Char('\n'))));
        QCOMPARE(r.calls.value(2), QStringLiteral("image | inspect | lab/copied:1"));
        // The whole image, by ID, through gzip and ssh into docker load (side by side in a
        // pipeline: their lines come in any order).
        QVERIFY(r.calls.contains(QStringLiteral("save | ") + id));
        QCOMPARE(r.calls.count(QStringLiteral("load")), 1);
        QCOMPARE(r.stdinOf("load"), QByteArray("image " + kId + "\n"));
        // Then named there by the ID, labelled as ours with the ID it was loaded as.
        QVERIFY2(r.calls.size() == 9, qPrintable(r.calls.join(QLatin1Char('\n'))));
        QVERIFY(r.calls.value(6).startsWith(ssh));
        QCOMPARE(r.calls.value(7), QStringLiteral("tag | %1 | lab/copied:1").arg(id));
        QCOMPARE(r.calls.value(8),
                 QStringLiteral("build | --force-rm | --label | overlaystudio.image=seed-two-hosts "
                                "| --label | overlaystudio.image.loaded=%1 | --tag | "
                                "lab/copied:1 | -")
                     .arg(id));
        QCOMPARE(r.stdinOf("build"), QByteArray("FROM lab/copied:1\n"));

        // An ID that is not one never reaches a command.
        QTemporaryDir fakesBad;
        writeFakes(fakesBad.path());
        const Ran bad = runScript(path, fakesBad.path(), "sha256:abc;touch /tmp/x");
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("app:dev has no image ID here."), bad.err.constData());
        QCOMPARE(bad.calls.size(), 1);
    }

    void teardownScriptsHaveNoImagePhase()
    {
        auto planned = planTeardown(m_topology);
        QVERIFY(planned.ok());
        Plan plan = planned.value();
        const std::size_t before = plan.hosts[0].steps.size();
        ImageScripts::addToPlan(m_topology, &plan);
        QCOMPARE(plan.hosts[0].steps.size(), before);
        QTemporaryDir out;
        QStringList written;
        QVERIFY(ImageScripts::writeFiles(m_topology, plan, m_project.path(), out.path(), &written)
                    .ok());
        QVERIFY(written.isEmpty());
    }

    void aMissingContextFileFailsTheExport()
    {
        QFile::remove(m_project.filePath(QStringLiteral("hello.txt")));
        Plan plan = imagePhaseOnly();
        QTemporaryDir out;
        const Status st
            = ImageScripts::writeFiles(m_topology, plan, m_project.path(), out.path(), nullptr);
        QVERIFY(!st);
        QVERIFY2(st.error().toString().contains(QStringLiteral("image lab/context:1"))
                     && st.error().toString().contains(QStringLiteral("hello.txt does not exist")),
                 qPrintable(st.error().toString()));
    }

private:
    bool writeHello()
    {
        QFile f(m_project.filePath(QStringLiteral("hello.txt")));
        return f.open(QIODevice::WriteOnly) && f.write("hello from beside the project\n") > 0;
    }
    Plan imagePhaseOnly()
    {
        Plan plan = planApply(m_topology).value();
        for (HostPlan &h : plan.hosts)
            h.steps.clear();
        ImageScripts::addToPlan(m_topology, &plan);
        return plan;
    }

    QTemporaryDir m_project;
    Topology m_topology;
};

QTEST_GUILESS_MAIN(TestImageScripts)
#include "tst_imagescripts.moc"
