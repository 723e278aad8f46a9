#!/usr/bin/env bash
# Deploy benchmark on the local lab (root): apply of the lab example against
#   (a) the guide's way: one ssh per command, hosts in parallel,
#   (b) one shell script per host piped through ssh, hosts in parallel (the floor),
# and overlaystudio-cli apply, re-apply with no changes, destroy; then 8 hosts x 4 containers.
# Usage: bench_deploy.sh CLI   (prints a table; brings its own lab up and down)
set -euo pipefail
cli=${1:?path to overlaystudio-cli}
root=$(cd "$(dirname "$0")/../.." && pwd)
run=/run/overlaystudio-lab-bench
work=$(mktemp -d)
known="$work/known_hosts"
cleanup() { "$cli" lab down --run-dir "$run" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$cli" lab up --hosts 8 --run-dir "$run" --known-hosts "$known" >/dev/null

key=/var/lib/overlaystudio/lab/id_ed25519
ssh_to() { ssh -i "$key" -o UserKnownHostsFile="$known" -o BatchMode=yes "root@$1" "${@:2}"; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
address() { sed -n 's/^# OverlayStudio: .* (\(198\.18\.0\.[0-9]*\))\.$/\1/p' "$1"; }

# Commands of a plan script, one per line (continuation lines joined, comments dropped).
commands() { sed -e ':a' -e '/\\$/N; s/\\\n *//; ta' "$1" | grep -v -e '^#' -e '^set -eu' -e '^$'; }

one_ssh_per_command() { # (a)
    local pids=()
    for script in "$1"/*.sh; do
        ( addr=$(address "$script"); commands "$script" | while IFS= read -r c; do ssh_to "$addr" "$c" </dev/null >/dev/null; done ) &
        pids+=($!)
    done
    wait "${pids[@]}"
}
script_per_host() { # (b)
    local pids=()
    for script in "$1"/*.sh; do
        ( ssh_to "$(address "$script")" sh <"$script" >/dev/null ) &
        pids+=($!)
    done
    wait "${pids[@]}"
}
timed() { local s; s=$(now); "$@" >/dev/null 2>&1; ms "$s" "$(now)"; }

measure() { # name topology-file
    local name=$1 file=$2
    "$cli" plan "$file" --output-dir "$work/apply-$name" >/dev/null 2>&1
    "$cli" plan "$file" --teardown --output-dir "$work/down-$name" >/dev/null 2>&1
    local a b apply reapply destroy
    a=$(timed one_ssh_per_command "$work/apply-$name"); script_per_host "$work/down-$name" >/dev/null 2>&1
    b=$(timed script_per_host "$work/apply-$name"); script_per_host "$work/down-$name" >/dev/null 2>&1
    apply=$(timed "$cli" apply "$file" --known-hosts "$known")
    reapply=$(timed "$cli" apply "$file" --known-hosts "$known")
    destroy=$(timed "$cli" destroy "$file" --known-hosts "$known")
    printf '| %s | %s ms | %s ms | %s ms (%s x b) | %s ms | %s ms |\n' "$name" "$a" "$b" "$apply" \
        "$(awk -v x="$apply" -v y="$b" 'BEGIN { printf "%.2f", x / y }')" "$reapply" "$destroy"
}

# 8 hosts, one bridge each in 198.19.8.0/24 (a star of VXLAN links on VNI 800), 4 containers each.
eight="$work/eight.json"
{
    echo '{"format": 1, "topology": {"name": "bench-eight", "hosts": ['
    for n in 1 2 3 4 5 6 7 8; do
        [ "$n" -gt 1 ] && echo ','
        echo "{\"id\": $n, \"name\": \"lab$n\", \"managementAddress\": \"198.18.0.$n\", \"auth\": \"keyFile\","
        echo " \"keyFile\": \"$key\", \"datapath\": \"netdev\","
        echo " \"bridges\": [{\"id\": $((100 + n)), \"name\": \"br0\", \"gatewayPort\": \"gw0\", \"gatewayAddress\": \"198.19.8.$n/24\"}],"
        echo " \"containers\": ["
        for c in 1 2 3 4; do
            [ "$c" -gt 1 ] && echo ','
            echo "{\"id\": $((200 + n * 10 + c)), \"name\": \"b$n-$c\", \"image\": \"overlaystudio/busybox:lab\", \"bridge\": $((100 + n)), \"address\": \"198.19.8.$((n * 10 + c))/24\"}"
        done
        echo ']}'
    done
    echo '], "links": ['
    for n in 2 3 4 5 6 7 8; do
        [ "$n" -gt 2 ] && echo ','
        echo "{\"id\": $((300 + n)), \"bridgeA\": 101, \"bridgeB\": $((100 + n)), \"portA\": \"vx-lab$n\", \"portB\": \"vx-lab1\", \"vni\": 800}"
    done
    echo ']}}'
} >"$eight"

echo "| topology | (a) ssh per command | (b) script per host | overlaystudio apply | re-apply, no changes | destroy |"
echo "|---|---|---|---|---|---|"
measure "lab example (2 hosts, 4 containers)" "$root/resources/examples/lab-two-hosts.json"
measure "8 hosts x 4 containers" "$eight"
