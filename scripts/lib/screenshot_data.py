#!/usr/bin/env python3
"""Gives the screenshot attendee something to show: a few bookings and notifications.

Usage: screenshot_data.py BASE_URL ATTENDEE_EMAIL ATTENDEE_PASSWORD ADMIN_EMAIL ADMIN_PASSWORD
Talks only to the given (local, throwaway) server through its public API.
"""
import datetime
import json
import sys
import urllib.parse
import urllib.request


def call(base, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=30) as answer:
        return json.load(answer)["data"]


def main():
    base, email, password, admin_email, admin_password = sys.argv[1:6]
    user = call(base, "POST", "/api/auth/login", {"email": email, "password": password})
    admin = call(base, "POST", "/api/auth/login", {"email": admin_email, "password": admin_password})
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    events = call(base, "GET", "/api/events?limit=12&sort=date&from=" + urllib.parse.quote(now))["events"]
    booked = [e for e in events if e["availableSlots"] > 0][1:5]
    for event in booked:
        call(base, "POST", "/api/events/%d/book" % event["id"], {}, user["token"])
    # A full event Ada waits for (the waiting list's screenshots): the admin takes a seat, and the
    # capacity shrinks to the seats taken.
    rest = [e for e in events if e not in booked and e["availableSlots"] > 0]
    if rest:
        full = rest[0]
        call(base, "POST", "/api/events/%d/book" % full["id"], {}, admin["token"])
        taken = call(base, "GET", "/api/events/%d" % full["id"])
        call(base, "PATCH", "/api/events/%d" % full["id"],
             {"totalSlots": taken["totalSlots"] - taken["availableSlots"]}, admin["token"])
        call(base, "POST", "/api/events/%d/waitlist" % full["id"], {}, user["token"])
    # One cancelled, so "Past and cancelled" has a row.
    call(base, "DELETE", "/api/events/%d/book" % booked[-1]["id"], None, user["token"])
    uid = user["user"]["id"]
    for title, body in [
        ("Doors open at 18:30", "Bring your ticket on your phone; the side entrance is step-free."),
        ("New date for the Jazz Brunch", "The brunch moves one week later; your booking stays valid."),
        ("Welcome to EventBook", "Browse, book in one click, and cancel any time before the event."),
    ]:
        call(base, "POST", "/api/admin/notifications",
             {"userId": uid, "title": title, "body": body, "type": "info"}, admin["token"])
    call(base, "PUT", "/api/profile", {"bio": "Maths, music and a good concert now and then."}, user["token"])


if __name__ == "__main__":
    main()
