#!/usr/bin/env bash
# The format check and clang-tidy must fail on a planted violation (issue 10), with the
# project's own configuration (.clang-format, .clang-tidy). Run by ctest in make test.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$repo/.clang-format" "$repo/.clang-tidy" "$work/"

printf 'int  main( ){return 0;}\n' >"$work/bad_format.cpp"
if clang-format --dry-run -Werror "$work/bad_format.cpp" 2>/dev/null; then
  echo "the format check passed a badly formatted file"; exit 1
fi
printf 'int main() { return 0; }\n' >"$work/good_format.cpp"
clang-format --dry-run -Werror "$work/good_format.cpp"

printf 'void f() {\n  int* p = 0;\n  (void)p;\n}\n' >"$work/bad_tidy.cpp"
if out=$(cd "$work" && clang-tidy-16 --quiet --warnings-as-errors='*' bad_tidy.cpp -- -std=c++2b 2>&1); then
  echo "clang-tidy passed a planted violation"; exit 1
fi
grep -q 'modernize-use-nullptr' <<<"$out" || { echo "clang-tidy failed for another reason: $out"; exit 1; }
printf 'void f() {\n  int* p = nullptr;\n  (void)p;\n}\n' >"$work/good_tidy.cpp"
(cd "$work" && clang-tidy-16 --quiet --warnings-as-errors='*' good_tidy.cpp -- -std=c++2b >/dev/null 2>&1)
echo "format check and clang-tidy catch planted violations"
