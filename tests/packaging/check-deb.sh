#!/usr/bin/env bash
# Builds the .deb from an existing build tree and checks it: what it holds, its dependencies,
# the desktop entry, metainfo and man page as installed, lintian, the program running from
# the unpacked package, and signing and verifying it (sign-verify.sh).
#
# Usage: check-deb.sh SOURCE_DIR BUILD_DIR APP_ID
set -euo pipefail
source_dir=$1
build=$2
app_id=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

SECONDS=0
cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb") in ${SECONDS}s"

# What it holds.
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
expected=(
    ./usr/bin/mailgun-recovery
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/mailgun-recovery.1.gz
    "./usr/share/doc/$package/copyright"
    "./usr/share/doc/$package/changelog.gz"
)
for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "missing from the package: $path"
done

depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6network6 libqt6keychain1 libsecret-1-0 libqt6svg6; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done

dpkg-deb -x "$deb" "$work/root"
root=$work/root

# The installed desktop entry starts the wizard, and it and the metainfo validate.
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
grep -qx 'Exec=mailgun-recovery' "$desktop" || fail "the desktop entry does not start the wizard"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's icon is not $app_id"
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log"; fail "appstreamcli validate: $metainfo"; }
grep -q '<screenshots>' "$metainfo" || fail "the metainfo has no screenshots"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release notes for $version"
# Every screenshot the metainfo names is in the source tree, to be published with the release.
while read -r url; do
    [[ $url == https://* ]] || fail "screenshot URL is not https: $url"
    [ -f "$source_dir/resources/linux/screenshots/$(basename "$url")" ] ||
        fail "no resources/linux/screenshots/$(basename "$url") for $url"
done < <(grep -o '<image[^>]*>[^<]*' "$metainfo" | sed 's/.*>//')

# The changelog's latest entry is this version.
changelog_version=$(zcat "$root/usr/share/doc/$package/changelog.gz" | head -n 1 | sed -n 's/^[^ ]* (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "the changelog's latest version is '$changelog_version', the package's is $version"

# The man page renders without warnings and documents the commands, the key and the journal.
man_text=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/mailgun-recovery.1.gz" 2>"$work/man.log")
if [ -s "$work/man.log" ]; then
    cat "$work/man.log"
    fail "man page warnings"
else
    echo "ok: man page renders cleanly"
fi
for text in check practice-server MAILGUN_API_KEY --key-file --api-base-us --incident-start \
    'never accepted as an argument' 'journal.json' 'EXIT STATUS'; do
    grep -q -F -- "$text" <<<"$man_text" || fail "the man page does not mention $text"
done

# lintian: no errors, no warnings, and no overrides. This holds for the package of test.sh's
# Debug + sanitizer build as well as for a Release build (CPack strips the binary; the
# sanitizer runtimes are ordinary dependencies), so no tag is passed here for either.
SECONDS=0
if lintian --fail-on error,warning --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1; then
    echo "ok: lintian (${SECONDS}s)"
else
    fail "lintian reports errors or warnings"
fi
grep -v '^running with root privileges' "$work/lintian.log" || true

# The program runs from the unpacked package.
program_version=$("$root/usr/bin/mailgun-recovery" --version)
grep -qx "mailgun-recovery $version" <<<"$program_version" ||
    fail "unexpected --version from the package: $program_version (package version $version)"
echo "ok: $program_version"

# Signed with a throw-away key, verified, tampered with.
"$here/sign-verify.sh" "$source_dir" "$deb" || fail "sign/verify"

[ "$failures" -eq 0 ] || { echo "$failures package checks failed"; exit 1; }
echo "ok: package $(basename "$deb")"
