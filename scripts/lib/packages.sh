# Debian 12 packages, installed only when missing (sourced by eventbook.sh).
BUILD_PACKAGES=(cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libsodium-dev libzxcvbn-dev libqrencode-dev libzxing-dev libjwt-dev zlib1g-dev libsqlite3-dev
    libcurl4-openssl-dev libical-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev)
RUNTIME_PACKAGES=(libqt6sql6-sqlite libqt6sql6-psql curl ca-certificates qt6-qpa-plugins fonts-dejavu-core)
# python3: its csv module is the independent reader the CSV export is checked against; python3-yaml
# parses docs/openapi.yaml (tst_openapi). python3-aiosmtpd: the real SMTP server of the mail tests and
# bench; python3-icalendar: a second reader of the calendar files in mails.
# lintian, systemd (systemd-analyze): the package checks. nginx: the two-instance proxy test.
# prometheus: its promtool checks the /metrics output. openssl: makes the TLS test's certificates.
# dbus, gnome-keyring: a real keychain for the CredentialStore test. xvfb, xauth: screenshots.
# rpm (rpmbuild), desktop-file-utils, appstream: the RPMs and the desktop and AppStream files' checks.
PACKAGING_PACKAGES=(lintian systemd rpm desktop-file-utils appstream)
TEST_PACKAGES=(postgresql python3 python3-yaml python3-aiosmtpd python3-icalendar nginx prometheus openssl dbus dbus-daemon gnome-keyring xvfb xauth
    "${PACKAGING_PACKAGES[@]}")

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "need root to run: $*" >&2; return 1
    fi
}

ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    log "installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # Services these packages bring (PostgreSQL, nginx) are not wanted running: tests start their
    # own on free ports. policy-rc.d is Debian's switch for that, in place only while installing.
    local policy=/usr/sbin/policy-rc.d added=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
        as_root chmod 755 "$policy"
        added=1
    fi
    local status=0
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || status=$?
    if [ "$added" = 1 ]; then as_root rm -f "$policy"; fi
    return "$status"
}
