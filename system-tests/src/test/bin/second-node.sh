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
# The providers and the mail server the benchmark starts beside node A (port offset 100, as the
# failsafe configuration of system-tests/pom.xml gives the server under test): node B pays, mails
# and texts through the same fakes.
offset=${MARQUEE_BENCH_OFFSET:-100}
export MARQUEE_SMTP_HOST=127.0.0.1 MARQUEE_SMTP_PORT=$((3025 + offset))
export MARQUEE_OUTBOX_POLL_MILLIS=500 MARQUEE_OUTBOX_RETRY_SECONDS=1 MARQUEE_OUTBOX_MAX_ATTEMPTS=5
export MARQUEE_STRIPE_SECRET_KEY=sk_test_marquee MARQUEE_STRIPE_PUBLISHABLE_KEY=pk_test_marquee
export MARQUEE_STRIPE_WEBHOOK_SECRET=whsec_marquee_test
export MARQUEE_STRIPE_API_BASE=http://127.0.0.1:$((4090 + offset))
export MARQUEE_STRIPE_JS_URL=http://127.0.0.1:$((4090 + offset))/v3/stripe.js
export MARQUEE_PAYPAL_CLIENT_ID=marquee-paypal MARQUEE_PAYPAL_CLIENT_SECRET=paypal-secret
export MARQUEE_PAYPAL_WEBHOOK_ID=WH-MARQUEE-TEST MARQUEE_PAYPAL_API_BASE=http://127.0.0.1:$((4091 + offset))
export MARQUEE_PAYMENT_TIMEOUT_SECONDS=3
export MARQUEE_TWILIO_ACCOUNT_SID=ACmarqueetest0000000000000000000000 MARQUEE_TWILIO_AUTH_TOKEN=twilio-test-token
export MARQUEE_TWILIO_FROM=+15005550006 MARQUEE_TWILIO_API_BASE=http://127.0.0.1:$((4092 + offset))
export MARQUEE_LINK_SECRET=marquee-test-order-link-key-0123456789abcdef
export JAVA_OPTS="-Xms256m -Xmx1g"
exec "$node/bin/standalone.sh" -Djboss.node.name=node-b -Djboss.socket.binding.port-offset=200 \
    -Djboss.bind.address=127.0.0.1
