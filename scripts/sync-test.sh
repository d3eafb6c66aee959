#!/usr/bin/env bash
# Two partners, two real Syncthing instances, one shared folder: checks that
# every entry a `trust-garden log` reported as written ends up on both sides.
#
# Syncthing A syncs $WORK/a/, Syncthing B syncs $WORK/b/; partner A (Maya) uses
# a/garden.ron and partner B (Jon) b/garden.ron, each with the real CLI.
#   a. init on A, then sequential logging, alternating sides, waiting for sync
#   b. offline divergence: the folder paused on both sides, both sides log,
#      resume; `status` on both sides (merges the conflict copies); 3 rounds
#   c. live concurrent appends: both sides log N entries at once while syncing
#   d. A merges a conflict copy (and logs) with every fsync slowed 2.5 s by
#      strace while B keeps logging
# After each scenario: wait until both instances are idle with nothing needed,
# the same global state and the same files; `status` on both sides and wait
# again (repeated while conflict copies remain); then compare `history --json`
# of both sides with every id `log` printed. Exit 1 if an entry was lost, the
# sides differ, `verify` finds problems, or the folder never got in sync.
#
# Needs: syncthing (apt; 1.19 tested, older -flag versions handled), strace,
# python3 (standard library only). Runs as root. Network: 127.0.0.1 only
# (global and local discovery, relays, NAT traversal, usage and crash reports
# and upgrades all off; proxies from the environment are not used).
#
# Usage: scripts/sync-test.sh [--quick] [--keep]
#   --quick  fewer entries (CI)
#   --keep   keep the temp folder: both folders, Syncthing logs and audit event
#            logs (st-?.audit), the slowed calls (strace-A.log), ids/ and cli.log
# Prints per scenario the events on each side (with the setup event), the
# entries logged so far, how many of them are missing, and where they still are.
# Env: BIN (the trust-garden binary; built with `cargo build --no-default-features
#      --bin trust-garden` when missing), N (entries per side in c).
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
KEEP=0
for arg in "$@"; do
    case $arg in
        --quick) QUICK=1 ;;
        --keep) KEEP=1 ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "sync-test: unknown argument $arg (try --help)" >&2
            exit 2
            ;;
    esac
done
if [ "$QUICK" = 1 ]; then
    N=${N:-15}     # c: entries per side
    SEQ=3          # a: entries per side
    DIVERGE=3      # b: entries per side per round
    D_LOGS=8       # d: entries B logs during A's slowed merge
else
    N=${N:-50}
    SEQ=5
    DIVERGE=5
    D_LOGS=15
fi
ROUNDS=3
SYNC_TIMEOUT=${SYNC_TIMEOUT:-90}

die() {
    echo "sync-test: $*" >&2
    exit 2
}
for tool in syncthing strace python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y $tool)"
done
strace -f -qq -o /dev/null true 2>/dev/null || die "strace cannot trace here (ptrace not allowed?)"

TARGET=${CARGO_TARGET_DIR:-$HOME/.cache/trust-garden/target}
if [ -z "${BIN:-}" ] || [ ! -x "$BIN" ]; then
    BIN=${BIN:-$TARGET/debug/trust-garden}
    if [ ! -x "$BIN" ]; then
        echo "sync-test: building the CLI ($BIN)"
        CARGO_TARGET_DIR=$TARGET cargo build --no-default-features --bin trust-garden
    fi
    [ -x "$BIN" ] || die "no binary at $BIN (set BIN or CARGO_TARGET_DIR)"
fi
BIN=$(realpath "$BIN")

# Nothing here may leave the machine: no proxy for Syncthing or the REST calls.
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY no_proxy NO_PROXY
export STNOUPGRADE=1 STNORESTART=1 STNODEFAULTFOLDER=1
export TZ=UTC

