#!/usr/bin/env bash
# Runs every test of SopDesk: unit, data (real SQLite), component (bUnit), browser (Playwright on Debian's
# chromium) and Excel read-back (LibreOffice). Installs what a fresh machine lacks, then prints one line
# "N passed, N failed".
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
