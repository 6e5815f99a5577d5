#!/usr/bin/env python3
"""Event latency of Keel: register N users one after another at a gentle rate, then read each welcome mail.

Latency = the mail's sentAt minus the user's registeredAt (both server-side UTC times), so polling speed does
not enter the figure. Prints one JSON object: n, delivered, missing, p50_ms, p99_ms, max_ms.
Usage: latency.py BASE_URL N [INTERVAL_S] [DEADLINE_S]
Reading mails needs a token: BENCH_SIGNING_KEY (the server's Keel:Auth:SigningKey, base64) signs an admin token.
Any error (a refused read, a server that does not answer) ends the run with a non-zero exit code.
"""
import base64
import hashlib
import hmac
import json
import math
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime

FRACTION = re.compile(r"\.(\d+)")


def parse_time(text: str) -> datetime:
    # .NET writes up to 7 fractional digits; Python takes at most 6.
    return datetime.fromisoformat(FRACTION.sub(lambda m: "." + m.group(1)[:6].ljust(6, "0"), text, count=1))


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, math.ceil(p / 100 * len(sorted_values)) - 1))  # nearest rank
    return sorted_values[k]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def admin_token() -> str:
    """An HS256 token as Keel's token command writes one: sub, the admin role, Keel's default issuer and audience."""
    key = base64.b64decode(os.environ["BENCH_SIGNING_KEY"])
    now = int(time.time())
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = b64url(json.dumps({"sub": "bench-latency", "role": "admin", "iss": "keel", "aud": "keel-api",
                                "iat": now, "nbf": now, "exp": now + 3600}).encode())
    signature = b64url(hmac.new(key, f"{header}.{claims}".encode(), hashlib.sha256).digest())
    return f"{header}.{claims}.{signature}"


TOKEN = None


def post(base, body):
    req = urllib.request.Request(base + "/api/v1/users", data=json.dumps(body).encode(), method="POST",
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, json.load(resp)


def mails(base, address):
    url = base + "/api/v1/email/messages?to=" + urllib.parse.quote(address)
    req = urllib.request.Request(url, headers={"authorization": "Bearer " + TOKEN})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def main():
    global TOKEN
    TOKEN = admin_token()
    base, n = sys.argv[1].rstrip("/"), int(sys.argv[2])
    interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.025
    deadline_s = float(sys.argv[4]) if len(sys.argv) > 4 else 60
    run = uuid.uuid4().hex[:10]
    users, failed = [], 0
    for i in range(n):
        try:
            status, user = post(base, {"email": f"lat{run}-{i}@bench.example.com", "name": f"Latency {i}"})
        except (urllib.error.URLError, OSError):
            failed += 1
            continue
        if status == 201:
            users.append((user["email"], parse_time(user["registeredAt"])))
        else:
            failed += 1
        time.sleep(interval)
    latencies, pending = [], list(users)
    deadline = time.monotonic() + deadline_s
    while pending and time.monotonic() < deadline:
        still = []
        for address, registered in pending:
            found = mails(base, address)
            if found:
                latencies.append((parse_time(found[0]["sentAt"]) - registered).total_seconds() * 1000)
            else:
                still.append((address, registered))
        pending = still
        if pending:
            time.sleep(0.2)
    latencies.sort()
    result = {
        "n": n,
        "registered": len(users),
        "failed_registrations": failed,
        "delivered": len(latencies),
        "missing": len(pending),
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "max_ms": latencies[-1] if latencies else None,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
