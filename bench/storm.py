#!/usr/bin/env python3
"""The booking storm: N users race for the seats of one event, all at once.

  storm.py BASE_URL TOKENS_FILE EVENT_ID [--users 2000] [--concurrency 64]

Each of the first N tokens books EVENT_ID once. Prints "wall_ms confirmed full other" and exits 1
unless the server confirmed exactly as many bookings as the event had seats (no oversell, no
lost seat) and every other answer was 409 EVENT_FULL.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def book(base, event, token):
    req = urllib.request.Request("%s/api/events/%d/book" % (base, event), data=b"{}", method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, ""
    except urllib.error.HTTPError as e:
        return e.code, json.load(e).get("error", {}).get("code", "")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base")
    p.add_argument("tokens")
    p.add_argument("event", type=int)
    p.add_argument("--users", type=int, default=2000)
    p.add_argument("--concurrency", type=int, default=64)
    a = p.parse_args()
    tokens = [t.strip() for t in open(a.tokens)][: a.users]
    with urllib.request.urlopen("%s/api/events/%d" % (a.base, a.event)) as r:
        seats = json.load(r)["data"]["availableSlots"]
    start = time.monotonic()
    with ThreadPoolExecutor(a.concurrency) as pool:
        results = list(pool.map(lambda t: book(a.base, a.event, t), tokens))
    wall = (time.monotonic() - start) * 1000
    confirmed = sum(1 for s, _ in results if s == 201)
    full = sum(1 for s, c in results if s == 409 and c == "EVENT_FULL")
    other = len(results) - confirmed - full
    with urllib.request.urlopen("%s/api/events/%d" % (a.base, a.event)) as r:
        left = json.load(r)["data"]["availableSlots"]
    print("%.0f %d %d %d %d" % (wall, confirmed, full, other, left))
    return 0 if confirmed == min(seats, len(tokens)) and other == 0 and left == seats - confirmed else 1


if __name__ == "__main__":
    sys.exit(main())
