#!/usr/bin/env bash
# daibiao on several nodes, on one machine and 127.0.0.1 ports only:
#   a PostgreSQL primary and a streaming standby, two `daibiao serve` nodes sharing the primary
#   (and one files directory and key file), and nginx in front as the load balancer.
#
#   scripts/cluster.sh up [DIR]      # start everything; prints the ports; DIR defaults to var/cluster
#   scripts/cluster.sh status [DIR]  # what runs, and each node's /readyz
#   scripts/cluster.sh down [DIR]    # stop everything and remove DIR
#   scripts/cluster.sh node-start|node-kill N [DIR]   # restart / SIGKILL node N (1 or 2)
#
# DIR/cluster.env holds the ports and URLs (sourced by tests and bench). The demo data is
# loaded on the primary (logins in DIR/logins.txt). Uses the debug binary unless DAIBIAO_BIN
# is set. Nothing here is for production: see docs/scaling.md for the real deployment.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:?up|down|status|node-start N|node-kill N}
if [[ "$cmd" == node-* ]]; then node=${2:?node number}; dir=${3:-$here/var/cluster}; else dir=${2:-$here/var/cluster}; fi
bin=${DAIBIAO_BIN:-$here/build/debug/server/daibiao}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
remind=${REMIND_INTERVAL:-2}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_node() {  # N
  local n=$1 port_var="NODE$1_PORT"
  local port=${!port_var}
  "$bin" serve --db "$PRIMARY_URL" --listen "127.0.0.1:$port" --key-file "$dir/field.key" \
    --files-dir "$dir/files" --trust-proxy --remind-interval "$remind" --workers 4 --admin-totp optional \
    >>"$dir/node$n.log" 2>>"$dir/node$n.err" &
  echo $! >"$dir/node$n.pid"
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "cluster: node $n did not become ready (see $dir/node$n.err)" >&2
  return 1
}

case "$cmd" in
  up)
    [ -x "$pgbin/initdb" ] || { echo "cluster: PostgreSQL binaries missing (scripts/install-deps.sh)" >&2; exit 1; }
    command -v nginx >/dev/null || { echo "cluster: nginx missing (scripts/install-deps.sh)" >&2; exit 1; }
    [ -e "$dir/cluster.env" ] && { echo "cluster: $dir is in use; run: $0 down $dir" >&2; exit 1; }
    mkdir -p "$dir/files"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    pg1=$(free_port); pg2=$(free_port); n1=$(free_port); n2=$(free_port); lb=$(free_port)
    # Primary: replication allowed from 127.0.0.1 only.
    as_pg "$pgbin/initdb" -D "$dir/pg1" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    echo "host replication postgres 127.0.0.1/32 trust" >>"$dir/pg1/pg_hba.conf"
    as_pg "$pgbin/pg_ctl" -D "$dir/pg1" -l "$dir/pg1.log" -w -t 30 -o \
      "-c listen_addresses=127.0.0.1 -p $pg1 -k $dir -c wal_level=replica -c max_wal_senders=5 -c max_connections=200" \
      start >/dev/null
    # Standby: a base backup that follows the primary's WAL stream (hot standby: readable).
    as_pg "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$pg1" -U postgres -D "$dir/pg2" -R -X stream >/dev/null
    as_pg "$pgbin/pg_ctl" -D "$dir/pg2" -l "$dir/pg2.log" -w -t 30 -o \
      "-c listen_addresses=127.0.0.1 -p $pg2 -k $dir -c hot_standby=on -c max_connections=200" start >/dev/null
    PRIMARY_URL="postgresql://postgres@127.0.0.1:$pg1/postgres"
    STANDBY_URL="postgresql://postgres@127.0.0.1:$pg2/postgres"
    "$bin" migrate --db "$PRIMARY_URL" >/dev/null
    "$bin" keygen --out "$dir/field.key" >/dev/null
    "$bin" demo --db "$PRIMARY_URL" --key-file "$dir/field.key" --logins-file "$dir/logins.txt" >/dev/null
    cat >"$dir/cluster.env" <<ENV
PRIMARY_URL=$PRIMARY_URL
STANDBY_URL=$STANDBY_URL
NODE1_PORT=$n1
NODE2_PORT=$n2
LB_PORT=$lb
LB_URL=http://127.0.0.1:$lb
ENV
    NODE1_PORT=$n1 NODE2_PORT=$n2
    start_node 1
    start_node 2
    # nginx: round robin over the nodes; a node that refuses connections or fails is skipped
    # for 2 s, and idempotent requests are retried on the other one.
    cat >"$dir/nginx.conf" <<NGINX
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx.err;
events { worker_connections 512; }
http {
  access_log off;
  client_max_body_size 11m;
  upstream daibiao {
    server 127.0.0.1:$n1 max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$n2 max_fails=1 fail_timeout=2s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$lb;
    location / {
      proxy_pass http://daibiao;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 1s;
    }
  }
}
NGINX
    nginx -c "$dir/nginx.conf" -p "$dir" 2>>"$dir/nginx.err"
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:$lb/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
    echo "cluster up in $dir: primary :$pg1, standby :$pg2, nodes :$n1 :$n2, load balancer http://127.0.0.1:$lb"
    ;;
  status)
    [ -f "$dir/cluster.env" ] || { echo "cluster: not running in $dir"; exit 1; }
    source "$dir/cluster.env"
    for n in 1 2; do
      port_var="NODE${n}_PORT"
      state=down; alive "$dir/node$n.pid" && state="up ($(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${!port_var}/readyz"))"
      echo "node $n :${!port_var} $state"
    done
    echo "primary: $(as_pg "$pgbin/pg_ctl" -D "$dir/pg1" status >/dev/null 2>&1 && echo up || echo down)," \
      "standby: $(as_pg "$pgbin/pg_ctl" -D "$dir/pg2" status >/dev/null 2>&1 && echo up || echo down)" \
      "(replication: $(psql "$PRIMARY_URL" -qAt -c 'select state from pg_stat_replication' 2>/dev/null || echo '?'))"
    echo "load balancer: $(alive "$dir/nginx.pid" && echo up || echo down) $LB_URL"
    ;;
  node-start)
    source "$dir/cluster.env"
    alive "$dir/node$node.pid" && { echo "node $node already runs"; exit 0; }
    start_node "$node"
    ;;
  node-kill)
    if alive "$dir/node$node.pid"; then
      kill -9 "$(cat "$dir/node$node.pid")"
      for _ in $(seq 50); do alive "$dir/node$node.pid" || break; sleep 0.05; done
    fi
    ;;
  down)
    for n in 1 2; do alive "$dir/node$n.pid" && kill "$(cat "$dir/node$n.pid")" 2>/dev/null; done
    alive "$dir/nginx.pid" && kill "$(cat "$dir/nginx.pid")" 2>/dev/null
    for pg in pg2 pg1; do
      [ -d "$dir/$pg" ] && as_pg "$pgbin/pg_ctl" -D "$dir/$pg" -m fast -w stop >/dev/null 2>&1 || true
    done
    sleep 0.3
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 up|down|status [DIR] | node-start|node-kill N [DIR]" >&2; exit 2 ;;
esac
