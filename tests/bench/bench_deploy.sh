#!/usr/bin/env bash
# Deploy benchmark on the local lab (root). For each topology, in one run:
#   (b) the guide-style floor: one plan script per host (plan --style guide: docker run and
#       ovs-docker one container after another) piped through ssh, hosts in parallel;
#   overlaystudio-cli apply in the guide style and in the fast style (the default), status (one
#   state read per host), re-apply with no changes, destroy in both styles.
# Then one host with 1 and with 12 containers: apply time per extra container, in both styles.
# Usage: bench_deploy.sh CLI   (prints tables; brings its own lab up and down)
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

script_per_host() { # (b)
    local pids=()
    for script in "$1"/*.sh; do
        ( ssh_to "$(address "$script")" sh <"$script" >/dev/null ) &
        pids+=($!)
    done
    wait "${pids[@]}"
}
timed() { local s; s=$(now); "$@" >/dev/null 2>&1; ms "$s" "$(now)"; }

ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
cli_timed() { timed "$cli" "$@" --known-hosts "$known"; }
# Like cli_timed, keeping the JSON result (per host: connect, state read, each step's time).
cli_json() { # file args...
    local out=$1 s
    shift
    s=$(now)
    "$cli" "$@" --known-hosts "$known" --json >"$out" 2>/dev/null || true
    ms "$s" "$(now)"
}

# Where a run's time went: connecting (SSH, the remote shell), reading the state, then the
# steps by kind, in ms, each the mean over the run's hosts. Needs jq; without it, only the
# totals are printed.
breakdown() { # title json-file
    command -v jq >/dev/null || return 0
    jq -r --arg title "$1" '
      def kind: if test("overlaystudio-plug") then "plug"
        elif test("ovs-docker del-port") then "ovs-docker del-port + docker rm"
        elif test("ovs-docker add-port") then "ovs-docker add-port"
        elif test("docker rm") and test("ovs-vsctl") then "docker rm beside ovs-vsctl"
        elif test("docker rm") then "docker rm"
        elif test("docker run|docker start") then "docker run/start"
        elif test("ovs-vsctl") then "ovs-vsctl"
        elif test("iptables") then "iptables"
        elif test("^ip ") then "ip"
        else "other" end;
      def mean: (add / length | round);
      .hosts as $h
      | ([$h[].steps[] | .command | kind] | unique) as $kinds
      | "| \($title) | \($h | length) | \([$h[].connectMs] | mean) | \([$h[].readMs] | mean) | "
        + ([$kinds[] as $k | "\($k) \([$h[] | [.steps[] | select(.command | kind == $k)
                                                   | .elapsedMs] | add // 0] | mean)"]
           | join(", "))
        + " | \([$h[].elapsedMs] | max) |"' "$2" >>"$work/breakdown"
}

measure() { # name topology-file
    local name=$1 file=$2
    "$cli" plan "$file" --style guide --output-dir "$work/apply-$name" >/dev/null 2>&1
    "$cli" plan "$file" --style guide --teardown --output-dir "$work/down-$name" >/dev/null 2>&1
    local b guide guide_destroy apply status reapply destroy
    b=$(timed script_per_host "$work/apply-$name"); script_per_host "$work/down-$name" >/dev/null 2>&1
    guide=$(cli_json "$work/j" apply "$file" --style guide)
    breakdown "$name, guide apply" "$work/j"
    guide_destroy=$(cli_json "$work/j" destroy "$file" --style guide)
    breakdown "$name, guide destroy" "$work/j"
    apply=$(cli_json "$work/j" apply "$file")
    breakdown "$name, fast apply" "$work/j"
    status=$(cli_timed status "$file")
    reapply=$(cli_timed apply "$file")
    destroy=$(cli_json "$work/j" destroy "$file")
    breakdown "$name, fast destroy" "$work/j"
    printf '| %s | %s ms | %s ms | %s ms (%s x b) | %s ms | %s ms (%s x status) | %s ms | %s ms (%s x guide) |\n' \
        "$name" "$b" "$guide" "$apply" "$(ratio "$apply" "$b")" "$status" "$reapply" \
        "$(ratio "$reapply" "$status")" "$guide_destroy" "$destroy" "$(ratio "$destroy" "$guide_destroy")"
}

# One host (lab1), br0 in 198.19.9.0/24, N containers.
one_host() { # file count
    {
        echo '{"format": 1, "topology": {"name": "bench-one", "hosts": ['
        echo "{\"id\": 1, \"name\": \"lab1\", \"managementAddress\": \"198.18.0.1\", \"auth\": \"keyFile\","
        echo " \"keyFile\": \"$key\", \"datapath\": \"netdev\","
        echo " \"bridges\": [{\"id\": 2, \"name\": \"br0\", \"gatewayPort\": \"gw0\", \"gatewayAddress\": \"198.19.9.1/24\"}],"
        echo " \"containers\": ["
        for c in $(seq 1 "$2"); do
            [ "$c" -gt 1 ] && echo ','
            echo "{\"id\": $((10 + c)), \"name\": \"one-$c\", \"image\": \"overlaystudio/busybox:lab\", \"bridge\": 2, \"address\": \"198.19.9.$((10 + c))/24\"}"
        done
        echo ']}], "links": []}}'
    } >"$1"
}

per_container() { # style
    local one twelve
    one=$(cli_timed apply "$work/one-1.json" --style "$1"); cli_timed destroy "$work/one-1.json" >/dev/null
    twelve=$(cli_json "$work/j" apply "$work/one-12.json" --style "$1")
    breakdown "one host, 12 containers, $1 apply" "$work/j"
    cli_timed destroy "$work/one-12.json" >/dev/null
    printf '| %s | %s ms | %s ms | %s s |\n' "$1" "$one" "$twelve" \
        "$(awk -v a="$one" -v b="$twelve" 'BEGIN { printf "%.2f", (b - a) / 11 / 1000 }')"
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

echo "load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo
echo "| topology | (b) guide script per host | guide apply | fast apply | status | re-apply, no changes | guide destroy | fast destroy |"
echo "|---|---|---|---|---|---|---|---|"
measure "lab example (2 hosts, 4 containers)" "$root/resources/examples/lab-two-hosts.json"
measure "8 hosts x 4 containers" "$eight"

one_host "$work/one-1.json" 1
one_host "$work/one-12.json" 12
echo
echo "| one host | apply, 1 container | apply, 12 containers | per extra container |"
echo "|---|---|---|---|"
per_container guide
per_container fast

if [ -s "$work/breakdown" ]; then
    echo
    echo "| where the time went (ms, mean per host) | hosts | connect | state read | steps by kind | slowest host |"
    echo "|---|---|---|---|---|---|"
    cat "$work/breakdown"
fi
echo
echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
