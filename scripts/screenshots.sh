#!/usr/bin/env bash
# Makes the README screenshots with the real binary under Xvfb, in English and in French:
# case list, dashboard with the pile-up chart, quick log, export dialog.
#
#   scripts/screenshots.sh            # builds (debug) if needed, writes docs/screenshots/*.png
#   PAPERTRAIL_BIN=target/release/papertrail scripts/screenshots.sh
#
# Needs: Xvfb, xdotool, ImageMagick (`apt-get install xvfb xauth imagemagick xdotool
# libgl1-mesa-dri`). xdotool cannot type accented letters under bare Xvfb, so the typed text
# has none (the app itself shows them). Each run uses a fresh data directory with the demo cases and its own
# XDG_DATA_HOME, so remembered preferences never leak between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
display=${SCREENSHOT_DISPLAY:-:93}
if [[ -z "${PAPERTRAIL_BIN:-}" ]]; then
    cargo build --quiet
    target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
    PAPERTRAIL_BIN="$target_dir/debug/papertrail"
fi
mkdir -p "$out"

Xvfb "$display" -noreset -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
app=""
work=$(mktemp -d)
cleanup() {
    [[ -n "$app" ]] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display
sleep 1

shoot() { # name
    sleep "${SHOT_DELAY:-1.2}"
    import -window "$window" "$out/$1.png"
    echo "wrote $out/$1.png"
}

for lang in en fr; do
    data="$work/$lang/data"
    mkdir -p "$data"
    "$PAPERTRAIL_BIN" --data-dir "$data" demo >/dev/null
    locale=en_US.UTF-8
    [[ $lang == fr ]] && locale=fr_FR.UTF-8
    LANG=$locale LC_ALL=$locale XDG_DATA_HOME="$work/$lang/xdg" \
        "$PAPERTRAIL_BIN" --data-dir "$data" &
    app=$!
    window=""
    for _ in $(seq 1 50); do
        window=$(xdotool search --onlyvisible --name "Paper Trail" 2>/dev/null | head -1 || true)
        [[ -n "$window" ]] && break
        sleep 0.2
    done
    [[ -n "$window" ]] || { echo "the window did not open" >&2; exit 1; }
    sleep 0.5
    # No window manager: give the new window the keyboard focus explicitly.
    xdotool windowfocus "$window" 2>/dev/null || true

    shoot "$lang-case-list"
    # Open the first case of the list.
    xdotool mousemove 100 237 click 1
    shoot "$lang-dashboard"
    # Quick log, with something typed and a promise ticked.
    xdotool key --window "$window" ctrl+l
    sleep 0.5
    if [[ $lang == fr ]]; then
        xdotool type --delay 15 "Appel au service client, mis en attente 20 min"
    else
        xdotool type --delay 15 "Called customer service, transferred twice"
    fi
    # One key per frame: Tab past the wait and the four legal fields to the checkbox, Space
    # ticks it, the cursor moves to the promise.
    for key in Tab Tab Tab Tab Tab Tab space; do
        xdotool key --window "$window" "$key"
        sleep 0.3
    done
    if [[ $lang == fr ]]; then
        xdotool type --delay 15 "Livraison mardi prochain"
    else
        xdotool type --delay 15 "Delivery next Tuesday"
    fi
    shoot "$lang-quick-log"
    xdotool key --window "$window" Escape
    sleep 0.5
    xdotool key --window "$window" ctrl+e
    shoot "$lang-export"
    xdotool key --window "$window" Escape
    kill "$app"
    wait "$app" 2>/dev/null || true
    app=""
done

# A window that fits (issue 11): the English dashboard in a 1024×640 window, and the same
# window at 200 % (a HiDPI screen, WINIT_X11_SCALE_FACTOR=2: 512×320 points), where the case
# list folds behind "Cases" and the case scrolls as one page.
data="$work/en/data"
for scale in 1 2; do
    WINIT_X11_SCALE_FACTOR=$scale LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 \
        XDG_DATA_HOME="$work/fit-$scale" "$PAPERTRAIL_BIN" --data-dir "$data" &
    app=$!
    window=""
    for _ in $(seq 1 50); do
        window=$(xdotool search --onlyvisible --name "Paper Trail" 2>/dev/null | head -1 || true)
        [[ -n "$window" ]] && break
        sleep 0.2
    done
    [[ -n "$window" ]] || { echo "the window did not open" >&2; exit 1; }
    xdotool windowsize "$window" 1024 640
    xdotool windowmove "$window" 0 0
    xdotool windowfocus "$window" 2>/dev/null || true
    sleep 1
    # The first case of the list (by last activity: the espresso machine).
    if [[ $scale == 1 ]]; then
        xdotool mousemove 100 142 click 1
        shoot "en-1024x640"
    else
        xdotool mousemove 380 333 click 1
        shoot "en-zoom-200"
    fi
    kill "$app"
    wait "$app" 2>/dev/null || true
    app=""
done
