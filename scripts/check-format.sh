#!/usr/bin/env bash
# Fails when a C++ file does not follow .clang-format. `--fix` rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | grep -v node_modules)
[ ${#files[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! clang-format --dry-run --Werror "${files[@]}" 2>"$log"; then
    echo "These files do not follow .clang-format (run scripts/check-format.sh --fix):"
    grep -oE '^[^: ]+\.(cpp|h):[0-9]+:' "$log" | cut -d: -f1 | sort -u | sed 's/^/  /'
    exit 1
fi
