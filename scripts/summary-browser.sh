#!/usr/bin/env bash
# The counselling summary in a real browser: Debian's Chromium, headless,
# prints it to PDF on A4 and on Letter and takes screenshots at phone and
# desktop widths, then checks each: the PDFs have the expected paper and
# enough pages and hold every section, the PNGs are not blank, and notes
# appear only when asked for. Writes to target/summary-browser/ (OUT);
# `--docs` also refreshes docs/summary.png for the README.
#
# Needs: chromium poppler-utils imagemagick (apt).
# Env: BIN (the trust-garden binary; built with `cargo build` when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${CARGO_TARGET_DIR:-target}
OUT=${OUT:-target/summary-browser}
if [ -z "${BIN:-}" ]; then
    cargo build --bin trust-garden
    BIN=$TARGET/debug/trust-garden
fi
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

SAVE=$WORK/garden.ron
"$BIN" --save "$SAVE" demo --days 90 --seed 3 >/dev/null
# One note the couple may choose to include, and one they erase.
"$BIN" --save "$SAVE" log gratitude --by Sam --note "Thank you for listening last night" >/dev/null
"$BIN" --save "$SAVE" log honest-talk --by Alex --note "Words that are erased again" >/dev/null
erased=$("$BIN" --save "$SAVE" history --json --limit 1 | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -1)
"$BIN" --save "$SAVE" erase "$erased" --by Alex >/dev/null

# English whatever the machine's locale: the checks below read English headings.
"$BIN" --lang en --save "$SAVE" summary -o "$WORK/summary.html" 2>/dev/null
"$BIN" --lang en --save "$SAVE" summary --with-notes -o "$WORK/with-notes.html" 2>/dev/null

chrome() {
    # No sandbox: CI runs as root. Nothing here reaches the network.
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --no-first-run --no-pdf-header-footer --user-data-dir="$WORK/profile" "$@" \
        >/dev/null 2>&1
}

status=0
fail() { echo "FAIL: $*"; status=1; }

for paper in A4 Letter; do
    page=$WORK/summary-$paper.html
    sed "s|</head>|<style>@page { size: $paper; }</style></head>|" "$WORK/summary.html" >"$page"
    pdf=$OUT/summary-$paper.pdf
    chrome --print-to-pdf="$pdf" "file://$page"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
    echo "$paper: $pages pages, $size"
    case "$paper:$size" in
        A4:*"(A4)"* | Letter:*"(letter)"*) ;;
        *) fail "$paper: the PDF's paper is $size" ;;
    esac
    if [ "$pages" -lt 3 ] || [ "$pages" -gt 8 ]; then
        fail "$paper: $pages pages (expected 3 to 8)"
    fi
    text=$(pdftotext -layout "$pdf" -)
    for heading in "At a glance" "Where they are" "Trust over time" \
        "What each did, week by week" "Promises" "Check-ins: mood, calm and tense" \
        "Noticing each other" "Pause days" "Week by week, in words" Alex Sam; do
        grep -qF "$heading" <<<"$text" || fail "$paper: \"$heading\" is not in the PDF"
    done
    if grep -qF "Thank you for listening" <<<"$text"; then
        fail "$paper: a note is in the summary made without notes"
    fi
done

with_notes=$OUT/with-notes.pdf
chrome --print-to-pdf="$with_notes" "file://$WORK/with-notes.html"
notes_text=$(pdftotext "$with_notes" -)
grep -qF "Thank you for listening last night" <<<"$notes_text" ||
    fail "the note the couple included is not in the PDF"
if grep -qF "Words that are erased" <<<"$notes_text"; then
    fail "an erased note is in the PDF"
fi

for shot in phone:390,2600 desktop:1000,1500; do
    name=${shot%%:*}
    png=$OUT/summary-$name.png
    chrome --force-device-scale-factor=1 --window-size="${shot#*:}" --screenshot="$png" \
        "file://$WORK/summary.html"
    sd=$(identify -format '%[fx:standard_deviation]' "$png")
    echo "$name screenshot: $(identify -format '%wx%h' "$png"), standard deviation $sd"
    if awk -v sd="$sd" 'BEGIN { exit !(sd < 0.05) }'; then
        fail "$png is blank"
    fi
done

if [ "${1:-}" = "--docs" ]; then
    cp "$OUT/summary-phone.png" docs/summary.png
fi
exit $status
