#!/usr/bin/env bash
# RAS benchmark: sync dial/hang-up cycles against the sim dialer (zero-delay scenario) per engine,
# live threads and retained heap before/after, and callback latency. CYCLES=100000 by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d "${TMPDIR:-/tmp}/pywin32jvm-rasbench.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '[Bench]\nDEVICE=vpn\nDevice=Bench tunnel\n' > "$work/bench.pbk"
printf '[Bench]\nstates = OpenPort, PortOpened, ConnectDevice, DeviceConnected, Authenticate, Authenticated, Connected\naccept = bench:pw\n' > "$work/bench.scenario"
# through the launcher (the JDK it picks), GraalPy interpreted and with --jit (BENCH_MODES="interp jit")
for run in "jython" "graalpy" "graalpy --jit"; do
  case " ${BENCH_MODES:-interp jit} " in *" jit "*) ;; *) [ "$run" = "graalpy --jit" ] && continue ;; esac
  echo "-- $run ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a))"
  # shellcheck disable=SC2086
  PYWIN32JVM_CDS=0 PYWIN32JVM_JAVA_OPTS="-Xmx1g -Dpywin32jvm.ras.dialer=sim -Dpywin32jvm.ras.sim.scenario=$work/bench.scenario \
       -Dpywin32jvm.ras.phonebook=$work/bench.pbk -Dpywin32jvm.ras.store=$work/store" \
       bin/pywin32-jvm --engine $run scripts/bench/ras_bench.py "${CYCLES:-100000}"
done
