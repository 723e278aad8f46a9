// libFuzzer target: arbitrary bytes through the project-file loader, validation and both planners.
// Invariants: nothing crashes; a loaded topology saves and reloads to an equal topology; a plan
// exists exactly when validation finds no error.
#include "model/projectfile.h"
#include "model/validation.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <cstdio>
#include <cstdlib>

using namespace studio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = projectfile::fromJson(bytes);
    if (!loaded.ok()) {
        if (loaded.error().message.isEmpty())
            std::abort(); // every rejection must say why
        return 0;
    }
    const Topology &t = loaded.value();

    const auto again = projectfile::fromJson(projectfile::toJson(t));
    if (!again.ok() || again.value() != t) {
        std::fprintf(stderr, "round trip changed the topology\n");
        std::abort();
    }

    const bool errors = hasErrors(validate(t));
    const auto apply = planApply(t);
    const auto teardown = planTeardown(t);
    if (apply.ok() == errors || teardown.ok() == errors) {
        std::fprintf(stderr, "plan and validation disagree\n");
        std::abort();
    }
    if (apply.ok()) {
        for (const HostPlan &h : apply.value().hosts)
            (void)renderScript(apply.value(), h);
    }
    return 0;
}
