#!/usr/bin/env bash
# Import cost of the generated constant modules (scripts/bench.sh constants), both engines side by side:
# win32con (9,300 names, target <= 50 ms warm) and winerror, first import and warm re-imports in-process.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'), $(java -version 2>&1 | head -1)"
for engine in jython graalpy; do
  PYWIN32JVM_CDS=0 bin/pywin32-jvm --engine "$engine" scripts/bench/win32con_import.py "${BENCH_RUNS:-15}" | sed "s/^/$engine  /"
done
