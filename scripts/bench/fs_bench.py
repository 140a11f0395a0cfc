"""In-process half of scripts/bench/fs.sh: map the share, then time shutil.copy of a big file off it
(heap sampled during the copy), the copy back onto the share, and os.listdir of a big directory; prints KEY VALUE lines."""
from __future__ import print_function

import os
import shutil
import sys
import threading
import time

import _jvm
import win32netcon
import win32wnet

server, big, bigdir, dest, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
nr = win32wnet.NETRESOURCE()
nr.dwType, nr.lpLocalName, nr.lpRemoteName = win32netcon.RESOURCETYPE_DISK, "Z:", server + "\\data"
win32wnet.WNetAddConnection2(nr, os.environ['PYWIN32JVM_TEST_SMB_PASSWORD'], os.environ['PYWIN32JVM_TEST_SMB_USER'])

runtime = _jvm.jclass('java.lang.Runtime').getRuntime()


def used():
    return int(runtime.totalMemory() - runtime.freeMemory())


samples = []
stop = []


def sample():
    while not stop:
        samples.append(used())
        time.sleep(0.1)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


size = os.path.getsize("Z:\\" + big)
copies = []
for i in range(rounds + 1):
    if os.path.exists(dest):
        os.remove(dest)
    if i == rounds:      # the last round is sampled for the heap
        _jvm.jclass('java.lang.System').gc()
        before = used()
        t = threading.Thread(target=sample)
        t.daemon = True
        t.start()
    t0 = time.time()
    shutil.copy("Z:\\" + big, dest)
    elapsed = time.time() - t0
    if i == rounds:
        stop.append(1)
        t.join()
    elif i > 0:          # round 0 warms up
        copies.append(elapsed)
    assert os.path.getsize(dest) == size
ups = []                              # the other way: shutil.copy of the local file onto the share
for i in range(rounds + 1):
    t0 = time.time()
    shutil.copy(dest, "Z:\\" + big + ".up")
    if i > 0:
        ups.append(time.time() - t0)
    assert os.path.getsize("Z:\\" + big + ".up") == size
os.remove("Z:\\" + big + ".up")
local_copies = []                     # the same copy between two local files: the engine's own speed
for i in range(rounds):
    t0 = time.time()
    shutil.copy(dest, dest + ".local")
    local_copies.append(time.time() - t0)
    os.remove(dest + ".local")
os.remove(dest)
print("local_copy_s", median(local_copies))
print("copy_bytes", size)
print("copy_s", median(copies) if copies else elapsed)
print("up_s", median(ups))
print("heap_before_mb", before / 1048576.0)
print("heap_max_mb", max(samples) / 1048576.0)
print("heap_max_total_mb", runtime.maxMemory() / 1048576.0)

lists = []
for i in range(rounds + 1):
    t0 = time.time()
    n = len(os.listdir("\\\\" + server.lstrip("\\") + "\\data\\" + bigdir))
    if i > 0:
        lists.append(time.time() - t0)
print("list_entries", n)
print("list_s", median(lists))
win32wnet.WNetCancelConnection2("Z:", 0, True)
