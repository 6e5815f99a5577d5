#!/usr/bin/env bash
# Alarms (issue 19, item 2; BENCHMARKS.md "Timeouts that survive a crash"): turn timeouts under load beside Orleans
# grain timers, and what pending alarms cost beside Orleans reminders on ADO.NET. Writes bench/results/alarms.md.
#   bench/alarms.sh            1,000 matches with a 2 s turn (5,000 timeouts) per storage; 100,000 pending of each kind
#   bench/alarms.sh --smoke    100 matches, 1,000 pending: checks the script, figures mean nothing
# Environment: ALARMS_GAMES (1000), ALARMS_TURN_SECONDS (2), ALARMS_PENDING (100000), ALARMS_STARTS (3 per case),
#   BENCH_NO_BUILD=1 (reuse the Release build). PostgreSQL: a throw-away server on 127.0.0.1 (scripts/postgres.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMAND="bench/alarms.sh${*:+ $*}"
GAMES=${ALARMS_GAMES:-1000}; TURN=${ALARMS_TURN_SECONDS:-2}; PENDING=${ALARMS_PENDING:-100000}; STARTS=${ALARMS_STARTS:-3}
[ "${1:-}" = --smoke ] && { GAMES=100; TURN=1; PENDING=1000; STARTS=1; }
log() { printf '[alarms %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building bench/Alarms (Release)"
  dotnet build -c Release "$ROOT/bench/Alarms" -v q -nologo >&2
fi
DLL="$ROOT/bench/Alarms/bin/Release/net10.0/Keel.Bench.Alarms.dll"
PG_DIR=$(mktemp -d /tmp/keel-bench-alarms-pg.XXXXXX)
trap '"$ROOT/scripts/postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"' EXIT
PORT=$((57000 + RANDOM % 2000))
SERVER=$("$ROOT/scripts/postgres.sh" start "$PG_DIR" "$PORT")
sql() { psql -h 127.0.0.1 -p "$PORT" -U postgres -qAt -d "$1" -c "$2" >/dev/null; }
OUT=$(mktemp)

# One measure per process; every line it prints after BENCH_ALARMS is kept. A process that prints none fails the run.
measure() {
  local label=$1; shift
  local line
  line=$(cd /tmp && timeout 600 env "$@" | grep '^BENCH_ALARMS ' | tail -1) || true
  [ -n "$line" ] || { log "FAILED: $label produced no figure"; exit 1; }
  printf '%s\t%s\n' "$label" "${line#BENCH_ALARMS }" >> "$OUT"
}
database() {
  sql postgres "DROP DATABASE IF EXISTS $1"; sql postgres "CREATE DATABASE $1"
  echo "${SERVER/Database=postgres/Database=$1}"
}

log "timeouts in memory: $GAMES matches, $TURN s turns"
measure timeouts-memory dotnet "$DLL" timeouts "$GAMES" "$TURN"
log "timeouts on PostgreSQL"
CS=$(database bench_timeouts)
measure timeouts-postgres Keel__Storage=Postgres ConnectionStrings__Postgres="$CS" dotnet "$DLL" timeouts "$GAMES" "$TURN"
log "pending alarms in memory: $PENDING"
measure pending-memory dotnet "$DLL" pending-memory "$PENDING"

CS=$(database bench_pending)
PGENV=(Keel__Storage=Postgres ConnectionStrings__Postgres="$CS")
measure migrate "${PGENV[@]}" dotnet "$DLL" startup
for i in $(seq "$STARTS"); do log "start-up, nothing pending ($i)"; measure startup-empty "${PGENV[@]}" dotnet "$DLL" startup; done
measure fill-alarms "${PGENV[@]}" dotnet "$DLL" fill alarms "$PENDING"
# Rows a starting silo reads from the table the pending ones are in (PostgreSQL's statistics, reset before the start).
rows_read() { psql -h 127.0.0.1 -p "$PORT" -U postgres -qAt -d bench_pending -c "SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) FROM pg_stat_user_tables WHERE relname = '$1'"; }
started_reading() {
  sql bench_pending "SELECT pg_stat_reset()"
  measure "$1" "${PGENV[@]}" dotnet "$DLL" startup
  sleep 1
  printf '%s\t{"rows": %s}\n' "rows-$1" "$(rows_read "$2")" >> "$OUT"
}
for i in $(seq "$STARTS"); do log "start-up, $PENDING alarms pending ($i)"; started_reading startup-alarms keel_alarms; done
sql bench_pending "DELETE FROM keel_alarms"
measure fill-reminders "${PGENV[@]}" dotnet "$DLL" fill reminders "$PENDING"
for i in $(seq "$STARTS"); do log "start-up, $PENDING reminders pending ($i)"; started_reading startup-reminders orleansreminderstable; done

python3 - "$OUT" "$COMMAND" "$ROOT/bench/results/alarms.md" <<'PY'
import json, statistics, subprocess, sys, platform, os
rows = [line.rstrip('\n').split('\t', 1) for line in open(sys.argv[1])]
by = {}
for label, data in rows:
    by.setdefault(label, []).append(json.loads(data))
def one(label): return by[label][0]
def median(label, key): return statistics.median(r[key] for r in by[label])
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
out = [f"# Alarms — {subprocess.run(['date', '-u', '+%Y-%m-%d %H:%M UTC'], capture_output=True, text=True).stdout.strip()}", "",
       f"Machine: {cpu}, {os.cpu_count()} cores. Command: `{sys.argv[2]}` (git {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}).", "",
       "## Turn timeouts under load", "",
       "Each match's every turn times out until a player is knocked out (5 timeouts a match). Lateness = fire time − due time;",
       "the baseline is as many Orleans grain timers (in memory, lost with the process), due as often, in the same process.", "",
       "| storage | matches | timeouts expected | fired | failed | Keel p50 / p99 / max (ms) | grain timers p50 / p99 / max (ms) |",
       "|---|---:|---:|---:|---:|---|---|"]
for label in ("timeouts-memory", "timeouts-postgres"):
    r = one(label)
    if r["fired"] != r["expected"] or r["failed"] != 0:
        sys.exit(f"{label}: {r['fired']} alarms fired and {r['failed']} failed of {r['expected']}: not each once")
    k, t = r["keel"], r["grain_timers"]
    out.append(f"| {r['storage']} | {r['games']:,} | {r['expected']:,} | {r['fired']:,} | {r['failed']} | {k['p50_ms']} / {k['p99_ms']} / {k['max_ms']} | {t['p50_ms']} / {t['p99_ms']} / {t['max_ms']} |")
m = one("pending-memory")
fa, fr = one("fill-alarms"), one("fill-reminders")
empty, alarms, reminders = (median(l, "start_ms") for l in ("startup-empty", "startup-alarms", "startup-reminders"))
heap = {l: median(l, "settled_heap_bytes") for l in ("startup-empty", "startup-alarms", "startup-reminders")}
out += ["", "## Pending timeouts", "",
        f"{m['count']:,} pending in memory: {m['bytes_per_pending_alarm']} bytes of managed heap per pending alarm "
        f"(an append with an alarm {m['bytes_per_append_with_alarm']} B beside one without {m['bytes_per_append_without_alarm']} B).", "",
        f"PostgreSQL, {fa['count']:,} pending, start-up median of {len(by['startup-empty'])} (a silo process's host start, then its heap after 10 s):", "",
        "| pending | storage per pending (table + indexes) | rows read at start-up | start-up | start-up / nothing pending | settled heap |",
        "|---|---:|---:|---:|---:|---:|",
        f"| nothing | – | – | {empty:.0f} ms | 1.00 | {heap['startup-empty'] / 1e6:.1f} MB |",
        f"| Keel alarms (keel_alarms) | {fa['bytes_per_pending']} B | {median('rows-startup-alarms', 'rows'):,.0f} | {alarms:.0f} ms | {alarms / empty:.2f} | {heap['startup-alarms'] / 1e6:.1f} MB |",
        f"| Orleans reminders (ADO.NET) | {fr['bytes_per_pending']} B | {median('rows-startup-reminders', 'rows'):,.0f} | {reminders:.0f} ms | {reminders / empty:.2f} | {heap['startup-reminders'] / 1e6:.1f} MB |"]
open(sys.argv[3], 'w').write('\n'.join(out) + '\n')
print('\n'.join(out))
PY
