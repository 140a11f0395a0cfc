"""Per-call cost inside one engine: trivial face calls versus an empty Python function.

    runtime_calls.py [CALLS [ROUNDS [WARMUP]]]

Run by scripts/bench/runtime.sh under each engine; prints one line per measure:
    <name> <nanoseconds per call>
Every body is warmed up first (WARMUP rounds of all of them, interleaved, so the empty call is as
warm as the face calls: an interpreted GraalPy and HotSpot keep speeding up over many rounds), then
timed in ROUNDS interleaved rounds by the thread's CPU time (not wall time: the machine is shared).
A measure is the median of its rounds minus the median of the bare loop.
"""
from __future__ import print_function

import sys

import pywintypes
import win32ras
import win32wnet

import _jvm

try:
    _range = xrange
except NameError:
    _range = range

N = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 7
WARMUP = int(sys.argv[3]) if len(sys.argv) > 3 else 10

_mx = _jvm.jclass('java.lang.management.ManagementFactory').getThreadMXBean()
_cpu_ns = _mx.getCurrentThreadCpuTime


def _empty(h):
    pass


def loop_bare(n):
    for _ in _range(n):
        pass


def loop_empty(n):
    f = _empty
    for _ in _range(n):
        f(1)


def loop_is_handle_valid(n):
    f = win32ras.IsHandleValid
    for _ in _range(n):
        f(1)


def loop_handle(n):
    H = pywintypes.HANDLE
    for _ in _range(n):
        H(1).handle


def loop_netresource(n):
    NR = win32wnet.NETRESOURCE
    for _ in _range(n):
        NR()


def loop_handle_int(n):
    h = pywintypes.HANDLE(7)
    for _ in _range(n):
        int(h)


def loop_error(n):
    E = pywintypes.error
    for _ in _range(n):
        E(5, 'F', 'Access is denied.')


MEASURES = [('empty_function(1)', loop_empty), ('win32ras.IsHandleValid(1)', loop_is_handle_valid),
            ('HANDLE(1).handle', loop_handle), ('win32wnet.NETRESOURCE()', loop_netresource),
            ('int(PyHANDLE)', loop_handle_int), ('pywintypes.error(...)', loop_error)]


def _median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main():
    bodies = [('bare', loop_bare)] + MEASURES
    for _ in _range(WARMUP):
        for _, fn in bodies:
            fn(N)
    times = dict((name, []) for name, _ in bodies)
    for _ in _range(ROUNDS):
        for name, fn in bodies:
            t0 = _cpu_ns()
            fn(N)
            times[name].append(_cpu_ns() - t0)
    bare = _median(times['bare'])
    for name, _ in MEASURES:
        print('%s %.1f' % (name, max(_median(times[name]) - bare, 0) / float(N)))
    sys.stdout.flush()


main()
