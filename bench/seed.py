#!/usr/bin/env python3
"""Loads the benchmark data set into a migrated EventBook database and issues access tokens.

  seed.py (--sqlite FILE | --pg URL) --secret JWT_SECRET [--events 1000] [--users 10000] --tokens FILE

Users get a locked password (nobody signs in with them); the load tools use the access tokens
written to --tokens, one per line in user order, signed with the server's JWT_SECRET exactly as
the server signs them (HS256; sub, isAdmin, tv, iat, exp). Fixed pseudo-random data (seed 42), so
every run measures the same rows. Writes straight to the database: 10,000 registrations through
the API would spend 10,000 Argon2id hashes (about ten minutes here) before anything is measured.
"""
import argparse
import base64
import hashlib
import hmac
import json
import random
import sqlite3
import subprocess
import time

WORDS = ["Jazz", "Night", "Market", "Garden", "Tour", "Talk", "Workshop", "Concert", "Festival", "Meetup",
         "Brunch", "Run", "Yoga", "Film", "Theatre", "Lecture", "Tasting", "Walk", "Fair", "Game"]
PLACES = ["Berlin", "Hamburg", "Munich", "Cologne", "Leipzig", "Dresden", "Bremen", "Kiel", "Mainz", "Online"]
TAGS = ["music", "food", "tech", "family", "sport", "art", "outdoor", "film", "business", "community"]
LOCKED = "!locked:bench-account"


def jwt(secret, user_id, now, admin=False):
    def b64(data):
        return base64.urlsafe_b64encode(data).rstrip(b"=")
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": str(user_id), "isAdmin": admin, "tv": 0, "iat": now, "exp": now + 24 * 3600}
    body = b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = b64(hmac.new(secret.encode(), header + b"." + body, hashlib.sha256).digest())
    return (header + b"." + body + b"." + signature).decode()


def rows(events, users):
    rnd = random.Random(42)
    now_ms = int(time.time() * 1000)
    user_rows = []
    for i in range(1, users + 1):
        email = "bench%05d@example.test" % i
        name = "Bench User %d" % i
        # User 1 is an admin, so the harness can make events (the storm's) through the API.
        user_rows.append((email, name, LOCKED, i == 1, now_ms, now_ms, (email + "\n" + name).lower()))
    event_rows, tag_rows = [], []
    for i in range(1, events + 1):
        title = "%s %s %d" % (rnd.choice(WORDS), rnd.choice(WORDS), i)
        place = rnd.choice(PLACES)
        tags = rnd.sample(TAGS, 2)
        description = "Benchmark event %d in %s." % (i, place)
        starts = now_ms + rnd.randint(1, 180) * 86_400_000
        total = rnd.choice([50, 100, 200, 500, 1000])
        search = "\n".join([title, description, place] + tags).lower()
        event_rows.append((title, description, place, starts, total, total, search, now_ms, now_ms))
        for pos, tag in enumerate(tags):
            tag_rows.append((i, pos, tag, tag))
    return user_rows, event_rows, tag_rows


USERS_SQL = ("INSERT INTO users (email, name, password_hash, is_admin, created_at, updated_at, search_text) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)")
EVENTS_SQL = ("INSERT INTO events (title, description, location, starts_at, total_slots, available_slots, "
              "search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
TAGS_SQL = "INSERT INTO event_tags (event_id, position, tag, tag_key) VALUES (?, ?, ?, ?)"


def quote(value):
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def load_pg(url, user_rows, event_rows, tag_rows):
    # One transaction through psql; ids start at 1 in a fresh database, which the tokens rely on.
    lines = ["BEGIN;"]
    for sql, data in ((USERS_SQL, user_rows), (EVENTS_SQL, event_rows), (TAGS_SQL, tag_rows)):
        head = sql.split(" VALUES")[0]
        for start in range(0, len(data), 1000):
            chunk = data[start:start + 1000]
            values = ",".join("(" + ",".join(quote(v) for v in row) + ")" for row in chunk)
            lines.append(head + " VALUES " + values + ";")
    lines.append("COMMIT;")
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url], input="\n".join(lines).encode(), check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite")
    parser.add_argument("--pg")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--tokens")
    parser.add_argument("--print-admin-token", action="store_true",
                        help="print an admin access token for user 1 (the bench's first user) and exit")
    args = parser.parse_args()
    if args.print_admin_token:
        print(jwt(args.secret, 1, int(time.time()), admin=True))
        return
    user_rows, event_rows, tag_rows = rows(args.events, args.users)
    if args.sqlite:
        db = sqlite3.connect(args.sqlite)
        with db:
            db.executemany(USERS_SQL, user_rows)
            db.executemany(EVENTS_SQL, event_rows)
            db.executemany(TAGS_SQL, tag_rows)
        db.close()
    else:
        load_pg(args.pg, user_rows, event_rows, tag_rows)
    now = int(time.time())
    with open(args.tokens, "w") as out:
        for user_id in range(1, args.users + 1):
            out.write(jwt(args.secret, user_id, now) + "\n")


if __name__ == "__main__":
    main()
