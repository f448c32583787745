#!/usr/bin/env python3
"""The waiting-list storm (issue 20): an event with 50 seats, 500 people. The first 50 of 300
bookers hold the seats; then, all at once, the other 250 book, 200 join the waiting list, 100 random
bookers cancel and the capacity goes up by 20.

  waitlist_storm.py BASE_URL TOKENS_FILE ADMIN_TOKEN [--concurrency 64]

Prints "wall_ms requests promoted waiting" and exits 1 unless, afterwards (read through the API as
the admin): confirmed bookings = seats taken, nobody waits while a seat is free, nobody both waits
and holds a seat, every accepted join is a seat or a place, and promotions went in queue order.
"""
import argparse
import json
import random
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def call(base, method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else (b"{}" if method in ("POST", "PATCH") else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def fail(why):
    print("waitlist storm: " + why, file=sys.stderr)
    sys.exit(1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base")
    p.add_argument("tokens")
    p.add_argument("admin")
    p.add_argument("--concurrency", type=int, default=64)
    a = p.parse_args()
    tokens = [t.strip() for t in open(a.tokens)][:500]
    if len(tokens) < 500:
        fail("needs 500 user tokens")
    s, made = call(a.base, "POST", "/api/events", a.admin, {"title": "Waiting list storm", "location": "Bench",
                                                            "date": "2030-01-01T18:00:00Z", "totalSlots": 50})
    if s != 201:
        fail("could not create the event: %s" % made)
    event = made["data"]["id"]
    book, wait = "/api/events/%d/book" % event, "/api/events/%d/waitlist" % event
    bookers, joiners = tokens[:300], tokens[300:]
    with ThreadPoolExecutor(16) as pool:
        first = list(pool.map(lambda t: call(a.base, "POST", book, t)[0], bookers[:50]))
    if first.count(201) != 50:
        fail("the first 50 could not book")
    rng = random.Random(20261205)
    storm = [("POST", book, t, None) for t in bookers[50:]] + [("POST", wait, t, None) for t in joiners]
    storm += [("DELETE", book, bookers[i], None) for i in rng.sample(range(300), 100)]
    rng.shuffle(storm)
    storm.insert(len(storm) // 2, ("PATCH", "/api/events/%d" % event, a.admin, {"totalSlots": 70}))
    start = time.monotonic()
    with ThreadPoolExecutor(a.concurrency) as pool:
        replies = list(pool.map(lambda r: call(a.base, *r), storm))
    wall = (time.monotonic() - start) * 1000
    allowed = {"EVENT_FULL", "EVENT_NOT_FULL", "ALREADY_BOOKED"}
    joined = 0
    for (method, path, _, _), (status, body) in zip(storm, replies):
        code = body.get("error", {}).get("code", "") if isinstance(body, dict) else ""
        if not (status in (200, 201) or (status == 409 and code in allowed) or (status == 404 and method == "DELETE")):
            fail("%s %s answered %d %s" % (method, path, status, body))
        joined += status == 201 and path == wait

    _, ev = call(a.base, "GET", "/api/events/%d" % event, a.admin)
    ev = ev["data"]
    _, bookings = call(a.base, "GET", "/api/events/%d/bookings" % event, a.admin)
    confirmed = [b for b in bookings["data"] if b["status"] == "confirmed"]
    _, queue = call(a.base, "GET", wait, a.admin)
    queue = queue["data"]
    _, audit = call(a.base, "GET", "/api/admin/audit-logs?action=WAITLIST_PROMOTE&limit=100", a.admin)
    promotions = sorted(audit["data"]["logs"], key=lambda l: l["id"])
    if len(confirmed) != ev["totalSlots"] - ev["availableSlots"] or ev["totalSlots"] != 70:
        fail("seats taken %d, confirmed %d" % (ev["totalSlots"] - ev["availableSlots"], len(confirmed)))
    if ev["availableSlots"] > 0 and queue:
        fail("%d wait beside %d free seats" % (len(queue), ev["availableSlots"]))
    if ev["waitlistCount"] != len(queue):
        fail("waitlistCount %d, queue %d" % (ev["waitlistCount"], len(queue)))
    holders = {b["userId"] for b in confirmed}
    if len(holders) != len(confirmed) or holders & {w["userId"] for w in queue}:
        fail("someone holds two seats, or holds one and waits")
    if len(promotions) + len(queue) != joined:
        fail("%d joins accepted, %d promoted, %d waiting" % (joined, len(promotions), len(queue)))
    joins = [l["details"]["joinedAt"] for l in promotions]
    if joins != sorted(joins) or (queue and joins and joins[-1] > queue[0]["joinedAt"]):
        fail("promotions out of queue order")
    print("%.0f %d %d %d" % (wall, len(storm), len(promotions), len(queue)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
