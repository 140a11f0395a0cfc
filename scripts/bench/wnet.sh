#!/usr/bin/env bash
# win32wnet benchmark (not a test), everything measured side by side in one run:
#  1. enumerate a Samba server with 1,000 shares through WNetOpenEnum/WNetEnumResource (warm, in
#     process; and cold: a whole `bin/pywin32-jvm examples/list_shares.py` run) versus `smbclient -L`
#     against the same server;
#  2. per-call cost of WNetGetUser() and NETRESOURCE attribute access per engine, against an empty
#     Python function.
# Starts its own smbd (scripts/fixtures/samba.sh with 1,000 extra shares) and stops it by PID.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}
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
t0=$(now)
for _ in $(seq "$ROUNDS"); do
  smbclient -L //127.0.0.1 -p "$PYWIN32JVM_TEST_SMB_PORT" -N 2>/dev/null | grep -c ' Disk ' > "$work/smbclient.count"
done
t1=$(now)
smb=$(calc "($t1 - $t0) / $ROUNDS")
printf 'smbclient -L (%s shares listed, incl. IPC$/hidden):  %.3f s per run\n' "$(cat "$work/smbclient.count")" "$smb"

for engine in jython graalpy; do
  out=$(java -jar target/pywin32-jvm.jar --engine "$engine" scripts/bench/wnet_bench.py "$server" "$ROUNDS")
  val() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
  enum=$(val enum_s)
  t0=$(now)
  java -jar target/pywin32-jvm.jar --engine "$engine" examples/list_shares.py "$server" > "$work/list.out"
  t1=$(now)
  cold=$(calc "$t1 - $t0")
  printf '%-8s WNetOpenEnum+WNetEnumResource, %s shares: warm %.3f s (%.2fx smbclient -L); cold process %.2f s (%.1fx)\n' \
    "$engine" "$(val shares)" "$enum" "$(calc "$enum / $smb")" "$cold" "$(calc "$cold / $smb")"
  printf '%-8s per call: empty function %s us, WNetGetUser() %s us, NETRESOURCE read %s us, write %s us, NETRESOURCE() %s us\n' \
    "$engine" "$(val empty_us)" "$(val getuser_us)" "$(val nr_read_us)" "$(val nr_write_us)" "$(val new_nr_us)"
done
