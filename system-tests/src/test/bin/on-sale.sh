#!/bin/bash
# The on-sale harness in one command (docs/benchmarks.md): CheckoutBurstBenchmark's buyers look at
# the session, start orders, claim seats and places, and pay through the checkout API and the
# Stripe fake's webhook, on one node or two, with faults injected mid-sale; then the consistency
# check over the whole benchmark database. Run from anywhere, after `mvn install -DskipTests`.
#
#   system-tests/src/test/bin/on-sale.sh [--nodes 1|2] [--faults none|payments|node|postgres|all] [-Dname=value ...]
#
#   --nodes 2           a second node (second-node.sh: port offset 200, the same database), started
#                       once the first has deployed; half the buyers talk to each node
#   --faults payments   the measured rounds play the payment faults in turn: none, create errors,
#                       create timeouts, duplicated webhooks, delayed and reordered webhooks
#   --faults node       kill -9 of node B once the first measured round's claims are done (its
#                       buyers are paying), restarted 5 s later (--nodes 2)
#   --faults postgres   PostgreSQL restarted two seconds after the third measured round's claims,
#                       while its buyers pay (needs root or the postgres user, and pg_ctlcluster)
#   --faults all        all of them (--nodes 2)
#   -D...               passed to the benchmark: marquee.bench.buyers, .clients, .rounds, .warmupRounds,
#                       .pgbench.seconds, .pay=false (claims only)
#
# Prints the benchmark's report (also in system-tests/target/checkout-benchmark.txt) and what the
# consistency check finds (nothing, or the run failed). The benchmark itself fails if any round
# oversold, sold twice, or lost or doubled a payment or a paid order.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
nodes=1
faults=none
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) nodes=$2; shift 2 ;;
        --faults) faults=$2; shift 2 ;;
        -D*) extra+=("$1"); shift ;;
        *) echo "Unknown argument $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done
case "$faults" in none|payments|node|postgres|all) ;; *) echo "--faults: none, payments, node, postgres or all" >&2; exit 2 ;; esac
if [ "$nodes" != 1 ] && [ "$nodes" != 2 ]; then echo "--nodes: 1 or 2" >&2; exit 2; fi
if { [ "$faults" = node ] || [ "$faults" = all ]; } && [ "$nodes" != 2 ]; then
    echo "--faults $faults kills node B: use --nodes 2" >&2; exit 2
fi

props=(-Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CheckoutBurstBenchmark)
[ "$nodes" = 2 ] && props+=(-Dmarquee.bench.secondNode=http://127.0.0.1:8280)
case "$faults" in
    payments) props+=(-Dmarquee.bench.paymentFaults=true -Dmarquee.bench.rounds=5) ;;
    node|postgres) props+=(-Dmarquee.bench.faults=true -Dmarquee.bench.rounds=5) ;;
    all) props+=(-Dmarquee.bench.faults=true -Dmarquee.bench.paymentFaults=true -Dmarquee.bench.rounds=5) ;;
esac

target="$root/system-tests/target"
mkdir -p "$target"
# failsafe's verify also counts the failures a previous run left in its summary.
rm -rf "$target/failsafe-reports"
log="$target/on-sale.log"
node_b_log="$target/node-b.log"
node_b=""
cleanup() {
    if [ -n "$node_b" ]; then
        pkill -f 'jboss-modules.jar.*port-offset=200' 2>/dev/null || true
    fi
}
trap cleanup EXIT

start_node_b() {
    "$root/system-tests/src/test/bin/second-node.sh" "$@" >> "$node_b_log" 2>&1 &
    node_b=$!
}

restart_postgres() {
    local cluster
    cluster=$(pg_lsclusters -h | awk '$3 == 5432 { print $1 " " $2; exit }')
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster restart
}

cd "$root"
echo "On-sale harness: $nodes node(s), faults: $faults; log: $log"
mvn -B -ntp -Pbenchmark verify -pl system-tests "${props[@]}" "${extra[@]}" > "$log" 2>&1 &
maven=$!

if [ "$nodes" = 2 ]; then
    # The profile recreates marquee_bench and deploys on node A first; node B needs that database.
    until grep -q 'Deployed "marquee.ear"\|WFLYSRV0010' "$log" 2>/dev/null; do
        kill -0 $maven 2>/dev/null || break
        sleep 2
    done
    : > "$node_b_log"
    start_node_b
fi

measured=0
killed=no
restarted=no
while kill -0 $maven 2>/dev/null; do
    now=$(grep -c '^measured session' "$log" 2>/dev/null || true)
    if [ "$now" != "$measured" ]; then
        measured=$now
        if { [ "$faults" = node ] || [ "$faults" = all ]; } && [ "$killed" = no ] && [ "$measured" -ge 1 ]; then
            echo "fault: kill -9 of node B after measured round $measured's claims, while its buyers pay"
            pkill -9 -f 'jboss-modules.jar.*port-offset=200' || true
            killed=yes
            sleep 5
            start_node_b --keep
        fi
        if { [ "$faults" = postgres ] || [ "$faults" = all ]; } && [ "$restarted" = no ] && [ "$measured" -ge 3 ]; then
            sleep 2
            echo "fault: PostgreSQL restarted two seconds after measured round $measured's claims, while its buyers pay"
            restart_postgres
            restarted=yes
        fi
    fi
    sleep 1
done
status=0
wait $maven || status=$?

grep -E '^(warm-up|measured) session|^  paid: ' "$log" || true
[ -f "$target/checkout-benchmark.txt" ] && cat "$target/checkout-benchmark.txt"
echo
echo "Consistency check over the whole benchmark database (no rows: nothing wrong):"
psql -h 127.0.0.1 -U postgres -d marquee_bench -X -q -P pager=off \
    -f "$root/ejb-core/src/main/resources/org/marquee/core/reporting/consistency.sql" || status=1
if [ $status -ne 0 ]; then
    echo "The benchmark failed (status $status): see $log" >&2
fi
exit $status
