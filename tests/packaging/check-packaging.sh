#!/usr/bin/env bash
# Packaging checks on Linux, one per call, run by CTest from tests/packaging/CMakeLists.txt:
#   install    cmake --install into a temporary prefix: the layout, the icons' sizes, the
#              installed tree's AppStream consistency, and the installed binary running --version
#              and export-data from there
#   desktop    desktop-file-validate on the .desktop file
#   appstream  appstreamcli validate --no-net on the metainfo, whose newest release is this version
#   deb        cpack -G DEB: contents, control fields (dpkg-shlibdeps dependencies), binary runs
#   tgz        cpack -G TGZ: contents
# Exit status 77 means skipped: the check's tool is not installed.
set -euo pipefail

check="${1:?usage: check-packaging.sh install|desktop|appstream|deb|tgz}"
build="${TIGERSCOPE_BUILD_DIR:?}"
source="${TIGERSCOPE_SOURCE_DIR:?}"
version="${TIGERSCOPE_VERSION:?}"
id="${TIGERSCOPE_APP_ID:?}"
here="$(cd "$(dirname "$0")" && pwd)"
desktop_file="$source/packaging/linux/$id.desktop"
metainfo_file="$source/packaging/linux/$id.metainfo.xml"

work="$(mktemp -d "${TMPDIR:-/tmp}/tigerscope-packaging.XXXXXX")"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*"; exit 77; }
need() { command -v "$1" >/dev/null || skip "$1 is not installed (scripts/setup-debian.sh installs it)"; }

icon_sizes=(16 22 24 32 48 64 128 256 512)

# The files a Linux install holds, relative to its prefix.
expected_files() {
    echo bin/tigerscope
    echo "share/applications/$id.desktop"
    echo "share/metainfo/$id.metainfo.xml"
    for size in "${icon_sizes[@]}"; do
        echo "share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    echo "share/icons/hicolor/scalable/apps/$id.svg"
    echo share/doc/tigerscope/LICENSE
    echo share/doc/tigerscope/copyright
}

# WIDTHxHEIGHT of a PNG file, read from its header; nothing if it is not a PNG.
png_size() {
    local bytes
    read -r -a bytes <<<"$(od -An -tu1 -N24 "$1" | tr '\n' ' ')"
    [ "${bytes[*]:0:8}" = "137 80 78 71 13 10 26 10" ] || return 0
    echo "$(((bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]))x$(((bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]))"
}

