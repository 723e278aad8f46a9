#pragma once

#include "plan.h"

#include <QStringList>

namespace studio {

// Plans as shell scripts, apart from planning itself: what the Plan dock shows, what the CLI's
// "plan" prints and what File > Export Plan writes.

// One step's lines of its host's script, its comments aside. Brief: our multi-line scripts as
// '…' and a here-document's text as one "…" line (what the Plan dock shows until asked).
QString renderStepCommands(const PlanStep &step, bool brief = false);

// A runnable POSIX shell script for one host, with every step's explanation as comments.
QString renderScript(const Plan &plan, const HostPlan &host);

// Writes HOST.sh (HOST-teardown.sh for a teardown plan) per host into dir, executable, and lists
// the files written.
Status writePlanScripts(const Plan &plan, const QString &dir, QStringList *written = nullptr);

} // namespace studio
