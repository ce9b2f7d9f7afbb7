#!/usr/bin/env bash
# Installs what Tigerscope needs to build, test and run on Debian 12 / Ubuntu 24.04 (Qt 6.4+).
# Installs only what is missing; needs root or sudo for apt-get. Arguments name extra packages
# (scripts/fuzz.sh asks for clang this way).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config dpkg-dev ccache clang-format clang-tidy
    qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev
    libicu-dev libsqlite3-dev libpng-dev libgumbo-dev libpoppler-qt6-dev libgtest-dev libgmock-dev libbenchmark-dev
    fonts-noto-cjk
    fonts-dejavu-core
    xvfb xauth xdotool imagemagick poppler-utils python3-matplotlib desktop-file-utils appstream file
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
