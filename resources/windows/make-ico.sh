#!/usr/bin/env bash
# Regenerates resources/windows/app.ico from resources/icons/app.svg. The .ico is committed
# (a Windows build machine rarely has these tools); run this after changing the SVG.
# Debian: apt-get install librsvg2-bin icoutils
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../icons/app.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in 16 20 24 32 40 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
# Bitmaps up to 128 px (every Windows version reads those), the 256 px one stored as PNG (-r).
icotool -c -o "$here/app.ico" \
    "$tmp/16.png" "$tmp/20.png" "$tmp/24.png" "$tmp/32.png" "$tmp/40.png" \
    "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" -r "$tmp/256.png"
icotool -l "$here/app.ico"
