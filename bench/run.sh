#!/usr/bin/env bash
# Keel's benchmark suite: Keel measured beside the baselines a user would compare it with. See BENCHMARKS.md.
#   bench/run.sh           full run (15 s per scenario after a 30 s warm-up), about 4 minutes with the builds
#   bench/run.sh --smoke   every scenario for 2 s: checks that the suite still works, figures mean nothing
# Environment: BENCH_DURATION (s, default 15), BENCH_WARMUP (s, 30), BENCH_CONNECTIONS (64), BENCH_THREADS (nproc),
#   BENCH_LATENCY_N (200), BENCH_MAIL_DIR (mail pickup folders; default a tmpfs folder), BENCH_SCENARIOS (default "baseline-a keel-memory baseline-b keel-postgres keel-postgres-idempotent"),
#   BENCH_NO_BUILD=1 (reuse the Release builds), BENCH_TRACE=1 (a dotnet-trace CPU sample of Keel under load),
#   BENCH_PERF=1 (a perf CPU profile of Keel under load, summarised into bench/results/<scenario>.perf.txt).
# Opt-in scenarios (BENCHMARKS.md, "Extra scenarios"): BENCH_EXTRA=1 appends "keel-inprocess keel-memory-growth"
#   to the scenarios, or name them in BENCH_SCENARIOS. BENCH_USERS (1000000, smoke 3000), BENCH_GROWTH_POINTS,
#   BENCH_GROWTH_WARMUP (s, 10),
#   BENCH_GROWTH_WINDOW (s, 10), BENCH_MEM_SETTLE (s, 5), BENCH_INPROC_SECONDS (10), BENCH_FILL_BOUND (s, 600).
# Everything runs on 127.0.0.1; one server at a time; every load is bounded in time.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
COMMAND="bench/run.sh${*:+ $*}"

SMOKE=0
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
if [ "$SMOKE" = 1 ]; then
  DURATION=${BENCH_DURATION:-2}; WARMUP=${BENCH_WARMUP:-1}; LATENCY_N=${BENCH_LATENCY_N:-20}
else
  # 30 s of warm-up: at a few hundred requests a second the JIT was still compiling Keel's code 13 s in (22 % of its
  # CPU in PostgreSQL mode, perf); the same warm-up for every scenario.
  DURATION=${BENCH_DURATION:-15}; WARMUP=${BENCH_WARMUP:-30}; LATENCY_N=${BENCH_LATENCY_N:-200}
fi
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-$(nproc)}
SCENARIOS=${BENCH_SCENARIOS:-baseline-a keel-memory baseline-b keel-postgres keel-postgres-idempotent}
[ "${BENCH_EXTRA:-0}" = 1 ] && SCENARIOS="$SCENARIOS keel-inprocess keel-memory-growth"
# The opt-in scenarios (none of them runs unless named or BENCH_EXTRA=1).
if [ "$SMOKE" = 1 ]; then
  USERS=${BENCH_USERS:-3000}; GROWTH_POINTS=${BENCH_GROWTH_POINTS:-1000 $USERS}; GROWTH_WINDOW=${BENCH_GROWTH_WINDOW:-2}
  GROWTH_WARMUP=${BENCH_GROWTH_WARMUP:-1}
  MEM_SETTLE=${BENCH_MEM_SETTLE:-1}; INPROC_SECONDS=${BENCH_INPROC_SECONDS:-1}; INPROC_WARMUP=1
else
  USERS=${BENCH_USERS:-1000000}; GROWTH_POINTS=${BENCH_GROWTH_POINTS:-10000 100000 $((USERS / 2)) $USERS}
  GROWTH_WINDOW=${BENCH_GROWTH_WINDOW:-10}; MEM_SETTLE=${BENCH_MEM_SETTLE:-5}
  # Every warm-up request registers a user: a point the warm-up already passed is measured where the warm-up ended.
  GROWTH_WARMUP=${BENCH_GROWTH_WARMUP:-10}
  INPROC_SECONDS=${BENCH_INPROC_SECONDS:-10}; INPROC_WARMUP=10
