#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests and benches (Debian's postgresql, run as the postgres user) and prints
# its connection string. Usage: tools/pg/start.sh DIR [PORT]. Stop it with tools/pg/stop.sh DIR.
# Installs Debian's postgresql when it is missing. Trust authentication on 127.0.0.1 only: the cluster is for this
# machine's tests, never for data.
set -euo pipefail
dir="$(realpath -m "${1:?usage: start.sh DIR [PORT]}")"; port="${2:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "pg/start.sh: installing Debian's postgresql" >&2
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
# From /: the caller's folder may be closed to postgres (a mktemp clone), and pg_ctl then warns on every call.
as_postgres() { (cd / && if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi); }
mkdir -p "$dir"; chown postgres "$dir" 2>/dev/null || true; chmod 700 "$dir"
if [ ! -f "$dir/PG_VERSION" ]; then
  as_postgres "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  cat >>"$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
fsync = on
synchronous_commit = on
shared_buffers = 128MB
client_connection_check_interval = 1000
CONF
fi
as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 start >/dev/null
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
