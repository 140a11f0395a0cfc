#!/usr/bin/env python3
"""Cold start-up: time from process start to the first line of output, median of N fresh JVMs.

    startup.py RUNS LAUNCHER...   (the launcher words, e.g. bin/pywin32-jvm)

For each engine, alternates a bare `print(1)` with `import pywintypes, win32ras, win32wnet;
print(1)` so that both see the same machine load, and prints:
    <engine> bare_ms <median> imports_ms <median> overhead_pct <pct>
"""
import statistics
import subprocess
import sys
import time

BARE = 'print(1)'
IMPORTS = 'import pywintypes, win32ras, win32wnet; print(1)'


def first_line_ms(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    line = p.stdout.readline()
    elapsed = (time.perf_counter() - t0) * 1000
    p.stdout.read()
    p.wait()
    if line.strip() != b'1' or p.returncode != 0:
        sys.exit('bench: %s printed %r, status %s' % (' '.join(cmd), line, p.returncode))
    return elapsed


def main():
    runs = int(sys.argv[1])
    launcher = sys.argv[2:]
    for engine in ('jython', 'graalpy'):
        # one unmeasured run each: page cache, and the launcher's class-data archive
        for code in (BARE, IMPORTS):
            first_line_ms(launcher + ['--engine', engine, '-c', code])
        bare, imports = [], []
        for _ in range(runs):
            bare.append(first_line_ms(launcher + ['--engine', engine, '-c', BARE]))
            imports.append(first_line_ms(launcher + ['--engine', engine, '-c', IMPORTS]))
        b, i = statistics.median(bare), statistics.median(imports)
        print('%-8s bare_ms %6.0f  imports_ms %6.0f  overhead_pct %+5.1f' % (engine, b, i, (i - b) * 100.0 / b))
        sys.stdout.flush()


main()
