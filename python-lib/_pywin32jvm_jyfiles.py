"""Jython's hook for network paths (installed by _pywin32jvm_paths.install()).

Jython's files and os module go straight to java.io / jnr-posix, with no hook below Python, so
builtin open, io.open and the os functions that shutil, glob and os.walk use are wrapped here: a
wrapper hands a network path (see _pywin32jvm_paths.route) to the Java SMB layer and anything else
to the original function.
"""
import os as _os

from _pywin32jvm_paths import _java_files, _win32_cause, os_error, route


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
            # a failure of the stream itself (closed under us ...): on a share Windows says 59
            w = _jvm_error(59, 'ReadFile')
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
        from org.pywin32jvm.fs.smb import ChannelStreams
        from org.python.core.util import FileUtil
        ch = _open_channel(w, name, mode)
        if 'r' in mode or mode in ('', 'U', 'rU'):
            return FileUtil.wrap(ChannelStreams.input(ch), mode, buffering)
        return FileUtil.wrap(ChannelStreams.output(ch), mode, buffering)
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
            try:
                w = route(path)
            except OSError:
                return False         # a remembered drive that could not be restored
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


def install():
    """Wraps open, io.open and the os functions (once per interpreter)."""
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
