#include "imagedefinition.h"

#include "names.h"

#include <QRegularExpression>

namespace studio {

QString ImageDefinition::sourceText(ImageSource source)
{
    switch (source) {
    case ImageSource::Pull:
        return QStringLiteral("pull");
    case ImageSource::Build:
        return QStringLiteral("build");
    case ImageSource::Copy:
        return QStringLiteral("copy");
    }
    return QStringLiteral("pull");
}

bool ImageDefinition::sourceFromText(const QString &text, ImageSource *source)
{
    for (ImageSource s : {ImageSource::Pull, ImageSource::Build, ImageSource::Copy}) {
        if (text == sourceText(s)) {
            *source = s;
            return true;
        }
    }
    return false;
}

QStringList ImageDefinition::sourceTexts()
{
    return {sourceText(ImageSource::Pull), sourceText(ImageSource::Build),
            sourceText(ImageSource::Copy)};
}

QString ImageDefinition::sourceTitle(ImageSource source)
{
    switch (source) {
    case ImageSource::Pull:
        return tr("Pull from a registry");
    case ImageSource::Build:
        return tr("Build from a Dockerfile");
    case ImageSource::Copy:
        return tr("Copy from this machine");
    }
    return {};
}

QString ImageDefinition::guideDockerfile()
{
    return QStringLiteral("FROM ubuntu\n"
                          "RUN apt update\n"
                          "RUN apt install -y net-tools\n"
                          "RUN apt install -y iproute2\n"
                          "RUN apt install -y iputils-ping\n");
}

QString ImageDefinition::problem() const
{
    if (const Status named = names::checkImage(name); !named)
        return tr("Image definition '%1' %2.").arg(name, named.error().message);
    if (name.contains(QLatin1Char('@')) && source != ImageSource::Pull)
        return tr("Image %1 is named by digest; only a pulled image can be.").arg(name);
    switch (source) {
    case ImageSource::Pull:
        break;
    case ImageSource::Build: {
        // The first instruction (after comments, blank lines and parser directives) is FROM
        // (or ARG before FROM): Docker refuses anything else.
        static const QRegularExpression first(QStringLiteral("^\\s*(\\w+)"));
        QString instruction;
        for (const QString &line : dockerfile.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            instruction = first.match(trimmed).captured(1).toUpper();
            break;
        }
        if (instruction.isEmpty())
            return tr("Image %1 is built from a Dockerfile, but the Dockerfile is empty.")
                .arg(name);
        if (instruction != QLatin1String("FROM") && instruction != QLatin1String("ARG"))
            return tr("The Dockerfile of image %1 starts with %2; it must start with FROM.")
                .arg(name, instruction);
        if (dockerfile.size() > 1024 * 1024)
            return tr("The Dockerfile of image %1 is larger than 1 MB.").arg(name);
        for (const QString &file : contextFiles) {
            if (const QString why = contextPathProblem(file); !why.isEmpty())
                return tr("Context file '%1' of image %2 %3.").arg(file, name, why);
            if (contextFiles.count(file) > 1)
                return tr("Context file '%1' of image %2 is listed twice.").arg(file, name);
        }
        break;
    }
    case ImageSource::Copy:
        if (!localImage.isEmpty()) {
            if (const Status local = names::checkImage(localImage); !local)
                return tr("Image %1 is copied from the local image '%2', which %3.")
                    .arg(name, localImage, local.error().message);
        }
        break;
    }
    return {};
}

QString ImageDefinition::fix() const
{
    switch (source) {
    case ImageSource::Build:
        for (const QString &file : contextFiles) {
            if (!contextPathProblem(file).isEmpty() || contextFiles.count(file) > 1)
                return tr("Edit the image in Images (Deploy menu): list each context file once, "
                          "by its path relative to the project file's folder, e.g. files/motd.");
        }
        return tr("Edit the image in Images (Deploy menu): write a Dockerfile that starts with "
                  "FROM, e.g. FROM ubuntu.");
    case ImageSource::Copy:
        return tr("Edit the image in Images (Deploy menu): name an image on this machine, e.g. "
                  "ubuntu:v1.");
    case ImageSource::Pull:
        break;
    }
    return tr("Edit the image in Images (Deploy menu): write it like ubuntu:v1.");
}

QString ImageDefinition::contextPathProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("is empty");
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
        || (path.size() >= 2 && path.at(1) == QLatin1Char(':')))
        return tr("is absolute; give it relative to the project file's folder");
    if (path.contains(QLatin1Char('\\')))
        return tr("contains a backslash; separate folders with /");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("contains a control character");
    }
    if (path.toUtf8().size() > 4096)
        return tr("is longer than 4096 bytes");
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return tr("leaves the project file's folder (..)");
        if (part.isEmpty() || part == QLatin1String("."))
            return tr("has an empty or '.' part");
    }
    if (path == QLatin1String("Dockerfile"))
        return tr("is named Dockerfile, which the context holds already (the text in the project)");
    return {};
}

bool operator==(const ImageDefinition &a, const ImageDefinition &b)
{
    return a.name == b.name && a.source == b.source && a.dockerfile == b.dockerfile
           && a.contextFiles == b.contextFiles && a.localImage == b.localImage;
}

const ImageDefinition *findImage(const ImageDefinitions &images, const QString &name)
{
    for (const ImageDefinition &d : images) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

} // namespace studio
