#pragma once

#include "plan/plan.h"
#include "plan/remotecommand.h"

#include "model/topology.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace studio {

// One thing a host does to get an image it lacks: build it, pull it, or read it from this
// machine (the command then reads a compressed "docker save" stream, or a build context tar, on
// its stdin).
struct ImageStep
{
    QString image;
    ImageSource source = ImageSource::Pull;
    QString explanation;
    RemoteCommand command;
    QString localImage;        // set when the command reads this machine's "docker save" of it
    bool sendsContext = false; // the command reads the image's build context (BuildContext)
    // Names the image a copy loaded: the command shows "<ID of LOCAL>" where apply puts the ID
    // of the image it sent (see ImageSteps::nameLoaded).
    bool namesLoaded = false;
    bool streamed() const { return !localImage.isEmpty() || sendsContext; }
};

// Pure functions from a topology to the image phase of apply and to its removal. Only validated
// image names reach a command, and every value is quoted.
class ImageSteps
{
    Q_DECLARE_TR_FUNCTIONS(studio::ImageSteps)

public:
    // The Docker label on images the topology built or copied; its value is the topology's name.
    static QString label() { return QStringLiteral("overlaystudio.image"); }

    // The images a host's containers use, in the order they first appear.
    static QStringList imagesOn(const Topology &topology, ObjectId host);

    // What gives a host the images it lacks (each by its definition; pull when it has none).
    static std::vector<ImageStep> forMissing(const Topology &topology, const QStringList &missing);

    // The phase as the plan preview shows it: for every image a host uses, the same steps,
    // each run only if the host lacks the image.
    static std::vector<ImageStep> preview(const Topology &topology, ObjectId host);

    // The plan preview with the image phase first on every host (PlanKind::Apply only).
    static void addToPlan(const Topology &topology, Plan *plan);

    // The label on a copied image that records the ID docker load gave it (see nameLoaded).
    static QString loadedLabel() { return label() + QStringLiteral(".loaded"); }

    // After "docker load" of an image sent by its ID (so the host gets no name of this machine's):
    // names it as the design does and labels it as the topology's, with the ID it was loaded as.
    // On failure the name goes again, so the next apply starts over.
    static RemoteCommand nameLoaded(const QString &topology, const QString &image,
                                    const QString &loadedId);

    // Removes the images that carry exactly this topology's label (destroy --remove-images), and
    // the images a copy loaded for them once nothing else names them. Images a container still
    // uses stay, and the output says so.
    static RemoteCommand removeLabelled(const QString &topology);

    // The step of a docker build that failed, from its output ("Step 3/5 : RUN false" for the
    // classic builder, "[2/3] RUN false" for BuildKit); empty when the output names none.
    static QString failedBuildStep(const QByteArray &output);

    // A check that succeeds when the host lacks the image (docker image inspect), for preview().
    static RemoteCommand lacks(const QString &image);
};

} // namespace studio
