#!/usr/bin/env python3
"""A real SMTP server for the mail tests and the mail benchmark (Debian's python3-aiosmtpd).

Each accepted message is written to DIR/<n>.eml (the bytes as received) with DIR/<n>.json beside
it (envelope sender and recipients, whether the session was TLS, the AUTH login). A file DIR/FAIL
makes it refuse every message with that file's first line as the reply (e.g. "550 5.7.1 No").

  smtp_sink.py --dir DIR [--port N] [--starttls CERT KEY] [--require-tls] [--auth USER:PASSWORD]

Prints "READY <port>" on stdout once it accepts connections; stops on SIGTERM or SIGINT.
"""
import argparse
import asyncio
import itertools
import json
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Store:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        fail = os.path.join(self.directory, "FAIL")
        if os.path.exists(fail):
            with open(fail, encoding="utf-8") as f:
                return f.readline().strip() or "550 5.0.0 Refused by the test sink"
        with self.lock:
            n = next(self.counter)
        base = os.path.join(self.directory, "%06d" % n)
        meta = {
            "mailFrom": envelope.mail_from,
            "rcptTos": list(envelope.rcpt_tos),
            "tls": session.ssl is not None,
            "login": session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
        }
        # The .eml last, by rename: a reader never sees half a message.
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(meta, f)
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 2.0.0 Stored as %d" % n


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--require-tls", action="store_true")
    parser.add_argument("--auth", metavar="USER:PASSWORD")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    kwargs = {}
    if args.starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.starttls[0], args.starttls[1])
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = args.require_tls
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            # handled=False: aiosmtpd answers a failure with 535 itself (its default says nothing).
            return AuthResult(success=ok, handled=False, auth_data=auth_data)

        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = bool(args.starttls)

    port = args.port or free_port()
    controller = Controller(Store(args.dir), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("READY %d" % port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(0.2):
        pass
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
