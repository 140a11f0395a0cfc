#!/usr/bin/env bash
# Runtime benchmark (scripts/bench.sh runtime), per engine, side by side in one run:
#  1. cold start-up through bin/pywin32-jvm to the first line printed: bare `print(1)` versus
#     `import pywintypes, win32ras, win32wnet; print(1)` (median of BENCH_RUNS fresh JVMs, default 5),
#     with the launcher's class-data archive (the default) and without it (PYWIN32JVM_CDS=0);
#  2. per-call cost inside one engine: pywintypes.HANDLE(1).handle and friends versus an empty
#     Python function (scripts/bench/runtime_calls.py), and their ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${BENCH_RUNS:-5}
echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'), $(java -version 2>&1 | head -1)"

echo "-- start-up, ms to the first line (median of $runs), class-data archive ON (launcher default)"
python3 scripts/bench/startup.py "$runs" bin/pywin32-jvm
echo "-- start-up, class-data archive OFF (PYWIN32JVM_CDS=0)"
PYWIN32JVM_CDS=0 python3 scripts/bench/startup.py "$runs" bin/pywin32-jvm

echo "-- in-process time of the imports themselves, ms (median of 3 fresh engines)"
for engine in jython graalpy; do
  for _ in 1 2 3; do
    bin/pywin32-jvm --engine "$engine" -c \
      'import time; t = time.time(); import pywintypes, win32ras, win32wnet; print(int((time.time() - t) * 1000))'
  done | sort -n | sed -n 2p | sed "s/^/$engine   import_ms /"
done

echo "-- per call, ns (best of 7 rounds of ${BENCH_CALLS:-200000} calls, bare loop subtracted)"
for engine in jython graalpy; do
  bin/pywin32-jvm --engine "$engine" scripts/bench/runtime_calls.py "${BENCH_CALLS:-200000}" 7 |
    awk -v e="$engine" '
      { name = $1; for (i = 2; i < NF; i++) name = name " " $i; ns[NR] = $NF; names[NR] = name }
      END { for (i = 1; i <= NR; i++)
              printf "%-8s %-24s %9.1f ns  %5.1fx empty function\n", e, names[i], ns[i], ns[i] / (ns[1] > 0 ? ns[1] : 1) }'
done
