"""RAS benchmark body (run by scripts/bench/ras.sh under each engine, sim dialer, zero-delay scenario).

Prints: sync dial->connected->hang-up cycles/s, live threads and retained heap (after GC) before and
after N cycles, and the latency from a state change in the dialer to the Python callback."""
from __future__ import print_function

import sys
import time

import _jvm
import win32event
import win32ras
from _jvmstats import heap_mb, threads

System = _jvm.jclass('java.lang.System')
Thread = _jvm.jclass('java.lang.Thread')
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
ENTRY = ('Bench', '', '', 'bench', 'pw', '')


def cycles(n):
    dial, hang = win32ras.Dial, win32ras.HangUp
    for _ in range(n):
        h, rc = dial(None, None, ENTRY, None)
        if rc:
            raise SystemExit("dial failed: %d" % rc)
        hang(h)


cycles(5000)                                   # warm-up (and JIT for GraalPy)
t0, h0 = threads(), heap_mb()
start = time.time()
cycles(N)
elapsed = time.time() - start
t1, h1 = threads(), heap_mb()
print("sync cycles: %d in %.2f s = %.0f cycles/s" % (N, elapsed, N / elapsed))
print("live threads: %d before, %d after; heap after GC: %.1f MB before, %.1f MB after" % (t0, t1, h0, h1))

# callback latency: state entered (Java, sim dialer) -> Python callback running
sim = _jvm.backend('ras').dialers().current()
lat = []
done = win32event.CreateEvent(None, 0, 0, None)


def cb(h, msg, state, err, exterr):
    now = System.nanoTime()
    lat.append(now - sim.stateEnteredNanos(h))
    if state == win32ras.RASCS_Connected or err:
        win32event.SetEvent(done)


DIALS = 300
for i in range(DIALS):
    h, rc = win32ras.Dial(None, None, ENTRY, cb)
    win32event.WaitForSingleObject(done, 10000)
    win32ras.HangUp(h)
lat = sorted(lat[len(lat) // 3:])              # the first third is warm-up
pick = lambda q: lat[int(q * (len(lat) - 1))] / 1000.0
print("callback latency (state change -> Python callback), %d callbacks: median %.0f us, p90 %.0f us, p99 %.0f us"
      % (len(lat), pick(0.5), pick(0.9), pick(0.99)))
time.sleep(3)
print("live threads 3 s after the callback dials: %d" % threads())
