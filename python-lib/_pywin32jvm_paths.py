"""Windows network paths for scripts: `\\\\host\\share\\...`, `//host/share/...`, `\\\\?\\UNC\\...` and
drive letters mapped in this process (WNetAddConnection2 / NetUseAdd).

Installed once at start-up by _pywin32jvm_main. Two parts:

* os.path: the path functions split, join, dirname, basename, isabs, abspath, normpath, realpath
  and splitdrive treat a network path as Windows does (ntpath), so `os.makedirs(r'\\\\srv\\sh\\a\\b')`
  finds the parents and `shutil.copy(src, dst_dir)` finds the file name. Any other path is left to
  the engine's own os.path, untouched.
* Jython only: its files and os module go straight to java.io / jnr-posix, with no hook below
  Python, so builtin open, io.open and the os functions that shutil, glob and os.walk use are
  wrapped here; a wrapper hands a network path to the Java SMB layer and anything else to the
  original function. (GraalPy needs none of this: its file system routes network paths in Java.)

Failures on network paths are the exceptions a Windows script sees: IOError/OSError subclasses with
errno, filename and winerror (the Win32 code).
"""
import sys
import os as _os
import posixpath as _posixpath

_IS_JYTHON = sys.platform.startswith('java')
_installed = False
_files = None        # the Java SMB layer (org.pywin32jvm.fs.smb.SmbFiles) or False when unavailable


def _java_files():
    global _files
    if _files is None:
        try:
            import _jvm
            _files = _jvm.backend('filesOrNull') or False
        except Exception:
            _files = False
    return _files


def _text(p):
    """The path as text, or None when it is not a text path (bytes, a file descriptor...)."""
    if hasattr(p, '__fspath__'):
        p = p.__fspath__()
    if isinstance(p, str):
        return p
    if sys.version_info[0] == 2 and isinstance(p, unicode):  # noqa: F821 (Python 2 only)
        return p
    return None


def is_network(p):
    """True when the text names a share path or a drive letter mapped in this process."""
    t = _text(p)
    if t is None or len(t) < 2:
        return False
    a, b = t[0], t[1]
    if a in '\\/' and b in '\\/':
        return True
    if b != ':' or not a.isalpha():
        return False
    files = _java_files()
    return bool(files) and files.router().route(t) is not None


def route(p):
    """The Java WinPath for a network path, or None."""
    t = _text(p)
    if t is None or len(t) < 2 or not (t[1] == ':' or (t[0] in '\\/' and t[1] in '\\/')):
        return None
    files = _java_files()
    return files.route(t) if files else None


# ---- os.path ---------------------------------------------------------------------------------------

def _nt():
    import ntpath
    return ntpath


def _path_wrapper(name):
    original = getattr(_posixpath, name)

    def wrapper(p, *rest):
        if is_network(p):
            return getattr(_nt(), name)(p, *rest)
        return original(p, *rest)
    wrapper.__name__ = name
    wrapper.__doc__ = original.__doc__
    wrapper._pywin32jvm_original = original
    return wrapper


def _install_path():
    for name in ('split', 'join', 'dirname', 'basename', 'isabs', 'normpath', 'splitdrive'):
        setattr(_posixpath, name, _path_wrapper(name))
    for name in ('abspath', 'realpath'):
        setattr(_posixpath, name, _absolute_wrapper(getattr(_posixpath, name)))


def _absolute_wrapper(original):
    def wrapper(p, *rest, **kw):
        if is_network(p):
            return _nt().normpath(p)
        return original(p, *rest, **kw)
    wrapper.__name__ = original.__name__
    wrapper.__doc__ = original.__doc__
    wrapper._pywin32jvm_original = original
    return wrapper


# ---- errors ------------------------------------------------------------------------------------------

# what CPython on Windows maps Win32 codes to (PC/errmap.h); anything else is EINVAL
_ERRNO = {2: 2, 3: 2, 5: 13, 32: 13, 33: 13, 53: 2, 67: 2, 80: 17, 183: 17, 145: 39, 267: 20, 17: 18,
          112: 28, 123: 22, 6: 9}


