#!/usr/bin/env bash
# Where Keel's PostgreSQL work goes: registrations under wrk against a private PostgreSQL with pg_stat_statements.
# Prints transactions and statements per registration (pg_stat_database.xact_commit, pg_stat_statements) and the
# top statements by total time. Reuses the Release build bench/run.sh makes (BENCH_NO_BUILD=1 to skip building).
#   bench/pg-profile.sh [SECONDS]      default 15 s of load after 10 s of warm-up, 64 connections
# Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_LOAD=${1:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
WORK=$(mktemp -d /tmp/keel-pg-profile.XXXXXX)
chmod 755 "$WORK" # the PostgreSQL server runs as the postgres user
PG_DIR="$WORK/pg"
KEEL_PID=""
cleanup() {
  [ -n "$KEEL_PID" ] && kill "$KEEL_PID" 2>/dev/null && wait "$KEEL_PID" 2>/dev/null || true
  "$ROOT/scripts/postgres.sh" stop "$PG_DIR" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build "$ROOT/Api/Api.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
fi
CS=$("$ROOT/scripts/postgres.sh" start "$PG_DIR" 26500)
PORT=$(cat "$PG_DIR/port")
printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n" >>"$PG_DIR/data/postgresql.conf"
"$ROOT/scripts/postgres.sh" halt "$PG_DIR" && "$ROOT/scripts/postgres.sh" resume "$PG_DIR"
sql() { psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAt -c "$1"; }
sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null

(cd "$ROOT/Api/bin/Release/net10.0" && exec env ASPNETCORE_URLS=http://127.0.0.1:18990 ASPNETCORE_ENVIRONMENT=Production \
  Keel__Auth__SigningKey="$(openssl rand -base64 32)" Keel__RateLimit__Enabled=false \
  Logging__LogLevel__Default=Warning Keel__Storage=Postgres ConnectionStrings__Postgres="$CS" \
  Keel__SiloPort=21990 Keel__GatewayPort=31990 Keel__Mail__PickupDirectory="$WORK/mail" dotnet Keel.Api.dll) >"$WORK/keel.log" 2>&1 &
KEEL_PID=$!
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18990/health >/dev/null && break; sleep 0.5; done
curl -sf http://127.0.0.1:18990/health >/dev/null || { cat "$WORK/keel.log" >&2; exit 1; }

wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/bench/wrk/register.lua" http://127.0.0.1:18990 >/dev/null 2>&1
sql "SELECT pg_stat_statements_reset()" >/dev/null
sql "SELECT pg_stat_reset()" >/dev/null
sleep 1
xact_before=$(sql "SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database")
users_before=$(sql "SELECT count(*) FROM keel_events WHERE event_type = 'keel.users.user-registered.v1'")
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_LOAD}s" -s "$ROOT/bench/wrk/register.lua" http://127.0.0.1:18990 >"$WORK/wrk.txt" 2>&1
sleep 2
users=$(( $(sql "SELECT count(*) FROM keel_events WHERE event_type = 'keel.users.user-registered.v1'") - users_before ))
xact=$(( $(sql "SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database") - xact_before ))
echo "machine: $(nproc) cores, $(uname -r); command: bench/pg-profile.sh $SECONDS_LOAD; $(grep -o 'Requests/sec: *[0-9.]*' "$WORK/wrk.txt")"
echo "registrations: $users; transactions: $xact ($(awk -v t="$xact" -v u="$users" 'BEGIN { printf "%.3f", t / u }') per registration)"
echo "statements per registration (calls / registrations), mean ms, total ms:"
sql "SELECT to_char(calls::numeric / $users, 'FM990.000') || ' | ' || to_char(mean_exec_time, 'FM990.000') || ' | ' || to_char(total_exec_time, 'FM999990') || ' | ' || regexp_replace(left(query, 110), '\s+', ' ', 'g')
     FROM pg_stat_statements WHERE calls > 0 ORDER BY total_exec_time DESC LIMIT 15"
