#!/usr/bin/env bash
# make run: migrate, load demo data into a fresh database, print the demo logins, serve.
set -euo pipefail
db=${1:?db url}; listen=${2:?listen}; data=${3:?data dir}
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/build/release/server/daibiao"
mkdir -p "$data"
"$bin" migrate --db "$db"
# Personal data (ID numbers, phones) is encrypted with a key kept outside the database.
key="$data/field.key"
[ -f "$key" ] || "$bin" keygen --out "$key"
logins="$data/demo-logins.txt"
if [ ! -s "$logins" ]; then
  if "$bin" demo --db "$db" --key-file "$key" --logins-file "$logins.tmp" >/dev/null; then
    mv "$logins.tmp" "$logins"; chmod 600 "$logins"
  else
    rm -f "$logins.tmp"
    echo "(演示数据未加载：数据库中已有组织机构)"
  fi
fi
[ -s "$logins" ] && cat "$logins"
echo
echo "daibiao 正在运行： http://$listen/   (Ctrl-C 停止)"
web_args=()
[ -d "$here/web/dist" ] && web_args=(--web-root "$here/web/dist")
exec "$bin" serve --db "$db" --listen "$listen" --key-file "$key" "${web_args[@]}"
