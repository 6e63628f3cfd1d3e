#!/usr/bin/env bash
# The two-node test (issue 17 §4, decision 046): one throwaway PostgreSQL, two SopDesk nodes and a sticky haproxy, all on
# 127.0.0.1; then the Category=TwoNode tests in SopDesk.Tests. A node that dies (the tests kill one with SIGKILL) is
# started again, as a service manager would. Everything started here is stopped on exit.
# Usage: tools/two-node/test.sh [--no-build]. Last line: "N passed, N failed".
# Ports (free ones of this range are chosen): PostgreSQL 55535.., nodes and proxy 56311...
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$(mktemp -d /tmp/sopdesk-two-node-XXXXXX)"
chmod 755 "$run"
pids=()

free_port() { local p=$1; while (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done; echo $p; }
finish() {
  touch "$run/stop"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for f in "$run"/node-a.pid "$run"/node-b.pid "$run"/haproxy.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done
  sleep 1
  "$root/tools/pg/stop.sh" "$run/pg" --delete >/dev/null 2>&1
  # Printing nothing here: the script's last line is the count. A failed run's folder is kept (stall screenshots, logs).
  if [ "${KEEP_TWO_NODE_LOGS:-}" = "" ] && [ ! -f "$run/failed" ]; then rm -rf "$run"; fi
}
trap finish EXIT
trap "exit 130" INT TERM
fail() { echo "two-node: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  dotnet build "$root/SopDesk.Tests" -v q -nologo >"$run/build.log" 2>&1 || { tail -20 "$run/build.log"; fail "build failed"; }
fi
if ! command -v haproxy >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "two-node: installing Debian's haproxy" >&2
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null || fail "haproxy could not be installed"
fi

pg_port=$(free_port 55535)
cs="$("$root/tools/pg/start.sh" "$run/pg" "$pg_port")" || fail "PostgreSQL did not start"
port_a=$(free_port 56311); port_b=$(free_port $((port_a + 1))); port_proxy=$(free_port $((port_b + 1)))

# One node, kept running: started again when it dies, until the script stops. Its current process id is in $run/node-<name>.pid.
node() {
  local name=$1 port=$2
  while [ ! -f "$run/stop" ]; do
    ( cd "$root/SopDesk.Web" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Database__Provider=Postgres ConnectionStrings__SopDesk="$cs" Demo__Seed=true Nodes__Name="node-$name" \
      Sla__SweepInterval=00:00:01 Logging__LogLevel__Default=Warning \
      exec dotnet bin/Debug/net10.0/SopDesk.Web.dll ) >>"$run/node-$name.log" 2>&1 &
    echo $! >"$run/node-$name.pid"
    wait $!
    sleep 0.5
  done
}
up() { for _ in $(seq 1 240); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/masuk")" = 200 ] && return 0; sleep 0.5; done; return 1; }

# Node A first: it migrates and seeds; then B starts on the ready database.
node a "$port_a" & pids+=($!)
up "$port_a" || { tail -30 "$run/node-a.log"; fail "node A did not start"; }
node b "$port_b" & pids+=($!)
up "$port_b" || { tail -30 "$run/node-b.log"; fail "node B did not start"; }

check=/healthz
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_a/healthz")" = 200 ] || check=/masuk
sed -e "s#bind 127.0.0.1:8080#bind 127.0.0.1:$port_proxy#" -e "s#127.0.0.1:5000#127.0.0.1:$port_a#" -e "s#127.0.0.1:5001#127.0.0.1:$port_b#" \
    -e "s#uri /healthz#uri $check#" -e "s#^    log stdout.*#    log stdout format raw local0 warning#" \
    "$root/deploy/haproxy.cfg" >"$run/haproxy.cfg"
haproxy -f "$run/haproxy.cfg" -D -p "$run/haproxy.pid" >"$run/haproxy.log" 2>&1 || { cat "$run/haproxy.log"; fail "haproxy did not start"; }
up "$port_proxy" || fail "the proxy does not answer"

echo "two-node: PostgreSQL :$pg_port, node A :$port_a, node B :$port_b, haproxy :$port_proxy (check $check)" >&2
SOPDESK_TWO_NODE_PG="$cs" SOPDESK_TWO_NODE_A="http://127.0.0.1:$port_a" SOPDESK_TWO_NODE_B="http://127.0.0.1:$port_b" \
SOPDESK_TWO_NODE_PROXY="http://127.0.0.1:$port_proxy" SOPDESK_TWO_NODE_RUN="$run" \
  dotnet test "$root/SopDesk.Tests" --no-build --filter "Category=TwoNode" --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=two-node.trx" --results-directory "$run/results" --blame-hang-timeout 4m -- xUnit.ParallelizeTestCollections=false 2>&1 | tee "$run/test.log"
test_status=${PIPESTATUS[0]}
counters="$(grep -o '<Counters [^>]*>' "$run/results/two-node.trx" 2>/dev/null | head -1)"
passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
[ -n "$passed" ] || { passed=0; failed=1; }
# A run that ended badly (a crashed or hung test host) counts as a failure even if the TRX file lists none.
if [ "$test_status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
if [ "$failed" != 0 ]; then
  touch "$run/failed"
  for n in a b; do echo "two-node: the end of node $n's log:"; tail -25 "$run/node-$n.log"; done
fi
[ "$failed" = 0 ] && [ "${KEEP_TWO_NODE_LOGS:-}" = "" ] || echo "two-node: logs kept in $run"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
