#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring and a
# throw-away HOME, so tests use a real keychain but never a real user's keyring.
#   scripts/with-test-keyring.sh <command...>
# Exits with the command's status. Calling it again from inside such a session (a test that
# wraps itself) just runs the command in the session that is already there.
set -euo pipefail

if [ "${MRA_TEST_KEYRING_READY:-}" = 1 ]; then
    exec "$@"
fi

if [ -z "${MRA_INSIDE_TEST_SESSION:-}" ]; then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/mra-test-home.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    # A desktop name would make QtKeychain pick KWallet (KDE) instead of the Secret Service.
    status=0
    env -u XDG_CURRENT_DESKTOP -u KDE_FULL_SESSION -u KDE_SESSION_VERSION -u DESKTOP_SESSION \
        -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_CACHE_HOME="$scratch/home/.cache" MRA_INSIDE_TEST_SESSION=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi

# Inside the session. The daemon runs in the foreground as our own child, so we know its
# process id and stop exactly that process, never another user's or another test run's.
password="throwaway-test-password-$$"
gnome-keyring-daemon --foreground --unlock --components=secrets \
    >/dev/null 2>&1 <<<"$password" &
keyring_pid=$!

secrets_owner_pid() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        awk '{print $2}'
}

stop_keyring() {
    # A daemon that D-Bus activated on this private bus (if ours died) is ours to stop too.
    local owner
    owner=$(secrets_owner_pid || true)
    kill "$keyring_pid" 2>/dev/null || true
    wait "$keyring_pid" 2>/dev/null || true
    if [ -n "$owner" ] && [ "$owner" != "$keyring_pid" ]; then
        kill "$owner" 2>/dev/null || true
    fi
}
trap stop_keyring EXIT

# Wait until the Secret Service is on the bus, so the first test does not race the daemon.
for _ in $(seq 100); do
    [ "$(secrets_owner_pid || true)" = "$keyring_pid" ] && break
    if ! kill -0 "$keyring_pid" 2>/dev/null; then
        echo "with-test-keyring.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    sleep 0.1
done
if [ "$(secrets_owner_pid || true)" != "$keyring_pid" ]; then
    echo "with-test-keyring.sh: the keyring did not appear on the test session bus" >&2
    exit 1
fi

export MRA_TEST_KEYRING_READY=1
status=0
"$@" || status=$?
exit $status
