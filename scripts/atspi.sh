# Sourced by the scripts that read the app as a screen reader does.
# start_atspi_bus: starts Debian's accessibility bus on the current D-Bus
# session, as a desktop session does, and switches it on the way Orca does
# when it starts (org.a11y.Status: IsEnabled and ScreenReaderEnabled;
# AccessKit waits for the second). Logs to $WORK/bus.log; sets BUS_PID for
# the caller's cleanup.
BUS_PID=
start_atspi_bus() {
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
}
