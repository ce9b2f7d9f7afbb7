#!/usr/bin/env bash
# Sets up, builds and launches the Tigerscope window.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh" --target tigerscope
exec "${TIGERSCOPE_BUILD_DIR:-$root/build}/app/tigerscope" "$@"
