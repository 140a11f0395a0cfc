"""In-process figures for scripts/bench/wnet.sh (run under each engine by the jar).

usage: wnet_bench.py \\\\server rounds [warmups] [--no-calls]
Prints one "name value" line per figure: the first full WNetOpenEnum/WNetEnumResource enumeration
of the server's shares in this fresh interpreter (JVM, engine and connection warm-up included), then
after the warm-ups the median and mean of `rounds` more, and per-call costs against an empty Python
function. GraalPy on a stock JDK interprets Python and needs ~20 enumerations before the
interpreter's own Java code is compiled, hence the default of 30 warm-ups.
"""
from __future__ import print_function

import sys
import time

import win32wnet


def enumerate_shares(server):
    nr = win32wnet.NETRESOURCE()
    nr.lpRemoteName = server
    h = win32wnet.WNetOpenEnum(2, 0, 0, nr)
    n = 0
    try:
        while True:
            items = win32wnet.WNetEnumResource(h, 0)
            if not items:
                return n
            n += len(items)
    finally:
        h.Close()


def per_call(fn, n):
    t = time.time()
    for _ in range(n):
        fn()
    return (time.time() - t) / n


def empty():
    pass


def timed(server):
    t = time.time()
    n = enumerate_shares(server)
    return time.time() - t, n


def main(argv):
    server, rounds = argv[1], int(argv[2])
    warmups = int(argv[3]) if len(argv) > 3 and argv[3].isdigit() else 30
    first, count = timed(server)
    for _ in range(warmups):
        enumerate_shares(server)
    times = sorted(timed(server)[0] for _ in range(rounds))
    print("shares %d" % count)
    print("first_s %.4f" % first)
    print("enum_s %.4f" % times[len(times) // 2])
    print("enum_mean_s %.4f" % (sum(times) / len(times)))
    if '--no-calls' in argv:
        return 0

    nr = win32wnet.NETRESOURCE()
    nr.lpRemoteName = "\\\\srv\\share"

    def read_attr():
        return nr.lpRemoteName

    def write_attr():
        nr.dwType = 1

    n = 20000
    for fn in (empty, win32wnet.WNetGetUser, read_attr, write_attr):   # warm-up (JIT, caches)
        per_call(fn, n)
    base = per_call(empty, n)
    print("empty_us %.3f" % (base * 1e6))
    print("getuser_us %.3f" % (per_call(win32wnet.WNetGetUser, n) * 1e6))
    print("nr_read_us %.3f" % (per_call(read_attr, n) * 1e6))
    print("nr_write_us %.3f" % (per_call(write_attr, n) * 1e6))
    print("new_nr_us %.3f" % (per_call(win32wnet.NETRESOURCE, n) * 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
