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
# The daemon takes its bus name and makes the login collection in its own time after --unlock.
# Wait for both (5 s at most) without asking org.freedesktop.secrets itself before it has an
# owner: that would make D-Bus start a second, locked daemon. Then the test sees a keychain that
# is up, as a desktop session's is.
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
}
for _ in $(seq 1 50); do
    if owned && dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Label >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
"$@"
