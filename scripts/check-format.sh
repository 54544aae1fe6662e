#!/usr/bin/env bash
# Fails when a C++ file does not follow .clang-format. `--fix` rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/mra-format.log; then
    echo "These files do not follow .clang-format (run scripts/check-format.sh --fix):"
    grep -o '^[^:]*' /tmp/mra-format.log | sort -u
    exit 1
fi
