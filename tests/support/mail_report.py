#!/usr/bin/env python3
"""Reads the messages smtp_sink.py stored in DIR with Python's email package and prints them as
JSON (one object per message, in arrival order): the decoded headers, the MIME tree, the text and
HTML bodies, and the attachments (calendar files as text, parsed with python3-icalendar)."""
import base64
import email
import email.policy
import glob
import json
import os
import sys

from icalendar import Calendar


def calendar_summary(data):
    cal = Calendar.from_ical(data)
    events = []
    for ev in cal.walk("VEVENT"):
        events.append({
            "uid": str(ev.get("UID")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "status": str(ev.get("STATUS", "")),
            "summary": str(ev.get("SUMMARY", "")),
            "location": str(ev.get("LOCATION", "")),
            "dtstart": ev.decoded("DTSTART").isoformat(),
        })
    return {"method": str(cal.get("METHOD", "")), "events": events}


def report(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    with open(path[:-4] + ".json", encoding="utf-8") as f:
        envelope = json.load(f)
    out = {
        "file": os.path.basename(path),
        "envelope": envelope,
        "from": str(msg["From"]),
        "to": str(msg["To"]),
        "subject": str(msg["Subject"]),
        "messageId": str(msg["Message-ID"]),
        "date": str(msg["Date"]),
        "mimeVersion": str(msg.get("MIME-Version", "")),
        "listUnsubscribe": str(msg.get("List-Unsubscribe", "")),
        "listUnsubscribePost": str(msg.get("List-Unsubscribe-Post", "")),
        "contentType": msg.get_content_type(),
        "defects": [type(d).__name__ for d in msg.defects],
        "parts": [p.get_content_type() for p in msg.walk()],
        "text": "",
        "html": "",
        "attachments": [],
    }
    body = msg.get_body(preferencelist=("plain",))
    if body is not None:
        out["text"] = body.get_content()
    html = msg.get_body(preferencelist=("html",))
    if html is not None:
        out["html"] = html.get_content()
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True) or b""
        a = {"filename": part.get_filename(), "contentType": part.get_content_type(),
             "params": dict(part.get_params() or []), "size": len(data),
             "base64": base64.b64encode(data).decode()}
        if part.get_content_type() == "text/calendar":
            a["calendar"] = calendar_summary(data)
        out["attachments"].append(a)
    return out


def main():
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.eml")))
    json.dump([report(p) for p in files], sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
