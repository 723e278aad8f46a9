#include "imagesteps.h"

#include <QRegularExpression>

namespace studio {

namespace {

RemoteCommand docker(const QStringList &arguments)
{
    return RemoteCommand::run(QStringList{QStringLiteral("docker")} + arguments);
}

// Feeds text to a command's stdin through printf (a shell builtin: no argument size limit).
RemoteCommand fed(const QString &text, const RemoteCommand &command)
{
    return RemoteCommand::run({QStringLiteral("printf"), QStringLiteral("%s"), text})
        .pipeTo(command);
}

// docker build of what comes on stdin (a Dockerfile, or a context tar): labelled, and no
// half-built intermediate containers left behind when a step fails.
RemoteCommand buildFromStdin(const QString &topology, const QString &image,
                             const QStringList &labels = {})
{
    QStringList args{QStringLiteral("build"), QStringLiteral("--force-rm"),
                     QStringLiteral("--label"), ImageSteps::label() + QLatin1Char('=') + topology};
    for (const QString &l : labels)
        args << QStringLiteral("--label") << l;
    return docker(args + QStringList{QStringLiteral("--tag"), image, QStringLiteral("-")});
}

// docker build of a Dockerfile given on stdin (no context).
RemoteCommand build(const QString &topology, const QString &image, const QString &dockerfile)
{
    return fed(dockerfile, buildFromStdin(topology, image));
}

int instructionCount(const QString &dockerfile)
{
    int n = 0;
    for (const QString &line : dockerfile.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')) && !line.startsWith(QLatin1Char(' '))
            && !line.startsWith(QLatin1Char('\t')))
            ++n;
    }
    return n;
}

} // namespace

QStringList ImageSteps::imagesOn(const Topology &topology, ObjectId host)
{
    QStringList images;
    for (const Container *c : topology.containersOf(host)) {
        if (!images.contains(c->image))
            images << c->image;
    }
    return images;
}

std::vector<ImageStep> ImageSteps::forMissing(const Topology &topology, const QStringList &missing)
{
    std::vector<ImageStep> steps;
    for (const QString &image : missing) {
        const ImageDefinition *d = findImage(topology.images, image);
        const ImageSource source = d ? d->source : ImageSource::Pull;
        switch (source) {
        case ImageSource::Pull:
            steps.push_back({image,
                             source,
                             d ? tr("Pull image %1 from its registry (docker pull).").arg(image)
                               : tr("Pull image %1 from its registry (docker pull): the design "
                                    "does not say how to build or copy it.")
                                     .arg(image),
                             docker({QStringLiteral("pull"), image}),
                             {}});
            break;
        case ImageSource::Build:
            if (d->contextFiles.isEmpty()) {
                steps.push_back(
                    {image,
                     source,
                     tr("Build image %1 from the design's Dockerfile (%n instruction(s)), as the "
                        "guide does before any docker run.",
                        nullptr, instructionCount(d->dockerfile))
                         .arg(image),
                     build(topology.name, image, d->dockerfile),
                     {}});
            } else {
                ImageStep step{image,
                               source,
                               tr("Build image %1 from the design's Dockerfile (%n "
                                  "instruction(s)) with %2 from beside the project file, sent "
                                  "as a tar over this host's SSH connection.",
                                  nullptr, instructionCount(d->dockerfile))
                                   .arg(image, d->contextFiles.join(QStringLiteral(", "))),
                               buildFromStdin(topology.name, image),
                               {}};
                step.sendsContext = true;
                steps.push_back(step);
            }
            break;
        case ImageSource::Copy: {
            const QString local = d->effectiveLocalImage();
            steps.push_back(
                {image, source,
                 local == image
                     ? tr("Copy image %1 from this machine: docker save here, compressed over "
                          "this host's SSH connection into docker load.")
                           .arg(image)
                     : tr("Copy image %1 from this machine (where it is %2): docker save here, "
                          "compressed over this host's SSH connection into docker load.")
                           .arg(image, local),
                 RemoteCommand::run({QStringLiteral("gzip"), QStringLiteral("-dc")})
                     .pipeTo(docker({QStringLiteral("load")})),
                 local});
            // Sent by its ID, the image arrives without a name (none of this machine's names
            // lands on the host): tag it as the design does, and a one-line build labels it as
            // ours (no layer is copied again).
            ImageStep naming{
                image,
                source,
                tr("Name the copied image %1 and label it as this topology's.").arg(image),
                nameLoaded(topology.name, image, tr("<ID of %1>").arg(local)),
                {}};
            naming.namesLoaded = true;
            steps.push_back(naming);
            break;
        }
        }
    }
    return steps;
}

