#!/usr/bin/env bash
# Runs every test of SopDesk: unit, data (real SQLite), component (bUnit), browser (Playwright on Debian's
# chromium) and Excel read-back (LibreOffice); then the data tests on a throwaway PostgreSQL (tools/pg, which installs
# Debian's postgresql when missing) and the two-node test when present. Installs what a fresh machine lacks, then
# prints one line "N passed, N failed" for all of them.
set -euo pipefail
cd "$(dirname "$0")"

# Installs what a test needs from Debian when it is missing; apt-get update runs at most once.
apt_updated=""
apt_install() {
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# Browser tests drive Debian's chromium; never `playwright install` (it downloads from outside).
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  apt_install chromium
fi

# The register export tests read the written .xlsx back with LibreOffice Calc (soffice --convert-to csv).
if ! command -v soffice >/dev/null; then
  echo "test.sh: installing Debian's libreoffice-calc for the Excel export tests" >&2
  apt_install --no-install-recommends libreoffice-calc
fi

results="$(mktemp -d)"
status=0
# The two-node tests need the nodes the two-node script starts; they run there (below), not here.
dotnet test SopDesk.sln --filter "Category!=TwoNode" --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

# The data tests again on PostgreSQL (decision 043): a throwaway cluster under a temp folder, removed on exit.
# Tests that only make sense on SQLite (query plans, page counts, group commit, SQLite's old-data migrations) carry
# [Trait("Provider", "SqliteOnly")]. Then the browser journeys of both sides that cross the most provider-specific SQL
# (the desk from registration to signing, the inbox's filters and counts, online AK1, the job market) on PostgreSQL too.
postgres_tests="(FullyQualifiedName~SopDesk.Tests.Data&Provider!=SqliteOnly)"
for journey in Ak1JourneyTests InboxFiltersJourneyTests OnlineAk1JourneyTests JobMarketJourneyTests; do
  postgres_tests="$postgres_tests|FullyQualifiedName~SopDesk.Tests.EndToEnd.$journey"
done
pg_dir="$(mktemp -d /tmp/sopdesk-test-pg-XXXXXX)"
pg_port="${SOPDESK_TEST_PG_PORT:-55432}"
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done # the first free port from 55432
cleanup() { bash tools/pg/stop.sh "$pg_dir" --delete >/dev/null 2>&1 || true; rm -rf "$results"; }
trap cleanup EXIT
if pg_connection="$(bash tools/pg/start.sh "$pg_dir" "$pg_port")"; then
  SOPDESK_TEST_PROVIDER=postgres SOPDESK_TEST_PG="$pg_connection" \
    dotnet test SopDesk.Tests --no-build --filter "$postgres_tests" \
      --logger "trx;LogFileName=postgres.trx" --results-directory "$results/postgres" || status=$?
else
  echo "test.sh: could not start PostgreSQL for the data tests" >&2; status=1
fi
bash tools/pg/stop.sh "$pg_dir" --delete >/dev/null 2>&1 || true

# Sum the counters of every TRX file written (one per test project, and the PostgreSQL run).
passed=0; failed=0
for trx in "$results"/*.trx "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

# The two-node test (decision 046): tools/two-node/test.sh starts its own PostgreSQL, two app nodes and a sticky proxy,
# and prints as its last line "N passed, N failed"; those numbers join the totals.
if [ -f tools/two-node/test.sh ]; then
  two_node_log="$(mktemp)"
  bash tools/two-node/test.sh --no-build 2>&1 | tee "$two_node_log" || status=$?
  last="$(tail -1 "$two_node_log")"; rm -f "$two_node_log"
  if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1])); failed=$((failed + BASH_REMATCH[2]))
  else
    echo "test.sh: the two-node test printed no 'N passed, N failed' line" >&2; failed=$((failed + 1)); status=1
  fi
fi

if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "test.sh: no test ran" >&2; fi
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi
echo "${passed} passed, ${failed} failed"
exit "$status"
