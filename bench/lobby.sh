#!/usr/bin/env bash
# The Lobby's realtime benchmark (issue #13, "Measure"; BENCHMARKS.md, "Lobby"): fan-out latency of a join to the
# watchers of its room, and the memory an idle Server-Sent Events connection costs the server, for Keel's Api (one
# co-hosted process, memory and/or PostgreSQL) beside a hand-written baseline (bench/BaselineSse) measured in the same
# run with the same client (bench/Lobby); then the Lobby's lines per layer against the Users and Games services
# (bench/lines.sh).
#   bench/lobby.sh [memory|postgres|all]    default all: baseline, Keel memory, Keel PostgreSQL; about 8 minutes
#   bench/lobby.sh --smoke [mode]           a few rooms and connections: checks that the tool works, figures mean nothing
# Environment: LOBBY_ROOMS (250), LOBBY_DELIVERIES (2000), LOBBY_WARMUP_CYCLES (200), LOBBY_SECONDS (60, the bound
#   of the warm-up and of each measured fan-out), LOBBY_CONCURRENCY (4 rooms cycling at once),
#   LOBBY_SEQUENTIAL_DELIVERIES (400, measured again one room at a time), LOBBY_IDLE
#   (2100,4200 idle connections), LOBBY_SETTLE (s, 5), LOBBY_PHASES (fanout,idle), BENCH_NO_BUILD=1 (reuse the
#   Release builds), BENCH_KEEP=1.
# Everything on 127.0.0.1; one server at a time; each bounded in time. Results: bench/results/lobby-<mode>.{txt,json}.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
COMMAND="bench/lobby.sh${*:+ $*}"
SMOKE=0
MODE=all
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    memory|postgres|all) MODE=$arg ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (bench/lobby.sh [--smoke] [memory|postgres|all])" >&2; exit 2 ;;
  esac
done
if [ "$SMOKE" = 1 ]; then
  ROOMS=${LOBBY_ROOMS:-8}; DELIVERIES=${LOBBY_DELIVERIES:-40}; SEQUENTIAL=${LOBBY_SEQUENTIAL_DELIVERIES:-20}; WARMUP_CYCLES=${LOBBY_WARMUP_CYCLES:-8}
  IDLE=${LOBBY_IDLE:-30,60}; SETTLE=${LOBBY_SETTLE:-1}
else
  ROOMS=${LOBBY_ROOMS:-250}; DELIVERIES=${LOBBY_DELIVERIES:-2000}; SEQUENTIAL=${LOBBY_SEQUENTIAL_DELIVERIES:-400}; WARMUP_CYCLES=${LOBBY_WARMUP_CYCLES:-200}
  IDLE=${LOBBY_IDLE:-2100,4200}; SETTLE=${LOBBY_SETTLE:-5}
fi
SECONDS_BOUND=${LOBBY_SECONDS:-60}
PHASES=${LOBBY_PHASES:-fanout,idle}
CONCURRENCY=${LOBBY_CONCURRENCY:-4}

log() { printf '[lobby %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

for tool in curl python3 dotnet openssl; do
  command -v "$tool" >/dev/null || { echo "lobby: $tool is required" >&2; exit 1; }
done
# Every connection is a descriptor in the server and in the client.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
NEEDED=$(( $(echo "$IDLE" | tr ',' '\n' | sort -n | tail -1) + 4 * ROOMS + 1000 ))
[ "$(ulimit -n)" -ge "$NEEDED" ] || { echo "lobby: ulimit -n is $(ulimit -n), $NEEDED needed" >&2; exit 1; }

# dotnet-gcdump gives the live managed heap after a full collection (the per-type growth too); without it, RSS only.
GCDUMP="$ROOT/.tools/dotnet/dotnet-gcdump"
if [ ! -x "$GCDUMP" ]; then
  log "installing dotnet-gcdump into .tools/dotnet"
  dotnet tool install --tool-path "$ROOT/.tools/dotnet" dotnet-gcdump --version 10.0.750501 >&2 || true
fi
[ -x "$GCDUMP" ] || { log "no dotnet-gcdump: heap figures left out, RSS only"; GCDUMP=""; }

WORK=$(mktemp -d /tmp/keel-lobby-bench.XXXXXX)
chmod 755 "$WORK"   # the throwaway PostgreSQL runs as the postgres user inside it
SERVER_PID=""
PG_DIR=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_DIR" ]; then "$ROOT/scripts/postgres.sh" stop "$PG_DIR" || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building Keel's Api and bench/Bench.slnx (Release)"
  dotnet build "$ROOT/Api/Api.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
  dotnet build "$BENCH/Bench.slnx" -c Release -nologo -v q -clp:ErrorsOnly >&2
fi
KEEL_DIR="$ROOT/Api/bin/Release/net10.0"
BASE_DIR="$BENCH/BaselineSse/bin/Release/net10.0"
CLIENT="$BENCH/Lobby/bin/Release/net10.0/Keel.Bench.Lobby.dll"

# The key Keel's Api checks tokens with; the client mints each player's token with it (Keel.Api.Auth.Tokens).
Keel__Auth__SigningKey=$(openssl rand -base64 32)
export Keel__Auth__SigningKey

# start_server NAME DIR DLL READY_PATH [VAR=VALUE...]: as bench/run.sh; leaves SERVER_PID and URL set.
start_server() {
  local name=$1 dir=$2 dll=$3 ready=$4; shift 4
  local port; port=$(free_port $((18000 + RANDOM % 2000)))
  URL="http://127.0.0.1:$port"
  (cd "$dir" && exec env ASPNETCORE_URLS="$URL" ASPNETCORE_ENVIRONMENT=Production Keel__RateLimit__Enabled=false \
    Logging__LogLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 "$@" dotnet "$dll") >"$WORK/$name.log" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 60))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL$ready" || true)" = 200 ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "$name did not become ready; its log:"; tail -30 "$WORK/$name.log" >&2
      return 1
    fi
    sleep 0.2
  done
  log "$name ready on $URL (pid $SERVER_PID)"
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}

