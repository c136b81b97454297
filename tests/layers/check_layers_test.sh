#!/usr/bin/env bash
# The layer check must fail on a violation in each layer (issue 10): copies server/src, plants
# one violation at a time and expects scripts/check-layers.sh to name the planted file; the
# untouched copy must pass. Run by ctest (tests/CMakeLists.txt) in make test.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fresh_copy() {
  rm -rf "$work/src"
  cp -r "$repo/server/src" "$work/src"
}

# expect_caught NAME FILE LINE — plants LINE at the top of FILE (relative to src) in a fresh
# copy; the check must exit 1 and mention FILE.
expect_caught() {
  local name=$1 file=$2 line=$3 out
  fresh_copy
  mkdir -p "$(dirname "$work/src/$file")"
  { echo "$line"; cat "$work/src/$file" 2>/dev/null || true; } >"$work/src/$file.new"
  mv "$work/src/$file.new" "$work/src/$file"
  if out=$(bash "$repo/scripts/check-layers.sh" "$work/src" 2>&1); then
    echo "NOT CAUGHT: $name ($file: $line)"
    failures=$((failures + 1))
  elif ! grep -q "$file" <<<"$out"; then
    echo "CAUGHT BUT NOT NAMED: $name — output was:"
    echo "$out"
    failures=$((failures + 1))
  else
    echo "caught: $name"
  fi
}

fresh_copy
if ! bash "$repo/scripts/check-layers.sh" "$work/src" >/dev/null; then
  echo "the untouched tree fails the check"
  exit 1
fi

expect_caught "base includes domain" base/text.hpp '#include "domain/org/org.hpp"'
expect_caught "base uses a library" base/text.cpp '#include <boost/json.hpp>'
expect_caught "domain includes storage" domain/org/org.cpp '#include "storage/db.hpp"'
expect_caught "domain includes platform" domain/people/deputy.cpp '#include "platform/crypto.hpp"'
expect_caught "domain does file I/O" domain/audit/audit.cpp '#include <fstream>'
expect_caught "domain opens a file" domain/org/org.cpp 'static auto* f = std::fopen("x", "r");'
expect_caught "domain reads the clock" domain/calendar/calendar.cpp 'static auto t = std::chrono::system_clock::now();'
expect_caught "domain draws randomness" domain/access/permissions.cpp 'static std::random_device rd;'
expect_caught "platform includes storage" platform/crypto.cpp '#include "storage/db.hpp"'
expect_caught "storage includes app" storage/org/org_store.cpp '#include "app/use_case.hpp"'
expect_caught "storage uses Beast" storage/db.cpp '#include <boost/beast/http.hpp>'
expect_caught "sqlite3.h outside its folder" storage/postgres/pg_database.cpp '#include <sqlite3.h>'
expect_caught "app includes http" app/use_case.cpp '#include "http/router.hpp"'
expect_caught "app includes a driver" app/org/org_service.cpp '#include <libpq-fe.h>'
expect_caught "app reads the clock" app/use_case.cpp 'static auto t = std::chrono::system_clock::now();'
expect_caught "http includes storage" http/router.cpp '#include "storage/db.hpp"'
expect_caught "http includes cli" http/server.cpp '#include "cli/demo_data.hpp"'
expect_caught "app runs SQL" app/org/org_service.cpp 'static const char* q = "SELECT id FROM org_nodes";'
expect_caught "cli runs SQL" cli/main.cpp 'static const char* q = "DELETE FROM audit_log";'
expect_caught "cli uses an unlisted library" cli/main.cpp '#include <sqlite3.h>'

if [ $failures -ne 0 ]; then
  echo "$failures planted violations were not caught"
  exit 1
fi
echo "every planted violation was caught"
