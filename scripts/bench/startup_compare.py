#!/usr/bin/env python3
"""Start-up, this launcher against a baseline configuration, in alternating rounds.

    startup_compare.py ROUNDS NEW_LAUNCHER BASE_LAUNCHER [--jit] [BASE_ENV...]

Per engine: time from process start to the first line of
`import pywintypes, win32ras, win32wnet; print(1)`, CPU (user+sys) and peak RSS of the process
tree, new and baseline one after the other in each round (both see the same machine load); then
min and median of each and their ratios. Each side starts with its start-up cache already
recorded (one unmeasured run first). BASE_ENV are KEY=VALUE settings for the baseline only
(e.g. JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java). --jit adds a third side for GraalPy, the new
launcher with --jit, in the same alternating rounds.
"""
import os
import statistics
import subprocess
import sys
import time

CODE = 'import pywintypes, win32ras, win32wnet; print(1)'


def run(cmd, env):
    """(ms to the first line, CPU s, peak RSS MB) of one fresh process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    line = p.stdout.readline()
    ms = (time.perf_counter() - t0) * 1000
    p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if line.strip() != b'1' or p.returncode != 0:
        sys.exit('bench: %s printed %r, status %s' % (' '.join(cmd), line, p.returncode))
    return ms, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def wait_for_recordings(cache_dir):
    """The launcher records its cache in the background: wait until no recording is under way."""
    deadline = time.time() + 900
    while time.time() < deadline:
        if not os.path.isdir(cache_dir) or not any(n.endswith('.lock') for n in os.listdir(cache_dir)):
            return
        time.sleep(2)


def main():
    rounds = int(sys.argv[1])
    new, base = sys.argv[2], sys.argv[3]
    env_new = dict(os.environ)
    env_base = dict(os.environ)
    extra = sys.argv[4:]
    jit = '--jit' in extra
    for kv in [a for a in extra if a != '--jit']:
        k, v = kv.split('=', 1)
        env_base[k] = v
    cache_dir = env_new.get('PYWIN32JVM_CDS_DIR') or os.path.join(
        env_new.get('XDG_CACHE_HOME') or os.path.expanduser('~/.cache'), 'pywin32-jvm')
    print('%-8s %-9s %9s %9s %8s %8s   %s' % ('engine', 'launcher', 'min_ms', 'median_ms', 'cpu_s', 'rss_mb',
                                              'median ratio new/base (min ratio; cpu ratio)'))
    for engine in ('jython', 'graalpy'):
        argv = ['--engine', engine, '-c', CODE]
        run([base] + argv, env_base)                 # records the baseline's archive if missing (foreground)
        run([new] + argv, env_new)                   # starts the new launcher's recording if missing
        wait_for_recordings(cache_dir)
        sides = ('new', 'base', 'jit') if jit and engine == 'graalpy' else ('new', 'base')
        cmds = {'new': ([new] + argv, env_new), 'base': ([base] + argv, env_base),
                'jit': ([new, '--jit'] + argv, env_new)}
        res = dict((side, []) for side in sides)
        for _ in range(rounds):
            for side in sides:
                res[side].append(run(*cmds[side]))
        stats = {}
        for side in sides:
            ms = [r[0] for r in res[side]]
            stats[side] = (min(ms), statistics.median(ms), statistics.median(r[1] for r in res[side]),
                           max(r[2] for r in res[side]))
        for side in sides:
            mn, md, cpu, rss = stats[side]
            extra = ''
            if side != 'base':
                b = stats['base']
                extra = '   %.2fx (%.2fx; cpu %.2fx)' % (md / b[1], mn / b[0], cpu / b[2])
            print('%-8s %-9s %9.0f %9.0f %8.2f %8.0f%s' % (engine, side, mn, md, cpu, rss, extra))
        sys.stdout.flush()


main()
