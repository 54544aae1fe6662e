#!/usr/bin/env bash
# Runs atspi_tree.py against the real program on its own X server (Xvfb) and accessibility bus.
#   run-atspi-tree.sh <mailgun-recovery binary> <atspi_tree.py>
# Needs a D-Bus session (ctest runs under scripts/with-test-keyring.sh). Exit 77 (skipped) only
# when pyatspi or Xvfb is missing; every process started here is stopped on any exit.
set -euo pipefail

binary=$1
script=$2
skip=77

# Debian's pyatspi is for the system Python; a python3 earlier in PATH (pyenv) may lack it.
python=""
for candidate in /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import pyatspi' 2>/dev/null; then
        python=$(command -v "$candidate")
        break
    fi
done
if [ -z "$python" ]; then
    echo "SKIP: pyatspi is missing (Debian: python3-pyatspi)"
    exit $skip
fi
if ! command -v Xvfb >/dev/null; then
    echo "SKIP: Xvfb is missing (Debian: xvfb)"
    exit $skip
fi
launcher=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate && break
done
if [ -z "$launcher" ]; then
    echo "FAIL: at-spi-bus-launcher not found (Debian: at-spi2-core)" >&2
    exit 1
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "FAIL: no D-Bus session; run under scripts/with-test-keyring.sh" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/mra-atspi.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# A display number nobody uses: Xvfb writes the one it chose to the file we give it.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
display=""
for _ in $(seq 300); do
    display=$(head -n1 "$scratch/display" 2>/dev/null || true)
    [ -n "$display" ] && break
    kill -0 "${pids[0]}" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$display" ]; then
    echo "FAIL: Xvfb did not start:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display"

# The accessibility bus of this D-Bus session; the registry starts on it when first asked.
# Asking org.a11y.Bus itself would make D-Bus start a launcher of its own: wait until ours
# owns the name instead.
"$launcher" --launch-immediately >"$scratch/bus.log" 2>&1 &
pids+=($!)
bus_owner_pid() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.a11y.Bus 2>/dev/null | awk '{print $2}'
}
for _ in $(seq 300); do
    [ "$(bus_owner_pid || true)" = "${pids[1]}" ] && break
    kill -0 "${pids[1]}" 2>/dev/null || break
    sleep 0.1
done
if [ "$(bus_owner_pid || true)" != "${pids[1]}" ]; then
    echo "FAIL: the accessibility bus did not start:" >&2
    cat "$scratch/bus.log" >&2
    exit 1
fi

# On a sanitized build (test.sh), strict_string_checks makes ASan call libxkbcommon-x11's legal
# strndup() of a reply that is exactly n bytes long, with no NUL after it, a heap overflow. It is
# not our code and not a real overflow (strndup reads at most n bytes), so this one process runs
# without that check; every other ASan check stays on.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_string_checks=0" \
    QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    "$binary" --practice >"$scratch/app.log" 2>&1 &
pids+=($!)

status=0
"$python" "$script" "Mailgun Recovery Assistant" || status=$?
if ! kill -0 "${pids[2]}" 2>/dev/null; then
    echo "FAIL: the program ended during the walk (crashed?)"
    status=1
fi
if [ $status -ne 0 ]; then
    echo "--- the program's output:"
    cat "$scratch/app.log"
fi
exit $status
