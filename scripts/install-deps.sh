#!/usr/bin/env bash
# The one place that installs what daibiao needs on Debian 12 (run as root).
# Idempotent: packages already present are skipped, so re-running is cheap.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql
  libicu-dev libssl-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev libgtest-dev
  libxlsxwriter-dev libminizip-dev libpugixml-dev libopencc-dev libjemalloc-dev python3-openpyxl
  nodejs npm chromium fonts-noto-cjk
  wrk nginx-light curl procps
  libfuzzer-14-dev  # libFuzzer's driver for the fuzz targets (g++ builds them: docs/fuzzing.md)
  clang-format clang-tidy-16  # the format check; clang-tidy 16 parses libstdc++ 12's <expected> (14 cannot)
)

missing=()
for p in "${packages[@]}"; do
  # dpkg-query prints "install ok installed" only for a fully installed package.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# Node.js and npm may come from elsewhere (the machine image); accept any working node >= 18.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs/}"); missing=("${missing[@]/npm/}")
fi
filtered=()
for p in "${missing[@]}"; do [ -n "$p" ] && filtered+=("$p"); done

if [ ${#filtered[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${filtered[*]} (run as root to install)" >&2
    exit 1
  fi
  echo "install-deps: installing ${filtered[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${filtered[@]}"
else
  echo "install-deps: all Debian packages present"
fi

# Front-end packages, pinned by web/package-lock.json (only when the web app exists).
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$here/web/package-lock.json" ]; then
  if [ ! -d "$here/web/node_modules" ] || [ "$here/web/package-lock.json" -nt "$here/web/node_modules/.package-lock.json" ]; then
    echo "install-deps: npm ci in web/"
    (cd "$here/web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
