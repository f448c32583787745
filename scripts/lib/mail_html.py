#!/usr/bin/env python3
"""Picks the first mail in DIR (smtp_sink.py's files) whose subject starts with PREFIX and writes its
header lines, an empty line and its HTML part to OUT, for the app to draw (EVENTBOOK_SCREENSHOT_MAIL).

  mail_html.py DIR PREFIX OUT
"""
import email
import email.policy
import glob
import os
import sys


def main():
    directory, prefix, out = sys.argv[1:4]
    for path in sorted(glob.glob(os.path.join(directory, "*.eml"))):
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        if not str(msg["Subject"]).startswith(prefix):
            continue
        html = msg.get_body(preferencelist=("html",))
        names = ", ".join(part.get_filename() for part in msg.iter_attachments())
        with open(out, "w", encoding="utf-8") as f:
            f.write("From: %s\nTo: %s\nSubject: %s\nAttached: %s\n\n" % (msg["From"], msg["To"], msg["Subject"], names))
            f.write(html.get_content())
        return 0
    print("no mail with a subject starting %r in %s" % (prefix, directory), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
