#!/usr/bin/env bash
# Screenshots of every screen of the app under Xvfb with a demo save, written
# to target/screenshots/ and checked: each PNG must be non-blank and differ
# from every other one.
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 imagemagick (apt).
# Env: BIN (the trust-garden binary; built with `cargo build` when unset),
#      OUT (output folder), DAYS (length of the demo save).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-target/screenshots}
DAYS=${DAYS:-180}
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
app_session
mkdir -p "$OUT"

SAVE=$WORK/demo.ron
"$BIN" --save "$SAVE" demo --days "$DAYS" >/dev/null

shot() { # name, extra args...
    local name=$1
    shift
    echo "screenshot: $name"
    timeout 300 "$BIN" --save "$SAVE" play --screenshot "$OUT/$name.png" "$@"
}

NOON=$(date -u +%Y-%m-%dT12:00:00Z)
NIGHT=$(date -u +%Y-%m-%dT22:30:00Z)
shot garden --screen garden --at "$NOON"
for screen in log history journey stats settings; do
    shot "$screen" --screen "$screen" --at "$NOON"
done
shot garden-night --screen garden --at "$NIGHT"
shot garden-phone --screen garden --phone --at "$NOON"
shot log-phone --screen log --phone --at "$NOON"
# One screen per language (English above).
shot garden-phone-de --screen garden --phone --lang de --at "$NOON"
shot garden-phone-es --screen garden --phone --lang es --at "$NOON"
shot settings-de --screen settings --lang de --at "$NOON"
shot log-es --screen log --lang es --at "$NOON"
echo "screenshot: welcome"
timeout 300 "$BIN" --save "$WORK/new.ron" play --screenshot "$OUT/welcome.png" --at "$NOON"

status=0
shots=("$OUT"/*.png)
for png in "${shots[@]}"; do
    sd=$(identify -format '%[fx:standard_deviation]' "$png")
    if awk -v sd="$sd" 'BEGIN { exit !(sd < 0.02) }'; then
        echo "BLANK: $png (standard deviation $sd)"
        status=1
    else
        echo "ok: $png (standard deviation $sd)"
    fi
done
for ((i = 0; i < ${#shots[@]}; i++)); do
    for ((j = i + 1; j < ${#shots[@]}; j++)); do
        a=${shots[$i]}
        b=${shots[$j]}
        if [ "$(identify -format '%wx%h' "$a")" != "$(identify -format '%wx%h' "$b")" ]; then
            continue
        fi
        diff=$(compare -metric AE "$a" "$b" null: 2>&1 || true)
        diff=${diff%% *}
        if awk -v d="$diff" 'BEGIN { exit !(d < 2000) }'; then
            echo "SAME: $a and $b differ in only $diff pixels"
            status=1
        fi
    done
done
exit $status
