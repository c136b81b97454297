#!/usr/bin/env bash
# Dependencies point one way: http → app → domain ← storage; base and platform below.
# Fails when a file includes a layer it must not see, or a client library outside its home.
set -euo pipefail
cd "$(dirname "$0")/../server/src"
bad=0
check() {  # check DIR PATTERN WHY
  local hits
  hits=$(grep -rnE "$2" "$1" --include='*.hpp' --include='*.cpp' || true)
  if [ -n "$hits" ]; then echo "layer violation ($3):"; echo "$hits"; bad=1; fi
}
check base     '#include "(domain|storage|app|http|platform|cli)/' "base uses std only"
check domain   '#include "(storage|app|http|platform|cli)/|<boost/|sqlite3.h|libpq-fe.h|<chrono>.*system_clock' "domain is pure"
check storage  '#include "(app|http|cli)/' "storage sees domain, base, platform only"
check app      '#include "(http|cli)/|<boost/|sqlite3.h|libpq-fe.h' "app sees no transport or driver"
check platform '#include "(domain|storage|app|http|cli)/' "platform sees base only"
for dir in domain app storage platform base; do
  check "$dir" '<boost/beast|<boost/asio' "only http/ sees Beast/Asio"
done
hits=$(grep -rln 'sqlite3.h' . | grep -v '^./storage/sqlite/' || true)
[ -n "$hits" ] && { echo "sqlite3.h outside storage/sqlite: $hits"; bad=1; }
hits=$(grep -rln 'libpq-fe.h' . | grep -v '^./storage/postgres/' || true)
[ -n "$hits" ] && { echo "libpq-fe.h outside storage/postgres: $hits"; bad=1; }
hits=$(grep -rln 'system_clock' . | grep -v '^./platform/' | grep -v '_test.cpp' || true)
[ -n "$hits" ] && { echo "real clock read outside platform/: $hits"; bad=1; }
[ $bad -eq 0 ] && echo "layers ok"
exit $bad
