#pragma once

#include "plan.h"

#include "model/result.h"
#include "model/topology.h"

namespace studio {

// Pure functions: a topology in, the commands that build (or remove) it on each host out. A
// topology with validation errors gives an error and no plan: only validated names and addresses
// ever reach a command, and every value is quoted as well.
Result<Plan> planApply(const Topology &topology);
Result<Plan> planTeardown(const Topology &topology);

} // namespace studio