# Runs the tigerscope binary given as $1 the way a user would from the command line.
check_runs() {
    local binary="$1" data="$work/data-$RANDOM"
    local printed
    printed="$("$binary" --version)" || fail "$binary --version exited with $?"
    [ "$printed" = "tigerscope $version" ] || fail "$binary --version printed '$printed', expected 'tigerscope $version'"
    "$binary" --data-dir "$data" export-data --format json --out "$work/export.json" ||
        fail "$binary export-data exited with $?"
    [ -n "$(ls -A "$data")" ] || fail "export-data did not create its database under --data-dir $data"
    cmake -DEXPORT_FILE="$work/export.json" -DVERSION="$version" -P "$here/check-export.cmake"
    # PDFs are read by the plugin installed beside the binary (a chart's PDF serves as the article).
    "$binary" --data-dir "$data" export-chart --chart financing --out "$work/chart.pdf" ||
        fail "$binary export-chart exited with $?"
    local loaded
    loaded="$(LD_DEBUG=files "$binary" --data-dir "$data" import-article "$work/chart.pdf" 2>&1 >"$work/import.txt")" ||
        fail "$binary import-article of a PDF exited with $?"
    grep -q "^imported" "$work/import.txt" || fail "$binary import-article of a PDF printed '$(cat "$work/import.txt")'"
    local plugin
    plugin="$(grep -o '/[^[:space:]]*libtigerscope_pdf\.so' <<<"$loaded" | head -n 1)"
    [ -n "$plugin" ] || fail "$binary read a PDF without loading the plugin tigerscope_pdf"
    case "$plugin" in
    "$(dirname "$(dirname "$binary")")"/*) ;;
    *) fail "$binary loaded the PDF plugin from $plugin, not from its own install" ;;
    esac
}

run_cpack() {
    local generator="$1"
    (cd "$work" && cpack -G "$generator" --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
        { cat "$work/cpack.log" >&2; fail "cpack -G $generator failed"; }
}

case "$check" in
install)
    prefix="$work/prefix"
    cmake --install "$build" --prefix "$prefix" >"$work/install.log" || fail "cmake --install failed"
    while read -r file; do
        [ -f "$prefix/$file" ] || fail "the install lacks $file"
    done < <(expected_files)
    [ -x "$prefix/bin/tigerscope" ] || fail "bin/tigerscope is not executable"
    for size in "${icon_sizes[@]}"; do
        icon="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
        [ "$(png_size "$icon")" = "${size}x${size}" ] || fail "$icon is not a ${size}x${size} PNG: '$(png_size "$icon")'"
    done
    if command -v readelf >/dev/null && readelf -d "$prefix/bin/tigerscope" | grep -E 'R(UN)?PATH' | grep -qF "$build"; then
        fail "the installed binary still looks for libraries in the build tree"
    fi
    # Poppler is the PDF plugin's, loaded with the first PDF, not at every start.
    if command -v readelf >/dev/null && readelf -d "$prefix/bin/tigerscope" | grep NEEDED | grep -q poppler; then
        fail "bin/tigerscope links Poppler itself instead of leaving it to the PDF plugin"
    fi
    [ -n "$(find "$prefix/lib" -name 'libtigerscope_pdf.so' -path '*/tigerscope/*')" ] ||
        fail "the install lacks the PDF plugin lib/.../tigerscope/libtigerscope_pdf.so"
    # The installed metainfo, .desktop file and icons agree with each other.
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate-tree --no-net "$prefix" || fail "appstreamcli validate-tree rejects the install"
    fi
    # Run from the prefix, away from the build tree.
    (cd "$work" && check_runs "$prefix/bin/tigerscope")
    ;;
desktop)
    need desktop-file-validate
    desktop-file-validate "$desktop_file" || fail "desktop-file-validate rejects $desktop_file"
    grep -qx "Exec=tigerscope" "$desktop_file" || fail "the .desktop file does not start tigerscope"
    grep -qx "Icon=$id" "$desktop_file" || fail "the .desktop file's icon is not $id"
    ;;
appstream)
    need appstreamcli
    appstreamcli validate --no-net "$metainfo_file" || fail "appstreamcli rejects $metainfo_file"
    grep -q "<id>$id</id>" "$metainfo_file" || fail "the metainfo's id is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo_file" ||
        fail "the metainfo does not launch $id.desktop"
    newest="$(grep -o '<release version="[^"]*"' "$metainfo_file" | head -n 1 | cut -d '"' -f 2)"
    [ "$newest" = "$version" ] || fail "the metainfo's newest release is '$newest': add a <release> for $version"
    ;;
deb)
    need dpkg-deb
    need dpkg-shlibdeps
    run_cpack DEB
    debs=("$work"/out/*.deb)
    if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "cpack made no single .deb: ${debs[*]}"; fi
    deb="${debs[0]}"
    dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
    while read -r file; do
        grep -qx "./usr/$file" "$work/contents" || fail "$(basename "$deb") lacks /usr/$file"
    done < <(expected_files)
    grep -q '/tigerscope/libtigerscope_pdf\.so$' "$work/contents" || fail "$(basename "$deb") lacks the PDF plugin"
    [ "$(dpkg-deb -f "$deb" Package)" = tigerscope ] || fail "the package is not named tigerscope"
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package's version is not $version"
    depends="$(dpkg-deb -f "$deb" Depends)"
    for dependency in libqt6core6 libqt6widgets6 libicu fonts-noto-cjk libqt6sql6-sqlite qt6-qpa-plugins libpoppler-qt6; do
        [[ "$depends" == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
    done
    dpkg-deb -x "$deb" "$work/root"
    (cd "$work" && check_runs "$work/root/usr/bin/tigerscope")
    ;;
tgz)
    run_cpack TGZ
    tarballs=("$work"/out/*.tar.gz)
    if [ "${#tarballs[@]}" -ne 1 ] || [ ! -f "${tarballs[0]}" ]; then fail "cpack made no single .tar.gz: ${tarballs[*]}"; fi
    top="$(basename "${tarballs[0]}" .tar.gz)"
    tar -tzf "${tarballs[0]}" >"$work/contents"
    while read -r file; do
        grep -qx "$top/$file" "$work/contents" || fail "$(basename "${tarballs[0]}") lacks $top/$file"
    done < <(expected_files)
    grep -q '/tigerscope/libtigerscope_pdf\.so$' "$work/contents" || fail "$(basename "${tarballs[0]}") lacks the PDF plugin"
    ;;
*)
    fail "unknown check '$check'"
    ;;
esac
echo "packaging $check: ok"
