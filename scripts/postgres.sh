#!/usr/bin/env bash
# Throwaway PostgreSQL servers for tests and local runs: installs the Debian package when missing (as root),
# then runs a private server on 127.0.0.1 with its own port and socket directory.
#   scripts/postgres.sh start DIR [PORT]   -> prints the Npgsql connection string
#   scripts/postgres.sh stop DIR           -> stops it and deletes DIR
#   scripts/postgres.sh halt DIR / resume DIR -> an outage: stop the server keeping its data, start it again
#   scripts/postgres.sh serve DIR PORT DATABASE [--ephemeral] -> the Aspire AppHost's PostgreSQL: in the foreground,
#       data kept in DIR between runs (removed at exit with --ephemeral), DATABASE created once; SIGTERM = fast shutdown
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_installed() {
  if [ -n "$(pg_bin)" ]; then return; fi
  echo "PostgreSQL is not installed; installing the Debian package..." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  [ -n "$(pg_bin)" ] || { echo "PostgreSQL could not be installed." >&2; exit 1; }
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_db_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Default ports stay below the kernel's ephemeral range (32768-60999 here), where an outgoing connection can hold a
# port that no listener shows; a port that still cannot be bound is skipped by start.
free_port() {
  local port=${1:-25432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start() {
  local dir=$1 port
  port=$(free_port "${2:-25432}")
  ensure_installed
  local bin; bin=$(pg_bin)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  as_db_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  local attempt
  for attempt in 1 2 3 4 5; do
    if as_db_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null 2>&1; then
      break
    fi
    grep -q "could not bind" "$dir/server.log" && [ "$attempt" -lt 5 ] || { cat "$dir/server.log" >&2; exit 1; }
    port=$(free_port $((port + 1)))
  done
  echo "$port" >"$dir/port"
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

# Stop the server but keep its data (a database outage), and bring it back on the same port.
halt() {
  local bin; bin=$(pg_bin)
  as_db_user "$bin/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null
}

resume() {
  local bin port; bin=$(pg_bin); port=$(cat "$1/port")
  as_db_user "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 \
    -o "-p $port -k $1 -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
}

# In the foreground until SIGTERM/SIGINT, for a process supervisor (the Aspire AppHost runs it as an executable
# resource). The supervisor's SIGTERM would be PostgreSQL's "smart" shutdown, which waits for every client and may be
# cut short by a SIGKILL, leaving the data folder "in production": it becomes a fast shutdown (SIGINT) instead.
serve() {
  local dir=$1 port=$2 database=$3 ephemeral=${4:-}
  ensure_installed
  local bin; bin=$(pg_bin)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    runuser -u postgres -- test -w "$dir" \
      || { echo "The postgres user cannot write $dir (a parent folder is closed to it): choose another folder." >&2; exit 1; }
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    echo "Creating a PostgreSQL data folder in $dir/data"
    as_db_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  # setpriv execs the server itself (runuser would stay in between), so $! is the postmaster and receives our signal.
  # The server logs to stderr; a supervisor would show every LOG line as an error, so its log goes to stdout.
  local run=()
  [ "$(id -u)" -eq 0 ] && run=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  "${run[@]}" "$bin/postgres" -D "$dir/data" -p "$port" -k "$dir" \
    -c listen_addresses=127.0.0.1 -c max_connections=400 2>&1 &
  local pid=$!
  trap 'kill -INT "$pid" 2>/dev/null' TERM INT
  local ready=""
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; exit $?; fi
    if as_db_user "$bin/pg_isready" -q -h "$dir" -p "$port"; then ready=1; break; fi
    sleep 0.1
  done
  [ -n "$ready" ] || { echo "PostgreSQL did not accept connections within 30 s." >&2; kill -INT "$pid"; wait "$pid"; exit 1; }
  if [ "$(as_db_user "$bin/psql" -h "$dir" -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
    as_db_user "$bin/createdb" -h "$dir" -p "$port" -U postgres "$database"
    echo "Created database $database"
  fi
  echo "PostgreSQL is ready on 127.0.0.1:$port (data in $dir/data)"
  # wait returns early when a trapped signal arrives: keep waiting until the server has really stopped.
  while kill -0 "$pid" 2>/dev/null; do wait "$pid" || true; done
  if [ "$ephemeral" = "--ephemeral" ]; then rm -rf "$dir"; fi
}

stop() {
  local dir=$1 bin; bin=$(pg_bin)
  [ -d "$dir/data" ] && as_db_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "$2" "${3:-}" ;;
  stop) stop "$2" ;;
  halt) halt "$2" ;;
  resume) resume "$2" ;;
  serve) serve "$2" "$3" "$4" "${5:-}" ;;
  *) echo "usage: $0 start DIR [PORT] | stop DIR | halt DIR | resume DIR | serve DIR PORT DATABASE [--ephemeral]" >&2; exit 2 ;;
esac
