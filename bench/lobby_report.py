#!/usr/bin/env python3
"""bench/lobby.sh's report: reads WORK/<scenario>.json, writes PREFIX.json (raw figures, machine, parameters) and
PREFIX.txt (tables). Usage: lobby_report.py WORK PREFIX"""
import json
import os
import platform
import re
import subprocess
import sys

work, prefix = sys.argv[1], sys.argv[2]
scenarios = os.environ.get("SCENARIOS", "baseline keel-memory keel-postgres").split()
names = {"baseline": "Baseline (bench/BaselineSse)", "keel-memory": "Keel, memory", "keel-postgres": "Keel, PostgreSQL"}


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:  # noqa: BLE001 - a missing tool leaves a blank
        return ""


cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
mem_kb = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1))
machine = {
    "nproc": os.cpu_count(),
    "cpu": cpu.group(1) if cpu else "unknown",
    "ram_gib": round(mem_kb / 1048576, 1),
    "kernel": platform.release(),
    "os": sh(". /etc/os-release && echo $PRETTY_NAME"),
    "dotnet_sdk": sh("dotnet --version"),
    "dotnet_runtime": sh("dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}'"),
    "postgresql": sh("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres --version"),
    "virtualization": sh("systemd-detect-virt 2>/dev/null"),
}
data = {s: json.load(open(os.path.join(work, s + ".json"))) for s in scenarios if os.path.exists(os.path.join(work, s + ".json"))}
report = {
    "started": os.environ.get("BENCH_STARTED"), "command": os.environ.get("COMMAND"), "commit": os.environ.get("COMMIT"),
    "load_before": os.environ.get("LOAD_BEFORE"), "load_after": os.environ.get("LOAD_AFTER"),
    "busy_before": os.environ.get("BUSY_BEFORE"), "machine": machine, "scenarios": data,
}
json.dump(report, open(prefix + ".json", "w"), indent=1)


def f(v, digits=2):
    if v is None:
        return "–"
    return f"{v:,.{digits}f}"


def ratio(a, b):
    return "–" if a is None or b in (None, 0) else f"{a / b:.1f}×"


out = []
w = out.append
w(f"Lobby realtime benchmark, {report['started']}, commit {report['commit']}")
w(f"Command: {report['command']}")
w(f"Machine: {machine['nproc']} cores ({machine['cpu']}, {machine['virtualization'] or 'bare metal?'}), {machine['ram_gib']} GiB, "
  f"{machine['os']}, kernel {machine['kernel']}, .NET SDK {machine['dotnet_sdk']} (runtime {machine['dotnet_runtime']}), {machine['postgresql']}")
w(f"Load average before: {report['load_before']}, after: {report['load_after']}; above 5 % CPU just before: {report['busy_before']}")
w("Client (bench/Lobby) and server share the machine; everything on 127.0.0.1.")
w("")

fan = {s: d.get("fanout") for s, d in data.items()}
first = next((v for v in fan.values() if v and "players" in v), None)


