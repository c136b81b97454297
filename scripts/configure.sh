#!/usr/bin/env bash
# Configures a CMake preset once (debug or release); later builds reuse it.
set -euo pipefail
preset=${1:-debug}
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$here/build/$preset/build.ninja" ]; then
  cmake --preset "$preset" -S "$here" >/dev/null
fi
