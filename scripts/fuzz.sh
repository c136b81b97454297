#!/usr/bin/env bash
# Fuzzing (docs/fuzzing.md): builds the "fuzz" preset (g++ with ASan + UBSan + coverage and
# Debian's libFuzzer driver) and runs every target for FUZZ_SECONDS (20 in make test, 300
# in make bench), seeded from server/fuzz/corpus/<target>. The corpus is copied to a
# temporary directory first, so the run never writes into the repository. Fails on the
# first crash, leak, timeout or broken contract; the input is kept in FUZZ_ARTIFACTS.
#   FUZZ_SECONDS=300 bash scripts/fuzz.sh            # every target, exploring for 300 s each
#   FUZZ_RUNS=30000 bash scripts/fuzz.sh             # make test: a fixed number of inputs from
#                                                    # a fixed seed, so the run is repeatable
#   bash scripts/fuzz.sh fuzz_table_import           # one target
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
seconds=${FUZZ_SECONDS:-20}
targets=("$@")
[ ${#targets[@]} -gt 0 ] ||
  targets=(fuzz_json_input fuzz_http_request fuzz_table_import fuzz_id_phone fuzz_list_query)

[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j2 --target "${targets[@]}"

work=$(mktemp -d /tmp/daibiao-fuzz.XXXXXX)
artifacts=${FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$artifacts"
keep=0
trap '[ $keep -eq 1 ] || rm -rf "$work"' EXIT
# libFuzzer reports leaks and UBSan findings itself; both must abort the run.
export ASAN_OPTIONS=${FUZZ_ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${FUZZ_UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for t in "${targets[@]}"; do
  corpus="$work/corpus/$t"
  mkdir -p "$corpus"
  cp -r "server/fuzz/corpus/$t/." "$corpus/"
  max_len=4096
  [ "$t" = fuzz_http_request ] && max_len=20000  # room to cross the 16 KiB header limit
  if [ -n "${FUZZ_RUNS:-}" ]; then
    budget=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}")
    echo "-- $t: ${FUZZ_RUNS} inputs, seed ${FUZZ_SEED:-1}"
  else
    budget=(-max_total_time="$seconds")
    echo "-- $t: ${seconds}s"
  fi
  if ! "build/fuzz/server/fuzz/$t" "$corpus" "${budget[@]}" -rss_limit_mb=2048 \
      -timeout=10 -max_len="$max_len" -artifact_prefix="$artifacts/$t-" -print_final_stats=1 \
      >"$work/$t.log" 2>&1; then
    keep=1
    grep -E -A30 'ERROR|contract broken|SUMMARY' "$work/$t.log" | head -60 >&2 || tail -40 "$work/$t.log" >&2
    echo "fuzz: $t failed; input(s) in $artifacts, log $work/$t.log" >&2
    exit 1
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' "$work/$t.log" |
    tr '\n' ' ' | sed 's/stat:://g'
  echo
done
echo "fuzz: ${#targets[@]} target(s), no crash"
