#pragma once

#include "plan/plan.h"

#include "model/result.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace studio {

// The image phase of apply as exported scripts run it ("plan --output-dir"): a script cannot
// receive what apply streams over SSH, so
// - a Dockerfile build reads the Dockerfile from a here document in the host's script;
// - a build with context files reads a tar written beside the scripts (copy it with them);
// - a copy is sent by images-HOST.sh, a script for THIS machine (docker save | gzip | ssh), and
//   the host's script only checks that the image arrived.
class ImageScripts
{
    Q_DECLARE_TR_FUNCTIONS(studio::ImageScripts)

public:
    // Puts the image phase first on every host of an apply plan, with notes at the top of the
    // host's script saying what to copy or run first.
    static void addToPlan(const Topology &topology, Plan *plan);

    // Writes what those steps need into dir: the context tars (read from projectDir) and
    // images-HOST.sh for hosts that get a copied image; lists the files written.
    static Status writeFiles(const Topology &topology, const Plan &plan, const QString &projectDir,
                             const QString &dir, QStringList *written);

    // The file names used beside the scripts.
    static QString contextTarName(const Topology &topology, const QString &image);
    static QString copyScriptName(const QString &host);

    // The script for this machine that sends a host the images it copies; empty when it copies
    // none.
    static QString copyScript(const Topology &topology, const Host &host);
};

} // namespace studio
