#pragma once

#include "remotecommand.h"

#include "model/ids.h"
#include "model/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace studio {

enum class PlanKind { Apply, Teardown };

// How containers are started and plugged. Fast: side by side (bounded), then every port of the
// host at once (one docker inspect, veth pairs configured with nsenter, one OVS transaction).
// Guide: one container after another with ovs-docker, exactly as the tutorial does (for teaching).
// Both leave the same state on the host, tagged the same way.
enum class PlanStyle { Fast, Guide };

inline QString planStyleName(PlanStyle style)
{
    return style == PlanStyle::Guide ? QStringLiteral("guide") : QStringLiteral("fast");
}
inline std::optional<PlanStyle> parsePlanStyle(const QString &name)
{
    if (name == QLatin1String("fast"))
        return PlanStyle::Fast;
    if (name == QLatin1String("guide"))
        return PlanStyle::Guide;
    return std::nullopt;
}

struct PlanStep
{
    QString explanation; // one line a student understands: what this does and why
    QStringList details; // one line per object the step touches (an OVS transaction does many)
    RemoteCommand command;
    ObjectId object = kNoObject; // the object this step is about, if just one
    // The host goes on when this step fails (its failure is reported at the end): one container
    // that cannot start must not keep the others from being plugged.
    bool continueOnFailure = false;
    // The topology objects this step brings into existence on its host (bridges, containers, a
    // link's tunnel port there): what a step-through shows before the step and marks as built
    // after it. Steps that only configure or remove leave it empty.
    std::vector<ObjectId> creates = {};
    // Scripts only (apply feeds stdin itself): what the command reads on its stdin, as a here
    // document of this text, or from this file beside the script.
    QString stdinText = {};
    QString stdinFile = {};
};

struct HostPlan
{
    ObjectId host = kNoObject;
    QString hostName;
    QString address; // management address, for headers
    std::vector<PlanStep> steps;
    QStringList notes = {}; // what to do before the script runs, as comment lines at its top
};

struct Plan
{
    PlanKind kind = PlanKind::Apply;
    QString topologyName;
    std::vector<HostPlan> hosts; // in the topology's host order

    const HostPlan *host(const QString &name) const
    {
        for (const HostPlan &h : hosts) {
            if (h.hostName == name)
                return &h;
        }
        return nullptr;
    }
};

} // namespace studio
