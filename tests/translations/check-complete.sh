#!/usr/bin/env bash
# Fails when a shipped translation misses a message: refreshes a copy of each .ts from the
# current sources (as `update_translations` would) and counts what is left unfinished.
#   check-complete.sh LUPDATE SOURCE_DIR [--plural-only] TS_FILE...
# --plural-only: the files hold only the plural forms (English, made with lupdate -pluralonly).
set -euo pipefail
lupdate=$1
source_dir=$2
shift 2
only=()
if [ "${1:-}" = "--plural-only" ]; then
    only=(-pluralonly)
    shift
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent "${only[@]}" -no-obsolete -locations none "$source_dir/app" "$source_dir/ui" -ts "$copy"
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<message' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$(basename "$ts"): $unfinished of $total messages are not translated:"
        # head closes the pipe early: with pipefail that must not end the loop.
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20 || true
        status=1
    else
        echo "$(basename "$ts"): all $total messages translated"
    fi
done
exit $status
