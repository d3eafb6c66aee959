#!/usr/bin/env bash
# The browser build of Trust Garden (see web/ and the README's "In a browser").
#
#   scripts/web.sh build        the whole site into target/web/ (WEB_SITE)
#   scripts/web.sh serve [PORT] serves it on http://127.0.0.1:PORT (8765)
#
# Build needs: rustup's wasm32-unknown-unknown target, wasm-bindgen-cli at the
# version Cargo.lock pins (installed into ~/.cache/trust-garden/tools on
# first use), gzip; binaryen's wasm-opt 116 or later, when there is one,
# shrinks the wasm further. Serve needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."

SITE=${WEB_SITE:-target/web}
TOOLS=${TRUST_GARDEN_TOOLS:-$HOME/.cache/trust-garden/tools}
export CARGO_TARGET_DIR=${WEB_TARGET_DIR:-$HOME/.cache/trust-garden/target-web}

# wasm-bindgen's generated JS and the CLI must be the same version.
bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

bindgen() {
    local version
    version=$(bindgen_version)
    if ! "$TOOLS/bin/wasm-bindgen" --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
        echo "installing wasm-bindgen-cli $version into $TOOLS" >&2
        CARGO_TARGET_DIR="$HOME/.cache/trust-garden/target-tools" \
            cargo install wasm-bindgen-cli --version "$version" --root "$TOOLS" >&2
    fi
    "$TOOLS/bin/wasm-bindgen" "$@"
}

build() {
    if command -v rustup >/dev/null; then
        rustup target add wasm32-unknown-unknown >/dev/null 2>&1
    fi
    cargo build -p trust-garden-web --target wasm32-unknown-unknown --profile web
    rm -rf "$SITE"
    mkdir -p "$SITE"
    bindgen --target web --no-typescript --out-name trust_garden_web --out-dir "$SITE" \
        "$CARGO_TARGET_DIR/wasm32-unknown-unknown/web/trust_garden_web.wasm"
    local wasm="$SITE/trust_garden_web_bg.wasm"
    # Binaryen before 116 (Debian 12 has 108) breaks wasm-bindgen's table of
    # JS references ("WebAssembly.Table.set(): Argument 1 is invalid"): the
    # wasm is shrunk only by a wasm-opt that handles it.
    local opt_version
    opt_version=$(wasm-opt --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
    if [ "${opt_version:-0}" -ge 116 ]; then
        wasm-opt -Os --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
            --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
            "$wasm" -o "$wasm.opt"
        mv "$wasm.opt" "$wasm"
    else
        echo "note: wasm-opt ${opt_version:-missing} is older than 116; the wasm is not shrunk further" >&2
    fi
    cp web/index.html web/manifest.webmanifest "$SITE/"
    cp -r web/icons "$SITE/icons"
    # The service worker caches exactly this build's files, under a name
    # that changes with the wasm, so an update replaces the old cache.
    local version files
    version=$(sha256sum "$wasm" | cut -c1-16)
    files=$(cd "$SITE" && find . -type f ! -name sw.js | sort | sed 's|^\./||' |
        awk 'BEGIN { printf "[\"./\"" } { printf ", \"%s\"", $0 } END { print "]" }')
    sed -e "s|__VERSION__|$version|" -e "s|__FILES__|$files|" web/sw.js >"$SITE/sw.js"
    local raw gz
    raw=$(stat -c %s "$wasm")
    gz=$(gzip -9 -c "$wasm" | wc -c)
    echo "site: $SITE ($(find "$SITE" -type f | wc -l) files)"
    echo "wasm: $((raw / 1024)) KiB, $((gz / 1024)) KiB gzip'd"
}

serve() {
    local port=${1:-8765}
    [ -f "$SITE/index.html" ] || { echo "no site in $SITE: run scripts/web.sh build first" >&2; exit 1; }
    echo "Trust Garden on http://127.0.0.1:$port/ (Ctrl-C stops it)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$SITE"
}

case "${1:-}" in
    build) build ;;
    serve) shift; serve "$@" ;;
    *) echo "usage: scripts/web.sh build | serve [PORT]" >&2; exit 2 ;;
esac
