# Sourced by the bench scripts that start one server: `source bench/workdir.sh NAME`.
# Sets `work` (a fresh folder /tmp/daibiao-NAME.XXXXXX) and `server_pid` (empty; the script
# sets it when it starts the server), and on exit stops that server and removes the folder.
work=$(mktemp -d "/tmp/daibiao-$1.XXXXXX")
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
