# Sourced by the build scripts: sets `launcher` to the CMake options that compile through ccache
# where it is installed, so a rebuild of unchanged files (another build folder, a fresh clone) is cheap.
# Paths are hashed relative to $root, so clones in different folders share the cache.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
