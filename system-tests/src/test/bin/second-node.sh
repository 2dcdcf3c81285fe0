#!/bin/sh
# A second Marquee node beside a benchmark's server, for the two-node runs of docs/benchmarks.md:
# a copy of the provisioned server (ear/target/wildfly) on port offset 200 (http://127.0.0.1:8280),
# on the same database as the benchmark (marquee_bench), with the same keys, the EAR deployed by
# the deployment scanner. Runs in the foreground; stop it with Ctrl-C or kill, and start it again
# with --keep (the copy is kept, so a restart after kill -9 is a plain start).
#
#   system-tests/src/test/bin/second-node.sh            # fresh copy, then start
#   system-tests/src/test/bin/second-node.sh --keep     # start the existing copy again
set -e
root=$(cd "$(dirname "$0")/../../../.." && pwd)
node=${MARQUEE_NODE_DIR:-$root/system-tests/target/node-b}
if [ "$1" != "--keep" ]; then
    rm -rf "$node"
    mkdir -p "$node"
    cp -a "$root/ear/target/wildfly/." "$node/"
    rm -rf "$node/standalone/data" "$node/standalone/log" "$node/standalone/tmp" \
        "$node/standalone/configuration/standalone_xml_history"
    # Deployments the first server registered through its management API (Arquillian, the demo).
    sed -i '/<deployments>/,/<\/deployments>/d' "$node/standalone/configuration/standalone.xml"
    cp "$root/ear/target/marquee.ear" "$node/standalone/deployments/"
fi
export MARQUEE_DB=postgresql
export MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/${MARQUEE_BENCH_DB:-marquee_bench}"
export MARQUEE_DB_USER=postgres MARQUEE_DB_PASSWORD=postgres
export MARQUEE_TICKET_KEY=dGVzdHMgb2YgbWFycXVlZTogbm90IGEgcmVhbCBrZXk=
export MARQUEE_PUBLIC_URL=http://127.0.0.1:8180 MARQUEE_DEMO=false
export MARQUEE_IMAGES_DIR="$root/system-tests/target/images-${MARQUEE_BENCH_DB:-marquee_bench}"
export JAVA_OPTS="-Xms256m -Xmx1g"
exec "$node/bin/standalone.sh" -Djboss.node.name=node-b -Djboss.socket.binding.port-offset=200 \
    -Djboss.bind.address=127.0.0.1
