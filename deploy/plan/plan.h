#pragma once

#include "remotecommand.h"

#include "model/ids.h"
#include "model/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace studio {

enum class PlanKind { Apply, Teardown };

struct PlanStep
{
    QString explanation; // one line a student understands: what this does and why
    QStringList details; // one line per object the step touches (an OVS transaction does many)
    RemoteCommand command;
    ObjectId object = kNoObject; // the object this step is about, if just one
};

struct HostPlan
{
    ObjectId host = kNoObject;
    QString hostName;
    QString address; // management address, for headers
    std::vector<PlanStep> steps;
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
