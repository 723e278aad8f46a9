#include "imagescripts.h"

#include "buildcontext.h"
#include "imagesteps.h"
#include "model/savefile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace studio {

namespace {

const QString kLoadedId = QStringLiteral("@LOADED_ID@"); // replaced by the script, see below

RemoteCommand docker(const QStringList &arguments)
{
    return RemoteCommand::run(QStringList{QStringLiteral("docker")} + arguments);
}

RemoteCommand buildFromStdin(const QString &topology, const QString &image)
{
    return docker({QStringLiteral("build"), QStringLiteral("--force-rm"), QStringLiteral("--label"),
                   ImageSteps::label() + QLatin1Char('=') + topology, QStringLiteral("--tag"),
                   image, QStringLiteral("-")});
}

// Fails with a message on stderr (sh -c: the message is an argument, never shell text).
RemoteCommand failWith(const QString &message)
{
    return RemoteCommand::run({QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("echo \"$1\" >&2; exit 1"),
                               QStringLiteral("overlaystudio"), message});
}

QStringList imagesOf(const Topology &topology, ObjectId host)
{
    return ImageSteps::imagesOn(topology, host);
}

// The ssh command line that reaches the host the way apply does (user, port, key file).
QString sshCommand(const Host &host)
{
    QStringList args{QStringLiteral("ssh"), QStringLiteral("-p"), QString::number(host.sshPort)};
    if (host.auth == AuthMethod::KeyFile && !host.keyFile.isEmpty())
        args << QStringLiteral("-i") << host.keyFile;
    args << QStringLiteral("--") << host.user + QLatin1Char('@') + host.managementAddress;
    QStringList quoted;
    for (const QString &a : args)
        quoted << shellQuote(a);
    return quoted.join(QLatin1Char(' '));
}

// A command for the host's shell as one ssh argument (with sudo when the host needs it).
QString remote(const Host &host, const RemoteCommand &command)
{
    const QString text = command.toShell();
    return host.sudo ? QStringLiteral("sudo -n sh -c ") + shellQuote(text) : text;
}

} // namespace

QString ImageScripts::contextTarName(const Topology &topology, const QString &image)
{
    // Readable and unique: the image's name in safe characters, then its place in the list.
    QString safe = image;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    int index = 0;
    for (std::size_t i = 0; i < topology.images.size(); ++i) {
        if (topology.images[i].name == image)
            index = int(i) + 1;
    }
    return QStringLiteral("image%1-%2-context.tar").arg(index).arg(safe);
}

QString ImageScripts::copyScriptName(const QString &host)
{
    return QStringLiteral("images-%1.sh").arg(host);
}

void ImageScripts::addToPlan(const Topology &topology, Plan *plan)
{
    if (plan->kind != PlanKind::Apply)
        return;
    for (HostPlan &h : plan->hosts) {
        std::vector<PlanStep> steps;
        QStringList tars;
        bool copies = false;
        for (const QString &image : imagesOf(topology, h.host)) {
            const ImageDefinition *d = findImage(topology.images, image);
            const RemoteCommand lacks = ImageSteps::lacks(image);
            PlanStep step;
            switch (d ? d->source : ImageSource::Pull) {
            case ImageSource::Pull:
                step.explanation = tr("If the host lacks %1: pull it from its registry "
                                      "(docker pull).")
                                       .arg(image);
                step.command
                    = RemoteCommand::ifThen(lacks, docker({QStringLiteral("pull"), image}));
                break;
            case ImageSource::Build:
                step.explanation = tr("If the host lacks %1: build it from the design's "
                                      "Dockerfile, labelled as this topology's.")
                                       .arg(image);
                step.command = RemoteCommand::ifThen(lacks, buildFromStdin(topology.name, image));
                if (d->contextFiles.isEmpty()) {
                    step.stdinText = d->dockerfile;
                } else {
                    step.stdinFile = contextTarName(topology, image);
                    step.details << tr("stdin: %1 beside this script, a tar of the Dockerfile "
                                       "and %2")
                                        .arg(step.stdinFile,
                                             d->contextFiles.join(QStringLiteral(", ")));
                    tars << step.stdinFile;
                }
                break;
            case ImageSource::Copy:
                step.explanation
                    = tr("Check that %1 is here: images-%2.sh copies it from the machine that "
                         "has it.")
                          .arg(image, h.hostName);
                step.command = RemoteCommand::ifThen(
                    lacks, failWith(tr("%1 lacks image %2: run %3 on the machine that has it "
                                       "first.")
                                        .arg(h.hostName, image, copyScriptName(h.hostName))));
                copies = true;
                break;
            }
            steps.push_back(step);
        }
        if (copies)
            h.notes << tr("First run %1 on the machine that has the copied images (not on this "
                          "host): it sends them here over ssh.")
                           .arg(copyScriptName(h.hostName));
        for (const QString &tar : tars)
            h.notes << tr("Copy %1 into the same folder as this script: an image build reads it.")
                           .arg(tar);
        h.steps.insert(h.steps.begin(), steps.begin(), steps.end());
    }
}

