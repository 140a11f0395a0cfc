"""nm dialer benchmark body (run by scripts/bench/nm.sh under each engine against the mock).

Prints the per-cycle time of sync Dial -> Connected -> HangUp on the "Bench VPN" profile, and live
threads and retained heap (after GC) before and after the cycles."""
from __future__ import print_function

import sys
import time

import win32ras
from _jvmstats import heap_mb, threads

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
ENTRY = ('Bench VPN', '', '', '', 'bench', '')


def cycles(n):
    dial, hang = win32ras.Dial, win32ras.HangUp
    for _ in range(n):
        h, rc = dial(None, None, ENTRY, None)
        if rc:
            raise SystemExit("dial failed: %d" % rc)
        hang(h)


cycles(min(100, N))                            # warm-up
t0, h0 = threads(), heap_mb()
start = time.time()
cycles(N)
elapsed = time.time() - start
t1, h1 = threads(), heap_mb()
print("%s win32ras: %d cycles in %.2f s = %.2f ms/cycle (threads %d -> %d; heap after GC %.1f MB -> %.1f MB)"
      % (sys.platform.startswith('java') and 'jython' or 'graalpy', N, elapsed, elapsed * 1000.0 / N, t0, t1, h0, h1))
