#!/usr/bin/env bash
# Benchmarks (not tests): scripts/bench.sh [NAME...]; no name runs them all.
# Each scripts/bench/NAME.sh prints its figures; ratios are measured side by side in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/pywin32-jvm.jar ] || mvn -B -q -ntp package -DskipTests
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in scripts/bench/*.sh; do names+=("$(basename "$f" .sh)"); done
fi
for n in "${names[@]}"; do
  echo "== $n"
  bash "scripts/bench/$n.sh"
done
