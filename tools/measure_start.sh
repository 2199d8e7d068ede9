#!/usr/bin/env bash
# Start-up time and size of wirepeek next to the smallest eframe window (examples/bare_window.rs,
# same eframe features, same release profile), in one run, as written in README "Start-up time
# and size". Build both first:
#
#     cargo build --release --bin wirepeek --example bare_window
#     tools/measure_start.sh [launches]        # default 9 launches of each, after one warm-up
#
# Each launch runs with WIREPEEK_EXIT_AFTER_FIRST_FRAME=1: the program prints the moment its
# first frame is on screen and exits (src/app/launch.rs). The time counted is from just before
# the shell starts it to that moment: exec, loading, the window, GL, fonts, the first frame.
# Launches of the two alternate, so a busy machine slows both alike. wirepeek starts as on a
# first double-click: an empty state folder (the welcome view), nothing fetched.
#
# Runs on its own virtual X server (Xvfb, display :98 unless MEASURE_DISPLAY says another), so
# numbers from different machines are both "software OpenGL (Mesa llvmpipe) at 1400x900".
set -euo pipefail
cd "$(dirname "$0")/.."

launches=${1:-9}
target=${CARGO_TARGET_DIR:-target}
app=$target/release/wirepeek
bare=$target/release/examples/bare_window
for program in "$app" "$bare"; do
    if [ ! -x "$program" ]; then
        echo "error: $program is missing; first run:" >&2
        echo "  cargo build --release --bin wirepeek --example bare_window" >&2
        exit 1
    fi
done
command -v Xvfb >/dev/null || { echo "error: Xvfb is missing (apt-get install xvfb)" >&2; exit 1; }

display=${MEASURE_DISPLAY:-:98}
scratch=$(mktemp -d)
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
cleanup() {
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
for _ in $(seq 100); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.05
done

# Milliseconds from start to first frame, for one launch of $1.
launch() {
    local state before printed
    state=$(mktemp -d "$scratch/state.XXXX")
    before=${EPOCHREALTIME/[.,]/}
    printed=$(env -u WAYLAND_DISPLAY DISPLAY="$display" WIREPEEK_EXIT_AFTER_FIRST_FRAME=1 \
        WIREPEEK_STATE_DIR="$state" XDG_DATA_HOME="$state" timeout 120 "$1" 2>"$scratch/stderr" \
        | sed -n 's/^first-frame-unix-us //p')
    if [ -z "$printed" ]; then
        echo "error: $1 showed no first frame:" >&2
        cat "$scratch/stderr" >&2
        exit 1
    fi
    echo $(((printed - before) / 1000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

launch "$app" >/dev/null
launch "$bare" >/dev/null
app_times=() bare_times=()
for _ in $(seq "$launches"); do
    app_times+=("$(launch "$app")")
    bare_times+=("$(launch "$bare")")
done

app_ms=$(printf '%s\n' "${app_times[@]}" | median)
bare_ms=$(printf '%s\n' "${bare_times[@]}" | median)
app_bytes=$(stat -c %s "$app")
bare_bytes=$(stat -c %s "$bare")
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

echo "Start to first frame, median of $launches launches each (all, in ms):"
echo "  wirepeek     ${app_ms} ms   (${app_times[*]})"
echo "  bare window  ${bare_ms} ms   (${bare_times[*]})"
awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { printf "  wirepeek / bare window: %.2fx\n", a / b }'
echo "Binary size (release profile, stripped):"
echo "  wirepeek     $(mib "$app_bytes") ($app_bytes bytes)"
echo "  bare window  $(mib "$bare_bytes") ($bare_bytes bytes)"
