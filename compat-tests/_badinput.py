"""Shared by the bad-input matrix and the fuzz run (issue 13): the modules and public names to call, the value
pool, and the classification of what a call raised. Generic: every module in python-lib that scripts import is
covered, including ones added later."""
import os
import re
import struct
import sys
import threading
import time

import pywintypes

PY2 = sys.version_info[0] == 2
IS_JYTHON = sys.platform.startswith('java')
LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'python-lib')

# what pywin32 itself raises for bad arguments (UnicodeEncodeError/UnicodeDecodeError are ValueErrors); anything else
# (a Java exception, a ForeignException, KeyError, IndexError, SystemError, ...) is a defect
ALLOWED = (TypeError, ValueError, OverflowError, pywintypes.error, MemoryError)
# setting or reading an attribute may also give AttributeError (a read-only or unknown attribute)
ALLOWED_ATTRIBUTES = ALLOWED + (AttributeError,)
# netbios is a Python module in pywin32 too, and this one is its code: what Python raises inside it is pywin32's
# behaviour (a value that does not fit a field's format is struct.error, NCBStruct(items) with an empty item
# IndexError from item[0])
ALLOWED_NETBIOS = ALLOWED_ATTRIBUTES + (struct.error, IndexError)
# the few calls for which pywin32 itself documents one more type: NCBBuffer(-1) fails in PyByteArray_FromStringAndSize,
# FormatMessage with too few inserts catches the access violation as SystemError
ALSO = {'win32wnet.NCBBuffer': (SystemError,), 'win32api.FormatMessage': (SystemError,)}
# a call slower than this counts as a hang (every network or file wait is bounded far below it): the watchdog
# abandons it, the test fails with its name and the run goes on
HANG_SECONDS = 20.0

ENGINE = 'jython' if IS_JYTHON else 'graalpy'

# functions whose correct behaviour with arbitrary values is to block or to act on this machine: an INFINITE or
# huge wait, starting programs the value pool names, creating, copying or deleting files in the working folder
NOT_CALLED = set(['win32event.WaitForSingleObject', 'win32api.Sleep', 'win32api.ShellExecute', 'win32api.WinExec',
                  'win32file.CopyFile', 'win32file.MoveFile', 'win32file.DeleteFile', 'win32file.CreateDirectory',
                  'win32file.RemoveDirectory'])


def allowed_for(fn, args):
    """The exception types pywin32 gives for bad input to this call (see ALLOWED*)."""
    target = args[0] if fn in (setattr, getattr, delattr) and args else fn
    module = getattr(target, '__module__', None) or getattr(type(target), '__module__', '')
    if module == 'netbios':
        return ALLOWED_NETBIOS
    if fn in (setattr, getattr, delattr):
        return ALLOWED_ATTRIBUTES
    return ALLOWED + ALSO.get('%s.%s' % (module, getattr(fn, '__name__', '')), ())


class Tally(object):
    """Makes calls, each under the watchdog, counts what they did and keeps a line for every defect (Java exception,
    other type, hang)."""

    def __init__(self):
        self.counts = {'calls': 0, 'ok': 0, 'allowed': 0, 'java': 0, 'other': 0, 'hangs': 0}
        self.bad = []
        self.watchdog = Watchdog(HANG_SECONDS)

    def run(self, fn, args, kw=None):
        kw = kw or {}
        allowed = allowed_for(fn, args)
        result = self.watchdog.call(lambda: classify(fn, args, kw, allowed))
        self.counts['calls'] += 1
        if result is None:
            self.counts['hangs'] += 1
            self.bad.append('HANG over %.0fs %s' % (HANG_SECONDS, describe(fn, args, kw)))
            return
        kind, detail, secs = result
        self.counts[kind] += 1
        if kind in ('java', 'other'):
            self.bad.append('%s %s -> %s' % (kind, describe(fn, args, kw), detail))

    def report(self, title):
        """One line of counts on stdout (scripts/test.sh shows these lines at the end of the run)."""
        c = self.counts
        sys.stdout.write('\n%s (%s): %d calls, %d returned, %d pywin32 exceptions, %d Java exceptions, '
                         '%d other exceptions, %d hangs\n' % (title, ENGINE, c['calls'], c['ok'], c['allowed'],
                                                             c['java'], c['other'], c['hangs']))
        sys.stdout.flush()


class Watchdog(object):
    """Runs each call on a worker thread and waits at most `seconds` for it: a call that takes longer is abandoned
    (its daemon thread left to finish or not) and call() returns None; the next call gets a fresh worker. So a hang
    is a failure with the call's name, never a run that does not end."""

    def __init__(self, seconds):
        self.seconds = seconds
        self._worker = None

    def call(self, job):
        if self._worker is None:
            self._worker = _Worker()
        out = self._worker.submit(job, self.seconds)
        if out is None:
            self._worker = None
            return None
        ok, value = out
        if not ok:                                  # KeyboardInterrupt / SystemExit: the caller's
            raise value
        return value


class _Worker(object):
    def __init__(self):
        self.cond = threading.Condition()
        self.job = None
        self.out = None
        self.abandoned = False
        t = threading.Thread(target=self._loop, name='badinput-watchdog-worker')
        t.daemon = True
        t.start()

    def submit(self, job, seconds):
        deadline = time.time() + seconds
        with self.cond:
            self.out = None
            self.job = job
            self.cond.notify_all()
            while self.out is None:
                left = deadline - time.time()
                if left <= 0:
                    self.abandoned = True
                    return None
                self.cond.wait(left)
            return self.out

    def _loop(self):
        while True:
            with self.cond:
                while self.job is None:
                    self.cond.wait()
                job, self.job = self.job, None
            try:
                out = (True, job())
            except BaseException:
                out = (False, sys.exc_info()[1])
            with self.cond:
                if self.abandoned:
                    return
                self.out = out
                self.cond.notify_all()


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


def classify(fn, args, kw, allowed=ALLOWED):
    """Calls fn; returns (kind, detail, seconds): kind is 'ok', 'allowed' (one of `allowed`), 'java' or 'other'."""
    t0 = time.time()
    try:
        fn(*args, **kw)
        kind, detail = 'ok', None
    except allowed:
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


def keywords(fn):
    """The argument names of fn's signature as its docstring's first line gives it (pywin32's names, e.g.
    WNetAddConnection2(NetResource, Password=None, UserName=None, Flags=0)); every form the line shows."""
    doc = (getattr(fn, '__doc__', None) or '').strip().split('\n')[0]
    names = []
    for m in re.finditer(r'\w+\(([^()]*)\)', doc):
        for part in m.group(1).replace('[', ',').replace(']', ',').split(','):
            name = part.split('=')[0].strip().lstrip('*')
            if re.match(r'^[A-Za-z_]\w*$', name) and name not in names:
                names.append(name)
    return names


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
