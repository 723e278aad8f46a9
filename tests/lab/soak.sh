#!/usr/bin/env bash
# Soak test (outside the default CI): CYCLES apply/destroy cycles of the lab example
# (resources/examples/lab-two-hosts.json, with NAT on lab1's br0) on a 2-host local lab of its
# own. After every cycle it checks that nothing tagged is left (OVS bridges and ports, Docker
# containers, filter/nat/mangle rules on both hosts) and that no SSH session or other process
# lingers on a host; any failure stops it. It prints per-cycle and summary figures.
#
# As root, under the lab lock, with no other lab up:
#   flock /tmp/overlaystudio-lab.lock tests/lab/soak.sh build/app/overlaystudio-cli [CYCLES]
# CYCLES defaults to 50; run it in slices (e.g. 2 x 25) to keep each lock hold short.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 OVERLAYSTUDIO-CLI [CYCLES]" >&2
    exit 2
fi
cli=$(realpath "$1")
cycles=${2:-50}
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: the local lab needs root." >&2
    exit 77
fi
if ip netns list | grep -q '^oslab-'; then
    echo "A lab is up already (ip netns list); take it down first." >&2
    exit 1
fi

run=/run/overlaystudio-lab-soak
work=$(mktemp -d)
known=$work/known_hosts
topology=$work/soak.json
tag=lab-two-hosts
lab_up=0
cleanup() {
    if [ "$lab_up" = 1 ]; then
        "$cli" destroy "$topology" --known-hosts "$known" >/dev/null 2>&1 || true
        "$cli" lab down --run-dir "$run" >/dev/null || echo "lab down reported a problem" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The lab example, with the guide's optional NAT (step 6) on lab1's br0.
sed '0,/"nat": false/s//"nat": true/' "$root/resources/examples/lab-two-hosts.json" >"$topology"
grep -q '"nat": true' "$topology"

"$cli" lab up --hosts 2 --run-dir "$run" --known-hosts "$known" >/dev/null
lab_up=1

on_host() { # N COMMAND...: in lab host N's namespace, with its Open vSwitch
    local n=$1
    shift
    ip netns exec "oslab-h$n" env OVS_RUNDIR="$run/lab$n/run" "$@"
}

# What a host has of ours, one line each; empty when clean.
leftovers() {
    for n in 1 2; do
        for table in bridge port; do
            on_host "$n" ovs-vsctl --bare --columns=name find "$table" \
                "external_ids:overlaystudio-topology=$tag" | sed "s/^/lab$n ovs $table /"
        done
        on_host "$n" iptables-save | grep -F "\"overlaystudio:$tag\"" | sed "s/^/lab$n iptables /" || true
    done
    docker ps -aq --filter "label=overlaystudio.topology=$tag" | sed 's/^/docker /'
}

# Processes in each host's namespace (its sshd, ovsdb-server, ovs-vswitchd and any SSH session
# or command still running), established SSH connections, and all containers of the engine.
footprint() {
    for n in 1 2; do
        printf 'lab%s: %s processes, %s ssh connections; ' "$n" \
            "$(ip netns pids "oslab-h$n" | wc -l)" \
            "$(on_host "$n" ss -Htn state established '( sport = :22 )' | wc -l)"
    done
    printf 'docker: %s containers\n' "$(docker ps -aq | wc -l)"
}

# The hosts' daemons only, once lab up's last commands are gone: two equal readings in a row.
baseline=$(footprint)
for _ in $(seq 20); do
    sleep 0.5
    again=$(footprint)
    [ "$again" = "$baseline" ] && break
    baseline=$again
done
echo "baseline: $baseline"
now() { date +%s%N; }
applies=()
destroys=()
for ((i = 1; i <= cycles; i++)); do
    t0=$(now)
    if ! "$cli" apply "$topology" --known-hosts "$known" >"$work/apply.out" 2>"$work/apply.err"; then
        echo "cycle $i: apply FAILED" >&2
        cat "$work/apply.out" "$work/apply.err" >&2
        exit 1
    fi
    t1=$(now)
    # The deployment works: same VNI across the tunnel, and NAT out of lab1.
    docker exec container1 ping -c 1 -W 2 198.19.2.3 >/dev/null
    docker exec container1 ping -c 1 -W 2 198.18.0.254 >/dev/null
    t2=$(now)
    if ! "$cli" destroy "$topology" --known-hosts "$known" >"$work/destroy.out" 2>"$work/destroy.err"; then
        echo "cycle $i: destroy FAILED" >&2
        cat "$work/destroy.out" "$work/destroy.err" >&2
        exit 1
    fi
    t3=$(now)
    left=$(leftovers)
    if [ -n "$left" ]; then
        echo "cycle $i: left over after destroy:" >&2
        echo "$left" >&2
        exit 1
    fi
    # Sessions end with the CLI; give sshd a moment to reap them before comparing.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [ "$(footprint)" = "$baseline" ] && break
        sleep 0.2
    done
    now_footprint=$(footprint)
    if [ "$now_footprint" != "$baseline" ]; then
        echo "cycle $i: something lingers: $now_footprint (baseline: $baseline)" >&2
        for n in 1 2; do ps -o pid,etimes,args -p "$(ip netns pids "oslab-h$n" | paste -sd,)" >&2; done
        exit 1
    fi
    applies+=($(((t1 - t0) / 1000000)))
    destroys+=($(((t3 - t2) / 1000000)))
    echo "cycle $i/$cycles: apply ${applies[-1]} ms, destroy ${destroys[-1]} ms, nothing left"
done

stats() { # min median max of the arguments
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "min %d, median %d, max %d ms", v[1], v[int((NR + 1) / 2)], v[NR] }'
}
echo "soak: $cycles cycles, no failure, nothing left over, no lingering session or process"
echo "apply:   $(stats "${applies[@]}")"
echo "destroy: $(stats "${destroys[@]}")"
echo "footprint at the end: $(footprint)"
