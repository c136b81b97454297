#!/usr/bin/env bash
# The layer rule (docs/layout.md) as an allowlist: for every folder of server/src, the
# project folders it may include and the libraries it may use. Dependencies point one way:
#   cli → http → app → domain ← storage, with platform and base underneath.
# Also: the domain does no file I/O and reads no real time or randomness; only platform/
# reads the clock; each database driver stays in its own folder.
#
#   scripts/check-layers.sh [SRC_DIR]      (default server/src; tests plant violations in a copy)
# Exit 0 and "layers ok", or exit 1 listing every violation.
set -euo pipefail
src=${1:-"$(dirname "$0")/../server/src"}
cd "$src"
bad=0

report() {  # report WHY HITS
  if [ -n "$2" ]; then
    echo "layer violation ($1):"
    echo "$2"
    bad=1
  fi
}

# allow_includes DIR "FOLDERS" — quoted project includes in DIR must start with one of FOLDERS.
# Unit tests beside the code (*_test.cpp) are exempt: they assemble real parts to test them.
allow_includes() {
  local dir=$1 allowed=$2 pattern hits
  pattern=$(echo "$allowed" | sed 's/ /|/g')
  hits=$(grep -rnE '#include "' "$dir" --include='*.hpp' --include='*.cpp' |
    grep -vE "#include \"($pattern)/" | grep -vE '_test\.cpp:' || true)
  report "$dir may include only: $allowed" "$hits"
}

# allow_libraries DIR "REGEX" — angle-bracket includes in DIR other than the C++ standard
# library (<name> without a dot or slash) must match REGEX. Tests (*_test.cpp) are exempt.
allow_libraries() {
  local dir=$1 allowed=$2 hits
  hits=$(grep -rnE '#include <[^>]*[./][^>]*>' "$dir" --include='*.hpp' --include='*.cpp' |
    grep -vE "#include <($allowed)" | grep -vE '_test\.cpp:' || true)
  report "$dir may use only these libraries: $allowed" "$hits"
}

# forbid DIR REGEX WHY — no line of DIR's sources (tests excepted) may match REGEX.
forbid() {
  local hits
  hits=$(grep -rnE "$2" "$1" --include='*.hpp' --include='*.cpp' | grep -v '_test\.cpp:' || true)
  report "$3" "$hits"
}

allow_includes base "base"
allow_libraries base 'NONE'
allow_includes domain "base domain"
allow_libraries domain 'NONE'
allow_includes platform "base platform"
allow_libraries platform 'openssl/|sodium\.h|unicode/|xlsxwriter\.h|minizip/|pugixml\.hpp|sys/|unistd\.h|fcntl\.h'
allow_includes storage "base domain platform storage"
allow_libraries storage 'sqlite3\.h|libpq-fe\.h'
allow_includes app "base domain platform storage app"
allow_libraries app 'NONE'
allow_includes http "base domain platform app http"
allow_libraries http 'boost/|fmt/|openssl/crypto\.h'
allow_includes cli "base domain platform storage app http cli"
allow_libraries cli 'CLI/|fmt/|fcntl\.h|unistd\.h'

# The domain is pure: no files, no real time, no randomness (they come in as arguments).
forbid domain '<(fstream|filesystem|cstdio|ctime|random|thread)>|std::(ofstream|ifstream|fopen)|\bfopen\(|::open\(|system_clock|steady_clock|random_device|std::time\(' \
  "domain/ does no file I/O and reads no clock or random source"
# SQL lives in storage/ only: no statement text anywhere else.
for dir in base domain platform app http cli; do
  forbid "$dir" '"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|WITH [a-z_]+ AS) ' \
    "SQL only in storage/ ($dir has a statement)"
done
# Only platform/ reads the clock.
hits=$(grep -rln 'system_clock' . --include='*.cpp' --include='*.hpp' | grep -v '^./platform/' |
  grep -v '_test\.cpp$' || true)
report "the real clock is read only in platform/" "$hits"
# Each driver in its own folder; Beast/Asio only in http/.
hits=$(grep -rln 'sqlite3\.h' . | grep -v '^./storage/sqlite/' || true)
report "sqlite3.h only in storage/sqlite/" "$hits"
hits=$(grep -rln 'libpq-fe\.h' . | grep -v '^./storage/postgres/' || true)
report "libpq-fe.h only in storage/postgres/" "$hits"

[ $bad -eq 0 ] && echo "layers ok"
exit $bad
