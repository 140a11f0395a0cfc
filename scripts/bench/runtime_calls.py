"""Per-call cost inside one engine: a trivial face call versus an empty Python function.

Run by scripts/bench/runtime.sh under each engine; prints one line per measure:
    <name> <nanoseconds per call>
Each measure is the best of several rounds, minus the cost of the bare loop.
"""
from __future__ import print_function

import sys
import time

import pywintypes
import win32ras   # the start-up set; IsHandleValid is the trivial face function measured
import win32wnet  # noqa: F401

try:
    _range = xrange
except NameError:
    _range = range

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 7


def _empty():
    pass


def loop_bare(n):
    for _ in _range(n):
        pass


def loop_empty(n):
    f = _empty
    for _ in _range(n):
        f()


def loop_handle(n):
    H = pywintypes.HANDLE
    for _ in _range(n):
        H(1).handle


def loop_handle_int(n):
    h = pywintypes.HANDLE(7)
    for _ in _range(n):
        int(h)


def loop_is_handle_valid(n):
    f = win32ras.IsHandleValid
    for _ in _range(n):
        f(1)


def loop_error(n):
    E = pywintypes.error
    for _ in _range(n):
        E(5, 'F', 'Access is denied.')


def best(fn):
    times = []
    for _ in _range(ROUNDS):
        t0 = time.time()
        fn(N)
        times.append(time.time() - t0)
    return min(times)


def main():
    measures = [('empty_function', loop_empty), ('win32ras.IsHandleValid(1)', loop_is_handle_valid),
                ('HANDLE(1).handle', loop_handle),
                ('int(PyHANDLE)', loop_handle_int), ('pywintypes.error(...)', loop_error)]
    for _, fn in measures:      # warm-up round for the JIT (HotSpot for Jython)
        fn(N)
    loop_bare(N)
    bare = best(loop_bare)
    for name, fn in measures:
        print('%s %.1f' % (name, max(best(fn) - bare, 0.0) * 1e9 / N))
    sys.stdout.flush()


main()
