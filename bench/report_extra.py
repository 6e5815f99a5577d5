#!/usr/bin/env python3
"""Writes bench/results/extra.md and extra.json from the opt-in scenarios (keel-inprocess, keel-memory-growth)."""
import json
import os
import sys


def mib(kb):
    return kb / 1024


def main():
    src, out = sys.argv[1], sys.argv[2]
    data = {
        "command": os.environ.get("BENCH_COMMAND", "bench/run.sh"),
        "smoke": os.environ.get("BENCH_SMOKE") == "1",
        "commit": os.environ.get("BENCH_COMMIT", ""),
        "started": os.environ.get("BENCH_STARTED", ""),
        "load_before": os.environ.get("BENCH_LOAD_BEFORE", ""),
        "busy_before": os.environ.get("BENCH_BUSY_BEFORE", ""),
        "nproc": os.cpu_count(),
    }
    lines = [f"## Extra scenarios (`{data['command']}`, commit {data['commit']}, {data['started']})", "",
             f"Before the run: load {data['load_before']}; busy: {data['busy_before']}.", ""]
    path = os.path.join(src, "inprocess.json")
    if os.path.exists(path):
        with open(path) as fh:
            r = json.load(fh)
        data["inprocess"] = r
        lines += [
            "### In-process command throughput (one silo in the bench process, no HTTP; "
            f"{r['harness']} harness, {r['warmup_seconds']} s warm-up + {r['repetitions']} × {r['seconds']} s, "
            f"{r['concurrency']} concurrent calls)", "",
            "| benchmark | median ops/s | mean ops/s | repetitions | bytes allocated per call |", "|---|---:|---:|---|---:|"]
        for key, label in (("echo", "trivial grain call (`IEchoGrain.EchoAsync`, one grain per caller)"),
                           ("fresh_activation", "one-shot activation (`IFreshGrain.TouchAsync`, new grain per call, "
                                                "deactivated after it)"),
                           ("register", "`IUserRegistrationGrain.RegisterAsync`, new user and address per call, "
                                        "with its welcome mail (each repetition ends when the mails are sent)")):
            if key not in r:
                continue
            b = r[key]
            reps = ", ".join(f"{x:,.0f}" for x in b["Repetitions"])
            per_call = b.get("AllocatedBytesPerCall")
            lines.append(f"| {label} | {b['Median']:,.0f} | {b['Mean']:,.0f} | {reps} | "
                         f"{'–' if per_call is None else f'{per_call:,.0f}'} |")
        lines += ["", f"RegisterAsync / trivial call: {r['register_over_echo'] * 100:.2f} % "
                      f"(one registration costs about {1 / r['register_over_echo']:.0f} trivial calls)."]
        if "register_over_fresh_activation" in r:
            lines += ["", f"RegisterAsync / one-shot activation: {r['register_over_fresh_activation'] * 100:.2f} % "
                          f"(one registration costs about {1 / r['register_over_fresh_activation']:.1f} one-shot "
                          "activations; it makes none of its own: the user is registered and the mailbox's first mail "
                          "sent by stateless workers, and the address is claimed in the user's own append)."]
        if "bytes_per_active_user_grain" in r:
            lines += ["", f"Managed heap per active user grain: {r['bytes_per_active_user_grain']:,.0f} bytes "
                          f"({r['active_users']:,} user grains kept active, full blocking collections before "
                          "and after)."]
        lines += [""]
    path = os.path.join(src, "growth.json")
    if os.path.exists(path):
        with open(path) as fh:
            g = json.load(fh)
        data["growth"] = g
        idle = g["rss_kb_idle"]
        lines += [f"### Memory and growth (Keel memory mode, one process, {g['settle_s']} s settle before each RSS, "
                  f"{g['window_s']} s wrk windows at {g['connections']} connections)", "",
                  f"RSS idle: {mib(idle):,.0f} MiB.", "",
                  "| registered users before | RSS MiB | bytes per user vs idle | window req/s | p50 ms | p99 ms | "
                  "non-2xx | server CPU ms/req |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        first = None
        for p in g["points"]:
            w = p["wrk"] or {}
            per_user = (p["rss_kb"] - idle) * 1024 / p["users_before"] if p["users_before"] else 0
            rps = w.get("rps")
            first = first or rps
            cpu = p["server_cpu_s"] * 1000 / w["requests"] if w.get("requests") else 0
            lines.append(f"| {p['users_before']:,} | {mib(p['rss_kb']):,.0f} | {per_user:,.0f} | "
                         f"{rps or 0:,.0f} | {w.get('p50_ms', 0):.1f} | {w.get('p99_ms', 0):.1f} | "
                         f"{w.get('non2xx', 0)} | {cpu:.2f} |")
        last = g["points"][-1]["wrk"] or {} if g["points"] else {}
        if first and last.get("rps"):
            lines += ["", f"req/s at the last point / at the first: {last['rps'] / first * 100:.1f} %."]
        lines += [f"After the last window: {g['users_final']:,} users, RSS {mib(g['rss_kb_final']):,.0f} MiB.", ""]
    text = "\n".join(lines)
    print(text)
    if not data["smoke"]:
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "extra.md"), "w") as fh:
            fh.write(text)
        with open(os.path.join(out, "extra.json"), "w") as fh:
            json.dump(data, fh, indent=1)


if __name__ == "__main__":
    main()
