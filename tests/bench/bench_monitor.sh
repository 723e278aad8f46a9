#!/usr/bin/env bash
# Monitoring benchmark on the local lab (root): brings an 8-host lab up, runs bench_monitor
# (apply, 60 s of monitoring at 1 Hz with 32 pings, destroy) and takes the lab down.
# Usage: bench_monitor.sh CLI BENCH_MONITOR [SECONDS]
set -euo pipefail
cli=${1:?path to overlaystudio-cli}
bench=${2:?path to bench_monitor}
run=/run/overlaystudio-lab-bench
work=$(mktemp -d)
cleanup() { "$cli" lab down --run-dir "$run" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$cli" lab up --hosts 8 --run-dir "$run" --known-hosts "$work/known_hosts" >/dev/null
"$bench" "$cli" "$run" "${3:-60}"
