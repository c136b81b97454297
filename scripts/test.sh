#!/usr/bin/env bash
# make test: unit tests, the storage suite on SQLite and on a throwaway PostgreSQL
# cluster, the black-box API tests against the real server (SQLite and PostgreSQL), and
# the layer check. The cluster is stopped however the run ends.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

pgdir=$(mktemp -d -u /tmp/daibiao-pg.XXXXXX)
trap 'bash scripts/pg-test.sh stop "$pgdir"' EXIT
echo "== starting a throwaway PostgreSQL"
export DAIBIAO_TEST_PG_URL=$(bash scripts/pg-test.sh start "$pgdir")

echo "== layer check, format check, clang-tidy"
bash scripts/check-layers.sh
bash scripts/format.sh --check
bash scripts/tidy.sh

echo "== unit and storage tests (SQLite + PostgreSQL)"
ctest --test-dir build/debug --output-on-failure

echo "== API tests on SQLite"
DAIBIAO_BIN="$here/build/debug/server/daibiao" node --test --test-concurrency=1 tests/api/
echo "== API tests on PostgreSQL"
DAIBIAO_API_DB="$DAIBIAO_TEST_PG_URL" DAIBIAO_BIN="$here/build/debug/server/daibiao" \
  node --test --test-concurrency=1 tests/api/

# A fixed seed and number of inputs: the same run every time (make bench explores by time).
echo "== fuzzing (bounded)"; FUZZ_RUNS=${FUZZ_RUNS:-200000} bash scripts/fuzz.sh
echo "== several nodes (scripts/cluster.sh: PostgreSQL primary + standby, two nodes, nginx)"
DAIBIAO_BIN="$here/build/debug/server/daibiao" node --test --test-concurrency=1 tests/cluster/

echo "== web lint and format (ESLint, Prettier)"
(cd web && npm run lint && npm run format:check && npm run lint:selftest)
echo "== web unit tests"
(cd web && npm test)
echo "== browser tests (Playwright driving Debian's chromium)"
(cd web && DAIBIAO_BIN="$here/build/debug/server/daibiao" npm run e2e)
