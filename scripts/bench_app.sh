#!/usr/bin/env bash
# Side-by-side measurements of the app, in one run:
#  1. CPU time of the idle app for 10 s (reactive, low-power rendering)
#     against the same app forced to render continuously
#     (TRUST_GARDEN_CONTINUOUS=1); goal: idle <= 0.05x continuous.
#  2. Cold start (process start until the first screen is drawn,
#     TRUST_GARDEN_EXIT_WHEN_READY=1) with a 10-year demo save against an
#     empty (just set up) save; goal: <= 1.1x.
# Runs under Xvfb with Mesa's software Vulkan when no DISPLAY is set.
# Env: BIN (binary; built with `cargo build --release` when unset), RUNS.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${CARGO_TARGET_DIR:-target}
RUNS=${RUNS:-3}
if [ -z "${BIN:-}" ]; then
    cargo build --release --bin trust-garden
    BIN=$TARGET/release/trust-garden
fi
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
xvfb_session

TICKS=$(getconf CLK_TCK)
# CPU seconds (user + system) a process has used so far.
cpu_of() {
    awk -v t="$TICKS" '{ printf "%.3f", ($14 + $15) / t }' "/proc/$1/stat"
}

# CPU used over 10 s of an already started app, after a settle period.
idle_cpu() { # save, env assignments...
    local save=$1
    shift
    env "$@" "$BIN" --save "$save" play >/dev/null 2>&1 &
    local pid=$!
    sleep 8
    local a b
    a=$(cpu_of "$pid")
    sleep 10
    b=$(cpu_of "$pid")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b - a }'
}

# Median wall time of RUNS cold starts.
cold_start() { # save
    local save=$1 times=()
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(date +%s.%N)
        TRUST_GARDEN_EXIT_WHEN_READY=1 "$BIN" --save "$save" play >/dev/null 2>&1
        t1=$(date +%s.%N)
        times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

DEMO=$WORK/ten-years.ron
EMPTY=$WORK/empty.ron
"$BIN" --save "$DEMO" demo --days 3650 >/dev/null
"$BIN" --save "$EMPTY" init --partners Sam Alex --tz Europe/London >/dev/null
echo "demo save: $(wc -l <"$DEMO") lines"

idle=$(idle_cpu "$DEMO")
continuous=$(idle_cpu "$DEMO" TRUST_GARDEN_CONTINUOUS=1)
cold_demo=$(cold_start "$DEMO")
cold_empty=$(cold_start "$EMPTY")

echo
printf '%-44s %10s\n' "measure" "value"
printf '%-44s %9ss\n' "idle CPU over 10 s (reactive)" "$idle"
printf '%-44s %9ss\n' "CPU over 10 s (continuous rendering)" "$continuous"
awk -v a="$idle" -v b="$continuous" 'BEGIN { printf "%-44s %9.3fx  (goal <= 0.05x)\n", "idle / continuous", (b > 0 ? a / b : 0) }'
printf '%-44s %9ss\n' "cold start, 10-year save (median of $RUNS)" "$cold_demo"
printf '%-44s %9ss\n' "cold start, empty save (median of $RUNS)" "$cold_empty"
awk -v a="$cold_demo" -v b="$cold_empty" 'BEGIN { printf "%-44s %9.3fx  (goal <= 1.1x)\n", "10-year / empty", (b > 0 ? a / b : 0) }'
