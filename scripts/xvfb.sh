# Sourced by the scripts that open the app's window on a headless machine.
# xvfb_session: makes a scratch folder WORK, removed on exit, and starts
# Xvfb in it (see start_xvfb), stopped on exit.
# start_xvfb DIR: when no DISPLAY is set, starts Xvfb on a free display (it
# picks the number itself, so a stale lock from an earlier run is no problem),
# exports DISPLAY and sets XVFB_PID for the caller's cleanup.
XVFB_PID=
start_xvfb() {
    if [ -n "${DISPLAY:-}" ]; then return 0; fi
    local number_file=$1/xvfb-display
    Xvfb -displayfd 3 -screen 0 1280x1024x24 3>"$number_file" >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do
        if [ -s "$number_file" ]; then break; fi
        sleep 0.1
    done
    if [ ! -s "$number_file" ]; then
        echo "error: Xvfb did not start" >&2
        return 1
    fi
    export DISPLAY=":$(tr -d '[:space:]' <"$number_file")"
}

xvfb_session() {
    WORK=$(mktemp -d)
    trap xvfb_cleanup EXIT
    start_xvfb "$WORK"
}

xvfb_cleanup() {
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}

# app_session: what the scripts that run the app's window share. BIN is the
# trust-garden binary (built with `cargo build` when unset); a scratch WORK
# folder and Xvfb (xvfb_session); Mesa's software Vulkan driver; and English
# whatever the machine speaks (names and shots checked are English ones
# unless a step asks for another language).
app_session() {
    if [ -z "${BIN:-}" ]; then
        cargo build --bin trust-garden
        BIN=${CARGO_TARGET_DIR:-target}/debug/trust-garden
    fi
    xvfb_session
    export WGPU_BACKEND=${WGPU_BACKEND:-vulkan}
    unset LC_ALL LC_MESSAGES LANGUAGE
    export LANG=C.UTF-8
}
