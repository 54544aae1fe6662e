#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring and a
# throw-away HOME, so tests use a real keychain but never a real user's keyring.
set -euo pipefail
if [ -z "${MRA_INSIDE_TEST_SESSION:-}" ]; then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/mra-test-home.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_CACHE_HOME="$scratch/home/.cache" MRA_INSIDE_TEST_SESSION=1 \
        dbus-run-session -- "$0" "$@"
    exit $?
fi
# Inside the session: start the keyring's Secret Service, unlocked with a throw-away password.
eval "$(printf 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
status=0
"$@" || status=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
pkill -u "$(id -u)" -f "gnome-keyring-daemon.*--components=secrets" 2>/dev/null || true
exit $status
