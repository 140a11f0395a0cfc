"""Windows network paths for scripts: `\\\\host\\share\\...`, `//host/share/...`, `\\\\?\\UNC\\...` and
drive letters mapped in this process (WNetAddConnection2 / NetUseAdd).

Installed once at start-up by _pywin32jvm_main. Three parts:

* os.path: the path functions split, join, dirname, basename, isabs, abspath, normpath, realpath
  and splitdrive treat a network path as Windows does (ntpath), so `os.makedirs(r'\\\\srv\\sh\\a\\b')`
  finds the parents and `shutil.copy(src, dst_dir)` finds the file name. Any other path is left to
  the engine's own os.path, untouched.
* Jython only: its files and os module go straight to java.io / jnr-posix, with no hook below
  Python, so _pywin32jvm_jyfiles wraps builtin open, io.open and the os functions that shutil,
  glob and os.walk use. GraalPy's file system routes network paths in Java; only its errors need
  _pywin32jvm_gpfiles (winerror and the Windows text, which a java.nio exception cannot carry).
* shutil (both engines, once it is imported): its copy loop runs in Java when a share file is involved
  (_pywin32jvm_copy).

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
    try:
        return route(p) is not None
    except OSError:
        return True          # a remembered drive that could not be restored is still a network drive


def route(p):
    """The Java WinPath for a network path, or None. A remembered drive is restored on its first use;
    when it cannot be, the OSError says why (winerror 1201, or the logon's code)."""
    t = _text(p)
    if t is None or len(t) < 2 or not (t[1] == ':' or (t[0] in '\\/' and t[1] in '\\/')):
        return None
    files = _java_files()
    if not files:
        return None
    import _jvm
    try:
        return files.route(t)
    except _jvm.Win32Exception as e:
        raise os_error(e, p)


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

def errno_of(code):
    """The errno CPython on Windows gives for a Win32 code (PC/errmap.h), as this machine's value."""
    import _jvm
    return int(_jvm.jclass('org.pywin32jvm.fs.smb.FileErrors').errno(code))


def os_error(java_exc, filename, filename2=None, io=False):
    """The OSError (IOError for open on Python 2) for a Win32Exception, with winerror set.

    Windows' own text without its final period, as CPython shows it ("[WinError 2] The system cannot
    find the file specified"); open() goes through the C runtime there: errno and its text, no winerror.
    """
    code = int(java_exc.winerror)
    errno_ = errno_of(code)
    import _jvm
    text = _os.strerror(errno_) if io else _jvm.s(java_exc.strerror).rstrip(' .\r\n')
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


# ---- shutil ------------------------------------------------------------------------------------------

def _patch_shutil(module):
    import _pywin32jvm_copy
    _pywin32jvm_copy.patch(module)


class _ShutilHook(object):
    """A meta-path entry that answers for 'shutil' alone, once: it imports it and patches it."""

    def find_module(self, fullname, path=None):          # Python 2 (Jython)
        return self if fullname == 'shutil' else None

    def load_module(self, fullname):
        self._leave()
        module = __import__(fullname)
        _patch_shutil(module)
        return module

    def find_spec(self, fullname, path=None, target=None):   # Python 3
        if fullname != 'shutil':
            return None
        self._leave()
        import importlib.util
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _PatchingLoader(spec.loader)
        return spec

    def _leave(self):
        if self in sys.meta_path:
            sys.meta_path.remove(self)


class _PatchingLoader(object):
    """shutil's own loader, which patches the module once it has run; the module keeps the real loader."""

    def __init__(self, loader):
        self._loader = loader

    def __getattr__(self, name):
        return getattr(self._loader, name)

    def create_module(self, spec):
        create = getattr(self._loader, 'create_module', None)
        return create(spec) if create is not None else None

    def exec_module(self, module):
        self._loader.exec_module(module)
        module.__loader__ = self._loader
        if getattr(module, '__spec__', None) is not None:
            module.__spec__.loader = self._loader
        _patch_shutil(module)


def install():
    """Installs the os.path routing (both engines) and, under Jython, the file and os hooks. Idempotent."""
    global _installed
    if _installed:
        return
    _installed = True
    _install_path()
    if 'shutil' in sys.modules:
        _patch_shutil(sys.modules['shutil'])
    else:
        sys.meta_path.insert(0, _ShutilHook())
    if _IS_JYTHON:
        import _pywin32jvm_jyfiles
        _pywin32jvm_jyfiles.install()
    else:
        import _pywin32jvm_gpfiles
        _pywin32jvm_gpfiles.install()
