"""Shared by the bad-input matrix and the fuzz run (issue 13): the modules and public names to call, the value
pool, and the classification of what a call raised. Generic: every module in python-lib that scripts import is
covered, including ones added later."""
import os
import struct
import sys
import time

import pywintypes

PY2 = sys.version_info[0] == 2
IS_JYTHON = sys.platform.startswith('java')
LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'python-lib')

# what pywin32 itself raises for bad input; anything else (a Java exception, a ForeignException, ...) is a defect
ALLOWED = (TypeError, ValueError, OverflowError, pywintypes.error, MemoryError, SystemError, BufferError,
           AttributeError, NotImplementedError, KeyError, IndexError,
           struct.error)     # netbios.NCBStruct is Python in pywin32 too: a bad format is struct's error there
# a call slower than this counts as a hang (every network or file wait is bounded far below it)
HANG_SECONDS = 20.0


ENGINE = 'jython' if IS_JYTHON else 'graalpy'

# functions whose correct behaviour with arbitrary values is to block or to act on this machine: an INFINITE or
# huge wait, starting programs the value pool names, creating, copying or deleting files in the working folder
NOT_CALLED = set(['win32event.WaitForSingleObject', 'win32api.Sleep', 'win32api.ShellExecute', 'win32api.WinExec',
                  'win32file.CopyFile', 'win32file.MoveFile', 'win32file.DeleteFile', 'win32file.CreateDirectory',
                  'win32file.RemoveDirectory'])


class Tally(object):
    """Makes calls, counts what they did and keeps a line for every defect (Java exception, other type, hang)."""

    def __init__(self):
        self.counts = {'calls': 0, 'ok': 0, 'allowed': 0, 'java': 0, 'other': 0, 'hangs': 0}
        self.bad = []

    def run(self, fn, args, kw=None):
        kind, detail, secs = classify(fn, args, kw or {})
        self.counts['calls'] += 1
        self.counts[kind] += 1
        if secs > HANG_SECONDS:
            self.counts['hangs'] += 1
            self.bad.append('HANG %.1fs %s' % (secs, describe(fn, args, kw)))
        if kind in ('java', 'other'):
            self.bad.append('%s %s -> %s' % (kind, describe(fn, args, kw), detail))

    def report(self, title):
        """One line of counts on stdout (scripts/test.sh shows these lines at the end of the run)."""
        c = self.counts
        sys.stdout.write('\n%s (%s): %d calls, %d returned, %d pywin32 exceptions, %d Java exceptions, '
                         '%d other exceptions, %d hangs\n' % (title, ENGINE, c['calls'], c['ok'], c['allowed'],
                                                             c['java'], c['other'], c['hangs']))
        sys.stdout.flush()


def modules():
    """Every public module of python-lib (its .py files not starting with '_'), imported."""
    out = []
    for f in sorted(os.listdir(LIB)):
        if f.endswith('.py') and not f.startswith('_'):
            out.append(__import__(f[:-3]))
    return out


def public(module):
    """(name, object) for the module's public functions and types (constants are plain values: skipped)."""
    out = []
    for name in sorted(dir(module)):
        if name.startswith('_'):
            continue
        ob = getattr(module, name)
        if isinstance(ob, type(sys)):            # a module imported under a public name
            continue
        if callable(ob):
            out.append((name, ob))
    return out


def values():
    """The bad-value pool: wrong types, None, overlong and NUL strings, surrogates, extreme integers."""
    pool = [None, 0, 1, -1, 2, 3, 255, 65535, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 32, 2 ** 63, -2 ** 63 - 1,
            2 ** 64, 10 ** 30, 1.5, float('nan'), True, '', 'x', 'a\0b', 'x' * 100000, u'\u00e9\u4e2d',
            b'', b'\xff\x00', bytearray(4), [], (), {}, ('x',), ('a', 'b', 'c', 'd', 'e', 'f'), object(),
            'Z:', r'\\127.0.0.1\nosuchshare', pywintypes.HANDLE(0)]
    if not PY2:
        pool.append('x' + chr(0xDC80) + 'y')      # a lone surrogate (Jython's unicode cannot hold one)
    return pool


def classify(fn, args, kw):
    """Calls fn; returns (kind, detail): kind is 'ok', 'allowed', 'java' or 'other'; also the seconds taken."""
    t0 = time.time()
    try:
        fn(*args, **kw)
        kind, detail = 'ok', None
    except ALLOWED:
        kind, detail = 'allowed', None
    except Exception:
        e = sys.exc_info()[1]
        kind, detail = ('java' if _is_java(e) else 'other'), '%s: %s' % (type(e), str(e)[:200])
    except BaseException:                           # Jython: Java throwables are not all Exceptions
        e = sys.exc_info()[1]
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        kind, detail = 'java', '%s: %s' % (type(e), str(e)[:200])
    return kind, detail, time.time() - t0


def _is_java(e):
    t = type(e)
    mod = getattr(t, '__module__', '') or ''
    return mod.startswith('java') or mod.startswith('org.') or mod == 'polyglot' or 'Foreign' in t.__name__


def describe(fn, args, kw):
    shown = []
    for a in args:
        r = repr(a)
        shown.append(r if len(r) < 40 else r[:37] + '...')
    return '%s(%s%s)' % (getattr(fn, '__name__', fn), ', '.join(shown), ', **%r' % kw if kw else '')


def cleanup():
    """Cancels every connection a run made (the same JVM runs the other compat files)."""
    import win32wnet
    try:
        h = win32wnet.WNetOpenEnum(1, 0, 0, None)
        items = win32wnet.WNetEnumResource(h, 1000)
        h.Close()
    except Exception:
        return
    for nr in items:
        for name in (nr.lpLocalName, nr.lpRemoteName):
            if name:
                try:
                    win32wnet.WNetCancelConnection2(name, 0, 1)
                    break
                except Exception:
                    pass
