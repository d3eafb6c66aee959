#!/usr/bin/env bash
# Builds TrustGarden.app for the iOS simulator or an iPhone, in the manner of
# cargo-bundle: cargo links the executable (src/main.rs), this script puts it
# in a bundle with Info.plist and the icons, and signs it.
#
# Needs macOS with Xcode (its SDK and linker; `xcode-select --install` alone
# is not enough) and rustup.
#
# Usage:
#   mobile/ios/build.sh simulator   # Apple silicon simulator, ad-hoc signed
#   SIGN_IDENTITY="Apple Development: Name (TEAMID)" \
#   PROFILE=~/Downloads/TrustGarden.mobileprovision \
#   mobile/ios/build.sh device      # a real iPhone
# Then install it as the script prints at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

KIND=${1:-simulator}
case $KIND in
    simulator) TRIPLE=aarch64-apple-ios-sim ;;
    device) TRIPLE=aarch64-apple-ios ;;
    *)
        echo "usage: $0 simulator|device" >&2
        exit 2
        ;;
esac
if [ "$KIND" = device ] && { [ -z "${SIGN_IDENTITY:-}" ] || [ -z "${PROFILE:-}" ]; }; then
    echo "error: a device build needs SIGN_IDENTITY and PROFILE (see the top of $0)" >&2
    exit 2
fi

# Matches MinimumOSVersion in Info.plist.
export IPHONEOS_DEPLOYMENT_TARGET=15.0
rustup target add "$TRIPLE"
cargo build --release --target "$TRIPLE" -p trust-garden-mobile --bin trust-garden-mobile

TARGET_DIR=${CARGO_TARGET_DIR:-target}
APP=$TARGET_DIR/ios/$KIND/TrustGarden.app
rm -rf "$APP"
mkdir -p "$APP"
cp "$TARGET_DIR/$TRIPLE/release/trust-garden-mobile" "$APP/"
cp mobile/ios/Info.plist "$APP/Info.plist"
plutil -lint "$APP/Info.plist"
if ls mobile/ios/icons/AppIcon60x60@*.png >/dev/null 2>&1; then
    cp mobile/ios/icons/AppIcon60x60@*.png "$APP/"
else
    echo "warning: no icons in mobile/ios/icons (run mobile/icons.sh)" >&2
fi

if [ "$KIND" = device ]; then
    cp "$PROFILE" "$APP/embedded.mobileprovision"
    security cms -D -i "$PROFILE" >"$TARGET_DIR/ios/profile.plist"
    /usr/libexec/PlistBuddy -x -c 'Print :Entitlements' "$TARGET_DIR/ios/profile.plist" \
        >"$TARGET_DIR/ios/entitlements.plist"
    codesign --force --timestamp=none --sign "$SIGN_IDENTITY" \
        --entitlements "$TARGET_DIR/ios/entitlements.plist" "$APP"
    echo "built $APP; install it with:"
    echo "  xcrun devicectl list devices"
    echo "  xcrun devicectl device install app --device <DEVICE-ID> $APP"
else
    codesign --force --sign - "$APP"
    echo "built $APP; install and start it with:"
    echo "  xcrun simctl boot 'iPhone 15' || true; open -a Simulator"
    echo "  xcrun simctl install booted $APP && xcrun simctl launch booted org.trustgarden.app"
fi
