#!/usr/bin/env bash
# Where memory-mode throughput bends with the number of users: one Keel Api process (memory mode, Release build),
# a perf CPU profile under load near the start (~40k users) and again after ~1M registrations, and the frames whose
# share grew the most. Writes bench/results/growth-profile.txt. About 5 minutes. Needs perf and wrk.
#   bench/profile-growth.sh            (build first: dotnet build Api/Api.csproj -c Release)
# Environment: PROFILE_FILL_SECONDS (210: the load that registers ~1M users at ~5k/s).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
FILL=${PROFILE_FILL_SECONDS:-210}
for tool in perf wrk curl python3 dotnet; do command -v "$tool" >/dev/null || { echo "profile-growth: $tool is required" >&2; exit 1; }; done
[ -f "$ROOT/Api/bin/Release/net10.0/Keel.Api.dll" ] || { echo "profile-growth: build Api in Release first" >&2; exit 1; }
WORK=$(mktemp -d /tmp/keel-growth-profile.XXXXXX)
MAIL=$(mktemp -d /dev/shm/keel-growth-mail.XXXXXX 2>/dev/null || mktemp -d "$WORK/mail.XXXXXX")
free_port() { local port=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done; echo "$port"; }
PORT=$(free_port 18600); URL="http://127.0.0.1:$PORT"
(cd "$ROOT/Api/bin/Release/net10.0" && exec env ASPNETCORE_URLS="$URL" ASPNETCORE_ENVIRONMENT=Production \
  Keel__Auth__SigningKey="$(openssl rand -base64 32)" Keel__RateLimit__Enabled=false \
  Logging__LogLevel__Default=Warning DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 Keel__Storage=Memory \
  Keel__SiloPort="$(free_port 21600)" Keel__GatewayPort="$(free_port 31600)" Keel__Mail__PickupDirectory="$MAIL" \
  dotnet Keel.Api.dll) >"$WORK/api.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK" "$MAIL"' EXIT
for _ in $(seq 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/health" || true)" = 200 ] && break; sleep 0.2; done
load() { wrk -t2 -c64 -d"$1"s -s "$BENCH/wrk/register.lua" "$URL" | sed -n 's/^BENCH_RESULT //p'; }
profile() { # profile NAME: a 15 s load, perf for 10 s of it
  load 15 >"$WORK/$1.json" & local w=$!
  sleep 3; perf record -F 499 -g -p "$PID" -o "$WORK/$1.data" -- sleep 10 >/dev/null 2>&1; wait $w
}
echo "warm-up 10 s" >&2; load 10 >/dev/null
echo "profile near the start" >&2; profile early
echo "registering for ${FILL}s" >&2; load "$FILL" >"$WORK/fill.json"
sleep 5
echo "profile after the fill" >&2; profile late
RSS=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$PID/status")
for n in early late; do
  perf report -i "$WORK/$n.data" --no-children --sort comm -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' >"$WORK/$n.comm" || true
  perf report -i "$WORK/$n.data" --no-children --sort dso -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' >"$WORK/$n.dso" || true
  perf report -i "$WORK/$n.data" --no-children --sort sym -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' >"$WORK/$n.sym" || true
done
python3 - "$WORK" "$RSS" >"$BENCH/results/growth-profile.txt" <<'PY'
import json, sys
work, rss = sys.argv[1], sys.argv[2]
def shares(path):
    out = {}
    for line in open(path):
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[0].endswith('%'):
            out[parts[1].strip()[:160]] = float(parts[0][:-1])
    return out
def result(name):
    try: return json.load(open(f"{work}/{name}.json"))
    except Exception: return {}
early, fill, late = result("early"), result("fill"), result("late")
print("# Keel memory mode: perf profile near the start and after ~1M registrations (bench/profile-growth.sh)")
print(f"early load: {early.get('rps', 0):,.0f} req/s; fill: {fill.get('requests', 0):,} registrations at {fill.get('rps', 0):,.0f} req/s; "
      f"late load: {late.get('rps', 0):,.0f} req/s; RSS after: {rss} MiB (figures under the profiler)")
for kind in ("comm", "dso", "sym"):
    a, b = shares(f"{work}/early.{kind}"), shares(f"{work}/late.{kind}")
    keys = sorted(set(a) | set(b), key=lambda k: b.get(k, 0) - a.get(k, 0), reverse=True)
    print(f"\n## by {kind}: share of samples early -> late" + (" (the 25 that grew most)" if kind == "sym" else ""))
    for k in (keys[:25] if kind == "sym" else sorted(keys, key=lambda k: -b.get(k, 0))[:8]):
        print(f"{a.get(k, 0):6.2f}% -> {b.get(k, 0):6.2f}%  {k}")
PY
cat "$BENCH/results/growth-profile.txt"
