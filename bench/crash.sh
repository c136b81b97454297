#!/usr/bin/env bash
# Durability crash test (issue "Durability"), the long run: tests/api/durability.test.mjs with
# many SIGKILLs. Clients create suggestions as deputy.li and record every id answered 201
# while the server is killed with SIGKILL at random moments and restarted on the same
# database; afterwards every acknowledged suggestion must exist exactly once (API and
# database, with its timeline event and audit record), `PRAGMA integrity_check` must say ok
# and `daibiao audit verify` must pass. `make test` runs the same file with 5 kills.
#
#   bench/crash.sh                                  # 50 kills, 8 clients, SQLite, release build
#   CRASH_KILLS=200 CRASH_CLIENTS=16 bench/crash.sh
#   CRASH_MIN_MS=50 CRASH_MAX_MS=2000 bench/crash.sh   # pause before each kill (default 200–800 ms)
#   DAIBIAO_API_DB=postgresql://postgres@127.0.0.1:5432/postgres bench/crash.sh
#
# Binary: DAIBIAO_BIN, else build/release/server/daibiao if built, else the debug build.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ -z "${DAIBIAO_BIN:-}" ]; then
  DAIBIAO_BIN=$here/build/release/server/daibiao
  [ -x "$DAIBIAO_BIN" ] || DAIBIAO_BIN=$here/build/debug/server/daibiao
fi
export DAIBIAO_BIN
export CRASH_KILLS=${CRASH_KILLS:-50}
export CRASH_CLIENTS=${CRASH_CLIENTS:-8}
export DAIBIAO_API_DB=${DAIBIAO_API_DB:-sqlite}
work=$(mktemp -d /tmp/daibiao-crash.XXXXXX)
trap 'rm -rf "$work"' EXIT
export CRASH_SUMMARY=$work/summary.json

echo "daibiao crash test — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${DAIBIAO_API_DB%%:*}," \
  "$CRASH_KILLS SIGKILLs, $CRASH_CLIENTS clients, $DAIBIAO_BIN"
start=$(date +%s.%N)
if ! node --test tests/api/durability.test.mjs >"$work/test.log" 2>&1; then
  cat "$work/test.log"
  echo "crash test FAILED" >&2
  exit 1
fi
elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b-a}')
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`kills ${s.kills}, acknowledged writes ${s.acknowledged} (attempted ${s.attempted}, ` +
    `${s.committed_unacknowledged} more committed without an answer), verified: every acknowledged ` +
    `suggestion exactly once with its event and audit record, ` +
    `${s.backend === "sqlite" ? "integrity_check ok, " : ""}${s.audit_verify}; ` +
    `restart ${s.restart_ms_avg} ms avg / ${s.restart_ms_max} ms max; ${process.argv[2]} s in all`);
' "$CRASH_SUMMARY" "$elapsed"