WORK=$(mktemp -d "${TMPDIR:-/tmp}/trust-garden-sync.XXXXXX")
ST_PIDS=() # the Syncthing processes we started (each a monitor with one child)
BG_PIDS=() # background logging loops
cleanup() {
    local pid i pids=()
    for pid in "${BG_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${ST_PIDS[@]}"; do
        pids+=("$pid")
        # shellcheck disable=SC2207
        pids+=($(pgrep -P "$pid" 2>/dev/null || true))
    done
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${ST_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    # The monitors' children are not ours to wait for: give them 5 s, then KILL.
    for ((i = 0; i < 50; i++)); do
        for pid in "${pids[@]}"; do
            kill -0 "$pid" 2>/dev/null && break
            pid=""
        done
        [ -n "${pid:-}" ] || break
        sleep 0.1
    done
    if [ -n "${pid:-}" ]; then
        for pid in "${pids[@]}"; do
            kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
        done
    fi
    if [ "$KEEP" = 1 ]; then
        echo "sync-test: kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

A=$WORK/a
B=$WORK/b
mkdir -p "$A/.stfolder" "$B/.stfolder" "$WORK/ids" "$WORK/tmp"
CLI_LOG=$WORK/cli.log
: >"$CLI_LOG"
# The README's advice for Syncthing: only garden.ron travels.
for side in "$A" "$B"; do
    printf '%s\n' garden.ron.lock 'garden.ron.device-*.ron' garden.ron.bak 'garden.ron.torn-*' \
        garden.ron.set-aside garden.ron.conflicts garden.ron.merged-copies >"$side/.stignore"
done

# ---- the Syncthing side, in Python (standard library) -----------------------
ST=$WORK/st.py
cat >"$ST" <<'PY'
import copy, fnmatch, hashlib, json, os, socket, sys, time
import urllib.error, urllib.request
import xml.etree.ElementTree as ET

FOLDER = "garden"
# Files that never travel (.stignore, Syncthing's own markers and temp files).
LOCAL = ["garden.ron.lock", "garden.ron.device-*.ron", "garden.ron.bak", "garden.ron.torn-*",
         "garden.ron.set-aside", "garden.ron.conflicts", "garden.ron.merged-copies",
         ".stfolder", ".stignore", ".syncthing.*.tmp", "~syncthing~*.tmp", ".stversions"]
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def ports(n):
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
    print(" ".join(str(s.getsockname()[1]) for s in socks))


def configure(home, name, gui_port, listen_port, folder, other_id, other_name, other_port):
    """Edits the config.xml `syncthing generate` wrote, before the first start."""
    path = os.path.join(home, "config.xml")
    tree = ET.parse(path)
    root = tree.getroot()
    me = root.find("device")
    me.set("name", name)
    my_id = me.get("id")
    gui = root.find("gui")
    gui.set("tls", "false")
    gui.find("address").text = f"127.0.0.1:{gui_port}"
    opts = root.find("options")

    def opt(key, value):
        el = opts.find(key)
        if el is None:
            el = ET.SubElement(opts, key)
        el.text = str(value)

    for el in opts.findall("listenAddress"):
        opts.remove(el)
    ET.SubElement(opts, "listenAddress").text = f"tcp://127.0.0.1:{listen_port}"
    for el in opts.findall("globalAnnounceServer"):
        opts.remove(el)
    for key, value in [
        ("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"),
        ("relaysEnabled", "false"), ("natEnabled", "false"), ("announceLANAddresses", "false"),
        ("stunKeepaliveStartS", 0), ("stunKeepaliveMinS", 0), ("stunServer", ""),
        ("urAccepted", -1), ("urSeen", 3), ("urURL", ""), ("crashReportingEnabled", "false"),
        ("crashReportingURL", ""), ("autoUpgradeIntervalH", 0), ("releasesURL", ""),
        ("startBrowser", "false"), ("restartOnWakeup", "false"), ("reconnectionIntervalS", 1),
        ("setLowPriority", "false"),
    ]:
        opt(key, value)
    defaults = root.find("defaults")
    other = copy.deepcopy(defaults.find("device"))
    other.set("id", other_id)
    other.set("name", other_name)
    other.find("address").text = f"tcp://127.0.0.1:{other_port}"
    folder_el = copy.deepcopy(defaults.find("folder"))
    folder_el.set("id", FOLDER)
    folder_el.set("label", FOLDER)
    folder_el.set("path", folder)
    folder_el.set("type", "sendreceive")
    folder_el.set("fsWatcherEnabled", "true")
    folder_el.set("fsWatcherDelayS", "1")
    folder_el.set("rescanIntervalS", "10")
    # A pull that found garden.ron changed under it retries after 1 s, not 60 s.
    folder_el.find("pullerPauseS").text = "1"
    template = folder_el.find("device")
    for el in folder_el.findall("device"):
        folder_el.remove(el)
    for dev in (my_id, other_id):
        el = copy.deepcopy(template)
        el.set("id", dev)
        folder_el.insert(1, el)
    index = list(root).index(me)
    root.insert(index, folder_el)
    root.insert(index + 2, other)
    tree.write(path)
    print(gui.find("apikey").text)


SIDES = {}
for s in "AB":
    if os.environ.get(f"ST_{s}_URL"):
        SIDES[s] = dict(url=os.environ[f"ST_{s}_URL"], key=os.environ[f"ST_{s}_KEY"],
                        id=os.environ[f"ST_{s}_ID"], dir=os.environ[f"ST_{s}_DIR"])
OTHER = {"A": "B", "B": "A"}


def call(side, method, path, body=None, timeout=30):
    s = SIDES[side]
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(s["url"] + path, data=data, method=method,
                                 headers={"X-API-Key": s["key"], "Content-Type": "application/json"})
    with OPENER.open(req, timeout=timeout) as r:
        raw = r.read()
    return json.loads(raw) if raw.strip() else None


def wait(what, check, timeout):
    end = time.time() + timeout
    last = None
    while time.time() < end:
        try:
            last = check()
            if last is True:
                return
        except (urllib.error.URLError, ConnectionError, OSError) as e:
            last = str(e)
        time.sleep(0.3)
    sys.exit(f"sync-test: timed out after {timeout}s waiting for {what}: {last}")


def up(timeout):
    def check():
        for s in SIDES:
            call(s, "GET", "/rest/system/ping")
            st = call(s, "GET", "/rest/system/status")
            if st.get("discoveryEnabled"):
                sys.exit(f"sync-test: discovery is on for {s}")
        return True
    wait("both Syncthing REST APIs", check, timeout)
    for s in SIDES:
        opts = call(s, "GET", "/rest/config/options")
        bad = {k: opts[k] for k in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled",
                                    "natEnabled", "crashReportingEnabled") if opts[k]}
        if bad or opts["urAccepted"] != -1 or opts["autoUpgradeIntervalH"] != 0:
            sys.exit(f"sync-test: {s} options not as configured: {bad} {opts['urAccepted']}")
        f = call(s, "GET", f"/rest/config/folders/{FOLDER}")
        if f["type"] != "sendreceive" or len(f["devices"]) != 2 or not f["fsWatcherEnabled"]:
            sys.exit(f"sync-test: {s} folder not as configured: {f}")


def connected(want, timeout):
    def check():
        states = []
        for s in SIDES:
            c = call(s, "GET", "/rest/system/connections")["connections"]
            states.append(c.get(SIDES[OTHER[s]]["id"], {}).get("connected", False))
        return all(x == want for x in states) or states
    wait("the devices to " + ("connect" if want else "disconnect"), check, timeout)


def set_paused(paused, timeout):
    """Pauses or resumes the shared folder on both sides. (Pausing the devices
    instead makes both sides redial at once on resume, and Syncthing 1.19 then
    often waits 20 s for a Hello that never comes.)"""
    for s in SIDES:
        call(s, "PATCH", f"/rest/config/folders/{FOLDER}", {"paused": paused})

    def check():
        states = []
        for s in SIDES:
            try:
                states.append(call(s, "GET", f"/rest/db/status?folder={FOLDER}")["state"])
            except urllib.error.HTTPError as e:
                states.append(f"HTTP {e.code}")
        if paused:
            return all(x in ("paused", "", "HTTP 500", "HTTP 404") for x in states) or states
        return all(x not in ("paused", "", "HTTP 500", "HTTP 404") for x in states) or states
    wait("the folder to " + ("pause" if paused else "resume"), check, timeout)


def snapshot(folder):
    files = {}
    for name in sorted(os.listdir(folder)):
        if any(fnmatch.fnmatch(name, p) for p in LOCAL):
            continue
        p = os.path.join(folder, name)
        if os.path.isfile(p):
            with open(p, "rb") as f:
                files[name] = hashlib.sha256(f.read()).hexdigest()[:12]
        else:
            files[name] = "dir"
    return files


def not_in_sync():
    why = []
    status = {}
    for s in SIDES:
        call(s, "POST", f"/rest/db/scan?folder={FOLDER}", timeout=60)
    for s in SIDES:
        o = OTHER[s]
        st = call(s, "GET", f"/rest/db/status?folder={FOLDER}")
        comp = call(s, "GET", f"/rest/db/completion?folder={FOLDER}&device={SIDES[o]['id']}")
        status[s] = st
        if st["state"] != "idle":
            why.append(f"{s} is {st['state']}")
        if st.get("needTotalItems", 0) or st.get("needFiles", 0):
            why.append(f"{s} needs {st.get('needTotalItems')} items")
        if st.get("pullErrors", 0):
            why.append(f"{s} has {st['pullErrors']} pull errors")
        if comp["completion"] < 100 or comp.get("needItems", 0):
            why.append(f"{s} sees {o} at {comp['completion']:.1f}%")
    for k in ("globalSequence", "globalFiles", "globalBytes", "globalDeleted", "globalTotalItems"):
        if k in status["A"] and status["A"].get(k) != status["B"].get(k):
            why.append(f"{k} {status['A'].get(k)} != {status['B'].get(k)}")
    a, b = snapshot(SIDES["A"]["dir"]), snapshot(SIDES["B"]["dir"])
    if a != b:
        why.append(f"files differ: A {a} B {b}")
    return why


def sync(timeout):
    start = time.time()
    streak = 0
    why = ["not checked"]
    while time.time() - start < timeout:
        try:
            why = not_in_sync()
        except (urllib.error.URLError, ConnectionError, OSError) as e:
            why = [str(e)]
        streak = 0 if why else streak + 1
        if streak >= 2:
            print(f"{time.time() - start:.1f}")
            return
        time.sleep(0.5)
    sys.exit(f"sync-test: not in sync after {timeout}s: {'; '.join(why)}")


def ids():
    for e in json.load(sys.stdin):
        print(e["id"])


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == "ports":
    ports(int(args[0]))
elif cmd == "myid":
    print(ET.parse(os.path.join(args[0], "config.xml")).getroot().find("device").get("id"))
elif cmd == "configure":
    configure(*args)
elif cmd == "up":
    up(float(args[0]))
elif cmd == "connected":
    connected(True, float(args[0]))
elif cmd == "pause":
    set_paused(True, float(args[0]))
elif cmd == "resume":
    set_paused(False, float(args[0]))
elif cmd == "sync":
    sync(float(args[0]))
elif cmd == "ids":
    ids()
else:
    sys.exit(f"st.py: unknown command {cmd}")
PY
st() { python3 "$ST" "$@"; }

# ---- start two Syncthing instances --------------------------------------------
SECONDS=0
echo "==> syncthing: $(syncthing --version | head -1)"
read -r GUI_A GUI_B PORT_A PORT_B < <(st ports 4)
# Syncthing 1.18 and later: subcommands and double-dash flags; before: -flags.
NEW_CLI=0
syncthing generate --help >/dev/null 2>&1 && NEW_CLI=1
for s in a b; do
    if [ "$NEW_CLI" = 1 ]; then
        gen=(syncthing generate --home "$WORK/st-$s" --no-default-folder --skip-port-probing)
    else
        gen=(syncthing -generate="$WORK/st-$s")
    fi
    "${gen[@]}" >"$WORK/st-$s.generate.log" 2>&1 || {
        cat "$WORK/st-$s.generate.log" >&2
        die "syncthing generate failed"
    }
done
ID_A=$(st myid "$WORK/st-a")
ID_B=$(st myid "$WORK/st-b")
KEY_A=$(st configure "$WORK/st-a" A "$GUI_A" "$PORT_A" "$A" "$ID_B" B "$PORT_B")
KEY_B=$(st configure "$WORK/st-b" B "$GUI_B" "$PORT_B" "$B" "$ID_A" A "$PORT_A")
export ST_A_URL=http://127.0.0.1:$GUI_A ST_A_KEY=$KEY_A ST_A_ID=$ID_A ST_A_DIR=$A
export ST_B_URL=http://127.0.0.1:$GUI_B ST_B_KEY=$KEY_B ST_B_ID=$ID_B ST_B_DIR=$B
for s in a b; do
    if [ "$NEW_CLI" = 1 ]; then
        serve=(syncthing serve --home "$WORK/st-$s" --no-browser --no-restart --no-upgrade
            --audit --auditfile="$WORK/st-$s.audit")
    else
        serve=(syncthing -home="$WORK/st-$s" -no-browser -no-restart -audit
            -auditfile="$WORK/st-$s.audit")
    fi
    "${serve[@]}" >"$WORK/st-$s.log" 2>&1 &
    ST_PIDS+=($!)
done
st up 30 || {
    tail -n 20 "$WORK"/st-*.log >&2
    exit 1
}
st connected 30
# As root Syncthing only warns ("should not run as a privileged or system user").
for s in a b; do
    grep -iE 'privileged|root' "$WORK/st-$s.log" | head -1 | sed "s/^/syncthing $s: /" || true
done
echo "A ${ID_A:0:7} gui 127.0.0.1:$GUI_A sync 127.0.0.1:$PORT_A; B ${ID_B:0:7} gui 127.0.0.1:$GUI_B sync 127.0.0.1:$PORT_B; connected (${SECONDS}s)"

# Every fsync and fdatasync 2.5 s late; the file calls are kept in strace-A.log.
SLOW=(strace -f -qq -tt -A -o "$WORK/strace-A.log" -e trace=%file,write,fsync,fdatasync
    -e inject=fsync,fdatasync:delay_enter=2500ms)

# ---- the partners --------------------------------------------------------------
who() { [ "$1" = A ] && echo Maya || echo Jon; }
dir() { [ "$1" = A ] && echo "$A" || echo "$B"; }

# log_n SIDE COUNT SCENARIO [SLEEP] [strace]: COUNT entries on SIDE; each id
# `log` prints goes to ids/SCENARIO-SIDE; failures are counted and kept.
log_n() {
    local side=$1 count=$2 scen=$3 pause=${4:-0} wrap=${5:-} i out kinds=(kindness gratitude let-it-go)
    local prefix=()
    [ "$wrap" = strace ] && prefix=("${SLOW[@]}")
    for ((i = 1; i <= count; i++)); do
        if out=$("${prefix[@]}" "$BIN" --save "$(dir "$side")/garden.ron" log "${kinds[i % 3]}" \
            --by "$(who "$side")" --note "$scen $side $i" 2>"$WORK/tmp/err-$side"); then
            out=$(grep -E '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' <<<"$out" | tail -1 || true)
            if [ -n "$out" ]; then
                echo "$out" >>"$WORK/ids/$scen-$side"
            else
                echo "$scen $side $i: log printed no id" >>"$WORK/ids/$scen-failed"
            fi
        else
            echo "$scen $side $i: log failed: $(tr '\n' ' ' <"$WORK/tmp/err-$side")" >>"$WORK/ids/$scen-failed"
        fi
        sed "s/^/$scen $side log $i: /" "$WORK/tmp/err-$side" >>"$CLI_LOG"
        [ "$pause" = 0 ] || sleep "$pause"
    done
}

# run SIDE LABEL CMD...: a CLI command on SIDE; its notes go to the CLI log.
run() {
    local side=$1 label=$2
    shift 2
    if ! "$@" --save "$(dir "$side")/garden.ron" >/dev/null 2>"$WORK/tmp/run-$side"; then
        echo "   $label on $side failed: $(tr '\n' ' ' <"$WORK/tmp/run-$side")"
        echo "$label $side: exit non-zero" >>"$CLI_LOG"
    fi
    sed "s/^/$label $side: /" "$WORK/tmp/run-$side" >>"$CLI_LOG"
}

NOT_SYNCED=0
wait_sync() { # [label]: printed with the time it took and the conflict copies left
    local t
    if t=$(st sync "$SYNC_TIMEOUT"); then
        [ -z "${1:-}" ] || echo "   in sync ($1: ${t}s, $(copies) conflict copies)"
    else
        echo "   NOT IN SYNC (${1:-})"
        NOT_SYNCED=$((NOT_SYNCED + 1))
    fi
}

copies() { find "$A" "$B" -maxdepth 1 -name 'garden.sync-conflict-*' | wc -l; }

# Status on both sides (merging conflict copies), then sync, until no copies remain.
settle() {
    local round
    for round in 1 2 3 4; do
        run A status "$BIN" status
        run B status "$BIN" status
        wait_sync "after status on both sides"
        [ "$(copies)" = 0 ] && return 0
        echo "   $(copies) conflict copies remain; status again"
    done
}

FAILED=0
RESULTS=()
check() { # scenario name
    local scen=$1 side logged lost=0 missing n_a n_b same=yes problems=""
    wait_sync "end of scenario"
    settle
    cat "$WORK"/ids/*-A "$WORK"/ids/*-B 2>/dev/null | sort -u >"$WORK/logged"
    for side in A B; do
        if "$BIN" --save "$(dir "$side")/garden.ron" history --json 2>>"$CLI_LOG" |
            st ids | sort -u >"$WORK/have-$side"; then :; else
            echo "   history --json on $side failed"
            problems+=" history-$side"
        fi
        if ! "$BIN" --save "$(dir "$side")/garden.ron" verify >"$WORK/tmp/verify-$side" 2>&1; then
            echo "   verify on $side: $(tr '\n' ' ' <"$WORK/tmp/verify-$side")"
            problems+=" verify-$side"
        fi
    done
    n_a=$(wc -l <"$WORK/have-A")
    n_b=$(wc -l <"$WORK/have-B")
    logged=$(wc -l <"$WORK/logged")
    missing=$(cat <(comm -23 "$WORK/logged" "$WORK/have-A") <(comm -23 "$WORK/logged" "$WORK/have-B") | sort -u)
    [ -z "$missing" ] || lost=$(wc -l <<<"$missing")
    cmp -s "$WORK/have-A" "$WORK/have-B" || same=no
    cmp -s "$A/garden.ron" "$B/garden.ron" || same=no
    local failed_logs=0
    [ ! -f "$WORK/ids/$scen-failed" ] || failed_logs=$(wc -l <"$WORK/ids/$scen-failed")
    local line
    line=$(printf '%-34s A %3d events  B %3d events  logged %3d  lost %d  sides %s  failed logs %d%s' \
        "$scen" "$n_a" "$n_b" "$logged" "$lost" "$([ $same = yes ] && echo same || echo DIFFER)" \
        "$failed_logs" "${problems:+  problems:$problems}")
    echo "-- $line"
    RESULTS+=("$line")
    if [ "$failed_logs" != 0 ]; then
        sed 's/^/   /' "$WORK/ids/$scen-failed"
    fi
    if [ -n "$missing" ]; then
        local id where
        while read -r id; do
            where=$(grep -rl -- "$id" "$A" "$B" 2>/dev/null | sed "s|^$WORK/||" | tr '\n' ' ' || true)
            echo "   LOST $id ($(grep -l -- "$id" "$WORK"/ids/*-[AB] | sed 's|.*/||'); on A: $(grep -qx -- "$id" "$WORK/have-A" && echo yes || echo no), on B: $(grep -qx -- "$id" "$WORK/have-B" && echo yes || echo no); still in: ${where:-nowhere})"
        done <<<"$missing"
    fi
    if [ "$lost" != 0 ] || [ $same = no ] || [ -n "$problems" ]; then
        FAILED=1
    fi
}

# ---- a. init on A, sequential logging -------------------------------------------
echo "==> a. sequential: init on A, then $SEQ entries per side, alternating, waiting for sync (${SECONDS}s)"
"$BIN" --save "$A/garden.ron" init --partners Maya Jon --tz UTC --hurt both >/dev/null
wait_sync "B has the save"
[ -f "$B/garden.ron" ] || die "B never received garden.ron"
for ((i = 1; i <= SEQ; i++)); do
    log_n A 1 a.sequential
    wait_sync
    log_n B 1 a.sequential
    wait_sync
done
check a.sequential

# ---- b. offline divergence -------------------------------------------------------
for ((round = 1; round <= ROUNDS; round++)); do
    echo "==> b. offline divergence, round $round: paused, $DIVERGE entries per side, resume (${SECONDS}s)"
    st pause 30
    log_n A "$DIVERGE" "b.divergence-$round"
    sleep 1.1 # B's copy is newer: Syncthing keeps it, A's becomes the conflict copy
    log_n B "$DIVERGE" "b.divergence-$round"
    st resume 30
    wait_sync "after resume"
    run A status "$BIN" status
    run B status "$BIN" status
    wait_sync "after status on both sides"
    check "b.divergence-$round"
done

# ---- c. live concurrent appends --------------------------------------------------
echo "==> c. live: both sides log $N entries at once while syncing (${SECONDS}s)"
log_n A "$N" c.concurrent 0.1 &
pid_a=$!
log_n B "$N" c.concurrent 0.1 &
pid_b=$!
BG_PIDS+=("$pid_a" "$pid_b")
wait "$pid_a" "$pid_b"
check c.concurrent

# ---- d. slowed merge while the other side appends -----------------------------
echo "==> d. A merges a conflict copy with fsyncs slowed 2.5 s while B logs $D_LOGS entries (${SECONDS}s)"
st pause 30
log_n A 3 d.slow-merge
sleep 1.1
log_n B 3 d.slow-merge
st resume 30
found=""
for ((i = 0; i < 100; i++)); do
    found=$(find "$A" -maxdepth 1 -name 'garden.sync-conflict-*' | head -1)
    [ -z "$found" ] || break
    sleep 0.2
done
if [ -z "$found" ]; then
    # Syncthing chose the other way round: make A's conflict copy by hand.
    echo "   no conflict copy on A from Syncthing; making one by hand"
    cp "$A/garden.ron" "$WORK/tmp/copy.ron"
    for ((i = 1; i <= 3; i++)); do
        "$BIN" --save "$WORK/tmp/copy.ron" log kindness --by Maya --note "d copy $i" 2>>"$CLI_LOG" |
            grep -E '^[0-9a-f-]{36}$' >>"$WORK/ids/d.slow-merge-A" || true
    done
    found=$A/garden.sync-conflict-$(date -u +%Y%m%d-%H%M%S)-HANDMDE.ron
    mv "$WORK/tmp/copy.ron" "$found"
fi
echo "   conflict copy on A: ${found##*/}"
log_n B "$D_LOGS" d.slow-merge 0.3 &
pid_b=$!
BG_PIDS+=("$pid_b")
start=$SECONDS
run A "status (strace)" "${SLOW[@]}" "$BIN" status
echo "   slowed status (merge) on A took $((SECONDS - start))s"
start=$SECONDS
log_n A 2 d.slow-merge 0 strace
echo "   2 slowed logs on A took $((SECONDS - start))s"
wait "$pid_b"
check d.slow-merge

# ---- summary --------------------------------------------------------------------
echo
echo "==> results (${SECONDS}s; cumulative: every id logged so far, checked on both sides)"
printf '%s\n' "${RESULTS[@]}"
if [ "$NOT_SYNCED" != 0 ]; then
    echo "sync-test: the folder was not in sync $NOT_SYNCED times"
    FAILED=1
fi
if grep -q . "$CLI_LOG"; then
    echo "CLI notes (stderr): $(wc -l <"$CLI_LOG") lines; first ones:"
    head -n 12 "$CLI_LOG" | sed 's/^/   /'
fi
if [ "$FAILED" != 0 ]; then
    echo "sync-test: FAILED (entries lost, sides differ, or problems found)"
    exit 1
fi
echo "sync-test: ok"
