#!/usr/bin/env bash
# clang-tidy (the small set in .clang-tidy) over the server's sources, two files at a time.
# clang-tidy 16 with two flags so it reads libstdc++ 12's <expected> (which tests a
# __cpp_concepts value clang 16 does not advertise yet). Needs build/debug's
# compile_commands.json (make build).
#
#   scripts/tidy.sh               fail on any warning not in scripts/tidy-baseline.txt
#   scripts/tidy.sh --baseline    rewrite the baseline from this run (only ever to shrink it)
#   scripts/tidy.sh FILE...       check just these files (no baseline comparison)
#
# Warnings as errors for new code: a warning is "old" only if its file, check and the text
# of the flagged line are in the baseline; anything else fails the run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
tidy=$(command -v clang-tidy-16 || true)
[ -n "$tidy" ] || { echo "clang-tidy-16 is missing: run scripts/install-deps.sh" >&2; exit 1; }
[ -f build/debug/compile_commands.json ] || { echo "build/debug/compile_commands.json is missing: make build" >&2; exit 1; }
args=(-p build/debug --quiet --extra-arg=-std=c++2b --extra-arg=-U__cpp_concepts
      --extra-arg=-D__cpp_concepts=202002L)

if [ $# -gt 0 ] && [ "$1" != "--baseline" ]; then
  exec "$tidy" "${args[@]}" "$@"
fi

out=$(mktemp)
trap 'rm -f "$out" "$out.found"' EXIT
git ls-files 'server/src/*.cpp' | grep -v '_test\.cpp$' |
  xargs -P2 -n4 "$tidy" "${args[@]}" 2>/dev/null >"$out" || true
# One line per finding: path<TAB>check<TAB>the flagged source line, trimmed (line numbers
# move with every edit; the text of the line does not).
grep -E '^/.*: (warning|error): .*\[[a-z0-9.,-]+\]$' "$out" | sort -u |
  while IFS= read -r line; do
    file=${line%%:*}; rest=${line#*:}; n=${rest%%:*}
    check=$(sed -E 's/.*\[([a-z0-9.,-]+)\]$/\1/' <<<"$line")
    text=$(sed -n "${n}p" "$file" | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//')
    printf '%s\t%s\t%s\n' "${file#$here/}" "$check" "$text"
  done | sort -u >"$out.found"

if [ "${1:-}" = "--baseline" ]; then
  cp "$out.found" scripts/tidy-baseline.txt
  echo "baseline: $(wc -l <scripts/tidy-baseline.txt) findings"
  exit 0
fi
new=$(comm -23 "$out.found" <(sort -u scripts/tidy-baseline.txt) || true)
if [ -n "$new" ]; then
  echo "clang-tidy: new findings (fix them; the baseline only shrinks):"
  echo "$new" | while IFS=$'\t' read -r f c t; do
    grep -E "^/[^:]*${f}:[0-9]+:[0-9]+: (warning|error): .*\[$c\]$" "$out" | head -1
  done
  exit 1
fi
echo "clang-tidy ok: $(wc -l <"$out.found") known findings, no new ones ($(wc -l <scripts/tidy-baseline.txt) in the baseline)"
