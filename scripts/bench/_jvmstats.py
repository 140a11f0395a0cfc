"""What the RAS benchmarks measure of the JVM itself: live threads, and heap in use after GC."""
import time

import _jvm

_System = _jvm.jclass('java.lang.System')
_MF = _jvm.jclass('java.lang.management.ManagementFactory')


def threads():
    return int(_MF.getThreadMXBean().getThreadCount())


def heap_mb():
    for _ in range(3):
        _System.gc()
        time.sleep(0.2)
    return int(_MF.getMemoryMXBean().getHeapMemoryUsage().getUsed()) / 1048576.0
