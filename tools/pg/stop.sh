#!/usr/bin/env bash
# Stops a cluster started by tools/pg/start.sh (fast shutdown); with --delete also removes its folder.
set -euo pipefail
dir="$(realpath -m "${1:?usage: stop.sh DIR [--delete]}")"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
# From /: the caller's folder may be closed to postgres (a mktemp clone), and pg_ctl then warns on every call.
as_postgres() { (cd / && if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi); }
[ -f "$dir/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
[ "${2:-}" = "--delete" ] && rm -rf "$dir" || true
