#!/usr/bin/env bash
# Where an in-process registration's bytes go, by call path: runs bench/InProcess (one silo in the process, no HTTP),
# takes a dotnet-trace of the runtime's allocation ticks while the register benchmark runs, and sums them by type and
# call path (bench/AllocationStacks). Needs dotnet-trace (`dotnet tool install -g dotnet-trace`).
#   bench/alloc-stacks.sh [frames per path (5)]      output: bench/results/alloc-stacks.txt
#   ALLOC_KEEP=1 keeps the work folder (the trace, to read again with bench/AllocationStacks).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRACE_TOOL=$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")
[ -x "$TRACE_TOOL" ] || { echo "dotnet-trace is missing: dotnet tool install -g dotnet-trace" >&2; exit 1; }
WORK=$(mktemp -d); trap 'kill "${PID:-0}" 2>/dev/null || true; [ -n "${ALLOC_KEEP:-}" ] && echo "kept: $WORK" >&2 || rm -rf "$WORK"' EXIT
dotnet build -c Release "$ROOT/bench/InProcess" -o "$WORK/inprocess" >"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log" >&2; exit 1; }
dotnet build -c Release "$ROOT/bench/AllocationStacks" -o "$WORK/stacks" >>"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log" >&2; exit 1; }
# 5 s repetitions after a 3 s warm-up; the trace takes 5 s of the register benchmark, which follows echo and fresh.
(cd "$WORK/inprocess" && exec timeout 300 dotnet Keel.Bench.InProcess.dll 5 3 64 2 2000) >"$WORK/inprocess.log" 2>&1 &
PID=$!
for _ in $(seq 240); do grep -q "orleans-fresh-activation:" "$WORK/inprocess.log" && break; sleep 0.5; done
grep -q "orleans-fresh-activation:" "$WORK/inprocess.log" || { echo "the register benchmark did not start; its log:" >&2; tail -20 "$WORK/inprocess.log" >&2; exit 1; }
sleep 4   # the register benchmark's warm-up
DOTNET_PID=$(pgrep -P "$PID" dotnet | head -1)   # timeout's child
"$TRACE_TOOL" collect -p "$DOTNET_PID" --providers "Microsoft-Windows-DotNETRuntime:0x1:5" --duration 00:00:00:05 -o "$WORK/alloc.nettrace" >"$WORK/trace.log" 2>&1 \
  || { tail -20 "$WORK/trace.log" >&2; exit 1; }
wait "$PID"
OUT="$ROOT/bench/results/alloc-stacks.txt"
{   # written whole or not at all: a section that fails leaves the previous figures, and the run fails
  echo "# bench/alloc-stacks.sh at $(git -C "$ROOT" rev-parse --short HEAD), $(date -u +%FT%TZ), $(nproc) cores"
  grep -E "bytes allocated per call|keel-register repetition" "$WORK/inprocess.log"
  dotnet "$WORK/stacks/Keel.Bench.AllocationStacks.dll" "$WORK/alloc.nettrace" "${1:-5}" 40
} >"$WORK/out.txt"
mv "$WORK/out.txt" "$OUT"
echo "written: $OUT" >&2
