#!/usr/bin/env bash
# The app as a screen reader meets it: a private D-Bus session with Debian's
# AT-SPI bus (at-spi2-core) switched on, the app under Xvfb, and
# scripts/screen_reader.py reading its accessibility tree through
# python3-pyatspi: every screen's controls found by name, the navigation
# worked by the "click" action a screen reader sends, the garden described,
# nothing of it heard once hidden; then the app opened locked by a PIN, heard
# as its keypad alone and unlocked by ear.
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 dbus at-spi2-core python3-pyatspi (apt).
# Env: BIN (the trust-garden binary; built with `cargo build` when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SCREEN_READER_SESSION:-}" ]; then
    exec env SCREEN_READER_SESSION=1 dbus-run-session -- "$0" "$@"
fi

# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
app_session

# shellcheck source=scripts/atspi.sh
. scripts/atspi.sh
start_atspi_bus

SAVE=$WORK/demo.ron
"$BIN" --save "$SAVE" demo --days 60 >/dev/null
NOON=$(date -u +%Y-%m-%dT12:00:00Z)
APP_PID=
start_app() { # device folder
    TRUST_GARDEN_DEVICE_DIR="$1" "$BIN" --save "$SAVE" play --phone --screen garden \
        --at "$NOON" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
}
stop_app() {
    if [ -n "$APP_PID" ]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
stop() {
    stop_app
    kill "$BUS_PID" 2>/dev/null || true
    xvfb_cleanup
}
trap stop EXIT

read_app() { # screen_reader.py's arguments
    local status=0
    timeout 600 /usr/bin/python3 scripts/screen_reader.py trust-garden "$@" || status=$?
    if [ "$status" != 0 ]; then
        echo "--- the app's log"
        tail -20 "$WORK/app.log"
    fi
    return $status
}

start_app "$WORK/device"
read_app
stop_app

# This device's lock as the app keeps it: the Argon2id hash of the PIN 2580
# (a fixed salt, so the file is the same every run; the app draws a random
# one for a PIN set in Settings).
mkdir -p "$WORK/locked"
cat >"$WORK/locked/lock.ron" <<'LOCK'
(pin_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2NyZWVuLXJlYWRlci10cw$q4EEUaBTMM3lJBBlfWREp07cNle157NGElTJQT76ww0", after_minutes: 5)
LOCK
start_app "$WORK/locked"
read_app --pin 2580
