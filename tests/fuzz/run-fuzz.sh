#!/usr/bin/env bash
# Builds the fuzz target with clang (ASan + UBSan + libFuzzer) and runs it for SECONDS (default 60)
# on a corpus seeded with the examples and the malformed fixtures. Exits non-zero on a finding.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
build="$root/build-fuzz"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DOVERLAYSTUDIO_FUZZ=ON -DOVERLAYSTUDIO_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzz_projectfile

corpus="$build/corpus"
mkdir -p "$corpus"
cp "$root"/resources/examples/*.json "$root"/tests/data/malformed/*.json "$corpus"/
cd "$build"
# Qt's JSON parser has its own recursion limit; keep inputs to project-file sizes.
ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz_projectfile" "$corpus" \
    -dict="$here/projectfile.dict" -max_len=16384 -max_total_time="$seconds" -print_final_stats=1
