#!/usr/bin/env bash
# The app as a screen reader meets it: a private D-Bus session with Debian's
# AT-SPI bus (at-spi2-core) switched on, the app under Xvfb, and
# scripts/screen_reader.py reading its accessibility tree through
# python3-pyatspi: every screen's controls found by name, the navigation
# worked by the "click" action a screen reader sends, the garden described.
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 dbus at-spi2-core python3-pyatspi (apt).
# Env: BIN (the trust-garden binary; built with `cargo build` when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SCREEN_READER_SESSION:-}" ]; then
    exec env SCREEN_READER_SESSION=1 dbus-run-session -- "$0" "$@"
fi

TARGET=${CARGO_TARGET_DIR:-target}
if [ -z "${BIN:-}" ]; then
    cargo build --bin trust-garden
    BIN=$TARGET/debug/trust-garden
fi
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
xvfb_session
export WGPU_BACKEND=${WGPU_BACKEND:-vulkan}
# The names checked are English ones: the app speaks English here whatever
# the machine speaks.
unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C.UTF-8

# The accessibility bus, as a desktop session starts it, and switched on the
# way Orca switches it on when it starts (org.a11y.Status: IsEnabled and
# ScreenReaderEnabled; AccessKit waits for the second).
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$WORK/bus.log" 2>&1 &
BUS_PID=$!
for _ in $(seq 50); do
    if dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status "string:$property" \
        variant:boolean:true >/dev/null
done

SAVE=$WORK/demo.ron
"$BIN" --save "$SAVE" demo --days 60 >/dev/null
NOON=$(date -u +%Y-%m-%dT12:00:00Z)
TRUST_GARDEN_DEVICE_DIR="$WORK/device" "$BIN" --save "$SAVE" play --phone --screen garden \
    --at "$NOON" >"$WORK/app.log" 2>&1 &
APP_PID=$!
stop() {
    kill "$APP_PID" "$BUS_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    xvfb_cleanup
}
trap stop EXIT

status=0
timeout 600 /usr/bin/python3 scripts/screen_reader.py trust-garden || status=$?
if [ "$status" != 0 ]; then
    echo "--- the app's log"
    tail -20 "$WORK/app.log"
fi
exit $status
