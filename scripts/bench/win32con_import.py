"""In-process import cost of win32con (scripts/bench/constants.sh): the first import in a fresh engine
(after pywintypes, as a script has it), then the median of N re-imports of a fresh module object
("warm": the engine and the JVM have run the import path before). Also winerror for comparison."""
import sys
import time

import pywintypes  # noqa: F401  (a script imports it first)


def once(name):
    for k in list(sys.modules):
        if k == name or k.startswith('_pywin32jvm_constants.' + name):
            del sys.modules[k]
    t = time.time()
    mod = __import__(name)
    getattr(mod, 'WM_USER' if name == 'win32con' else 'ERROR_ACCESS_DENIED')
    return (time.time() - t) * 1000


runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
for name in ('win32con', 'winerror'):
    first = once(name)
    warm = sorted(once(name) for _ in range(runs))
    print('%-9s first %6.1f ms   warm median %6.1f ms   min %6.1f ms' % (name, first, warm[len(warm) // 2], warm[0]))