RemoteCommand ImageSteps::lacks(const QString &image)
{
    return docker({QStringLiteral("image"), QStringLiteral("inspect"), image}).quiet().negated();
}

std::vector<ImageStep> ImageSteps::preview(const Topology &topology, ObjectId host)
{
    std::vector<ImageStep> steps;
    for (const QString &image : imagesOn(topology, host)) {
        for (ImageStep step : forMissing(topology, {image})) {
            step.explanation = tr("If the host lacks %1: %2").arg(image, step.explanation);
            step.command = RemoteCommand::ifThen(lacks(image), step.command);
            steps.push_back(step);
        }
    }
    return steps;
}

void ImageSteps::addToPlan(const Topology &topology, Plan *plan)
{
    if (plan->kind != PlanKind::Apply)
        return;
    for (HostPlan &h : plan->hosts) {
        std::vector<PlanStep> steps;
        for (const ImageStep &s : preview(topology, h.host)) {
            PlanStep step;
            step.explanation = s.explanation;
            step.command = s.command;
            if (!s.localImage.isEmpty()) {
                step.details
                    << tr("stdin: docker save %1 | gzip -c, run on this machine").arg(s.localImage);
            } else if (s.sendsContext) {
                const ImageDefinition *d = findImage(topology.images, s.image);
                step.details << tr("stdin: a tar of the Dockerfile and %1, made on this machine "
                                   "from the files beside the project file")
                                    .arg(d ? d->contextFiles.join(QStringLiteral(", "))
                                           : QString());
            }
            steps.push_back(step);
        }
        h.steps.insert(h.steps.begin(), steps.begin(), steps.end());
    }
}

RemoteCommand ImageSteps::nameLoaded(const QString &topology, const QString &image,
                                     const QString &loadedId)
{
    return docker({QStringLiteral("tag"), loadedId, image})
        .andThen(
            fed(QStringLiteral("FROM %1\n").arg(image),
                buildFromStdin(topology, image, {loadedLabel() + QLatin1Char('=') + loadedId})))
        .orElse(docker({QStringLiteral("rmi"), image})
                    .quiet()
                    .andThen(RemoteCommand::run({QStringLiteral("false")})));
}

RemoteCommand ImageSteps::removeLabelled(const QString &topology)
{
    // Fixed script; the label, the topology and the loaded label reach it as positional
    // arguments. The label's value must equal the topology's name exactly (the filter alone
    // would also match others). A copy's loaded image (recorded by ID) goes too, but only once
    // no name is left on it: then it is what our copy brought and nothing else uses.
    static const QString script = QStringLiteral(
        "docker image ls --filter label=\"$1\" --format '{{.ID}} {{.Repository}}:{{.Tag}}' | "
        "while read -r id ref; do "
        "v=$(docker image inspect --format \"{{index .Config.Labels \\\"$1\\\"}}\" \"$id\") || "
        "continue; "
        "[ \"$v\" = \"$2\" ] || continue; "
        "b=$(docker image inspect --format \"{{index .Config.Labels \\\"$3\\\"}}\" \"$id\") "
        "|| b=; "
        "if [ \"$ref\" = '<none>:<none>' ]; then ref=$id; fi; "
        "docker rmi \"$ref\" || echo \"kept $ref: a container uses it\" >&2; "
        "case \"$b\" in sha256:*) "
        "[ \"$(docker image inspect --format '{{len .RepoTags}}' \"$b\" 2>/dev/null)\" = 0 ] && "
        "{ docker rmi \"$b\" >/dev/null 2>&1 || true; } ;; esac; "
        "done; true");
    return RemoteCommand::run({QStringLiteral("sh"), QStringLiteral("-c"), script,
                               QStringLiteral("overlaystudio-images"), label(), topology,
                               loadedLabel()});
}

QString ImageSteps::failedBuildStep(const QByteArray &output)
{
    // Only the step's number: the total counts the LABEL instruction --label adds (classic).
    static const QRegularExpression classic(QStringLiteral("^Step (\\d+)/\\d+ : (.*)$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression buildkit(
        QStringLiteral("^(?:#\\d+ |ERROR )?\\[[^\\]]*?(\\d+)/\\d+\\] (.*)$"),
        QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(output);
    QString last;
    for (const QRegularExpression *re : {&classic, &buildkit}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            last = tr("step %1 (%2)").arg(m.captured(1), m.captured(2).trimmed());
        }
        if (!last.isEmpty())
            return last;
    }
    return {};
}

} // namespace studio
