// Load, validate and plan a synthetic topology of 500 hosts, 2,000 bridges and 10,000 containers.
// Target: each under 200 ms on a 2-core machine.
#include "synthetic.h"

#include "model/projectfile.h"
#include "model/validation.h"
#include "plan/planner.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace studio;

namespace {

const Topology &large()
{
    static const Topology t = bench::syntheticTopology(500, 4, 5);
    return t;
}

void counters(benchmark::State &state)
{
    state.counters["hosts"] = double(large().hosts().size());
    state.counters["bridges"] = double(large().bridges().size());
    state.counters["containers"] = double(large().containers().size());
    state.counters["links"] = double(large().links().size());
}

void BM_Save(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(projectfile::toJson(large()));
    state.counters["bytes"] = double(projectfile::toJson(large()).size());
}

void BM_Load(benchmark::State &state)
{
    const QByteArray json = projectfile::toJson(large());
    for (auto _ : state) {
        auto loaded = projectfile::fromJson(json);
        if (!loaded.ok())
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(loaded);
    }
    counters(state);
}

void BM_Validate(benchmark::State &state)
{
    for (auto _ : state) {
        const QList<Problem> problems = validate(large());
        if (hasErrors(problems))
            state.SkipWithError(qPrintable(problems.front().text()));
        benchmark::DoNotOptimize(problems);
    }
    counters(state);
}

void BM_PlanApply(benchmark::State &state)
{
    std::size_t steps = 0;
    for (auto _ : state) {
        auto plan = planApply(large());
        if (!plan.ok()) {
            state.SkipWithError(qPrintable(plan.error().toString()));
            break;
        }
        steps = 0;
        for (const HostPlan &h : plan.value().hosts)
            steps += h.steps.size();
        benchmark::DoNotOptimize(plan);
    }
    state.counters["steps"] = double(steps);
}

void BM_PlanTeardown(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(planTeardown(large()));
}

} // namespace

BENCHMARK(BM_Save)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Validate)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_PlanApply)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_PlanTeardown)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
