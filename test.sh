#!/usr/bin/env bash
# Sets up what the tests need (Debian packages), builds with sanitizers and warnings as
# errors, and runs the whole suite on the offscreen platform against a real GNOME Keyring
# in a throw-away D-Bus session and HOME. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh --with-tests
# Node tools of the OpenAPI contract test (tests/contract): Stoplight Prism, pinned there.
if ! command -v npm >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends nodejs npm
fi
npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error

build=build/test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DMRA_WARNINGS_AS_ERRORS=ON -DMRA_SANITIZE=ON -DMRA_BUILD_TESTS=ON -DMRA_FAULT_INJECTION=ON >/dev/null
cmake --build "$build"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

status=0
scripts/with-test-keyring.sh ctest --test-dir "$build" --output-on-failure --timeout 300 "$@" || status=1

# Formatting is part of the contract too: the code follows .clang-format.
scripts/check-format.sh || status=1
exit $status
