#!/usr/bin/env bash
# Runtime benchmark (scripts/bench.sh runtime), side by side in one run:
#  0. sizes: the jar, the thin jar and its lib/ folder (the embedding layout), the --jit jars;
#  1. start-up: time to the first line of `import pywintypes, win32ras, win32wnet; print(1)` through
#     bin/pywin32-jvm (the JDK it picks, its start-up cache) against the baseline: the launcher and
#     jar of BASELINE_REF (default 651024f, before the start-up work; built once into
#     target/baseline-REF, or give BASELINE_DIR=<a built tree>) on BASELINE_JAVA (default: the java
#     on PATH, e.g. JDK 17 with AppCDS). BENCH_RUNS alternating rounds per engine (default 5): min and
#     median, CPU, peak RSS (scripts/bench/startup_compare.py); GraalPy also with --jit in the same rounds;
#  2. the first run after a build (an empty cache directory), new and baseline (BENCH_FIRST=0 skips);
#  3. per call inside one engine (scripts/bench/runtime_calls.py): trivial face calls against an empty
#     Python function, interpreted and, where a JDK 25 and target/jit/ allow, with --jit.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${BENCH_RUNS:-5}
ref=${BASELINE_REF:-651024f}
base=${BASELINE_DIR:-target/baseline-$ref}
if [ ! -f "$base/target/pywin32-jvm.jar" ]; then
  echo "-- building the baseline $ref into $base"
  rm -rf "$base"; mkdir -p "$base"
  git archive "$ref" | tar -x -C "$base"
  (cd "$base" && mvn -B -q -ntp package -DskipTests)
fi
basejava=${BASELINE_JAVA:-$(command -v java)}
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }
echo "machine: $(nproc) CPUs, load $(load); baseline $ref on $("$basejava" -version 2>&1 | head -1)"

mb() { du -scb "$@" 2>/dev/null | tail -1 | awk '{printf "%.1f MB", $1 / 1e6}'; }
echo "-- sizes: jar $(mb target/pywin32-jvm.jar) ($(unzip -l target/pywin32-jvm.jar | tail -1 | awk '{print $2}') entries;" \
  "baseline $(mb "$base/target/pywin32-jvm.jar")); thin jar $(mb target/pywin32-jvm-thin.jar) + lib/ $(mb target/lib)" \
  "($(ls target/lib | wc -l) jars); jit/ $(mb target/jit)"
echo "-- start-up: new launcher vs baseline (GraalPy also with --jit), $runs alternating rounds (load $(load))"
python3 scripts/bench/startup_compare.py "$runs" bin/pywin32-jvm "$base/bin/pywin32-jvm" --jit JAVA="$basejava"
echo "   (load $(load))"

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
if [ "${BENCH_FIRST:-1}" != 0 ]; then
  echo "-- first run after a build (empty cache directory), ms to exit"
  for engine in jython graalpy; do
    dir=$(mktemp -d); t=$(date +%s%N)
    PYWIN32JVM_CDS_DIR=$dir bin/pywin32-jvm --engine "$engine" -c 'print(1)' >/dev/null 2>&1
    first=$(ms_since "$t")
    while ls -d "$dir"/*.lock >/dev/null 2>&1; do sleep 1; done
    echo "$engine   new: first run $first ms; its background recording done after $(ms_since "$t") ms"
    rm -rf "$dir"
  done
  dir=$(mktemp -d); t=$(date +%s%N)
  JAVA=$basejava PYWIN32JVM_CDS_DIR=$dir "$base/bin/pywin32-jvm" --engine jython -c 'print(1)' >/dev/null 2>&1
  echo "both     baseline: first run $(ms_since "$t") ms (records both engines in the foreground)"
  rm -rf "$dir"
fi

calls() {  # engine calls-per-round [launcher options...]
  local engine=$1 n=$2; shift 2
  PYWIN32JVM_CDS=0 bin/pywin32-jvm --engine "$engine" "$@" scripts/bench/runtime_calls.py "$n" |
    awk -v e="$engine${1:+ $1}" '
      { name = $1; ns[NR] = $NF; names[NR] = name }
      END { for (i = 1; i <= NR; i++)    # compiled, an empty call costs nothing: no ratio then
              if (ns[1] >= 1) printf "%-15s %-26s %9.1f ns  %5.1fx empty function\n", e, names[i], ns[i], ns[i] / ns[1]
              else printf "%-15s %-26s %9.1f ns\n", e, names[i], ns[i] }'
}
echo "-- per call, ns (median of 7 interleaved rounds after 10 warm-up rounds, thread CPU time, bare loop"
echo "   subtracted; ${BENCH_CALLS:-50000} calls a round, ${BENCH_JIT_CALLS:-500000} with --jit: it compiles after millions)"
calls jython "${BENCH_CALLS:-50000}"
calls graalpy "${BENCH_CALLS:-50000}"
calls graalpy "${BENCH_JIT_CALLS:-500000}" --jit
echo "   (load $(load))"
