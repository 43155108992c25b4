#!/usr/bin/env bash
# Starts the real app under Xvfb (software OpenGL, no GPU) on a fresh data directory with the
# demo cases, and checks that its window appears and stays up: the README's run command works.
# Needs: xvfb, xdotool, libgl1-mesa-dri (installed by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${PAPERTRAIL_BIN:-target/debug/papertrail}"
[[ -x "$bin" ]] || cargo build --quiet --bin papertrail
display="${SMOKE_DISPLAY:-:91}"
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

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY="$display"
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
