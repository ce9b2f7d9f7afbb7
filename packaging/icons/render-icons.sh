#!/usr/bin/env bash
# Renders the committed icons from tigerscope.svg: the hicolor PNGs, the Windows .ico and the
# macOS .icns. Run it after changing the SVG and commit what it writes; the build itself only
# copies these files, so no platform needs an SVG renderer to build.
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/tigerscope.svg"
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons.sh: $tool is missing" >&2; exit 1; }
done

mkdir -p "$here/png"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/png/tigerscope-$size.png"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG inside the .ico.
icotool --create --output "$here/../windows/tigerscope.ico" \
    "$here"/png/tigerscope-{16,24,32,48,64}.png --raw="$here/png/tigerscope-256.png"

# macOS: png2icns picks each image's slot from its size.
png2icns "$here/../macos/tigerscope.icns" "$here"/png/tigerscope-{16,32,48,128,256,512}.png >/dev/null
