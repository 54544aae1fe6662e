#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs to build, run and test, if any are
# missing. Sourced or run by run.sh and test.sh; uses sudo when not root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6svg6 qtkeychain-qt6-dev libsecret-1-0 libgl-dev libxkbcommon-dev
    gnome-keyring dbus dbus-x11 fonts-dejavu-core
    poppler-utils dpkg-dev file librsvg2-bin
    libarchive-dev libarchive13
    libgit2-dev libgit2-1.5
)
if [ "${1:-}" = "--with-tests" ]; then
    packages+=(clang-format xvfb xauth desktop-file-utils appstream libsecret-tools
        g++-mingw-w64-x86-64 osslsigncode openssl python3 binutils
        lintian gnupg gpgv man-db ripgrep diction python3-pyatspi at-spi2-core
        zip gzip bzip2 xz-utils tar p7zip-full
        git)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
