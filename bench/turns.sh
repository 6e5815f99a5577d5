#!/usr/bin/env bash
# A match's realtime (issue 19 targets; BENCHMARKS.md "Players see the game live"): in 250 games at once, a roll -> the
# "moved" message on both seated players' event streams, beside a read of the same match in the same run, for Keel's
# Api in memory and on PostgreSQL. Writes bench/results/turns.md.
#   bench/turns.sh            250 games, 20 turns each, a turn per game every 1,000 ms (250 rolls/s)
#   bench/turns.sh --smoke    20 games, 3 turns: checks the script, figures mean nothing
# Environment: TURNS_GAMES (250), TURNS_TURNS (20), TURNS_INTERVAL_MS (1000), BENCH_NO_BUILD=1 (reuse the Release builds).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMAND="bench/turns.sh${*:+ $*}"
GAMES=${TURNS_GAMES:-250}; TURNS=${TURNS_TURNS:-20}; INTERVAL=${TURNS_INTERVAL_MS:-1000}
[ "${1:-}" = --smoke ] && { GAMES=20; TURNS=3; }
log() { printf '[turns %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
ulimit -n 65536 2>/dev/null || true

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building Keel's Api and bench/Turns (Release)"
  dotnet build "$ROOT/Api/Api.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
  dotnet build "$ROOT/bench/Turns" -c Release -nologo -v q -clp:ErrorsOnly >&2
fi
API="$ROOT/Api/bin/Release/net10.0/Keel.Api.dll"
CLIENT="$ROOT/bench/Turns/bin/Release/net10.0/Keel.Bench.Turns.dll"
WORK=$(mktemp -d /tmp/keel-turns-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  "$ROOT/scripts/postgres.sh" stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
Keel__Auth__SigningKey=$(openssl rand -base64 32)
export Keel__Auth__SigningKey
OUT="$WORK/results.tsv"

# measure NAME [VAR=VALUE...]: the Api started from another folder in Production, the client run against it, the Api stopped.
measure() {
  local name=$1; shift
  local port=$((20000 + RANDOM % 2000)) url
  url="http://127.0.0.1:$port"
  (cd /tmp && exec env ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Keel__RateLimit__Enabled=false \
    Logging__LogLevel__Default=Warning Keel__Mail__PickupDirectory="$WORK/mail-$name" "$@" dotnet "$API") >"$WORK/$name.log" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 60))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health" || true)" = 200 ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then log "FAILED: $name did not start"; tail -20 "$WORK/$name.log" >&2; exit 1; fi
    sleep 0.2
  done
  log "$name: $GAMES games, $TURNS turns each, one every $INTERVAL ms"
  local line
  line=$(timeout 900 dotnet "$CLIENT" "$url" "$GAMES" "$TURNS" "$INTERVAL" | grep '^BENCH_TURNS ' | tail -1) || true
  kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  [ -n "$line" ] || { log "FAILED: $name produced no figure"; tail -20 "$WORK/$name.log" >&2; exit 1; }
  printf '%s\t%s\n' "$name" "${line#BENCH_TURNS }" >> "$OUT"
}

measure memory
PG=$("$ROOT/scripts/postgres.sh" start "$WORK/pg" $((23000 + RANDOM % 1000)))
measure postgres Keel__Storage=Postgres ConnectionStrings__Postgres="$PG"

python3 - "$OUT" "$COMMAND" "$ROOT/bench/results/turns.md" <<'PY'
import json, subprocess, sys, platform, os
rows = [line.rstrip('\n').split('\t', 1) for line in open(sys.argv[1])]
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
git = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
when = subprocess.run(['date', '-u', '+%Y-%m-%d %H:%M UTC'], capture_output=True, text=True).stdout.strip()
out = [f"# Turns — {when}", "", f"Machine: {cpu}, {os.cpu_count()} cores. Command: `{sys.argv[2]}` (git {git}).", "",
       "A roll (POST) until the `moved` message is on both seated players' Server-Sent Events streams; the baseline is a",
       "read of the same match (GET) right after each turn, at the same pace, in the same run.", "",
       "| storage | games | rolls (per s) | roll → both streams p50 / p99 / max (ms) | read p50 / p99 / max (ms) | p99 / read p99 |",
       "|---|---:|---|---|---|---:|"]
for name, data in rows:
    r = json.loads(data)
    t, b = r["turn"], r["read"]
    out.append(f"| {name} | {r['games']} | {r['rolls']:,} ({r['rolls_per_second']}) | {t['p50_ms']} / {t['p99_ms']} / {t['max_ms']} | "
               f"{b['p50_ms']} / {b['p99_ms']} / {b['max_ms']} | {t['p99_ms'] / b['p99_ms']:.1f} |")
open(sys.argv[3], 'w').write('\n'.join(out) + '\n')
print('\n'.join(out))
PY
