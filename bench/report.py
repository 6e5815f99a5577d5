#!/usr/bin/env python3
"""Writes bench/results/latest.md and latest.json from the per-scenario JSON files run.sh leaves behind.
Usage: report.py SCENARIO_DIR OUT_DIR   (run parameters come from BENCH_* environment variables set by run.sh)
"""
import json
import os
import subprocess
import sys
from datetime import datetime, timezone

ORDER = ["baseline-a", "keel-memory", "baseline-b", "keel-postgres", "keel-postgres-idempotent"]
LABELS = {
    "baseline-a": "Baseline A: bare ASP.NET Core minimal API (no storage)",
    "keel-memory": "Keel, memory mode (default)",
    "baseline-b": "Baseline B: ASP.NET Core + Npgsql, user + outbox row, 1 tx, 1 batched round trip",
    "keel-postgres": "Keel, PostgreSQL mode",
    "keel-postgres-idempotent": "Keel, PostgreSQL mode, an Idempotency-Key on every request",
}


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip("\n").rstrip()
    except (OSError, subprocess.SubprocessError) as e:
        return f"({e})"


def machine():
    model = sh("lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1")
    return {
        "nproc": sh("nproc"),
        "cpu_model": model,
        "free_g": sh("free -g"),
        "kernel": sh("uname -sr"),
        "os": sh(". /etc/os-release && echo \"$PRETTY_NAME\""),
        "dotnet_sdk": sh("dotnet --version"),
        "dotnet_runtimes": sh("dotnet --list-runtimes | grep -E 'NETCore|AspNetCore' | awk '{print $1\" \"$2}'"),
        "wrk": sh("wrk --version 2>&1 | head -1"),
        "postgres": sh('"$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/postgres" --version'),
    }


def f(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, (int, float)):
        return f"{value:,.{digits}f}"
    return str(value)


def mib(kb):
    return "–" if kb is None else f"{kb / 1024:,.0f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def verdict(ok):
    return "–" if ok is None else ("met" if ok else "MISSED")


