#!/usr/bin/env bash
# The app's keychain test against a real Secret Service: GNOME Keyring on a
# private D-Bus session bus, keeping its keyrings in a temporary folder so no
# real keyring is touched.
# Needs Debian's dbus and gnome-keyring (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trust-garden/target}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- bash -c '
  set -euo pipefail
  # A new login keyring, unlocked with a throwaway password read from stdin.
  printf "%s" "keychain-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cargo test --lib app::keychain -- --ignored --nocapture
'
