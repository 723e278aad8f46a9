#pragma once

#include "engine/reconciler.h"
#include "engine/remoteshell.h"

#include "model/result.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace studio {

// Apply's image phase on one host: builds, copies or pulls each image the host lacks, one after
// the other, over the host's connection. Runs in the host's worker thread.
class ImagePhase
{
    Q_DECLARE_TR_FUNCTIONS(studio::ImagePhase)

public:
    struct Done
    {
        QString explanation;
        QString command;
        ExecResult result;
    };
    struct Callbacks
    {
        std::function<void(const QString &text)> progress; // "copying ubuntu:v1: 12 MB, 4 MB/s"
        std::function<void(int index, int count, const QString &explanation,
                           const QString &command)>
            started;
        std::function<void(int index, bool ok, const QString &output)> finished;
    };

    // The first failure stops the phase: the error names the host, the image, the failing build
    // step if any, and the tool's own message. What ran is appended to done. projectDir is the
    // project file's folder, where build context files are read (empty: not saved yet).
    static Status run(const Topology &topology, const Host &host, const QStringList &missing,
                      const QString &projectDir, RemoteShell &shell, int timeoutMs,
                      const std::atomic_bool *cancel, const Callbacks &callbacks,
                      std::vector<Done> *done);

    // Status lines for the images a host lacks, and what apply will do about each.
    static void appendStatus(const Topology &topology, const QStringList &missing,
                             std::vector<ObjectStatus> *status);

    // Destroy --remove-images: removes what carries exactly this topology's image label.
    static PlanStep removeStep(const QString &topology);
};

} // namespace studio
