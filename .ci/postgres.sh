#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the benchmark: Debian's package, a
# temporary data directory, loopback only, trust authentication (nothing leaves 127.0.0.1).
# As root it runs as the postgres user (PostgreSQL refuses to run as root).
#
#   .ci/postgres.sh start DIR [PORT]   initdb + start; prints the server's URL
#   .ci/postgres.sh stop DIR           stop it (fast shutdown)
#
# DATELINE_PG_FAST=1 turns fsync off (tests only: a crashed test server is thrown away).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data directory}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "postgres.sh: no PostgreSQL found (apt-get install postgresql)" >&2; exit 1; }
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  opts="-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=50"
  [ "${DATELINE_PG_FAST:-0}" = 1 ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  [ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
*) echo "postgres.sh: start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