FAILED=0
# scenario NAME DIR DLL READY_PATH [VAR=VALUE...]: one server, the client's two phases against it, the server stopped.
scenario() {
  local name=$1 dir=$2 dll=$3 ready=$4; shift 4
  log "scenario $name"
  if ! start_server "$name" "$dir" "$dll" "$ready" "$@"; then
    stop_server; echo "{\"name\":\"$name\",\"error\":\"server did not start\"}" >"$WORK/$name.json"; FAILED=1; return
  fi
  sleep 1
  local rss_start; rss_start=$(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status")
  if ! timeout 600 dotnet "$CLIENT" --url "$URL" --name "$name" --pid "$SERVER_PID" --phases "$PHASES" ${GCDUMP:+--gcdump "$GCDUMP"} \
      --rooms "$ROOMS" --deliveries "$DELIVERIES" --sequential-deliveries "$SEQUENTIAL" --warmup-cycles "$WARMUP_CYCLES" --seconds "$SECONDS_BOUND" \
      --concurrency "$CONCURRENCY" --idle "$IDLE" --settle "$SETTLE" --out "$WORK/$name.json" >"$WORK/$name.client.log" 2>&1; then
    FAILED=1
  fi
  grep -v '^BENCH_LOBBY' "$WORK/$name.client.log" | sed 's/^/  /' >&2 || true
  [ -s "$WORK/$name.json" ] || echo "{\"name\":\"$name\",\"error\":\"the client wrote no result\"}" >"$WORK/$name.json"
  python3 - "$WORK/$name.json" "$rss_start" <<'PY'
import json, sys
path, rss = sys.argv[1], int(sys.argv[2])
d = json.load(open(path)); d["rss_kb_at_start"] = rss; json.dump(d, open(path, "w"))
PY
  if grep -qiE 'exception|fail' "$WORK/$name.log"; then
    log "$name logged warnings or errors (first lines):"; grep -iE 'exception|fail|warn' "$WORK/$name.log" | head -5 >&2
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { log "$name died"; FAILED=1; }
  stop_server
}

BENCH_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BUSY_BEFORE=$(top -b -n2 -d1 -o %CPU -w 200 | awk '/^top -/ {n++} n == 2 && /^ *[0-9]+ / && $9 + 0 >= 5 {printf "%s%s (pid %s) %s%%", (k++ ? ", " : ""), $12, $1, $9}')
SCENARIOS="baseline"
scenario baseline "$BASE_DIR" Keel.Bench.BaselineSse.dll /alive
if [ "$MODE" = memory ] || [ "$MODE" = all ]; then
  SCENARIOS="$SCENARIOS keel-memory"
  scenario keel-memory "$KEEL_DIR" Keel.Api.dll /health \
    Keel__Storage=Memory Keel__SiloPort="$(free_port 21411)" Keel__GatewayPort="$(free_port 31400)" \
    Keel__Mail__PickupDirectory="$WORK/mail-memory"
fi
if [ "$MODE" = postgres ] || [ "$MODE" = all ]; then
  SCENARIOS="$SCENARIOS keel-postgres"
  PG_DIR="$WORK/pg"
  PG_CS=$("$ROOT/scripts/postgres.sh" start "$PG_DIR" "$(free_port $((56000 + RANDOM % 2000)))")
  scenario keel-postgres "$KEEL_DIR" Keel.Api.dll /health \
    Keel__Storage=Postgres ConnectionStrings__Postgres="$PG_CS" \
    Keel__SiloPort="$(free_port 21511)" Keel__GatewayPort="$(free_port 31500)" Keel__Mail__PickupDirectory="$WORK/mail-postgres"
  "$ROOT/scripts/postgres.sh" stop "$PG_DIR" || true
  PG_DIR=""
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain -- Api Silo Grains Grains.Interfaces Domain bench ':!bench/results' 2>/dev/null)" ] || COMMIT="$COMMIT (with uncommitted changes)"
RESULTS="$BENCH/results"
[ "$SMOKE" = 1 ] && RESULTS="$WORK"
"$BENCH/lines.sh" >"$RESULTS/lobby-lines.txt"
export BENCH_STARTED LOAD_BEFORE LOAD_AFTER COMMAND COMMIT SCENARIOS CONCURRENCY
export BUSY_BEFORE="${BUSY_BEFORE:-nothing above 5 % CPU}"
python3 "$BENCH/lobby_report.py" "$WORK" "$RESULTS/lobby-$MODE"
cat "$RESULTS/lobby-$MODE.txt"
[ "$SMOKE" = 1 ] && log "smoke run: results not written to bench/results"
if [ "$FAILED" = 1 ]; then log "a scenario failed (see above)"; exit 1; fi
