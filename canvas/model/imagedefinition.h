#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace studio {

// How a host that lacks an image gets it before any container starts (the guide's step 2).
enum class ImageSource {
    Pull,  // docker pull NAME on the host (what happens for an image without a definition)
    Build, // docker build from a Dockerfile kept in the project, on the host
    Copy,  // docker save here, streamed compressed over the host's SSH connection, docker load
};

// One image the design's containers use, and where hosts get it from. Images are not topology
// objects: they have no id, no position, and destroy leaves them alone.
struct ImageDefinition
{
    Q_DECLARE_TR_FUNCTIONS(studio::ImageDefinition)

public:
    QString name; // the reference containers use, e.g. ubuntu:v1
    ImageSource source = ImageSource::Pull;
    QString dockerfile; // Build: the Dockerfile's text
    // Build: files beside the project file sent with the Dockerfile as the build context (so
    // COPY and ADD can use them), as paths relative to the project file's folder with '/'.
    QStringList contextFiles;
    QString localImage; // Copy: the image on this machine to send; empty: the same name

    QString effectiveLocalImage() const { return localImage.isEmpty() ? name : localImage; }

    static QString sourceText(ImageSource source); // "pull", "build", "copy" (file format)
    static bool sourceFromText(const QString &text, ImageSource *source);
    static QStringList sourceTexts();
    static QString sourceTitle(ImageSource source); // translated, for the editor

    // The guide's Dockerfile: Ubuntu with the tools the guide uses in its containers.
    static QString guideDockerfile();

    // What is wrong with the definition, as one sentence that names it; empty when fine.
    QString problem() const;
    QString fix() const;

    // Why a context file's path is not allowed (absolute, "..", empty parts, the Dockerfile's own
    // name), as the end of a sentence; empty when it is fine. Whether it exists is apply's check.
    static QString contextPathProblem(const QString &path);
};

bool operator==(const ImageDefinition &a, const ImageDefinition &b);
inline bool operator!=(const ImageDefinition &a, const ImageDefinition &b)
{
    return !(a == b);
}

using ImageDefinitions = std::vector<ImageDefinition>;

// The definition for an image name, or null (then hosts that lack it pull it).
const ImageDefinition *findImage(const ImageDefinitions &images, const QString &name);

} // namespace studio
