#!/usr/bin/env bash
# Launcher icons for Android and iOS, cut from the app's own art: a square
# from the middle of the garden screen (a demo save at noon), resized to
# every size the platforms ask for. Writes mobile/android/res/mipmap-*/ and
# mobile/ios/icons/ and web/icons/; commit the results.
#
# Usage: mobile/icons.sh [GARDEN.png]
#   With a PNG (e.g. target/screenshots/garden.png from scripts/screenshots.sh)
#   it only crops and resizes. Without one it takes the screenshot itself,
#   like scripts/screenshots.sh: needs the app (BIN, or `cargo build`), Xvfb
#   and Mesa's software Vulkan on Linux.
# Needs: ImageMagick (`convert`).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
WORK=$(mktemp -d)
trap xvfb_cleanup EXIT

GARDEN=${1:-}
if [ -z "$GARDEN" ]; then
    if [ -z "${BIN:-}" ]; then
        cargo build --release --bin trust-garden
        BIN=${CARGO_TARGET_DIR:-target}/release/trust-garden
    fi
    if [ "$(uname)" = Linux ]; then
        start_xvfb "$WORK"
        export WGPU_BACKEND=${WGPU_BACKEND:-vulkan}
    fi
    "$BIN" --save "$WORK/demo.ron" demo --days 365 >/dev/null
    GARDEN=$WORK/garden.png
    "$BIN" --save "$WORK/demo.ron" play --screenshot "$GARDEN" --screen garden \
        --at "$(date -u +%Y-%m-%dT12:00:00Z)"
fi

# The widest square that fits, centred a little below the middle, where the
# plants stand (above the bottom navigation, below the top bar).
read -r width height < <(convert "$GARDEN" -format '%w %h\n' info:)
side=$((width < height ? width : height))
top=$(((height - side) * 55 / 100))
convert "$GARDEN" -crop "${side}x${side}+$(((width - side) / 2))+${top}" +repage \
    -strip "$WORK/square.png"

icon() { # size, output path
    mkdir -p "$(dirname "$2")"
    convert "$WORK/square.png" -resize "$1x$1" -strip "$2"
    echo "$2 ($1 px)"
}
# Android launcher densities: mdpi 1x ... xxxhdpi 4x of 48 dp.
for pair in mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
    icon "${pair#*:}" "mobile/android/res/mipmap-${pair%%:*}/ic_launcher.png"
done
# iOS: the iPhone home screen icon at 2x and 3x (Info.plist names it
# AppIcon60x60). App Store Connect's 1024 px icon would need a larger
# screenshot than the phone-sized window gives, so it is not made here.
icon 120 mobile/ios/icons/AppIcon60x60@2x.png
icon 180 mobile/ios/icons/AppIcon60x60@3x.png
# The web app's manifest: 192 and 512 px (the 512 is scaled up from the
# phone-sized window's square, so a little soft), and Safari's home screen icon.
icon 192 web/icons/icon-192.png
icon 512 web/icons/icon-512.png
icon 180 web/icons/apple-touch-icon.png
