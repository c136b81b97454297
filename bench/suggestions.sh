#!/usr/bin/env bash
# Suggestion handling benchmarks (issue: suggestion handling). Starts the release server on a
# fresh SQLite database (synchronous=FULL, WAL) with the demo data and 100,000 generated
# suggestions, then runs bench/suggestions.mjs against it: the tracking board with three
# filters (latency percentiles) and submitting suggestions (per second).
#
#   bench/suggestions.sh                 # 10 s per scenario, 16 concurrent clients
#   SUGGESTIONS=500000 DURATION=20 bench/suggestions.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${DAIBIAO_BIN:-$here/build/release/server/daibiao}
duration=${DURATION:-10}
clients=${CLIENTS:-16}
count=${SUGGESTIONS:-100000}
source "$here/bench/workdir.sh" bench-s
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

db="sqlite://$work/bench.db"
"$bin" keygen --out "$work/field.key" >/dev/null
"$bin" migrate --db "$db" >/dev/null
"$bin" demo --db "$db" --key-file "$work/field.key" --logins-file "$work/logins.txt" >/dev/null
start=$(date +%s.%N)
"$bin" bench-data --db "$db" --suggestions "$count" >/dev/null 2>&1
loaded=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --workers 4 --io-threads 2 --no-access-log \
  --key-file "$work/field.key" --remind-interval 0 --admin-totp optional >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

echo "daibiao suggestion benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, SQLite (WAL, synchronous=FULL)," \
  "$count generated suggestions (loaded in ${loaded} s), $clients concurrent clients, ${duration} s per scenario"
echo
node "$here/bench/suggestions.mjs" "http://127.0.0.1:$port" "$work/logins.txt" "$duration" "$clients"
echo
echo "server peak RSS (VmHWM): $(awk '/VmHWM/{printf "%.1f", $2/1024}' "/proc/$server_pid/status") MB"
