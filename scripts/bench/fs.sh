#!/usr/bin/env bash
# Network-path benchmark (not a test), side by side in one run against one Samba fixture:
#  1. a 200 MB file copied off the share: shutil.copy("Z:\\big.bin", local) in process (median of
#     ROUNDS after a warm-up copy) vs `smbclient -c 'get big.bin'` (a whole process, median of ROUNDS);
#     the JVM heap in use is sampled every 100 ms during one copy (a flat heap = streaming);
#     the same copy between two local files is shown for scale (the engine's own file speed);
#     and the local copy back onto the share (shutil.copy to Z:) vs `smbclient -c 'put …'`; smbclient signs only
#     its logon, smbj (like Windows 11 24H2's client) every message: `get` with --client-protection=sign is timed
#     too, the like-for-like comparison;
#  2. os.listdir of a 10,000-entry directory on the share (warm, median) vs `smbclient -c 'ls dir\*'`; a whole
#     smbclient process doing nothing (`-c ''`: start-up, negotiate, logon, tree connect) is timed too, so
#     that its cost can be subtracted from the process figures.
# Starts its own smbd (scripts/fixtures/samba.sh) and stops it by PID. SIZE_MB / ENTRIES / ROUNDS adjust.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-3}
SIZE_MB=${SIZE_MB:-200}
ENTRIES=${ENTRIES:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/pywin32jvm-fsbench.XXXXXX")
chmod 755 "$work"       # smbd serves the share as the share user, who must reach it
export PYWIN32JVM_FIXTURES=$work
cleanup() { bash scripts/fixtures/samba.sh stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
SAMBA_PORT=${SAMBA_PORT:-4470} bash scripts/fixtures/samba.sh start >/dev/null
set -a; . "$work/env"; set +a
data="$PYWIN32JVM_TEST_SMB_DIR/share/data"
head -c "${SIZE_MB}M" /dev/urandom > "$data/big.bin"
mkdir "$data/many"
(cd "$data/many" && seq -f 'entry-%05g.txt' 1 "$ENTRIES" | xargs touch)
chmod -R a+rwX "$data"
auth="$work/auth"
( umask 077; printf 'username = %s\npassword = %s\n' "$PYWIN32JVM_TEST_SMB_USER" "$PYWIN32JVM_TEST_SMB_PASSWORD" > "$auth" )
smb() {  # command [smbclient options...]
  local out cmd=$1; shift
  if ! out=$(smbclient "//127.0.0.1/data" -p "$PYWIN32JVM_TEST_SMB_PORT" -A "$auth" "$@" -c "$cmd" 2>&1 </dev/null); then
    echo "smbclient -c '$1' failed: $out" >&2
    return 1
  fi
}
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
timed() { local t0 t1; t0=$(now); "$@"; t1=$(now); calc "$t1 - $t0"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (the machine is shared: expect noise)"
smb "get big.bin $work/warm.bin"; rm -f "$work/warm.bin"
get_s=$(for _ in $(seq "$ROUNDS"); do timed smb "get big.bin $work/get.bin"; echo; rm -f "$work/get.bin"; done | median)
signed_s=$(for _ in $(seq "$ROUNDS"); do timed smb "get big.bin $work/get.bin" --client-protection=sign; echo; rm -f "$work/get.bin"; done | median)
head -c "${SIZE_MB}M" /dev/urandom > "$work/up.bin"
put_s=$(for _ in $(seq "$ROUNDS"); do timed smb "put $work/up.bin up.bin"; echo; done | median)
rm -f "$work/up.bin" "$data/up.bin"
ls_s=$(for _ in $(seq "$ROUNDS"); do timed smb "ls many\\*"; echo; done | median)
empty_s=$(for _ in $(seq "$ROUNDS"); do timed smb ""; echo; done | median)
printf 'smbclient get %d MB: %.3f s (%.1f MB/s); put: %.3f s (%.1f MB/s); ls %d entries: %.3f s; -c "" (nothing): %.3f s (whole processes, median of %d)\n' \
  "$SIZE_MB" "$get_s" "$(calc "$SIZE_MB / $get_s")" "$put_s" "$(calc "$SIZE_MB / $put_s")" "$ENTRIES" "$ls_s" "$empty_s" "$ROUNDS"
printf 'smbclient get %d MB signing every message (--client-protection=sign, as smbj does): %.3f s (%.1f MB/s)\n' \
  "$SIZE_MB" "$signed_s" "$(calc "$SIZE_MB / $signed_s")"

for engine in jython graalpy; do
  out=$(java -Xmx512m -jar target/pywin32-jvm.jar --engine "$engine" scripts/bench/fs_bench.py \
    "\\\\$PYWIN32JVM_TEST_SMB_SERVER" big.bin many "$work/copy.bin" "$ROUNDS")
  val() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
  copy=$(val copy_s)
  printf '%-8s shutil.copy %d MB: %.3f s (%.1f MB/s, %.2fx smbclient throughput, %.2fx signed smbclient); heap in use %.0f MB before, at most %.0f MB during (max heap %.0f MB)\n' \
    "$engine" "$SIZE_MB" "$copy" "$(calc "$SIZE_MB / $copy")" "$(calc "$get_s / $copy")" "$(calc "$signed_s / $copy")" \
    "$(val heap_before_mb)" "$(val heap_max_mb)" "$(val heap_max_total_mb)"
  up=$(val up_s)
  printf '%-8s shutil.copy %d MB onto the share: %.3f s (%.1f MB/s, %.2fx smbclient put)\n' \
    "$engine" "$SIZE_MB" "$up" "$(calc "$SIZE_MB / $up")" "$(calc "$put_s / $up")"
  printf '%-8s (the same shutil.copy between two local files: %.3f s, %.1f MB/s)\n' \
    "$engine" "$(val local_copy_s)" "$(calc "$SIZE_MB / $(val local_copy_s)")"
  printf '%-8s os.listdir %s entries: %.3f s warm (%.2fx smbclient ls; %.2fx its ls minus its empty run)\n' \
    "$engine" "$(val list_entries)" "$(val list_s)" "$(calc "$(val list_s) / $ls_s")" \
    "$(calc "$(val list_s) / ($ls_s - $empty_s)")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
