"""Creates N event and N enumeration handles and never closes them; prints what is left once they are collected.

Run by HandleLeakIT under both engines with a bounded heap (issue 13 item 8)."""
import gc
import sys
import time

import _jvm
import win32event
import win32netcon
import win32wnet

System = _jvm.jclass('java.lang.System')
Runtime = _jvm.jclass('java.lang.Runtime')
EventTable = _jvm.jclass('org.pywin32jvm.win32.EventTable')
api = _jvm.backend('wnet')
N = int(sys.argv[1])


def collect():
    gc.collect()
    System.gc()
    time.sleep(0.1)


def used():
    for _ in range(3):
        collect()
    rt = Runtime.getRuntime()
    return rt.totalMemory() - rt.freeMemory()


def left():
    return EventTable.size() + api.openEnumerations()


base = None
for i in range(N):
    win32event.CreateEvent(None, 0, 0, None)
    win32wnet.WNetOpenEnum(win32netcon.RESOURCE_CONNECTED, 0, 0, None)
    if i == 2000:
        base = used()
deadline = time.time() + 30
while left() > 1000 and time.time() < deadline:
    collect()
growth = used() - base
# an explicitly closed handle is not closed again by the reclaimer, and a kept one stays open
kept = win32event.CreateEvent(None, 1, 0, None)
closed = win32wnet.WNetOpenEnum(win32netcon.RESOURCE_CONNECTED, 0, 0, None)
closed.Close()
for _ in range(3):
    collect()
win32event.SetEvent(kept)
print('HANDLES %d LEFT %d GROWTH_KB %d KEPT_OK %d' % (2 * N, left(), growth // 1024,
                                                    win32event.WaitForSingleObject(kept, 0) == 0))
