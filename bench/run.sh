#!/usr/bin/env bash
# HTTP benchmarks of the platform (issue: platform foundation). Starts the release server
# on a fresh SQLite database with 100,000 audit records, and nginx serving the same
# response bytes as static files, then runs wrk on 127.0.0.1 against both in the same run.
#
#   bench/run.sh            # 10 s per scenario, 64 connections, 2 wrk threads
#   DURATION=30 bench/run.sh
#
# Prints one table row per scenario: req/s, p50, p99, ratio to nginx, server RSS.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${DAIBIAO_BIN:-$here/build/release/server/daibiao}
duration=${DURATION:-10}
connections=${CONNECTIONS:-64}
work=$(mktemp -d /tmp/daibiao-bench.XXXXXX)
server_pid=""; nginx_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

db="sqlite://$work/bench.db"
"$bin" migrate --db "$db" >/dev/null
"$bin" keygen --out "$work/field.key" >/dev/null
"$bin" demo --db "$db" --key-file "$work/field.key" --logins-file "$work/logins.txt" >/dev/null
"$bin" bench-data --db "$db" --audit-records 100000 --suggestions 100000 >/dev/null 2>&1
port=$(free_port)
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --workers 4 --io-threads 2 --key-file "$work/field.key" \
  --remind-interval 0 --admin-totp optional >"$work/access.log" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

password=$(awk '$1=="auditor"{print $2}' "$work/logins.txt")
cookie=$(curl -s -i -X POST "http://127.0.0.1:$port/api/v1/auth/login" \
  -H 'Content-Type: application/json' -d "{\"username\":\"auditor\",\"password\":\"$password\"}" |
  sed -n 's/^Set-Cookie: \(daibiao_session=[^;]*\).*/\1/p' | tr -d '\r')
list_path="/api/v1/audit/records?page_size=20"
login_as() {  # username → cookie
  local pw
  pw=$(awk -v u="$1" '$1==u{print $2}' "$work/logins.txt")
  curl -s -i -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$pw\"}" |
    sed -n 's/^Set-Cookie: \(daibiao_session=[^;]*\).*/\1/p' | tr -d '\r'
}
staff_cookie=$(login_as staff.wang)
board_path="/api/v1/suggestions?page_size=20&state=handling&star_level=2&flag=overdue"
# The demo's closed item has the longest timeline (create … report progress).
detail_id=$(sqlite3 "$work/bench.db" "SELECT suggestion_id FROM suggestion_events GROUP BY suggestion_id ORDER BY COUNT(*) DESC LIMIT 1")
detail_path="/api/v1/suggestions/$detail_id"

# nginx serves the very bytes the server returns, as static files.
mkdir -p "$work/www/api/v1/audit"
curl -s "http://127.0.0.1:$port/healthz" >"$work/www/healthz"
curl -s -H "Cookie: $cookie" "http://127.0.0.1:$port$list_path" >"$work/www/api/v1/audit/records"
mkdir -p "$work/www/board" "$work/www/detail"
curl -s -H "Cookie: $staff_cookie" "http://127.0.0.1:$port$board_path" >"$work/www/board/page"
curl -s -H "Cookie: $staff_cookie" "http://127.0.0.1:$port$detail_path" >"$work/www/detail/item"
chmod -R a+rX "$work"   # nginx workers run as an unprivileged user
nport=$(free_port)
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx.err;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nport;
    root $work/www;
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 0.5

run_wrk() {  # url [cookie] → "rps p50_ms p99_ms"
  local url=$1 hdr=${2:-}
  local out
  if [ -n "$hdr" ]; then out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $hdr" "$url")
  else out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$url"); fi
  echo "$out" >>"$work/wrk.txt"
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  [ -n "$non2xx" ] && { echo "wrk saw non-2xx responses ($non2xx) for $url" >&2; exit 1; }
  echo "$rps $p50 $p99"
}
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v+0} else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000} else print v }'; }
rss_mb() { awk '/VmRSS/{printf "%.1f", $2/1024}' "/proc/$server_pid/status"; }
hwm_mb() { awk '/VmHWM/{printf "%.1f", $2/1024}' "/proc/$server_pid/status"; }

echo "daibiao HTTP benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c$connections -d${duration}s, 127.0.0.1"
printf '| %-38s | %10s | %8s | %8s | %14s | %8s |\n' scenario "req/s" "p50 ms" "p99 ms" "vs nginx req/s" "RSS MB"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" "------------" "----------" "----------" "----------------" "----------"
scenario() {  # name path [cookie] [the path of the same bytes on nginx]
  local name=$1 path=$2 hdr=${3:-} npath=${4:-${2%%\?*}}
  read -r d_rps d_p50 d_p99 < <(run_wrk "http://127.0.0.1:$port$path" "$hdr")
  read -r n_rps n_p50 n_p99 < <(run_wrk "http://127.0.0.1:$nport$npath")
  local ratio
  ratio=$(awk -v a="$d_rps" -v b="$n_rps" 'BEGIN{printf "%.2f", a/b}')
  printf '| %-38s | %10.0f | %8.2f | %8.2f | %6.2f (%6.0f) | %8s |\n' "$name" "$d_rps" "$(to_ms "$d_p50")" \
    "$(to_ms "$d_p99")" "$ratio" "$n_rps" "$(rss_mb)"
}
scenario "tiny JSON (GET /healthz)" "/healthz"
scenario "list 20 of 100k rows (audit, signed in)" "$list_path" "$cookie"
scenario "board of 100k: state+star+overdue (staff)" "$board_path" "$staff_cookie" "/board/page"
scenario "suggestion detail with timeline (staff)" "$detail_path" "$staff_cookie" "/detail/item"
# Login: Argon2id on purpose (~64 MiB, ~0.1 s of one core each); nginx has nothing to compare.
cat >"$work/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username":"staff.wang","password":"$(awk '$1=="staff.wang"{print $2}' "$work/logins.txt")"}'
LUA
out=$(wrk -t1 -c4 -d"${duration}s" --latency -s "$work/login.lua" "http://127.0.0.1:$port/api/v1/auth/login")
printf '| %-38s | %10.1f | %8.2f | %8.2f | %14s | %8s |\n' "login (Argon2id, 4 connections)" \
  "$(echo "$out" | awk '/Requests\/sec/{print $2}')" "$(to_ms "$(echo "$out" | awk '$1=="50%"{print $2}')")" \
  "$(to_ms "$(echo "$out" | awk '$1=="99%"{print $2}')")" "—" "$(rss_mb)"
echo
echo "server peak RSS (VmHWM) over the run: $(hwm_mb) MB; rows in audit_log: $(sqlite3 "$work/bench.db" 'select count(*) from audit_log' 2>/dev/null || echo '100000+')"
