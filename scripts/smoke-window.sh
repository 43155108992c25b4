#!/usr/bin/env bash
# Starts the real app under Xvfb (software OpenGL, no GPU) on a fresh data directory with the
# demo cases, and checks that its window appears and stays up: the README's run command works.
# Needs: xvfb, xdotool, libgl1-mesa-dri (installed by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${PAPERTRAIL_BIN:-target/debug/papertrail}"
[[ -x "$bin" ]] || cargo build --quiet --bin papertrail
work="$(mktemp -d)"
app=""
xvfb=""
cleanup() {
  [[ -n "$app" ]] && kill "$app" 2>/dev/null || true
  [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke-window: $*" >&2; [[ -f "$work/app.log" ]] && tail -20 "$work/app.log" >&2; exit 1; }

# Let Xvfb pick a free display and tell us which (-displayfd), then wait until it answers.
Xvfb -displayfd 3 -screen 0 1280x800x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 100); do
  [[ -s "$work/display" ]] && break
  kill -0 "$xvfb" 2>/dev/null || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  sleep 0.1
done
[[ -s "$work/display" ]] || fail "Xvfb did not report its display within 10 s"
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
for _ in $(seq 1 50); do
  xdotool getdisplaygeometry >/dev/null 2>&1 && break
  sleep 0.2
done
"$bin" --data-dir "$work/data" demo >/dev/null
XDG_DATA_HOME="$work/xdg" "$bin" --data-dir "$work/data" >"$work/app.log" 2>&1 &
app=$!

window=""
for _ in $(seq 1 40); do
  window="$(xdotool search --onlyvisible --name "Paper Trail" 2>/dev/null | head -1 || true)"
  [[ -n "$window" ]] && break
  kill -0 "$app" 2>/dev/null || fail "the app exited before showing its window"
  sleep 0.5
done
[[ -n "$window" ]] || fail "no window titled 'Paper Trail' appeared within 20 s"
sleep 3
kill -0 "$app" 2>/dev/null || fail "the app exited after showing its window"
echo "smoke-window: the app's window is up (id $window) with the demo cases"
