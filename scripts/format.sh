#!/usr/bin/env bash
# Formats every C++ file with the pinned .clang-format (clang-format 14 from Debian 12).
# With --check, lists unformatted files and fails instead.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.hpp')
if [ "${1:-}" = "--check" ]; then
  clang-format --dry-run -Werror $files
else
  clang-format -i $files
fi