QString ImageScripts::copyScript(const Topology &topology, const Host &host)
{
    QString body;
    int number = 0;
    const QString ssh = sshCommand(host);
    for (const QString &image : imagesOf(topology, host.id)) {
        const ImageDefinition *d = findImage(topology.images, image);
        if (!d || d->source != ImageSource::Copy)
            continue;
        const QString local = d->effectiveLocalImage();
        body += QLatin1Char('\n')
                + tr("# %1. Copy image %2 (here: %3) to %4, unless it has it.")
                      .arg(++number)
                      .arg(image, local, host.name)
                + QLatin1Char('\n');
        // By its ID, so the host gets no name of this machine's; the ID is checked before it is
        // put into the command that names the image there.
        body += QStringLiteral("id=$(docker image inspect --format '{{.Id}}' %1)\n")
                    .arg(shellQuote(local));
        body += QStringLiteral("case \"$id\" in sha256:*[!0-9a-f]* | sha256:) bad=1 ;; sha256:*) "
                               "bad= ;; *) bad=1 ;; esac\n");
        body += QStringLiteral("if [ -n \"$bad\" ]; then echo %1 >&2; exit 1; fi\n")
                    .arg(shellQuote(tr("%1 has no image ID here.").arg(local)));
        body += QStringLiteral("if %1 %2; then\n")
                    .arg(ssh, shellQuote(remote(host, docker({QStringLiteral("image"),
                                                              QStringLiteral("inspect"), image})
                                                          .quiet())));
        body += QStringLiteral("    echo %1\n")
                    .arg(shellQuote(tr("%1 has %2 already.").arg(host.name, image)));
        body += QStringLiteral("else\n");
        body += QStringLiteral("    docker save \"$id\" | gzip -c | %1 %2\n")
                    .arg(ssh,
                         shellQuote(remote(host, RemoteCommand::run({QStringLiteral("gzip"),
                                                                     QStringLiteral("-dc")})
                                                     .pipeTo(docker({QStringLiteral("load")})))));
        body += QStringLiteral("    naming=$(printf '%s' %1 | sed \"s/%2/$id/g\")\n")
                    .arg(shellQuote(
                             remote(host, ImageSteps::nameLoaded(topology.name, image, kLoadedId))),
                         kLoadedId);
        body += QStringLiteral("    %1 \"$naming\"\n").arg(ssh);
        body += QStringLiteral("fi\n");
    }
    if (body.isEmpty())
        return {};
    QString s = QStringLiteral("#!/bin/sh\n");
    s += tr("# OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.")
             .arg(host.name, host.managementAddress, topology.name)
         + QLatin1Char('\n');
    s += tr("# Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs "
            "docker here and ssh to %2; a host that has an image already is skipped.")
             .arg(host.name, host.user + QLatin1Char('@') + host.managementAddress)
         + QLatin1Char('\n');
    s += QStringLiteral("set -eu\n") + body;
    return s;
}

Status ImageScripts::writeFiles(const Topology &topology, const Plan &plan,
                                const QString &projectDir, const QString &dirPath,
                                QStringList *written)
{
    if (plan.kind != PlanKind::Apply)
        return success();
    const QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return Error{dir.path(), tr("cannot be created."), tr("Choose a folder you may write to.")};
    QStringList tarsDone;
    for (const HostPlan &h : plan.hosts) {
        for (const PlanStep &step : h.steps) {
            if (step.stdinFile.isEmpty() || tarsDone.contains(step.stdinFile))
                continue;
            for (const ImageDefinition &d : topology.images) {
                if (contextTarName(topology, d.name) != step.stdinFile)
                    continue;
                auto context = BuildContext::open(d, projectDir);
                if (!context)
                    return context.error();
                const QString path = dir.filePath(step.stdinFile);
                if (auto st = context.value().writeTo(path); !st)
                    return st;
                tarsDone << step.stdinFile;
                if (written)
                    *written << path;
            }
        }
        const Host *host = topology.host(h.host);
        const QString script = host ? copyScript(topology, *host) : QString();
        if (script.isEmpty())
            continue;
        const QString path = dir.filePath(copyScriptName(h.hostName));
        if (Status saved = saveFile(path, script.toUtf8(), true); !saved)
            return saved;
        if (written)
            *written << path;
    }
    return success();
}

} // namespace studio
