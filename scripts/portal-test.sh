#!/usr/bin/env bash
# The app and the Linux desktop, through the XDG desktop portal.
#
# Motion: with GNOME's "reduce animations" set (gsettings, dconf), the app
# opens still, heard as "System (reduced)" in Settings.
#
# The counselling summary saved where the person chooses, through the
# portal's save dialog (typed into its name field by xdotool).
#
# Merging a partner's save without typing a path, against real desktop
# parts: Debian's xdg-desktop-portal with its GTK backend on a private D-Bus
# session, the GTK file chooser it opens under Xvfb, and the app driven by
# ear through the AT-SPI bus (scripts/portal.py). First the copy the
# app found in Downloads is merged with one tap; then the other copy is
# chosen in the system's file dialog (typed into its location bar by
# xdotool, as a keyboard user would). Checks with the CLI that each merge
# brought the partner's entry in.
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 dbus at-spi2-core python3-pyatspi
# xdg-desktop-portal xdg-desktop-portal-gtk xdotool (apt; the GTK backend
# brings gsettings and dconf).
# Env: BIN (the trust-garden binary; built with `cargo build` when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PORTAL_SESSION:-}" ]; then
    exec env PORTAL_SESSION=1 dbus-run-session -- "$0" "$@"
fi

# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
app_session
# A home of its own: the Downloads folder the app looks in, the portal's
# and GTK's settings, nothing of the machine's user.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
mkdir -p "$HOME/Downloads" "$XDG_CONFIG_HOME"
# The portal picks its backends by desktop; the GTK one serves GNOME.
export XDG_CURRENT_DESKTOP=GNOME
export GTK_A11Y=none NO_AT_BRIDGE=1

export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -m 0700 "$XDG_RUNTIME_DIR"
# The portal and its GTK backend start when the app first asks for a file
# (D-Bus activation, as on a desktop): they must see this display and home.
dbus-update-activation-environment DISPLAY HOME XDG_CONFIG_HOME XDG_DATA_HOME \
    XDG_CURRENT_DESKTOP XDG_RUNTIME_DIR GTK_A11Y NO_AT_BRIDGE LANG

# shellcheck source=scripts/atspi.sh
. scripts/atspi.sh
start_atspi_bus

# Our garden, and the partner's copy of it holding two entries ours lacks:
# one arrived in Downloads, the other waits in a folder of its own.
SAVE=$WORK/ours/garden.ron
mkdir -p "$WORK/ours" "$WORK/theirs"
"$BIN" --save "$SAVE" init --partners Alex Sam --tz Europe/Berlin >/dev/null
THEIRS=$WORK/theirs/garden.ron
cp "$SAVE" "$THEIRS"
"$BIN" --save "$THEIRS" log kindness --by Sam --note "made tea" >/dev/null
cp "$THEIRS" "$HOME/Downloads/garden from Sam.ron"
"$BIN" --save "$THEIRS" log gratitude --by Sam >/dev/null
entries() { "$BIN" --save "$SAVE" history --json | grep -o '"kind"' | wc -l; }
has() { "$BIN" --save "$SAVE" history | grep -qi "$1"; }

# The desktop asks for less motion, as GNOME's Settings → Accessibility →
# Reduce Animation does.
gsettings set org.gnome.desktop.interface enable-animations false
[ "$(gsettings get org.gnome.desktop.interface enable-animations)" = false ]

APP_PID=
stop() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi
    kill "$BUS_PID" 2>/dev/null || true
    # The document portal mounts a FUSE folder in the runtime folder.
    fusermount3 -u "$XDG_RUNTIME_DIR/doc" 2>/dev/null || fusermount -u "$XDG_RUNTIME_DIR/doc" 2>/dev/null || true
    pkill -P $$ 2>/dev/null || true
    xvfb_cleanup
}
trap stop EXIT

TRUST_GARDEN_DEVICE_DIR=$WORK/device "$BIN" --save "$SAVE" play --phone --screen settings \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!
ear() {
    local status=0
    timeout 300 /usr/bin/python3 scripts/portal.py "$@" || status=$?
    if [ "$status" != 0 ]; then
        echo "--- the app's log"
        tail -20 "$WORK/app.log"
        exit "$status"
    fi
}

# 0. Motion as the desktop asks: still.
ear motion "System (reduced)"
grep -q "the system asks for reduced motion: Some(true)" "$WORK/app.log" ||
    { echo "FAIL: the app did not hear the desktop ask for reduced motion"; exit 1; }
echo "ok: the desktop's reduced animations were followed"

# 1. The copy found in Downloads, merged with one tap.
ear found "garden from Sam.ron · Downloads"
has "made tea" || { echo "FAIL: the found copy's entry is not in the save"; exit 1; }
has "gratitude" && { echo "FAIL: the found copy held no gratitude"; exit 1; }
echo "ok: the copy found in Downloads was merged"

# Types PATH into the GTK dialog titled TITLE once it appears, after KEY
# (ctrl+l opens the chooser's location bar; ctrl+a selects the name a save
# dialog proposes), then presses Return, as a keyboard user does.
pick_in_dialog() { # title, key, path
    local dialog=
    for _ in $(seq 100); do
        dialog=$(xdotool search --name "$1" 2>/dev/null | head -1 || true)
        if [ -n "$dialog" ]; then break; fi
        sleep 0.2
    done
    if [ -z "$dialog" ]; then
        echo "FAIL: no window named '$1' appeared; windows:"
        xdotool search --name . getwindowname %@ 2>/dev/null | sort -u | head -20 || true
        exit 1
    fi
    echo "ok: the system's dialog '$1' is open (window $dialog)"
    xdotool windowactivate --sync "$dialog" 2>/dev/null || xdotool windowfocus --sync "$dialog"
    sleep 0.5
    xdotool key --window "$dialog" "$2"
    sleep 0.3
    xdotool type --window "$dialog" --delay 20 "$3"
    sleep 0.3
    xdotool key --window "$dialog" Return
}

# 2. The other copy, chosen in the system's file dialog.
ear dialog
pick_in_dialog "Choose your partner's save" ctrl+l "$THEIRS"
ear merged "$THEIRS"
has "gratitude" || { echo "FAIL: the chosen file's entry is not in the save"; exit 1; }
"$BIN" --save "$SAVE" verify >/dev/null
echo "ok: the save chosen in the file dialog was merged; the save verifies"

# 3. The counselling summary, saved where the person chooses.
mkdir -p "$HOME/Documents"
CHOSEN=$HOME/Documents/for-our-counsellor.html
ear summary
pick_in_dialog "Save the summary" ctrl+a "$CHOSEN"
ear saved "$CHOSEN"
head -c 100 "$CHOSEN" | grep -q "Trust Garden: a summary for counselling" ||
    { echo "FAIL: $CHOSEN is not the summary"; exit 1; }
grep -q "made tea" "$CHOSEN" && { echo "FAIL: the summary holds a note nobody ticked"; exit 1; }
echo "ok: the summary was saved where the save dialog was pointed, without the notes"

# 4. The entries as CSV, saved where the person chooses.
EXPORTED=$HOME/Documents/our-entries.csv
ear export
pick_in_dialog "Save the export" ctrl+a "$EXPORTED"
ear exported "$EXPORTED"
grep -q "made tea" "$EXPORTED" || { echo "FAIL: $EXPORTED lacks the merged entry's note"; exit 1; }
echo "ok: the CSV export was saved where the save dialog was pointed"
