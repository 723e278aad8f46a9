#include "planscripts.h"

#include "model/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace studio {

namespace {
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(studio::Planner)
};
// A here-document delimiter that no line of the text equals.
QString delimiterFor(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString delimiter = QStringLiteral("OVERLAYSTUDIO_EOF");
    for (int n = 2; lines.contains(delimiter); ++n)
        delimiter = QStringLiteral("OVERLAYSTUDIO_EOF_%1").arg(n);
    return delimiter;
}

} // namespace

QString renderStepCommands(const PlanStep &step, bool brief)
{
    QString s = brief ? step.command.toShellBrief(true) : step.command.toShell(true);
    const QString orFailed = step.continueOnFailure ? QStringLiteral(" || failed=1") : QString();
    if (!step.stdinText.isEmpty()) {
        // Quoted delimiter: the shell expands nothing in the text.
        const QString delimiter = delimiterFor(step.stdinText);
        s += QStringLiteral(" <<'%1'%2\n").arg(delimiter, orFailed);
        if (brief) {
            s += QStringLiteral("…\n");
        } else {
            s += step.stdinText;
            if (!step.stdinText.endsWith(QLatin1Char('\n')))
                s += QLatin1Char('\n');
        }
        s += delimiter + QLatin1Char('\n');
    } else if (!step.stdinFile.isEmpty()) {
        s += QStringLiteral(" <\"$(dirname -- \"$0\")\"/") + shellQuote(step.stdinFile) + orFailed
             + QLatin1Char('\n');
    } else {
        s += orFailed + QLatin1Char('\n');
    }
    return s;
}

QString renderScript(const Plan &plan, const HostPlan &host)
{
    QString s;
    s += QStringLiteral("#!/bin/sh\n");
    s += (plan.kind == PlanKind::Apply
              ? Planner::tr("# OverlayStudio: build topology %1 on host %2 (%3).")
              : Planner::tr("# OverlayStudio: remove topology %1 from host %2 (%3)."))
             .arg(plan.topologyName, host.hostName, host.address);
    s += QLatin1Char('\n');
    s += Planner::tr("# Run as root on %1. Every step is safe to run again.").arg(host.hostName);
    s += QLatin1Char('\n');
    for (const QString &note : host.notes)
        s += QStringLiteral("# ") + note + QLatin1Char('\n');
    s += QStringLiteral("set -eu\n");
    const bool goesOn = std::any_of(host.steps.begin(), host.steps.end(),
                                    [](const PlanStep &step) { return step.continueOnFailure; });
    if (goesOn) {
        s += Planner::tr("# A step marked \"goes on\" does not stop the script when it fails (one "
                         "container that cannot start must not keep the others unplugged); the "
                         "script fails at the end.");
        s += QStringLiteral("\nfailed=0\n");
    }
    if (host.steps.empty())
        s += Planner::tr("# Nothing to do on this host.") + QLatin1Char('\n');
    int number = 0;
    for (const PlanStep &step : host.steps) {
        s += QStringLiteral("\n# %1. %2%3\n")
                 .arg(++number)
                 .arg(step.explanation,
                      step.continueOnFailure ? Planner::tr(" (goes on)") : QString());
        for (const QString &detail : step.details)
            s += QStringLiteral("#    - ") + detail + QLatin1Char('\n');
        s += renderStepCommands(step);
    }
    if (goesOn)
        s += QStringLiteral("\nexit \"$failed\"\n");
    return s;
}

Status writePlanScripts(const Plan &plan, const QString &dirPath, QStringList *written)
{
    const QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return Error{dir.path(), Planner::tr("cannot be created."),
                     Planner::tr("Choose a folder you may write to.")};
    for (const HostPlan &h : plan.hosts) {
        const QString name = h.hostName
                             + (plan.kind == PlanKind::Teardown ? QStringLiteral("-teardown.sh")
                                                                : QStringLiteral(".sh"));
        const QString path = dir.filePath(name);
        if (Status saved = saveFile(path, renderScript(plan, h).toUtf8(), true); !saved)
            return saved;
        if (written)
            *written << path;
    }
    return success();
}

} // namespace studio