def fan_rows(phase):
    w("| server | joins | deliveries | missing | p50 | p90 | p99 | max | every watcher p50 / p99 | POST answered p50 / p99 | "
      "answered → watcher p10 / p50 / p90 | leave p50 / p99 | cycles/s | server CPU ms per cycle (above quiet) | messages read per cycle | failed commands |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s, v in fan.items():
        if not v or phase not in v:
            w(f"| {names.get(s, s)} | error: {(v or {}).get('error', data[s].get('error', 'no result'))} |")
            continue
        v = v[phase]
        d, a, p, r, l = (v[k] for k in ("join_to_watcher_ms", "join_to_all_watchers_ms", "join_post_response_ms",
                                        "join_answered_to_watcher_ms", "leave_to_watcher_ms"))
        w(f"| {names.get(s, s)} | {v['joins']:,} | {d['n']:,} | {v['missing_deliveries']} | {f(d['p50'])} | {f(d['p90'])} | {f(d['p99'])} | {f(d['max'])} | "
          f"{f(a['p50'])} / {f(a['p99'])} | {f(p['p50'])} / {f(p['p99'])} | {f(r.get('p10'))} / {f(r['p50'])} / {f(r['p90'])} | {f(l['p50'])} / {f(l['p99'])} | "
          f"{f(v['joins_per_s'], 1)} | {f(v['server_cpu_ms_per_cycle'], 3)} ({f(v.get('server_cpu_ms_per_cycle_above_quiet'), 3)}) | {f(v['messages_per_cycle'], 1)} | {v['failed_commands']} |")
    base = fan.get("baseline")
    if base and phase in base:
        b = base[phase]
        w("")
        w("| Keel / baseline | p50 | p99 | every watcher p99 | server CPU per cycle | above quiet |")
        w("|---|---:|---:|---:|---:|---:|")
        for s in ("keel-memory", "keel-postgres"):
            v = (fan.get(s) or {}).get(phase)
            if v:
                w(f"| {names[s]} | {ratio(v['join_to_watcher_ms']['p50'], b['join_to_watcher_ms']['p50'])} | "
                  f"{ratio(v['join_to_watcher_ms']['p99'], b['join_to_watcher_ms']['p99'])} | "
                  f"{ratio(v['join_to_all_watchers_ms']['p99'], b['join_to_all_watchers_ms']['p99'])} | "
                  f"{ratio(v['server_cpu_ms_per_cycle'], b['server_cpu_ms_per_cycle'])} | "
                  f"{ratio(v.get('server_cpu_ms_per_cycle_above_quiet'), b.get('server_cpu_ms_per_cycle_above_quiet'))} |")
    w("")


if first:
    w(f"## Fan-out: {first['players']} players connected (Server-Sent Events) in {first['rooms']} rooms of 4 seats, 3 seated in each")
    w("##   (the 4th connected, in no room). A cycle in a room: the seated one of players 2 and 3 leaves, the other joins.")
    w(f"##   After {first['warmup_cycles']} warm-up cycles, each join is measured from just before its POST to its player-joined")
    w("##   message read at each of the 2 players seated throughout (one delivery each), in ms")
    w("")
    w("Server CPU with every player connected and nothing sent (a settle, then as long again, before the measures), in cores: "
      + ", ".join(f"{names.get(s, s)} {f(v.get('quiet_server_cpu_cores'), 3)}" for s, v in fan.items() if v and "players" in v))
    w("")
    w(f"### {first['concurrency']} rooms cycling at once")
    w("")
    fan_rows("loaded")
    w("### One room at a time")
    w("")
    fan_rows("sequential")

idle = {s: d.get("idle") for s, d in data.items()}
if any(v and "steps" in v for v in idle.values()):
    w("## Idle connections: players seated 3 to a 4-seat room, then each opens one Server-Sent Events connection and waits;")
    w("##   measured after a settle and a full collection (dotnet-gcdump). Per connection: growth across the connecting")
    w("##   steps / connections; per seated player: growth across the seating steps (the player's and room's state)")
    w("")
    w("| server | connections | RSS at start MiB | RSS before MiB | RSS after MiB | heap before MiB | heap after MiB | heap bytes per connection | heap bytes per seated player | RSS bytes per connection | RSS bytes per seated player | RSS bytes per player, seated + connected | descriptors |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s, v in idle.items():
        if not v or "steps" not in v:
            w(f"| {names.get(s, s)} | error: {(v or {}).get('error', 'no result')} |")
            continue
        for step in v["steps"]:
            mib = lambda b: None if b is None else b / 1048576  # noqa: E731
            w(f"| {names.get(s, s)} | {step['connections']:,} | {f(data[s].get('rss_kb_at_start', 0) / 1024, 0)} | "
              f"{f(v['before']['rss_kb_after_full_gc'] / 1024, 0)} | {f(step['connected']['rss_kb_after_full_gc'] / 1024, 0)} | "
              f"{f(mib(v['before']['heap_bytes']), 1)} | {f(mib(step['connected']['heap_bytes']), 1)} | "
              f"{f(step['heap_bytes_per_connection'], 0)} | {f(step['heap_bytes_per_seated_player'], 0)} | "
              f"{f(step['rss_bytes_per_connection'], 0)} | {f(step['rss_bytes_per_seated_player'], 0)} | "
              f"{f(step['rss_bytes_per_player_overall'], 0)} | {step['connected']['descriptors']:,} |")
    w("")
    for s, v in idle.items():
        if v and "steps" in v and v["steps"][-1].get("heap_types_per_connection"):
            step = v["steps"][-1]
            w(f"Live heap growth per connection, {names.get(s, s)}, last connecting step, by assembly (bytes, objects):")
            for t in step.get("heap_assemblies_per_connection") or []:
                w(f"  {t['bytes']:>9,.1f}  {t['objects']:>6.2f}  {t['assembly']}")
            w("  largest types (bytes, objects):")
            for t in step["heap_types_per_connection"][:20]:
                w(f"  {t['bytes']:>9,.1f}  {t['objects']:>6.2f}  {t['type'][:160]}")
            w("")

open(prefix + ".txt", "w").write("\n".join(out) + "\n")