def os_error(java_exc, filename, filename2=None, io=False):
    """The OSError (IOError for open on Python 2) for a Win32Exception, with winerror set."""
    code = int(java_exc.winerror)
    errno_ = _ERRNO.get(code, 22)
    import _jvm
    # open() goes through the C runtime on Windows: errno and its text, no winerror
    text = _os.strerror(errno_) if io else _jvm.s(java_exc.strerror)
    cls = IOError if io else OSError
    if sys.version_info[0] >= 3:
        args = (errno_, text, filename) if filename2 is None else (errno_, text, filename, None, filename2)
        e = OSError(*args)
    elif filename2 is None:
        e = cls(errno_, text, filename)
    else:
        e = cls(errno_, text, filename)
        e.filename2 = filename2
    if not io:
        e.winerror = code
    return e


def _win32_cause(exc):
    """The Win32Exception carried by a Java exception (itself or its cause), or None."""
    import _jvm
    t = exc
    while t is not None:
        if isinstance(t, _jvm.Win32Exception):
            return t
        try:
            t = t.getCause()
        except Exception:
            return None
    return None


# ---- Jython: files and os functions -------------------------------------------------------------------

class _Raw(object):
    """Marker base replaced by io.RawIOBase at install (keeps the import of io lazy)."""


def _make_raw_class():
    import io

    class NetRaw(io.RawIOBase):
        """A file on a share as an unbuffered binary file (io.open builds on it)."""

        def __init__(self, channel, name, mode):
            io.RawIOBase.__init__(self)
            self._ch = channel
            self.name = name
            self.mode = mode

        def readable(self):
            return 'r' in self.mode or '+' in self.mode

        def writable(self):
            return 'r' not in self.mode or '+' in self.mode

        def seekable(self):
            return True

        def readinto(self, b):
            data = self.read(len(b))
            n = len(data)
            b[:n] = data
            return n

        def read(self, n=-1):
            import _jvm
            if n is None or n < 0:
                return self.readall()
            return _jvm.to_bytes(_io_call(self.name, self._ch.read, n))

        def readall(self):
            import _jvm
            parts = []
            while True:
                chunk = _jvm.to_bytes(_io_call(self.name, self._ch.read, 1 << 20))
                if not chunk:
                    break
                parts.append(chunk)
            return b''.join(parts)

        def write(self, b):
            import _jvm
            data = bytes(b) if not isinstance(b, bytes) else b
            return int(_io_call(self.name, self._ch.write, _jvm.from_bytes(data)))

        def seek(self, pos, whence=0):
            if whence == 1:
                pos += self._ch.position()
            elif whence == 2:
                pos += _io_call(self.name, self._ch.size)
            _io_call(self.name, self._ch.position, pos)
            return int(self._ch.position())

        def tell(self):
            return int(self._ch.position())

        def truncate(self, size=None):
            if size is None:
                size = self._ch.position()
            _io_call(self.name, self._ch.truncate, size)
            return size

        def close(self):
            if not self.closed:
                try:
                    _io_call(self.name, self._ch.close)
                finally:
                    io.RawIOBase.close(self)
    return NetRaw


def _io_call(name, fn, *args):
    from java.io import IOException
    try:
        return fn(*args)
    except IOException as e:
        w = _win32_cause(e)
        if w is None:
            raise IOError(5, str(e.getMessage()), name)
        raise os_error(w, name, io=True)


def _open_channel(w, path, mode):
    import _jvm
    try:
        return _java_files().open(w, mode, 'CreateFile')
    except _jvm.Win32Exception as e:
        raise os_error(e, path, io=True)


def _jython_open_builtin(original):
    """builtin open() of Python 2: a file object over the share's stream (Jython's own PyFile)."""
    def open(name, mode='r', buffering=-1):
        w = route(name)
        if w is None:
            return original(name, mode, buffering)
        if '+' in mode:
            return _jython_io_open(None)(name, mode, buffering)
        from java.nio.channels import Channels
        from org.python.core.util import FileUtil
        ch = _open_channel(w, name, mode)
        if 'r' in mode or mode in ('', 'U', 'rU'):
            return FileUtil.wrap(Channels.newInputStream(ch), mode, buffering)
        return FileUtil.wrap(Channels.newOutputStream(ch), mode, buffering)
    open.__doc__ = original.__doc__
    return open


def _jython_io_open(original):
    state = {}

    def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
        w = route(file)
        if w is None:
            return original(file, mode, buffering, encoding, errors, newline, closefd)
        import io
        if 'NetRaw' not in state:
            state['NetRaw'] = _make_raw_class()
        raw = state['NetRaw'](_open_channel(w, file, mode), file, mode.replace('b', '').replace('t', ''))
        if '+' in mode:
            buffered = io.BufferedRandom(raw)
        elif 'r' in mode or mode in ('', 'U'):
            buffered = io.BufferedReader(raw)
        else:
            buffered = io.BufferedWriter(raw)
        if buffering == 0 and 'b' in mode:
            return raw
        if 'b' in mode:
            return buffered
        return io.TextIOWrapper(buffered, encoding, errors, newline)
    return open


