#!/usr/bin/env bash
# Cost growth: the suggestion scenarios of bench/suggestions.mjs on a generated province at
# two scales (default 0.1 and 1: ~16k and ~160k deputies, 50k and 500k suggestions), on
# SQLite with the release server. Prints each scale's table, the generation time, and the
# database size.
#
#   bench/scale.sh              # SCALES="0.1 1" DURATION=5 CLIENTS=16
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${DAIBIAO_BIN:-$here/build/release/server/daibiao}
scales=${SCALES:-0.1 1}
duration=${DURATION:-5}
clients=${CLIENTS:-16}
source "$here/bench/workdir.sh" scale

echo "daibiao cost growth — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, SQLite (WAL, synchronous=FULL), ${duration} s per scenario, $clients clients"
for scale in $scales; do
  dir="$work/$scale"; mkdir -p "$dir"
  db="sqlite://$dir/bench.db"
  "$bin" keygen --out "$dir/field.key" >/dev/null
  "$bin" migrate --db "$db" >/dev/null
  start=$(date +%s.%N)
  "$bin" bench-data --db "$db" --scale "$scale" --key-file "$dir/field.key" >/dev/null 2>"$dir/gen.err"
  took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b-a}')
  # Two accounts for the scenarios: the province's liaison staff, and a provincial deputy.
  : >"$dir/logins.txt"
  for plan in "staff.wang liaison_staff" "deputy.li deputy"; do
    set -- $plan
    pw="Bench-$(head -c6 /dev/urandom | od -An -tx1 | tr -d ' \n')x"
    echo "$pw" | "$bin" admin create --db "$db" --username "$1" --role "$2" >/dev/null
    echo "  $1  $pw  $2" >>"$dir/logins.txt"
  done
  sqlite3 "$dir/bench.db" "UPDATE users SET person_id = (SELECT person_id FROM mandates m JOIN org_nodes n ON n.id = m.org_node_id WHERE n.parent_id IS NULL ORDER BY m.id LIMIT 1) WHERE username = 'deputy.li'"
  counts=$(sqlite3 "$dir/bench.db" "SELECT (SELECT COUNT(*) FROM persons) || ' deputies, ' || (SELECT COUNT(*) FROM handling_units) || ' units, ' || (SELECT COUNT(*) FROM suggestions) || ' suggestions, ' || (SELECT COUNT(*) FROM audit_log) || ' audit records'")
  size=$(du -m "$dir/bench.db" | cut -f1)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$bin" serve --db "$db" --listen "127.0.0.1:$port" --workers 4 --io-threads 2 --no-access-log \
    --key-file "$dir/field.key" --remind-interval 0 --admin-totp optional >"$dir/server.out" 2>"$dir/server.err" &
  server_pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  echo
  echo "### scale $scale: $counts; generated in ${took} s; database ${size} MB"
  echo
  node "$here/bench/suggestions.mjs" "http://127.0.0.1:$port" "$dir/logins.txt" "$duration" "$clients"
  echo "server peak RSS (VmHWM): $(awk '/VmHWM/{printf "%.1f", $2/1024}' "/proc/$server_pid/status") MB"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
done
