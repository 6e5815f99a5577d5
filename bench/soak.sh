#!/usr/bin/env bash
# RSS and throughput of Keel's PostgreSQL-mode process under sustained load: wrk (64 connections) for MINUTES, on a
# private PostgreSQL; every 15 s the Api's RSS, the users registered so far and the registrations/s of the last 15 s
# (from PostgreSQL's insert counter). Prints one line per sample and a summary (RSS first/peak/last, throughput at
# the first and the last sample: growth).
#   bench/soak.sh [MINUTES]    default 10; reuses the Release build bench/run.sh makes (BENCH_NO_BUILD=1 to skip building)
# Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MINUTES=${1:-10}
WORK=$(mktemp -d /tmp/keel-soak.XXXXXX)
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
CS=$("$ROOT/scripts/postgres.sh" start "$PG_DIR" 26600)
MAIL=/dev/shm/keel-soak-mail-$$; [ -d /dev/shm ] || MAIL="$WORK/mail"
(cd "$ROOT/Api/bin/Release/net10.0" && exec env ASPNETCORE_URLS=http://127.0.0.1:18991 ASPNETCORE_ENVIRONMENT=Production \
  Keel__Auth__SigningKey="$(openssl rand -base64 32)" Keel__RateLimit__Enabled=false \
  Logging__LogLevel__Default=Warning Keel__Storage=Postgres ConnectionStrings__Postgres="$CS" \
  Keel__SiloPort=21991 Keel__GatewayPort=31991 Keel__Mail__PickupDirectory="$MAIL" dotnet Keel.Api.dll) >"$WORK/keel.log" 2>&1 &
KEEL_PID=$!
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18991/health >/dev/null && break; sleep 0.5; done
curl -sf http://127.0.0.1:18991/health >/dev/null || { cat "$WORK/keel.log" >&2; exit 1; }
API_PID=$(pgrep -f "Keel.Api.dll" -P "$KEEL_PID" || echo "$KEEL_PID")
rss_mib() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
PORT=$(cat "$PG_DIR/port")
# Three events per registration (user, address claim, mail).
users() { psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAt -c "SELECT coalesce(sum(n_tup_ins), 0)::bigint / 3 FROM pg_stat_user_tables WHERE relname = 'keel_events'"; }

echo "machine: $(nproc) cores; command: bench/soak.sh $MINUTES; RSS before load: $(rss_mib "$KEEL_PID") MiB"
wrk -t2 -c64 -d"$((MINUTES * 60))s" -s "$ROOT/bench/wrk/register.lua" http://127.0.0.1:18991 >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
samples=()
rates=()
before=$(users)
for ((t = 15; t <= MINUTES * 60; t += 15)); do
  sleep 15
  samples+=("$(rss_mib "$KEEL_PID")")
  now=$(users)
  rates+=("$(( (now - before) / 15 ))")
  before=$now
  echo "t=${t}s rss=${samples[-1]} MiB users=${now} registrations/s=${rates[-1]}"
done
wait "$WRK_PID" || true
rm -rf "$MAIL"
printf '%s\n' "${samples[@]}" | awk -v n="${#samples[@]}" '
  { v[NR] = $1; if ($1 > peak) peak = $1 }
  END { half = int(n / 2) + 1; printf "first %d MiB, peak %d MiB, last %d MiB; second half: %d -> %d MiB\n", v[1], peak, v[n], v[half], v[n] }'
grep -o 'Requests/sec: *[0-9.]*' "$WORK/wrk.txt" || true
echo "throughput: ${rates[1]}/s at the second sample, ${rates[-1]}/s at the last ($(awk -v a="${rates[1]}" -v b="${rates[-1]}" 'BEGIN { printf "%.1f", 100 * b / a }') %), $(users) users"
