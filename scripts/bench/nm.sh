#!/usr/bin/env bash
# nm dialer benchmark: Dial -> Connected -> HangUp cycles against the NetworkManager mock
# (scripts/fixtures/dbus.sh, profile "Bench VPN": no delays, password through the secret agent),
# by a bare dbus-java client making the same D-Bus calls and by win32ras under each engine, in one
# run; per-cycle times, their ratio, live threads and heap before/after. CYCLES=1000 by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${CYCLES:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/pywin32jvm-nmbench.XXXXXX")
cleanup() { PYWIN32JVM_FIXTURES=$work bash scripts/fixtures/dbus.sh stop || true; rm -rf "$work"; }
trap cleanup EXIT
PYWIN32JVM_FIXTURES=$work bash scripts/fixtures/dbus.sh start > /dev/null
bus=$(sed -n 's/^PYWIN32JVM_TEST_NM_BUS=//p' "$work/env")
echo "-- $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a); $N cycles each"
java -Xmx256m -cp target/pywin32-jvm.jar scripts/bench/NmBareClient.java "$bus" "$N" | tee "$work/bare.txt"
for engine in jython graalpy; do
  java -Xmx1g -Dpywin32jvm.ras.dialer=nm -Dpywin32jvm.ras.nm.bus="$bus" -Dpywin32jvm.ras.store="$work/store" \
       -jar target/pywin32-jvm.jar --engine "$engine" scripts/bench/nm_bench.py "$N" | tee "$work/$engine.txt"
done
bare=$(sed -n 's/.*= \([0-9.]*\) ms\/cycle.*/\1/p' "$work/bare.txt")
for engine in jython graalpy; do
  ms=$(sed -n 's/.*= \([0-9.]*\) ms\/cycle.*/\1/p' "$work/$engine.txt")
  awk -v e="$engine" -v a="$ms" -v b="$bare" 'BEGIN { printf "ratio %s / bare dbus-java: %.2fx\n", e, a / b }'
done
