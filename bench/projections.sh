#!/usr/bin/env bash
# Projections (issue 19, item 4; BENCHMARKS.md "Statistics from projections"): the Statistics projection's lag under a
# steady event rate and a rebuild of a long log, each beside a bare read of the same log in the same process, in memory
# and on PostgreSQL. Writes bench/results/projections.md.
#   bench/projections.sh           2,000 events/s for 30 s; a rebuild of 1,000,000 events; per storage
#   bench/projections.sh --smoke   5 s and 30,000 events: checks the script, figures mean nothing
# Environment: PROJ_RATE (2000), PROJ_SECONDS (30), PROJ_EVENTS (1000000), BENCH_NO_BUILD=1 (reuse the Release build).
# PostgreSQL: a throw-away server on 127.0.0.1 (scripts/postgres.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMAND="bench/projections.sh${*:+ $*}"
RATE=${PROJ_RATE:-2000}; SECONDS_=${PROJ_SECONDS:-30}; EVENTS=${PROJ_EVENTS:-1000000}
[ "${1:-}" = --smoke ] && { SECONDS_=5; EVENTS=30000; }
log() { printf '[projections %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building bench/Projections (Release)"
  dotnet build -c Release "$ROOT/bench/Projections" -v q -nologo >&2
fi
DLL="$ROOT/bench/Projections/bin/Release/net10.0/Keel.Bench.Projections.dll"
PG_DIR=$(mktemp -d /tmp/keel-bench-projections-pg.XXXXXX)
trap '"$ROOT/scripts/postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"' EXIT
PORT=$((59000 + RANDOM % 1000))
SERVER=$("$ROOT/scripts/postgres.sh" start "$PG_DIR" "$PORT")
sql() { psql -h 127.0.0.1 -p "$PORT" -U postgres -qAt -d "$1" -c "$2"; }
OUT=$(mktemp)

# One measure per process, started from another folder; a process that prints no figure fails the run.
measure() {
  local label=$1; shift
  local line
  line=$(cd /tmp && timeout 1200 env "$@" | grep '^BENCH_PROJECTIONS ' | tail -1) || true
  [ -n "$line" ] || { log "FAILED: $label produced no figure"; exit 1; }
  printf '%s\t%s\n' "$label" "${line#BENCH_PROJECTIONS }" >> "$OUT"
}
database() {
  sql postgres "DROP DATABASE IF EXISTS $1" >/dev/null; sql postgres "CREATE DATABASE $1" >/dev/null
  echo "${SERVER/Database=postgres/Database=$1}"
}

log "lag in memory: $RATE events/s for $SECONDS_ s"
measure lag-memory dotnet "$DLL" lag "$RATE" "$SECONDS_"
log "lag on PostgreSQL"
CS=$(database bench_projection_lag)
measure lag-postgres Keel__Storage=Postgres ConnectionStrings__Postgres="$CS" dotnet "$DLL" lag "$RATE" "$SECONDS_"
log "rebuild in memory: $EVENTS events"
measure rebuild-memory dotnet "$DLL" rebuild "$EVENTS"
log "rebuild on PostgreSQL: $EVENTS events"
CS=$(database bench_projection_rebuild)
measure rebuild-postgres Keel__Storage=Postgres ConnectionStrings__Postgres="$CS" dotnet "$DLL" rebuild "$EVENTS"
ROWS_BYTES=$(sql bench_projection_rebuild "SELECT pg_total_relation_size('keel_projection_rows')")
ROWS=$(sql bench_projection_rebuild "SELECT count(*) FROM keel_projection_rows")
printf 'rows-postgres\t{"rows": %s, "bytes": %s}\n' "$ROWS" "$ROWS_BYTES" >> "$OUT"

python3 - "$OUT" "$COMMAND" "$ROOT/bench/results/projections.md" <<'PY'
import json, subprocess, sys, platform, os
by = {}
for line in open(sys.argv[1]):
    label, data = line.rstrip('\n').split('\t', 1)
    by[label] = json.loads(data)
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
git = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
when = subprocess.run(['date', '-u', '+%Y-%m-%d %H:%M UTC'], capture_output=True, text=True).stdout.strip()
out = [f"# Projections — {when}", "",
       f"Machine: {cpu}, {os.cpu_count()} cores. Command: `{sys.argv[2]}` (git {git}).", "",
       "## Lag under a steady rate", "",
       "Games of three events (dealt, finished, paid out) appended at the rate; lag = the projection's commit of an event",
       "with its rows − the event's time (`keel.projection.lag`), after a 3 s warm-up. The baseline, in the same process at",
       "the same time: a bare reader of the same log, woken the same way, that applies and commits nothing.", "",
       "| storage | events/s (target / achieved) | events | projection p50 / p99 / max (ms) | bare reader p50 / p99 / max (ms) | p99 / bare p99 |",
       "|---|---|---:|---|---|---:|"]
for label in ("lag-memory", "lag-postgres"):
    r = by[label]
    p, b = r["projection"], r["bare_reader"]
    if r["achieved_events_per_second"] < 0.9 * r["target_events_per_second"]:
        sys.exit(f"{label}: only {r['achieved_events_per_second']} of {r['target_events_per_second']} events/s were appended")
    ratio = p["p99_ms"] / b["p99_ms"] if b["p99_ms"] > 0 else float('nan')
    out.append(f"| {r['storage']} | {r['target_events_per_second']:,} / {r['achieved_events_per_second']:,.0f} | {r['events']:,} | "
               f"{p['p50_ms']} / {p['p99_ms']} / {p['max_ms']} | {b['p50_ms']} / {b['p99_ms']} / {b['max_ms']} | {ratio:.1f} |")
out += ["", "## Rebuild", "",
        "A log of that many events (filled first; the projection follows it live), then a bare read of all of it in batches",
        "of 1,000 (the baseline), then `RebuildAsync`: rows dropped, the projection read from the start until it counts every",
        "event again. The totals row is checked exact after each.", "",
        "| storage | events | fill (s) | bare read events/s | rebuild (s) | rebuild events/s | rebuild / bare read |",
        "|---|---:|---:|---:|---:|---:|---:|"]
for label in ("rebuild-memory", "rebuild-postgres"):
    r = by[label]
    out.append(f"| {r['storage']} | {r['events']:,} | {r['fill_seconds']} | {r['bare_read_events_per_second']:,.0f} | {r['rebuild_seconds']} | "
               f"{r['rebuild_events_per_second']:,.0f} | {r['rebuild_events_per_second'] / r['bare_read_events_per_second']:.2f} |")
rows = by["rows-postgres"]
out += ["", f"PostgreSQL after the rebuild: {rows['rows']:,} rows (10,000 players' standings and the totals), "
        f"{rows['bytes'] / 1e6:.1f} MB with their indexes."]
open(sys.argv[3], 'w').write('\n'.join(out) + '\n')
print('\n'.join(out))
PY
