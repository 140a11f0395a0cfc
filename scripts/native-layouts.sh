#!/usr/bin/env bash
# Regenerates the Windows structure layout tables with Debian's mingw-w64 (x64 and x86) from
# native/layout.c, compiled with -S only (nothing is executed), and diffs them against the committed
# golden tables in src/test/resources/native/. A difference fails (exit 1).
#   scripts/native-layouts.sh            check
#   scripts/native-layouts.sh --update   rewrite the golden tables (review the diff before committing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${NATIVE_OUT:-target/native}
mkdir -p "$out"
status=0
for t in x86_64 i686; do
  cc=$t-w64-mingw32-gcc
  command -v "$cc" >/dev/null || { echo "native-layouts: $cc not installed (scripts/deps/windows.txt)" >&2; exit 2; }
  "$cc" -DASM_OFFSETS -S -o - native/layout.c \
    | grep -o '@@ .*' | sed 's/^@@ //; s/\\n.*//' > "$out/layout-$t.txt"
  [ -s "$out/layout-$t.txt" ] || { echo "native-layouts: no output from $cc" >&2; exit 2; }
  golden=src/test/resources/native/layout-$t.txt
  if [ "${1:-}" = "--update" ]; then
    cp "$out/layout-$t.txt" "$golden"
  elif ! diff -u "$golden" "$out/layout-$t.txt"; then
    echo "native-layouts: $t layout differs from $golden" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "native-layouts: x86_64 and i686 tables match the C compiler ($(wc -l < "$out/layout-x86_64.txt") lines each)"
exit $status