def _identity(info):
    """(st_ino, st_dev): the server's file id is not known, a hash of the name keeps samefile right."""
    return int(info.fileId()) & 0x7FFFFFFFFFFFFFFF, int(info.volumeId()) & 0x7FFFFFFF


def _stat_result(info):
    mode = 0o040555 if info.isDirectory() else 0o100444
    if not int(info.attributes()) & 1:
        mode |= 0o222
    if not info.isDirectory():
        mode &= ~0o111
    ino, dev = _identity(info)
    return _os.stat_result((mode, ino, dev, 1, 0, 0, int(info.size()),
                            float(info.atime()), float(info.mtime()), float(info.ctime())))


def _net_call(path, path2, fn, *args):
    import _jvm
    try:
        return fn(*args)
    except _jvm.Win32Exception as e:
        raise os_error(e, path, path2)


def _os_wrappers():
    """name -> function(original) -> wrapper, for the os functions that take one path."""
    files = _java_files

    def stat(original):
        def stat(path, *a, **kw):
            w = route(path)
            if w is None:
                return original(path, *a, **kw)
            return _stat_result(_net_call(path, None, files().stat, w, 'GetFileAttributesEx'))
        return stat

    def listdir(original):
        def listdir(path='.'):
            w = route(path)
            if w is None:
                return original(path)
            import _jvm
            return [_jvm.s(n) for n in _net_call(path, None, files().names, w, 'FindFirstFile')]
        return listdir

    def one(java_name, funcname):
        def make(original):
            def wrapper(path, *a, **kw):
                w = route(path)
                if w is None:
                    return original(path, *a, **kw)
                getattr(files(), java_name)
                _net_call(path, None, getattr(files(), java_name), w, funcname)
            wrapper.__name__ = original.__name__
            return wrapper
        return make

    def rename(replace):
        def make(original):
            def wrapper(src, dst, *a, **kw):
                ws, wd = route(src), route(dst)
                if ws is None and wd is None:
                    return original(src, dst, *a, **kw)
                if ws is None or wd is None:
                    raise os_error(_jvm_error(17, 'MoveFileEx'), src, dst)
                _net_call(src, dst, files().rename, ws, wd, replace, 'MoveFileEx')
            wrapper.__name__ = original.__name__
            return wrapper
        return make

    def access(original):
        def access(path, mode, *a, **kw):
            w = route(path)
            if w is None:
                return original(path, mode, *a, **kw)
            import _jvm
            try:
                info = files().stat(w, 'GetFileAttributes')
            except _jvm.Win32Exception:
                return False
            return not (mode & 2 and int(info.attributes()) & 1 and not info.isDirectory())
        return access

    def nop_on_share(original):
        def wrapper(path, *a, **kw):
            if route(path) is None:
                return original(path, *a, **kw)
            return None          # times and modes of files on a share are the server's business
        wrapper.__name__ = original.__name__
        return wrapper

    return {
        'stat': stat, 'lstat': stat, 'listdir': listdir, 'access': access,
        'mkdir': one('mkdir', 'CreateDirectory'), 'rmdir': one('rmdir', 'RemoveDirectory'),
        'remove': one('delete', 'DeleteFile'), 'unlink': one('delete', 'DeleteFile'),
        'rename': rename(False), 'replace': rename(True),
        'utime': nop_on_share, 'chmod': nop_on_share,
    }


def _jvm_error(code, funcname):
    import _jvm
    return _jvm.Win32Exception(code, funcname)


def _install_jython():
    try:
        import __builtin__ as builtins
    except ImportError:
        import builtins
    builtins.open = _jython_open_builtin(builtins.open)
    import io
    io.open = _jython_io_open(io.open)
    try:
        import _io
        _io.open = io.open
    except ImportError:
        pass
    for name, make in _os_wrappers().items():
        original = getattr(_os, name, None)
        if original is not None:
            setattr(_os, name, make(original))


def install():
    """Installs the os.path routing (both engines) and, under Jython, the file and os hooks. Idempotent."""
    global _installed
    if _installed:
        return
    _installed = True
    _install_path()
    if _IS_JYTHON:
        _install_jython()
