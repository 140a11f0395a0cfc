#!/usr/bin/env bash
# win32wnet benchmark (not a test), everything measured side by side in one run:
#  1. enumerate a Samba server with 1,000 shares through WNetOpenEnum/WNetEnumResource (in process:
#     the first enumeration of a fresh interpreter, then the median/mean of ROUNDS after warm-up,
#     with the enumeration's logon kept as by default and with wnet.browse.idle=0, a logon each
#     time; and cold: a whole `java -jar ... examples/list_shares.py` process) versus `smbclient -L`
#     (a whole process each, median/mean of ROUNDS) against the same server;
#  2. per-call cost of WNetGetUser() and NETRESOURCE attribute access per engine, against an empty
#     Python function.
# BASELINE_JAR=path/to/older/pywin32-jvm.jar adds that build's in-process enumeration, same run.
# Starts its own smbd (scripts/fixtures/samba.sh with 1,000 extra shares) and stops it by PID.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/pywin32jvm-bench.XXXXXX")
export PYWIN32JVM_FIXTURES=$work
cleanup() { bash scripts/fixtures/samba.sh stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
SAMBA_PORT=${SAMBA_PORT:-4460} SAMBA_EXTRA_SHARES=1000 bash scripts/fixtures/samba.sh start >/dev/null
set -a; . "$work/env"; set +a
server="\\\\$PYWIN32JVM_TEST_SMB_SERVER"
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

smbclient -L //127.0.0.1 -p "$PYWIN32JVM_TEST_SMB_PORT" -N >/dev/null 2>&1 || true   # warm the server
: > "$work/smb.times"
for _ in $(seq "$ROUNDS"); do
  t0=$(now)
  smbclient -L //127.0.0.1 -p "$PYWIN32JVM_TEST_SMB_PORT" -N 2>/dev/null | grep -c ' Disk ' > "$work/smbclient.count"
  t1=$(now)
  calc "$t1 - $t0" >> "$work/smb.times"; echo >> "$work/smb.times"
done
smb=$(sort -n "$work/smb.times" | awk '{ a[NR] = $1 } END { print a[int(NR / 2) + 1] }')
smb_mean=$(awk '{ s += $1 } END { printf "%.6f", s / NR }' "$work/smb.times")
printf 'smbclient -L (%s shares listed, incl. IPC$/hidden): median %.3f s, mean %.3f s per run\n' \
  "$(cat "$work/smbclient.count")" "$smb" "$smb_mean"

for engine in jython graalpy; do
  out=$(java -jar target/pywin32-jvm.jar --engine "$engine" scripts/bench/wnet_bench.py "$server" "$ROUNDS")
  val() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
  enum=$(val enum_s)
  mean=$(val enum_mean_s)
  relog=$(java -Dpywin32jvm.wnet.browse.idle=0 -jar target/pywin32-jvm.jar --engine "$engine" \
    scripts/bench/wnet_bench.py "$server" "$ROUNDS" 30 --no-calls | awk '$1 == "enum_s" { print $2 }')
  t0=$(now)
  java -jar target/pywin32-jvm.jar --engine "$engine" examples/list_shares.py "$server" > "$work/list.out"
  t1=$(now)
  cold=$(calc "$t1 - $t0")
  printf '%-8s WNetOpenEnum+WNetEnumResource, %s shares: first in a fresh interpreter %.3f s (%.1fx smbclient -L median)\n' \
    "$engine" "$(val shares)" "$(val first_s)" "$(calc "$(val first_s) / $smb")"
  printf '%-8s   warm: median %.3f s (%.2fx), mean %.3f s (%.2fx smbclient mean); logging on each time (wnet.browse.idle=0): median %.3f s (%.2fx)\n' \
    "$engine" "$enum" "$(calc "$enum / $smb")" "$mean" "$(calc "$mean / $smb_mean")" "$relog" "$(calc "$relog / $smb")"
  printf '%-8s   cold process (java -jar ... examples/list_shares.py): %.2f s (%.1fx)\n' "$engine" "$cold" "$(calc "$cold / $smb")"
  if [ -n "${BASELINE_JAR:-}" ]; then
    base=$(java -jar "$BASELINE_JAR" --engine "$engine" scripts/bench/wnet_bench.py "$server" "$ROUNDS" 30 --no-calls)
    printf '%-8s   baseline jar: first %.3f s; warm median %.3f s (%.2fx), mean %.3f s\n' "$engine" \
      "$(echo "$base" | awk '$1 == "first_s" { print $2 }')" "$(echo "$base" | awk '$1 == "enum_s" { print $2 }')" \
      "$(calc "$(echo "$base" | awk '$1 == "enum_s" { print $2 }') / $smb")" "$(echo "$base" | awk '$1 == "enum_mean_s" { print $2 }')"
  fi
  printf '%-8s per call: empty function %s us, WNetGetUser() %s us, NETRESOURCE read %s us, write %s us, NETRESOURCE() %s us\n' \
    "$engine" "$(val empty_us)" "$(val getuser_us)" "$(val nr_read_us)" "$(val nr_write_us)" "$(val new_nr_us)"
done

# GraalPy interpreted against --jit, both through the launcher on the JDK it picks (BENCH_MODES="interp jit")
case " ${BENCH_MODES:-interp jit} " in *" jit "*)
  for run in "graalpy" "graalpy --jit"; do
    # shellcheck disable=SC2086
    out=$(PYWIN32JVM_CDS=0 bin/pywin32-jvm --engine $run scripts/bench/wnet_bench.py "$server" "$ROUNDS")
    val() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
    printf '%-14s launcher: first %.3f s; warm median %.3f s (%.2fx smbclient -L); per call: empty %s us, WNetGetUser() %s us, NETRESOURCE() %s us\n' \
      "$run" "$(val first_s)" "$(val enum_s)" "$(calc "$(val enum_s) / $smb")" "$(val empty_us)" "$(val getuser_us)" "$(val new_nr_us)"
  done ;;
esac
