"""The Windows face (opt-in): sys.platform 'win32', os.name 'nt', platform.system() 'Windows'.

Turned on by `--platform windows`, PYWIN32JVM_PLATFORM=windows or -Dpywin32jvm.platform=windows
(the embedding option); off by default. The engine calls apply() right after start-up
(org.pywin32jvm.runtime.WindowsFace decides). Only what a script *reads* changes: the files stay the
machine's, so os.sep stays '/', os.path stays posixpath (with Windows rules for network paths, see
_pywin32jvm_paths) and os.getcwd() the real directory. Modules that read sys.platform / os.name
while they are imported are imported here first, with the engine's real values, so they keep
working (tempfile's directory is chosen then too). Known to misbehave in this mode: shutil.which
(it asks sys.platform on each call and wants _winapi); a module imported later that picks a
Windows-only code path at import time (one that imports msvcrt, _winapi or winreg when
sys.platform == 'win32') will fail: list it in PYWIN32JVM_PLATFORM_PREIMPORT (comma-separated) so it
is imported before the switch, or avoid it.
"""
import os
import sys

# read sys.platform / os.name at import time; their posix code paths are the ones that work here
# (asyncio and multiprocessing are the slow ones, about a second on GraalPy: the price of the opt-in)
_PREIMPORT = ('_jvm', 'subprocess', 'tempfile', 'shutil', 'glob', 'fnmatch', 'logging', 'logging.handlers',
              'socket', 'threading', 'locale', 'getpass', 'platform', 'uuid', 'pathlib', 'ctypes.util',
              'asyncio', 'multiprocessing', 'urllib.request', 'ntpath', 'posixpath')

applied = False


def _preimport():
    try:
        import tempfile
        tempfile.gettempdir()      # chosen with the real os.name (it asks os.name on first use)
    except Exception:
        pass
    extra = os.environ.get('PYWIN32JVM_PLATFORM_PREIMPORT', '')
    for name in list(_PREIMPORT) + [n.strip() for n in extra.split(',') if n.strip()]:
        try:
            __import__(name)
        except Exception:
            pass        # not in this engine's standard library (Jython has no asyncio, ...)


def apply():
    """Switches the face to Windows. Idempotent."""
    global applied
    if applied:
        return
    _preimport()
    import platform
    real_system = platform.system()
    sys.platform = 'win32'
    os.name = 'nt'
    platform.system = lambda: 'Windows'
    platform.system.__doc__ = "'Windows' (the pywin32-jvm Windows face; the machine runs %s)" % real_system
    try:
        u = platform.uname()
        if hasattr(u, '_replace'):
            platform._uname_cache = u._replace(system='Windows')
    except Exception:
        pass
    applied = True

