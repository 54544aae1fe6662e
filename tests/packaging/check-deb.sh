#!/usr/bin/env bash
# Builds the .deb from an existing build tree, checks what it holds, and runs the program
# from the unpacked package.
set -euo pipefail
build=$1
app_id=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/mailgun-recovery \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qF "$path" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6network6 libqt6keychain1; do
    grep -q "$library" <<<"$depends" || { echo "Depends lacks $library: $depends"; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/mailgun-recovery" --version)
grep -q "^mailgun-recovery [0-9]" <<<"$version" || { echo "unexpected --version: $version"; exit 1; }
echo "ok: $version"
