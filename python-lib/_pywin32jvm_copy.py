"""shutil's data loop in Java when a file on a share is involved (installed by _pywin32jvm_paths).

shutil.copyfile (copy, copy2, copytree, move across devices) opens both files in Python, then calls
shutil.copyfileobj(fsrc, fdst): a Python loop of 16 KiB (Jython 2.7) or 64 KiB (GraalPy, which has no
os.sendfile) reads and writes through the engine's file objects, which cost more than the network. When
both file objects are binary files opened on this thread with nothing buffered in Python, and one of them is
on a share, the wrapped copyfileobj copies between their Java channels instead (org.pywin32jvm.fs.ChannelCopy:
straight from the SMB read-ahead chunks, in 1 MiB pieces from a local file); anything else goes to the
original. The opens, the checks and the errors before the loop stay shutil's own.

The wrapper is put in when shutil is first imported (_pywin32jvm_paths' one-name import hook, which loads this
module only then): a script that never imports shutil pays nothing.
"""
import sys

from _pywin32jvm_paths import _IS_JYTHON, _text, _win32_cause, os_error, route

_java = {}


def _j(name):
    c = _java.get(name)
    if c is None:
        import _jvm
        c = _java[name] = _jvm.jclass(name)
    return c


def _channel(f):
    """The Java channel behind a Python file object opened on this thread, or None."""
    if _IS_JYTHON:
        ch = getattr(getattr(f, 'raw', None), '_ch', None)      # io.open of a network path (NetRaw)
        if ch is not None:
            return ch
        try:
            raw = f.fileno()                 # Jython's file object: its RawIOBase (FileIO, StreamIO)
        except Exception:
            return None
        if isinstance(raw, _j('org.python.core.io.StreamIO')):     # builtin open of a network path
            stream = raw.asInputStream() if raw.readable() else raw.asOutputStream()
            return _j('org.pywin32jvm.fs.smb.ChannelStreams').channelOf(stream)
        getter = getattr(raw, 'getChannel', None)
        return getter() if getter is not None else None
    name = _text(getattr(f, 'name', None))
    if name is None:
        return None
    nfs = _j('org.pywin32jvm.fs.graalpy.NetworkFileSystem')
    try:
        w = route(name)
    except OSError:
        return None
    if w is not None:
        return nfs.openedChannel(w)
    import os
    return nfs.openedChannel(os.path.abspath(name))


def _binary(f):
    mode = getattr(f, 'mode', '')
    return isinstance(mode, str) and 'b' in mode


def _in_step(f, ch):
    """True when the Python file object's position is the channel's (nothing buffered in Python)."""
    try:
        return f.tell() == ch.position()
    except (IOError, OSError):     # Jython's file over a stream has no tell(): it cannot have read ahead
        return ch.position() == 0   # while its channel has not moved


def _fast_pair(fsrc, fdst):
    if not (_binary(fsrc) and _binary(fdst)):
        return None
    src = _channel(fsrc)
    if src is None or not _in_step(fsrc, src):
        return None
    dst = _channel(fdst)
    if dst is None:
        return None
    smb = _j('org.pywin32jvm.fs.smb.SmbChannel')
    if not (isinstance(src, smb) or isinstance(dst, smb)):
        return None           # a local copy stays the engine's own
    fdst.flush()              # what Python holds goes first, as it would
    if not _in_step(fdst, dst):
        return None
    return src, dst


def _copy(src, dst):
    io_exc = _j('java.io.IOException')
    try:
        _j('org.pywin32jvm.fs.ChannelCopy').copy(src, dst)
        return
    except io_exc as e:
        w = _win32_cause(e)
        if w is None:
            import errno
            err = OSError(errno.EIO, 'Input/output error')
        else:
            err = os_error(w, None, io=True)
    raise err


def wrap(original):
    def copyfileobj(fsrc, fdst, *args, **kw):
        pair = _fast_pair(fsrc, fdst)
        if pair is None:
            return original(fsrc, fdst, *args, **kw)
        _copy(*pair)
    copyfileobj.__name__ = original.__name__
    copyfileobj.__doc__ = original.__doc__
    copyfileobj._pywin32jvm_original = original
    return copyfileobj


def patch(shutil):
    if not hasattr(shutil.copyfileobj, '_pywin32jvm_original'):
        shutil.copyfileobj = wrap(shutil.copyfileobj)
