#!/usr/bin/env python3
"""Cross-instance staleness of cached pages on PostgreSQL (issue 22): how long after a change made
through instance A does instance B's cached page show it?

Each round renames one event through A (PATCH) and then asks B for that event's page, over and over on
one keep-alive connection, until the new title is there. The time counts from just before A is asked
(so it includes A's own work and commit: an upper bound of commit-to-visible). B's page is cached and
fresh before each round. Prints "rounds p50_ms p99_ms max_ms".

    staleness.py A_PORT B_PORT ADMIN_TOKEN EVENT_ID [ROUNDS]
"""
import http.client
import json
import sys
import time


def main():
    a_port, b_port, token, event = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    a = http.client.HTTPConnection("127.0.0.1", a_port)
    b = http.client.HTTPConnection("127.0.0.1", b_port)
    path = "/api/events/%d" % event
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

    def title_on_b():
        b.request("GET", path)
        response = b.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit("B answered %d: %s" % (response.status, body[:200]))
        return json.loads(body)["data"]["title"]

    samples = []
    for n in range(rounds):
        title = "Staleness probe %d" % n
        title_on_b()  # B's page is cached and current before the change
        title_on_b()
        started = time.perf_counter()
        a.request("PATCH", path, json.dumps({"title": title}), headers)
        response = a.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit("A answered %d: %s" % (response.status, body[:200]))
        deadline = started + 5
        while title_on_b() != title:
            if time.perf_counter() > deadline:
                raise SystemExit("B still showed the old page 5 s after the change")
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    pick = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))]
    print("%d %.2f %.2f %.2f" % (len(samples), pick(0.5), pick(0.99), samples[-1]))


if __name__ == "__main__":
    main()