fi
FILL_BOUND=${BENCH_FILL_BOUND:-600}
SETTLE=${BENCH_SETTLE:-3}

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >&2
fi
for tool in curl python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/keel-bench.XXXXXX)
chmod 755 "$WORK"   # the throwaway PostgreSQL runs as the postgres user inside it
OUT="$WORK/scenarios"; mkdir -p "$OUT"
EXTRA="$WORK/extra"; mkdir -p "$EXTRA"
# Mail pickup folders go to tmpfs when there is one: on ext4, creating hundreds of thousands of small files right
# after earlier runs deleted as many made the inode allocator take 64 % of Keel's CPU (perf, BENCHMARKS.md), so the
# figures measured the file system's history rather than Keel. BENCH_MAIL_DIR=<dir> puts them elsewhere.
MAIL_ROOT=${BENCH_MAIL_DIR:-}
if [ -z "$MAIL_ROOT" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then MAIL_ROOT=$(mktemp -d /dev/shm/keel-bench-mail.XXXXXX); else MAIL_ROOT="$WORK"; fi
fi
SERVER_PID=""
PG_DIRS=()

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  for dir in "${PG_DIRS[@]}"; do "$ROOT/scripts/postgres.sh" stop "$dir" || true; done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK and $MAIL_ROOT"; else rm -rf "$WORK"; if [ -z "${BENCH_MAIL_DIR:-}" ]; then rm -rf "$MAIL_ROOT"; fi; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo null; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# --- build (one at a time) ---------------------------------------------------------------------------------
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building the baselines (Release)"
  dotnet build "$BENCH/Bench.slnx" -c Release -nologo -v q -clp:ErrorsOnly >&2
  log "building Keel's Api (Release)"
  dotnet build "$ROOT/Api/Api.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
fi
if [ "${BENCH_NO_BUILD:-0}" != 1 ] && [[ " $SCENARIOS " == *" keel-inprocess "* ]]; then
  log "building bench/InProcess (Release)"
  dotnet build "$BENCH/InProcess/InProcess.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
fi
A_DIR="$BENCH/BaselineA/bin/Release/net10.0"
INPROC_DIR="$BENCH/InProcess/bin/Release/net10.0"
B_DIR="$BENCH/BaselineB/bin/Release/net10.0"
KEEL_DIR="$ROOT/Api/bin/Release/net10.0"

# The servers' token key, one per run: latency.py signs its admin token with it to read the mails.
SIGNING_KEY=$(openssl rand -base64 32)

# --- one server at a time ----------------------------------------------------------------------------------
# start_server NAME DIR DLL READY_PATH [VAR=VALUE...]: runs the dll from its folder (so its appsettings.json is
# the content root), waits until READY_PATH answers 200, and leaves SERVER_PID and URL set.
start_server() {
  local name=$1 dir=$2 dll=$3 ready=$4; shift 4
  local port; port=$(free_port $((18000 + RANDOM % 2000)))
  URL="http://127.0.0.1:$port"
  (cd "$dir" && exec env ASPNETCORE_URLS="$URL" ASPNETCORE_ENVIRONMENT=Production \
  Keel__Auth__SigningKey="$SIGNING_KEY" Keel__RateLimit__Enabled=false \
    Logging__LogLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 "$@" dotnet "$dll") \
    >"$WORK/$name.log" 2>&1 &
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

# CPU accounting, so a shared machine shows in the figures: clock ticks used by a process (and by a PostgreSQL
# server with its backends), and by the whole machine (all cores, busy = not idle, not iowait).
TICK=$(getconf CLK_TCK)
PATH="$PATH:$HOME/.dotnet/tools"   # dotnet-trace, when installed as a global tool
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local pm; pm=$(head -1 "${PG_DIR:-/nonexistent}/data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  local pid
  for pid in "$pm" $(pgrep -P "$pm"); do cat "/proc/$pid/stat" 2>/dev/null || true; done |
    awk '{t += $14 + $15} END {print t + 0}'
}
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
# The next transaction id PostgreSQL will assign: its difference over the load counts the transactions that wrote
# (read-only ones get no id), without the lag of the statistics views. "null" without a PostgreSQL.
pg_next_xid() {
  local port; port=$(sed -n 4p "${PG_DIR:-/nonexistent}/data/postmaster.pid" 2>/dev/null) || { echo null; return; }
  [ -n "$port" ] || { echo null; return; }
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -XAtc "SELECT pg_snapshot_xmax(pg_current_snapshot())" 2>/dev/null || echo null
}

# run_wrk SECONDS -> prints the BENCH_RESULT JSON; wrk's own CPU seconds (user + sys) go to $WORK/wrk.cpu
run_wrk() {
  local TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 5s -s "$BENCH/wrk/register.lua" "$URL" \
      >"$WORK/wrk.out" 2>&1; } 2>"$WORK/wrk.time" || true
  awk '{printf "%.2f", $1 + $2}' "$WORK/wrk.time" >"$WORK/wrk.cpu"
  sed -n 's/^BENCH_RESULT //p' "$WORK/wrk.out" | tail -1
}

# scenario NAME DIR DLL READY_PATH EVENT_LATENCY(0|1) [VAR=VALUE...]
scenario() {
  local name=$1 dir=$2 dll=$3 ready=$4 latency=$5; shift 5
  log "scenario $name"
  local profile=0
  if [ "${BENCH_PERF:-0}" = 1 ] && [[ "$name" == keel-* ]] && command -v perf >/dev/null; then
    # perf names JIT-compiled .NET frames from the runtime's perf map (needs W^X off to see them).
    profile=1; set -- "$@" DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
  fi
  if ! start_server "$name" "$dir" "$dll" "$ready" "$@"; then
    stop_server
    printf '{"name":"%s","error":"server did not start (see its log)"}\n' "$name" >"$OUT/$name.json"
    FAILED=1; return
  fi
  local idle warm load_result after lat="null" trace_note=""
  TRACE_PID=""
  sleep 1; idle=$(rss_kb "$SERVER_PID")
  log "warm-up ${WARMUP}s"; run_wrk "$WARMUP" >/dev/null
  warm=$(rss_kb "$SERVER_PID")
  if [ "${BENCH_TRACE:-0}" = 1 ] && [[ "$name" == keel-* ]] && command -v dotnet-trace >/dev/null; then
    local trace="$BENCH/results/$name.nettrace"
    ( sleep 3; timeout 20 dotnet-trace collect -p "$SERVER_PID" --profile dotnet-sampled-thread-time,gc-collect --duration 00:00:00:08 \
        -o "$trace" >"$WORK/trace-$name.log" 2>&1 || true ) &
    TRACE_PID=$!
    trace_note="$trace"
  fi
  if [ "$profile" = 1 ]; then
    local data="$WORK/$name.perf.data" summary="$BENCH/results/$name.perf.txt"
    [ "$SMOKE" = 1 ] && summary="$WORK/$name.perf.txt"   # a smoke run writes nothing into bench/results
    # No pipefail in here: head closing a report's pipe early is not a failure (with it, the summary stopped after
    # the first long report and its inclusive section was never written).
    ( set +o pipefail; sleep 3; timeout 30 perf record -F 499 -g -p "$SERVER_PID" -o "$data" -- sleep 10 >"$WORK/perf-record-$name.log" 2>&1 || true
      { echo "# perf record -F 499 -g, 10 s of $name under load (3 s into the measured load; the figures of this run are perturbed)"
        for sort in comm dso; do echo "## by $sort"; perf report -i "$data" --no-children --sort "$sort" -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -8; done
        echo "## hottest symbols (self)"; perf report -i "$data" --no-children --sort sym -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -40 | cut -c1-220
        echo "## Keel, Orleans, ASP.NET Core and MimeKit frames (inclusive)"
        perf report -i "$data" --children --sort sym -g none --stdio 2>/dev/null | grep -v '^#' | grep -E 'Keel|Orleans|MimeKit|AspNetCore|Npgsql' \
          | grep -v 'AsyncStateMachineBox' | head -60 | cut -c1-220
      } >"$summary" 2>&1 ) &
    TRACE_PID=$!
    trace_note="$summary"
  fi
  log "load ${DURATION}s: wrk -t$THREADS -c$CONNECTIONS"
  local s0 p0 m0 x0 s1 p1 m1 x1 cpu writes=null
  s0=$(proc_ticks "$SERVER_PID"); p0=$(pg_ticks); m0=$(machine_ticks); x0=$(pg_next_xid)
  # Half-way through the load: which processes use the CPU (names and pids, so others' work is visible).
  ( sleep $((DURATION / 2)); top -b -n2 -d1 -o %CPU -w 200 | awk '/^top -/ {n++}
      n == 2 && /^ *[0-9]+ / && $9 + 0 >= 5 {printf "%s%s (pid %s) %s%%", (k++ ? ", " : ""), $12, $1, $9}' \
      >"$WORK/busy.txt" ) &
  local top_pid=$!
  load_result=$(run_wrk "$DURATION")
  wait "$top_pid" 2>/dev/null || true
  s1=$(proc_ticks "$SERVER_PID"); p1=$(pg_ticks); m1=$(machine_ticks); x1=$(pg_next_xid)
  # Core-seconds during the load: the server, its PostgreSQL, wrk, and everything else on the machine.
  cpu=$(awk -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v m=$((m1 - m0)) -v w="$(cat "$WORK/wrk.cpu")" -v hz="$TICK" \
    -v cores="$(nproc)" -v d="$DURATION" 'BEGIN {
      o = m / hz - s / hz - p / hz - w; if (o < 0) o = 0
      printf "{\"server_s\":%.2f,\"postgres_s\":%.2f,\"wrk_s\":%.2f,\"machine_busy_s\":%.2f,\"other_s\":%.2f,\"available_s\":%.2f}",
        s / hz, p / hz, w, m / hz, o, cores * d }')
  if [ "$x0" != null ] && [ "$x1" != null ]; then writes=$((x1 - x0)); fi
  if [ -n "$TRACE_PID" ]; then wait "$TRACE_PID" 2>/dev/null || true; fi
  if [ "$profile" = 1 ] && ! grep -A1 '(inclusive)' "$trace_note" 2>/dev/null | grep -q '%'; then
    log "$name: the perf profile has no inclusive frames (see $trace_note)"; FAILED=1
  fi
  [ -n "$load_result" ] || { log "wrk printed no result:"; cat "$WORK/wrk.out" >&2; load_result=null; FAILED=1; }
  after=$(rss_kb "$SERVER_PID")
  local load_after; load_after=$(loadavg)
  if [ "$latency" = 1 ]; then
    sleep "$SETTLE"
    log "event latency: $LATENCY_N sequential registrations"
    # A section that cannot produce its figure fails the run: no result, or a mail that never came.
    if ! lat=$(BENCH_SIGNING_KEY="$SIGNING_KEY" python3 "$BENCH/latency.py" "$URL" "$LATENCY_N" 0.025 60); then
      log "$name: the event latency could not be measured"; lat=null; FAILED=1
    elif ! python3 -c 'import json, sys; r = json.loads(sys.argv[1]); sys.exit(0 if r["delivered"] == r["n"] and r["missing"] == 0 else 1)' "$lat"; then
      log "$name: the event latency run lost registrations or mails: $lat"; FAILED=1
    fi
  fi
  local final pid_of_server=$SERVER_PID; final=$(rss_kb "$SERVER_PID")
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then FAILED=1; fi
  stop_server
  cat >"$OUT/$name.json" <<JSON
{"name":"$name","wrk":$load_result,"latency":$lat,
 "rss_kb":{"idle":$idle,"after_warmup":$warm,"after_load":$after,"after_latency_probe":$final},
 "cpu":$cpu,"postgres_write_transactions":$writes,"busy_during":"$(cat "$WORK/busy.txt" 2>/dev/null)","server_pid":$pid_of_server,
 "load_after":"$load_after","trace":"$trace_note"}
JSON
  echo "  $name: $load_result" >&2
  echo "  $name CPU during the load (core-seconds): $cpu" >&2
  [ "$lat" = null ] || echo "  $name event latency: $lat" >&2
}

# A throwaway PostgreSQL per scenario (default durability settings), stopped again right after it.
start_postgres() {
  PG_DIR="$WORK/pg-$1"
  PG_DIRS+=("$PG_DIR")
  PG_CS=$("$ROOT/scripts/postgres.sh" start "$PG_DIR" "$(free_port $((56000 + RANDOM % 2000)))")
}

stop_postgres() { "$ROOT/scripts/postgres.sh" stop "$PG_DIR" || true; PG_DIR=""; }


# --- opt-in scenarios --------------------------------------------------------------------------------------
# keel-inprocess: one silo hosted in the bench process, a registration (with its welcome mail) vs a trivial grain call, no HTTP.
inprocess_scenario() {
  log "scenario keel-inprocess: ${INPROC_WARMUP}s warm-up + 3 x ${INPROC_SECONDS}s per benchmark, 64 concurrent calls"
  local line
  (cd "$INPROC_DIR" && DOTNET_CLI_TELEMETRY_OPTOUT=1 timeout $((12 * INPROC_SECONDS + 3 * INPROC_WARMUP + 150)) \
    dotnet Keel.Bench.InProcess.dll "$INPROC_SECONDS" "$INPROC_WARMUP" 64 3) >"$WORK/keel-inprocess.log" 2>&1 || true
  line=$(sed -n 's/^BENCH_INPROC //p' "$WORK/keel-inprocess.log" | tail -1)
  if [ -z "$line" ]; then
    log "keel-inprocess printed no result; its log:"; tail -30 "$WORK/keel-inprocess.log" >&2
    FAILED=1; return
  fi
  echo "$line" >"$EXTRA/inprocess.json"
  grep -E 'repetition|register /|allocated per call|managed heap' "$WORK/keel-inprocess.log" | sed 's/^/  /' >&2
}

# register_users COUNT: about COUNT new users through wrk (register_n.lua), bounded by FILL_BOUND seconds; prints
# how many were answered 2xx.
register_users() {
  local count=$1 quota_dir="$WORK/quota.$RANDOM" per_thread pid i
  per_thread=$(( (count + THREADS - 1) / THREADS ))
  mkdir -p "$quota_dir"
  BENCH_QUOTA=$per_thread BENCH_QUOTA_DIR="$quota_dir" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${FILL_BOUND}s" \
    --timeout 5s -s "$BENCH/wrk/register_n.lua" "$URL" >"$WORK/fill.out" 2>&1 &
  pid=$!
  # wrk waits out -d even when every thread reached its quota: stop it (SIGINT, it still prints its summary).
  for ((i = 0; i < FILL_BOUND * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    [ "$(find "$quota_dir" -name 'done-*' | wc -l)" -ge "$THREADS" ] && { kill -INT "$pid" 2>/dev/null || true; break; }
    sleep 0.1
  done
  wait "$pid" 2>/dev/null || true
  rm -rf "$quota_dir"
  answered_2xx "$(sed -n 's/^BENCH_RESULT //p' "$WORK/fill.out" | tail -1)"
}

# answered_2xx RESULT: the 2xx answers in one BENCH_RESULT line (0 when there is none): each registered a user.
answered_2xx() {
  python3 -c 'import json, sys; r = json.loads(sys.argv[1] or "null"); print(r["requests"] - r["non2xx"] if r else 0)' "$1" \
    2>/dev/null || echo 0
}

# keel-memory-growth: one Keel memory-mode process; RSS idle and after registering users up to each point of
# GROWTH_POINTS (after MEM_SETTLE s of quiet), and at each point a GROWTH_WINDOW s wrk window (which registers more).
growth_scenario() {
  local name=keel-memory-growth
  log "scenario $name: points $GROWTH_POINTS, ${GROWTH_WINDOW}s windows"
  if ! start_server "$name" "$KEEL_DIR" Keel.Api.dll /health \
      Keel__Storage=Memory Keel__SiloPort="$(free_port 21311)" Keel__GatewayPort="$(free_port 31200)" \
      Keel__Mail__PickupDirectory="$MAIL_ROOT/mail-growth"; then
    stop_server; FAILED=1; return
  fi
  sleep "$MEM_SETTLE"
  local idle total=0 target added rss window points="" t0 s0 s1 pid=$SERVER_PID
  idle=$(rss_kb "$SERVER_PID")
  log "warm-up ${GROWTH_WARMUP}s (its registrations count)"
  window=$(run_wrk "$GROWTH_WARMUP")
  total=$(answered_2xx "$window")
  for target in $GROWTH_POINTS; do
    if [ "$total" -lt "$target" ]; then
      t0=$SECONDS
      log "registering $((target - total)) users (now $total)"
      added=$(register_users $((target - total)))
      total=$((total + added))
      log "  $total registered ($((SECONDS - t0)) s)"
    fi
    sleep "$MEM_SETTLE"
    rss=$(rss_kb "$SERVER_PID")
    s0=$(proc_ticks "$SERVER_PID")
    window=$(run_wrk "$GROWTH_WINDOW")
    s1=$(proc_ticks "$SERVER_PID")
    [ -n "$window" ] || { log "wrk printed no result"; window=null; FAILED=1; }
    echo "  after $total users: RSS $((rss / 1024)) MiB, window: $window" >&2
    points="$points${points:+,}{\"users_before\":$total,\"rss_kb\":$rss,\"server_cpu_s\":$(awk -v t=$((s1 - s0)) -v hz="$TICK" 'BEGIN {printf "%.2f", t / hz}'),\"wrk\":$window}"
    added=$(answered_2xx "$window")
    total=$((total + added))
  done
  sleep "$MEM_SETTLE"
  local final; final=$(rss_kb "$SERVER_PID")
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then FAILED=1; fi
  stop_server
  cat >"$EXTRA/growth.json" <<JSON
{"name":"$name","server_pid":$pid,"settle_s":$MEM_SETTLE,"window_s":$GROWTH_WINDOW,"connections":$CONNECTIONS,
 "rss_kb_idle":$idle,"points":[$points],"users_final":$total,"rss_kb_final":$final}
JSON
}

FAILED=0
export BENCH_STARTED; BENCH_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
export BENCH_LOAD_BEFORE; BENCH_LOAD_BEFORE=$(loadavg)
export BENCH_BUSY_BEFORE
# What else was using the CPU (over one second) just before the run: the machine may be shared.
BENCH_BUSY_BEFORE=$(top -b -n2 -d1 -o %CPU -w 200 | awk '/^top -/ {n++} n == 2 && /^ *[0-9]+ / && $9 + 0 >= 5 {printf "%s%s (pid %s) %s%%", (k++ ? ", " : ""), $12, $1, $9}')
BENCH_BUSY_BEFORE=${BENCH_BUSY_BEFORE:-nothing above 5 % CPU}

for s in $SCENARIOS; do
  case "$s" in
    baseline-a)
      scenario baseline-a "$A_DIR" Keel.Bench.BaselineA.dll /alive 0 ;;
    keel-memory)
      scenario keel-memory "$KEEL_DIR" Keel.Api.dll /health 1 \
        Keel__Storage=Memory Keel__SiloPort="$(free_port 21111)" Keel__GatewayPort="$(free_port 31000)" \
        Keel__Mail__PickupDirectory="$MAIL_ROOT/mail-memory" ;;
    baseline-b)
      start_postgres b
      scenario baseline-b "$B_DIR" Keel.Bench.BaselineB.dll /alive 0 ConnectionStrings__Postgres="$PG_CS"
      stop_postgres ;;
    keel-postgres-idempotent)
      # The same as keel-postgres, each registration with its own Idempotency-Key (issue 18: beside B too).
      start_postgres keel-idem
      BENCH_IDEMPOTENCY_KEY=1 scenario keel-postgres-idempotent "$KEEL_DIR" Keel.Api.dll /health 0 \
        Keel__Storage=Postgres ConnectionStrings__Postgres="$PG_CS" \
        Keel__SiloPort="$(free_port 21311)" Keel__GatewayPort="$(free_port 31200)" \
        Keel__Mail__PickupDirectory="$MAIL_ROOT/mail-postgres-idempotent"
      stop_postgres ;;
    keel-postgres)
      start_postgres keel
      scenario keel-postgres "$KEEL_DIR" Keel.Api.dll /health 1 \
        Keel__Storage=Postgres ConnectionStrings__Postgres="$PG_CS" \
        Keel__SiloPort="$(free_port 21211)" Keel__GatewayPort="$(free_port 31100)" \
        Keel__Mail__PickupDirectory="$MAIL_ROOT/mail-postgres"
      stop_postgres ;;
    keel-inprocess) inprocess_scenario ;;
    keel-memory-growth) growth_scenario ;;
    *) echo "unknown scenario: $s" >&2; exit 2 ;;
  esac
done

export BENCH_COMMAND="$COMMAND" BENCH_SMOKE="$SMOKE" BENCH_DURATION="$DURATION" BENCH_WARMUP="$WARMUP" \
  BENCH_CONNECTIONS="$CONNECTIONS" BENCH_THREADS="$THREADS" BENCH_LATENCY_N="$LATENCY_N"
BENCH_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain -- Api Silo Grains Grains.Interfaces Domain bench 2>/dev/null)" ] \
  || BENCH_COMMIT="$BENCH_COMMIT (with uncommitted changes)"
export BENCH_COMMIT
RESULTS="$BENCH/results"
[ "$SMOKE" = 1 ] && RESULTS="$WORK/smoke-results"
if [ -n "$(ls -A "$OUT")" ]; then python3 "$BENCH/report.py" "$OUT" "$RESULTS"; fi
if [ -n "$(ls -A "$EXTRA")" ]; then python3 "$BENCH/report_extra.py" "$EXTRA" "$RESULTS"; fi
[ "$SMOKE" = 1 ] && log "smoke run: results not written to bench/results"
if [ "$FAILED" = 1 ]; then log "a scenario failed (see above)"; exit 1; fi
