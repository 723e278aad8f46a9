#pragma once

#include "engine/deployengine.h"

namespace studio {

// How the app deploys, kept in the user's settings: the style (fast, or the guide's ovs-docker)
// and how many hosts are connected at once.
struct DeploySettings
{
    PlanStyle style = PlanStyle::Fast;
    int maxParallelHosts = DeployOptions::kDefaultMaxParallelHosts; // 0: all hosts at once

    static DeploySettings load();
    void save() const;

    friend bool operator==(const DeploySettings &a, const DeploySettings &b)
    {
        return a.style == b.style && a.maxParallelHosts == b.maxParallelHosts;
    }
};

} // namespace studio
