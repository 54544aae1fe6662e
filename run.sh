#!/usr/bin/env bash
# Sets up what the program needs (Debian packages), builds it (Release) and opens the
# wizard. `./run.sh --practice` opens it on the practice account; any other arguments are
# passed to the program (`./run.sh check`, `./run.sh --help`).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DMRA_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target mailgun-recovery
exec build/release/app/mailgun-recovery "$@"