def main():
    src, out = sys.argv[1], sys.argv[2]
    runs = {}
    for name in ORDER:
        path = os.path.join(src, name + ".json")
        if os.path.exists(path):
            with open(path) as fh:
                runs[name] = json.load(fh)
    params = {
        "command": os.environ.get("BENCH_COMMAND", "bench/run.sh"),
        "smoke": os.environ.get("BENCH_SMOKE") == "1",
        "duration_s": int(os.environ.get("BENCH_DURATION", "15")),
        "warmup_s": int(os.environ.get("BENCH_WARMUP", "5")),
        "connections": int(os.environ.get("BENCH_CONNECTIONS", "64")),
        "threads": int(os.environ.get("BENCH_THREADS", "2")),
        "latency_n": int(os.environ.get("BENCH_LATENCY_N", "200")),
        "commit": os.environ.get("BENCH_COMMIT", ""),
        "started_utc": os.environ.get("BENCH_STARTED", ""),
        "finished_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "load_before": os.environ.get("BENCH_LOAD_BEFORE", ""),
        "busy_before": os.environ.get("BENCH_BUSY_BEFORE", ""),
    }
    m = machine()

    def w(name, key):
        return (runs.get(name, {}).get("wrk") or {}).get(key)

    def lat(name, key):
        return (runs.get(name, {}).get("latency") or {}).get(key)

    # Issue 18's targets.
    targets = []

    def target(label, value, unit, ok):
        targets.append((label, f(value) + unit, None if value is None else ok(value)))

    r_mem = ratio(w("keel-memory", "rps"), w("baseline-a", "rps"))
    target("Keel memory ≥ 25 % of baseline A req/s", r_mem and r_mem * 100, " %", lambda v: v >= 25)
    target("Keel memory p99 < 20 ms at 64 connections", w("keel-memory", "p99_ms"), " ms", lambda v: v < 20)
    r_pg = ratio(w("keel-postgres", "rps"), w("baseline-b", "rps"))
    target("Keel PostgreSQL ≥ 110 % of baseline B req/s", r_pg and r_pg * 100, " %", lambda v: v >= 110)
    r_key = ratio(w("keel-postgres-idempotent", "rps"), w("baseline-b", "rps"))
    target("Keel PostgreSQL with an Idempotency-Key ≥ 100 % of baseline B req/s", r_key and r_key * 100, " %",
           lambda v: v >= 100)
    p99_b = w("baseline-b", "p99_ms")
    target("Keel PostgreSQL p99 < 30 ms at 64 connections and below B's", w("keel-postgres", "p99_ms"), " ms",
           lambda v: v < 30 and (p99_b is None or v < p99_b))
    for name, limit, label in [("keel-memory", 10, "memory"), ("keel-postgres", 25, "PostgreSQL")]:
        p99 = lat(name, "p99_ms")
        missing = lat(name, "missing")
        ok = None if p99 is None else (p99 < limit and not missing)
        targets.append((f"Event latency p99 < {limit} ms ({label})",
                        f(p99) + " ms" + (f", {missing} mails missing" if missing else ""), ok))

    lines = []
    lines.append(f"# Keel benchmark results{' (SMOKE run: 2 s per scenario, figures are not meaningful)' if params['smoke'] else ''}")
    lines.append("")
    lines.append(f"- Command: `{params['command']}`")
    lines.append(f"- Commit: `{params['commit']}`; started {params['started_utc']}, finished {params['finished_utc']}")
    lines.append(f"- Load: wrk, {params['threads']} threads, {params['connections']} connections, "
                 f"{params['duration_s']} s measured after a {params['warmup_s']} s warm-up, "
                 "POST /api/v1/users with a unique address per request, all on 127.0.0.1")
    lines.append(f"- Machine: {m['nproc']} cores ({m['cpu_model']}), {m['kernel']}, {m['os']}; "
                 f"dotnet SDK {m['dotnet_sdk']}; {m['wrk']}; {m['postgres']}")
    lines.append(f"- Load average before the run: {params['load_before']}; "
                 "wrk, the server and PostgreSQL share the same cores")
    if params["busy_before"]:
        lines.append(f"- Processes using ≥ 5 % CPU just before the run (other work on a shared machine): {params['busy_before']}")
    lines.append("")
    lines.append("## Throughput and latency")
    lines.append("")
    lines.append("| scenario | req/s | p50 ms | p99 ms | max ms | non-2xx | socket errors | RSS idle MiB | RSS after load MiB | load avg after |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for name in ORDER:
        r = runs.get(name)
        if r is None:
            continue
        wr = r.get("wrk") or {}
        rss = r.get("rss_kb") or {}
        lines.append(f"| {LABELS[name]} | {f(wr.get('rps'), 0)} | {f(wr.get('p50_ms'), 2)} | {f(wr.get('p99_ms'), 2)} | "
                     f"{f(wr.get('max_ms'), 1)} | {f(wr.get('non2xx'), 0)} | {f(wr.get('socket_errors'), 0)} | "
                     f"{mib(rss.get('idle'))} | {mib(rss.get('after_load'))} | {r.get('load_after', '')} |"
                     + (f" **failed: {r['error']}**" if r.get("error") else ""))
    lines.append("")
    lines.append("CPU during the measured load, in core-seconds (the machine has "
                 f"{m['nproc']} cores × {params['duration_s']} s available). \"Other\" is everything that was neither "
                 "the server, its PostgreSQL nor wrk: other people's work on a shared machine. CPU per request is "
                 "the server's plus its PostgreSQL's, and moves less with sharing than req/s does.")
    lines.append("")
    lines.append("| scenario | server | PostgreSQL | wrk | other | machine busy / available | CPU ms per request | PostgreSQL write transactions per request |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in ORDER:
        r = runs.get(name)
        if r is None or not r.get("cpu"):
            continue
        c, wr = r["cpu"], r.get("wrk") or {}
        per = None
        if wr.get("requests"):
            per = (c["server_s"] + c["postgres_s"]) * 1000 / wr["requests"]
        writes = r.get("postgres_write_transactions")
        tx = writes / wr["requests"] if writes is not None and wr.get("requests") else None
        lines.append(f"| {LABELS[name]} | {f(c['server_s'])} | {f(c['postgres_s'])} | {f(c['wrk_s'])} | "
                     f"{f(c['other_s'])} | {f(c['machine_busy_s'])} / {f(c['available_s'])} | {f(per, 3)} | {f(tx, 2)} |")
    lines.append("")
    lines.append("Processes at ≥ 5 % CPU half-way through each load (top, over one second; the server's pid is given):")
    lines.append("")
    for name in ORDER:
        r = runs.get(name)
        if r is not None and "busy_during" in r:
            lines.append(f"- {LABELS[name]} (server pid {r.get('server_pid')}): {r['busy_during'] or '–'}")
    lines.append("")
    lines.append("## Keel beside its baseline")
    lines.append("")
    lines.append("| comparison | Keel req/s | baseline req/s | ratio | Keel p99 ms | baseline p99 ms |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    for keel, base, label in [("keel-memory", "baseline-a", "Keel memory / A"), ("keel-postgres", "baseline-b", "Keel PostgreSQL / B"),
                              ("keel-postgres-idempotent", "baseline-b", "Keel PostgreSQL, Idempotency-Key / B")]:
        if keel not in runs:
            continue
        rr = ratio(w(keel, "rps"), w(base, "rps"))
        lines.append(f"| {label} | {f(w(keel, 'rps'), 0)} | {f(w(base, 'rps'), 0)} | {f(rr and rr * 100)} % | "
                     f"{f(w(keel, 'p99_ms'), 2)} | {f(w(base, 'p99_ms'), 2)} |")
    lines.append("")
    lines.append(f"## Event latency (welcome mail sentAt − registeredAt, {params['latency_n']} sequential registrations after the load)")
    lines.append("")
    lines.append("| mode | delivered / registered | p50 ms | p99 ms | max ms |")
    lines.append("|---|---:|---:|---:|---:|")
    for name in ["keel-memory", "keel-postgres"]:
        l = (runs.get(name) or {}).get("latency")
        if l:
            lines.append(f"| {LABELS[name]} | {l['delivered']} / {l['registered']} | {f(l['p50_ms'], 1)} | "
                         f"{f(l['p99_ms'], 1)} | {f(l['max_ms'], 1)} |")
    lines.append("")
    lines.append("## Targets")
    lines.append("")
    lines.append("| target | measured | verdict |")
    lines.append("|---|---:|---|")
    for label, measured, ok in targets:
        lines.append(f"| {label} | {measured} | {verdict(ok)} |")
    lines.append("")
    lines.append("<details><summary>free -g</summary>")
    lines.append("")
    lines.append("```")
    lines.append(m["free_g"])
    lines.append("```")
    lines.append("")
    lines.append("Runtimes: " + m["dotnet_runtimes"].replace("\n", "; "))
    lines.append("</details>")
    text = "\n".join(lines) + "\n"

    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "latest.md"), "w") as fh:
        fh.write(text)
    with open(os.path.join(out, "latest.json"), "w") as fh:
        json.dump({"params": params, "machine": m, "scenarios": runs,
                   "targets": [{"target": t, "measured": v, "met": ok} for t, v, ok in targets]}, fh, indent=2)
        fh.write("\n")
    print(text)


if __name__ == "__main__":
    main()
