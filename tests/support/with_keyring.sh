#!/bin/sh
# Runs "$@" with gnome-keyring's Secret Service on the current (private) D-Bus session, its
# login keyring unlocked by a throwaway password in a throwaway home. Use under dbus-run-session.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' 'eventbook-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon makes the login collection in its own time after --unlock: wait for it (5 s at
# most), so the test sees a keychain that is up, as a desktop session's is.
for _ in $(seq 1 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Label \
        >/dev/null 2>&1 && break
    sleep 0.1
done
"$@"
