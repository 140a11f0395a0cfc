"""Tracebacks as CPython prints them, on both engines.

- python-lib's files are named `<pywin32-jvm>/win32wnet.py` instead of where the engine found them
  (Jython: `__pyclasspath__/org.graalvm.python.vfs/src/win32wnet$py.class`; GraalPy:
  `/graalpy_vfs/src/win32wnet.py`), with their source lines on Jython too;
- the last line names the exception with its module (`pywintypes.error: (...)`), as Python 3
  does and Python 2 does not.
"""
from __future__ import print_function

import sys as _sys
import traceback as _traceback

SHOWN_AS = '<pywin32-jvm>/'
_RESOURCE_DIR = 'org.graalvm.python.vfs/src/'
# where each engine finds python-lib
_PREFIXES = ('__pyclasspath__/' + _RESOURCE_DIR, '/graalpy_vfs/src/')
_IS_JYTHON = _sys.platform.startswith('java')


def readable(filename):
    """The name a traceback shows for a file of python-lib (other files unchanged)."""
    for prefix in _PREFIXES:
        if filename.startswith(prefix):
            name = filename[len(prefix):]
            if name.endswith('$py.class'):
                name = name[:-len('$py.class')] + '.py'
            return SHOWN_AS + name
    return filename


def format_exception(etype, value, tb):
    """traceback.format_exception with readable file names and qualified exception names."""
    if _IS_JYTHON:
        _cache_sources(tb)
        lines = _jython_format(etype, value, tb)
    else:
        lines = _traceback.format_exception(etype, value, tb)
    out = []
    for line in lines:
        for prefix in _PREFIXES:
            start = line.find('File "' + prefix)
            if start >= 0:
                end = line.find('"', start + 6)
                line = line[:start + 6] + readable(line[start + 6:end]) + line[end:]
        out.append(line)
    if _IS_JYTHON and out:
        out[-1] = _qualified(etype, out[-1])
    return out


def _jython_format(etype, value, tb):
    """format_exception without the repeated entries Jython adds: an exception passing a frame's
    `except` clause that does not match gets that frame (same frame, same line) a second time."""
    entries = []
    last = None
    while tb is not None:
        here = (tb.tb_frame, tb.tb_lineno)
        if last is None or here[0] is not last[0] or here[1] != last[1]:
            entries.append(tb)
        last = here
        tb = tb.tb_next
    lines = []
    if entries:
        lines.append('Traceback (most recent call last):\n')
        lines.extend(_traceback.format_list(
            [_traceback.extract_tb(t, 1)[0] for t in entries]))
    return lines + _traceback.format_exception_only(etype, value)


def print_exception(etype, value, tb, file=None):
    (file or _sys.stderr).write(''.join(format_exception(etype, value, tb)))


def _qualified(etype, last):
    """Python 2 prints `error: ...`; Python 3 (and CPython's pywin32) `pywintypes.error: ...`."""
    module = getattr(etype, '__module__', None)
    name = getattr(etype, '__name__', None)
    if not module or not name or module in ('exceptions', '__builtin__', '__main__', 'builtins'):
        return last
    if last.startswith(name + ':') or last.rstrip('\n') == name:
        return module + '.' + last
    return last


def _cache_sources(tb):
    """Jython compiles python-lib from the jar and linecache cannot read it: hand it the source."""
    import linecache
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.startswith(_PREFIXES[0]) and filename not in linecache.cache:
            text = resource_text(filename[len('__pyclasspath__/'):])
            if text is not None:
                lines = text.splitlines(True)
                # mtime None: checkcache() leaves the entry alone (as for __loader__ sources)
                linecache.cache[filename] = (len(text), None, lines, filename)
        tb = tb.tb_next


def resource_text(path):
    if path.endswith('$py.class'):
        path = path[:-len('$py.class')] + '.py'
    from java.lang import Thread
    from org.python.core.util import FileUtil
    stream = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)
    if stream is None:
        import _jvm
        stream = _jvm.jclass('org.pywin32jvm.runtime.Main').getClassLoader().getResourceAsStream(path)
    if stream is None:
        return None
    try:
        return FileUtil.readBytes(stream).tostring().decode('utf-8')
    finally:
        stream.close()
