#include "imagephase.h"

#include "buildcontext.h"
#include "imagesteps.h"
#include "localimagestream.h"

#include <QElapsedTimer>

namespace studio {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// What the tool said, without Docker's notice that the classic builder is deprecated (it
// comes with every build on newer Docker and hides the actual error).
QString toolMessage(const ExecResult &r)
{
    QStringList kept;
    bool notice = false;
    for (const QString &line : QString::fromUtf8(r.err).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("DEPRECATED: The legacy builder")))
            notice = true;
        else if (notice && line.trimmed().isEmpty())
            notice = false;
        else if (!notice)
            kept << line;
    }
    QString text = kept.join(QLatin1Char('\n')).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(r.out.trimmed());
    if (text.size() > 800)
        text = QStringLiteral("…") + text.right(800);
    return text;
}

} // namespace

Status ImagePhase::run(const Topology &topology, const Host &host, const QStringList &missing,
                       const QString &projectDir, RemoteShell &shell, int timeoutMs,
                       const std::atomic_bool *cancel, const Callbacks &callbacks,
                       std::vector<Done> *done)
{
    std::vector<ImageStep> steps = ImageSteps::forMissing(topology, missing);
    const int count = int(steps.size());
    QString loadedId; // the ID of the image the last copy sent, for the step that names it
    for (int i = 0; i < count; ++i) {
        ImageStep &step = steps[std::size_t(i)];
        if (cancel && cancel->load())
            return Error{
                host.name, tr("cancelled by the user before image %1.").arg(step.image), {}};
        if (step.namesLoaded)
            step.command = ImageSteps::nameLoaded(topology.name, step.image, loadedId);
        Done record{step.explanation, step.command.toShell(), {}};
        if (!step.localImage.isEmpty())
            record.command = tr("docker save %1 | gzip -c (here) | %2 (on %3)")
                                 .arg(step.localImage, record.command, host.name);
        else if (step.sendsContext)
            record.command = tr("tar of the Dockerfile and its context files (here) | %1 (on %2)")
                                 .arg(record.command, host.name);
        if (callbacks.started)
            callbacks.started(i, count, record.explanation, record.command);

        Result<ExecResult> result = ExecResult{};
        if (step.sendsContext) {
            const ImageDefinition *d = findImage(topology.images, step.image);
            auto context
                = d ? BuildContext::open(*d, projectDir)
                    : Result<BuildContext>(Error{step.image, tr("has no definition."), {}});
            if (!context) {
                // The files are this machine's business: say so without the host's noise.
                Error e = context.error();
                if (callbacks.finished)
                    callbacks.finished(i, false, e.toString());
                record.result.err = e.toString().toUtf8();
                record.result.signal = tr("not run");
                done->push_back(record);
                return Error{host.name,
                             tr("image %1 could not be built: %2").arg(step.image, e.message),
                             e.fix};
            }
            if (callbacks.progress)
                callbacks.progress(tr("building image %1 (sending %2 KB of build context)")
                                       .arg(step.image)
                                       .arg((context.value().size() + 1023) / 1024));
            const auto next = [&]() -> Result<QByteArray> {
                if (cancel && cancel->load())
                    return Error{step.image, tr("cancelled."), {}};
                return context.value().next();
            };
            result = shell.execStreaming(step.command.toShell(), next, timeoutMs);
        } else if (step.streamed()) {
            LocalImageStream local(cancel);
            if (auto started = local.start(step.localImage); !started) {
                result = started.error();
            } else {
                loadedId = local.imageId();
                QElapsedTimer timer, shown;
                timer.start();
                shown.start();
                const auto next = [&]() -> Result<QByteArray> {
                    auto chunk = local.next();
                    if (chunk && callbacks.progress
                        && (shown.elapsed() >= 1000 || chunk.value().isEmpty())) {
                        shown.restart();
                        const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
                        callbacks.progress(
                            tr("copying image %1: %2 MB sent, %3 MB/s")
                                .arg(step.image, megabytes(local.bytesRead()),
                                     QString::number(double(local.bytesRead()) / seconds
                                                         / (1024.0 * 1024.0),
                                                     'f', 1)));
                    }
                    return chunk;
                };
                result = shell.execStreaming(step.command.toShell(), next, timeoutMs);
            }
        } else {
            if (callbacks.progress)
                callbacks.progress(step.source == ImageSource::Build
                                       ? tr("building image %1").arg(step.image)
                                       : tr("getting image %1").arg(step.image));
            result = shell.exec(step.command.toShell(), timeoutMs);
        }
        if (!result) {
            record.result.err = result.error().toString().toUtf8();
            record.result.signal = tr("not run to the end");
        } else {
            record.result = result.value();
        }
        const bool ok = record.result.succeeded();
        if (callbacks.finished)
            callbacks.finished(i, ok, QString::fromUtf8(record.result.out + record.result.err));
        done->push_back(record);
        if (ok)
            continue;

        if (cancel && cancel->load())
            return Error{
                host.name, tr("cancelled by the user while getting image %1.").arg(step.image), {}};
        const QString why = result ? toolMessage(record.result) : result.error().toString();
        switch (step.source) {
        case ImageSource::Build: {
            const QString failed
                = ImageSteps::failedBuildStep(record.result.out + record.result.err);
            return Error{
                host.name,
                failed.isEmpty()
                    ? tr("image %1 could not be built: %2").arg(step.image, why)
                    : tr("image %1 could not be built: %2 failed: %3").arg(step.image, failed, why),
                tr("Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.")
                    .arg(step.image)};
        }
        case ImageSource::Copy:
            return Error{host.name, tr("image %1 could not be copied: %2").arg(step.image, why),
                         tr("Apply again once the host is reachable and has free disk space.")};
        case ImageSource::Pull:
            break;
        }
        return Error{host.name, tr("image %1 could not be pulled: %2").arg(step.image, why),
                     tr("Give %1 access to the registry, or define %2 in Images (Deploy menu) to "
                        "build it or copy it from this machine.")
                         .arg(host.name, step.image)};
    }
    return success();
}

void ImagePhase::appendStatus(const Topology &topology, const QStringList &missing,
                              std::vector<ObjectStatus> *status)
{
    for (const QString &image : missing) {
        const ImageDefinition *d = findImage(topology.images, image);
        QString detail;
        switch (d ? d->source : ImageSource::Pull) {
        case ImageSource::Build:
            detail = tr("the host lacks it; apply builds it from the design's Dockerfile");
            break;
        case ImageSource::Copy:
            detail = tr("the host lacks it; apply copies it from this machine");
            break;
        case ImageSource::Pull:
            detail = d ? tr("the host lacks it; apply pulls it")
                       : tr("the host lacks it and the design does not define it; apply tries "
                            "docker pull (define it in Images to build or copy it)");
            break;
        }
        status->push_back(
            {ObjectStatus::State::Missing, kNoObject, tr("image %1").arg(image), detail});
    }
}

PlanStep ImagePhase::removeStep(const QString &topology)
{
    PlanStep step;
    step.explanation = tr("Remove the images this topology built or copied (label %1=%2), "
                          "because --remove-images was asked for.")
                           .arg(ImageSteps::label(), topology);
    step.command = ImageSteps::removeLabelled(topology);
    return step;
}

} // namespace studio
