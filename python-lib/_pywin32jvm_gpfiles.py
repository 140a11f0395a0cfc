"""GraalPy: the Windows error of a failed os call on a network path (installed by _pywin32jvm_paths).

GraalPy's file system (org.pywin32jvm.fs.graalpy.NetworkFileSystem) routes network paths to SMB, but
GraalPy makes an OSError of a java.nio exception from its type or text alone: errno and strerror are
right, winerror is lost. The os functions that take paths are wrapped here; a wrapper does nothing
but call the original until that raises OSError for a network path: then it asks the file system for
the Win32 failure this thread just had on that path and raises the OSError a Windows script sees
(errno, Windows' text, filename, winerror). open() needs none of this: on Windows it goes through the
C runtime, whose errors carry errno and its text but no winerror, which is what GraalPy gives.
"""
import os as _os

from _pywin32jvm_paths import os_error, route, _text

_NFS = None
# what GraalPy finds out itself before it asks the file system (os.rmdir of a file): the Windows code for it
_OWN_CHECKS = {20: 267}      # ENOTDIR: ERROR_DIRECTORY


def _looks_network(p):
    t = _text(p)
    return t is not None and len(t) >= 2 and (t[1] == ':' or (t[0] in '\\/' and t[1] in '\\/'))


def _take_failure():
    global _NFS
    if _NFS is None:
        import _jvm
        _NFS = _jvm.jclass('org.pywin32jvm.fs.graalpy.NetworkFileSystem')
    return _NFS.takeLastFailure()


def _same(path, unc):
    if path is None or unc is None:
        return path is None and unc is None
    try:
        w = route(path)
    except OSError:          # a drive that could not be restored: the failure names the drive ("Z:")
        return _text(path)[:2].upper() == str(unc).upper()
    return w is not None and str(w.unc()).lower() == str(unc).lower()


def _windows_error(e, path, path2=None):
    """The Windows-shaped OSError for e, or None when e is not a network failure of these paths."""
    if not (_looks_network(path) or (path2 is not None and _looks_network(path2))):
        return None
    f = _take_failure()
    if f is None:
        matches = False
    elif path2 is None:
        matches = _same(path, f.file())
    else:
        matches = _same(path, f.file()) and (f.other() is None or _same(path2, f.other()))
    if matches:
        error = f.error()
    elif e.errno in _OWN_CHECKS:
        import _jvm
        error = _jvm.Win32Exception(_OWN_CHECKS[e.errno], 'CreateFile')
    else:
        return None
    x = os_error(error, path, path2)
    if x.errno != e.errno:
        return None
    x.__traceback__ = e.__traceback__
    x.__suppress_context__ = True
    return x


def _arg(a, kw, i, name):
    return a[i] if len(a) > i else kw.get(name)


def _one(original):
    def wrapper(*a, **kw):
        try:
            return original(*a, **kw)
        except OSError as e:
            x = _windows_error(e, _arg(a, kw, 0, 'path'))
            if x is None:
                raise
        raise x
    return _like(wrapper, original)


def _two(original):
    def wrapper(*a, **kw):
        try:
            return original(*a, **kw)
        except OSError as e:
            x = _windows_error(e, _arg(a, kw, 0, 'src'), _arg(a, kw, 1, 'dst'))
            if x is None:
                raise
        raise x
    return _like(wrapper, original)


def _like(wrapper, original):
    wrapper.__name__ = original.__name__
    wrapper.__doc__ = original.__doc__
    # shutil.rmtree and others ask os.supports_fd & co. whether a function takes fds: answer as before
    for s in (getattr(_os, n, None) for n in ('supports_fd', 'supports_dir_fd', 'supports_follow_symlinks',
                                                'supports_effective_ids')):
        if s is not None and original in s:
            s.add(wrapper)
    return wrapper


def install():
    """Wraps the os functions that take paths (once per interpreter)."""
    for name in ('stat', 'lstat', 'listdir', 'scandir', 'mkdir', 'rmdir', 'remove', 'unlink', 'readlink'):
        setattr(_os, name, _one(getattr(_os, name)))
    for name in ('rename', 'replace'):
        setattr(_os, name, _two(getattr(_os, name)))
