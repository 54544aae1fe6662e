#!/usr/bin/env bash
# Regenerates resources/macos/app.icns from resources/icons/app.svg. The .icns is committed;
# run this after changing the SVG.
#   Debian: apt-get install librsvg2-bin icnsutils   (png2icns)
#   macOS:  brew install librsvg                     (iconutil comes with Xcode's tools)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../icons/app.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [ "$(uname -s)" = Darwin ]; then
    set_dir="$tmp/app.iconset"
    mkdir "$set_dir"
    for size in 16 32 128 256 512; do
        rsvg-convert -w "$size" -h "$size" "$svg" -o "$set_dir/icon_${size}x${size}.png"
        rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "$set_dir/icon_${size}x${size}@2x.png"
    done
    iconutil --convert icns --output "$here/app.icns" "$set_dir"
else
    for size in 16 32 48 128 256 512 1024; do
        rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
    done
    png2icns "$here/app.icns" "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" \
        "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png"
fi
