#!/usr/bin/env bash
# Runs every test of SopDesk: unit, data (real SQLite), component (bUnit) and browser (Playwright on
# Debian's chromium). Installs what a fresh machine lacks, then prints one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

# Browser tests drive Debian's chromium; never `playwright install` (it downloads from outside).
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

results="$(mktemp -d)"
status=0
dotnet test SopDesk.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

# Sum the counters of every TRX file written (one per test project).
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -rf "$results"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "test.sh: no test ran" >&2; fi
echo "${passed} passed, ${failed} failed"
exit "$status"
