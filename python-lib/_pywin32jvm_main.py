"""Runs a script, a -c command or the interactive console the way `python` does.

One source for both engines, so that sys.argv, __name__ == '__main__', SystemExit and the
traceback of an uncaught exception behave alike under Jython and GraalPy.
"""
from __future__ import print_function

import sys

import _pywin32jvm_paths

_pywin32jvm_paths.install()     # network paths (\\host\share, mapped drives) for open/os/shutil

try:
    _INT = (int, long)
except NameError:
    _INT = (int,)

if sys.platform.startswith('java'):
    # Jython: a Java exception from a Java call is no BaseException; report it as a traceback too
    from java.lang import Throwable as _Throwable
    from java.lang import InterruptedException as _INTERRUPTED
    _UNCAUGHT = (BaseException, _Throwable)
else:
    _INTERRUPTED = None
    _UNCAUGHT = BaseException


# The embedding namespace (where PythonEngine.put/exec bind names), as it was when the engine
# imported this module; scripts run in a fresh __main__ that sees its public names.
_HOST_MAIN = sys.modules.get('__main__')
# the namespace of the last program run, where `-i` continues
_last_main = None


def _exit_status(exc):
    """The process status for SystemExit, as CPython computes it."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, bool):
        return int(code)
    if isinstance(code, _INT):
        return int(code) & 0xFF
    return _print_code(code)


def _print_code(code):
    print(code, file=sys.stderr)
    return 1


def _new_main(filename):
    """A fresh __main__ module, as `python script.py` gives the script."""
    global _last_main
    import types
    main = types.ModuleType('__main__')
    if _HOST_MAIN is not None:
        for name, value in list(vars(_HOST_MAIN).items()):
            if not name.startswith('_'):
                main.__dict__[name] = value
    main.__dict__['__builtins__'] = __builtins__
    if filename is not None:
        main.__file__ = filename
    sys.modules['__main__'] = main
    _last_main = main
    return main


def _run(code_text, filename, argv):
    sys.argv = list(argv)
    sys.dont_write_bytecode = True
    _cli_sigint()
    main = _new_main(filename if not filename.startswith('<') else None)
    try:
        code = compile(code_text, filename, 'exec')
        exec(code, main.__dict__)
    except SystemExit as e:
        return _exit_status(e)
    except _UNCAUGHT:
        etype, value, tb = sys.exc_info()
        if _INTERRUPTED is not None and isinstance(value, _INTERRUPTED):
            # Ctrl-C woke a blocking Java call before Jython could raise KeyboardInterrupt in a line
            etype, value = KeyboardInterrupt, KeyboardInterrupt()
        # drop this bootstrap's own frame so the traceback starts in the script, as in CPython
        if tb is not None and tb.tb_frame.f_code is _run.__code__:
            tb = tb.tb_next
        import _pywin32jvm_traceback    # only for an uncaught exception: traceback pulls in re, tokenize, ...
        _pywin32jvm_traceback.print_exception(etype, value, tb)
        # CPython ends by SIGINT after an uncaught KeyboardInterrupt: the shell sees 128 + 2
        return 130 if etype is KeyboardInterrupt else 1
    finally:
        _flush()
    return 0


def run_path(path, argv):
    """Runs the file at `path` as __main__ with sys.argv = argv; returns the exit status."""
    try:
        with open(path, 'rb') as f:
            source = f.read()
    except (IOError, OSError) as e:
        print("%s: can't open file %r: [Errno %s] %s" % (_prog(), path, e.errno, e.strerror), file=sys.stderr)
        return 2
    if sys.path and sys.path[0] != _script_dir(path):
        sys.path.insert(0, _script_dir(path))
    return _run(source, path, argv)


def run_code(code_text, argv):
    """`python -c CODE args`: sys.argv[0] is '-c'."""
    if '' not in sys.path:
        sys.path.insert(0, '')
    return _run(code_text, '<string>', ['-c'] + list(argv))


def run_source(source, filename, argv):
    """`python - args` (or input piped into `python`): the text is one script named `filename`."""
    if not sys.path or sys.path[0] != '':
        sys.path.insert(0, '')
    return _run(source, filename, argv)


def run_module(name, argv):
    """`python -m name args`: the module's source runs as __main__, sys.argv[0] its file name."""
    if not sys.path or sys.path[0] != '':
        sys.path.insert(0, '')
    found = _module_source(name)
    if found is None:
        print("%s: No module named %s" % (_prog(), name), file=sys.stderr)
        return 1
    filename, source = found
    import _pywin32jvm_traceback
    return _run(source, filename, [_pywin32jvm_traceback.readable(filename)] + list(argv))


def _module_source(name):
    """(file name, source) of module `name` (a package: its __main__) on sys.path, or None."""
    import os
    import _pywin32jvm_traceback
    rel = name.replace('.', '/')
    for entry in sys.path:
        for candidate in (rel + '.py', rel + '/__main__.py'):
            if entry.startswith('__pyclasspath__/'):
                # Jython's import path inside the jar
                text = _pywin32jvm_traceback.resource_text(entry[len('__pyclasspath__/'):] + '/' + candidate)
                if text is not None:
                    return entry + '/' + candidate, text
                continue
            path = os.path.join(entry or '.', candidate)
            if os.path.isfile(path):
                with open(path, 'rb') as f:
                    return path, f.read()
    return None


def interact(banner):
    """The interactive console (multi-line blocks work); returns 0 at EOF or the SystemExit status.

    After a program has run (`-i`), the console continues in that program's namespace.
    """
    import _pywin32jvm_console
    if '' not in sys.path:
        sys.path.insert(0, '')
    _console_builtins()
    if _last_main is not None:
        main = _last_main
        sys.modules['__main__'] = main
    else:
        sys.argv = ['']
        main = _new_main(None)
    _cli_sigint()    # before the console: it keeps this handler across JLine's prompts
    console = _pywin32jvm_console.Console(main.__dict__, _BlockCompiler)
    try:
        if sys.version_info[0] >= 3:
            console.interact(banner, exitmsg='')     # CPython's REPL says nothing at EOF
        else:
            console.interact(banner)
    except SystemExit as e:
        return _exit_status(e)
    finally:
        console.close()
        _flush()
    return 0


def _cli_sigint():
    """From the command line only (never inside a host application): Ctrl-C is KeyboardInterrupt."""
    import _jvm
    if _jvm.jclass('java.lang.System').getProperty('pywin32jvm.cli.sigint') == 'true':
        import _pywin32jvm_sigint
        _pywin32jvm_sigint.install()


class _Quitter(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


class _Helper(object):
    def __repr__(self):
        return 'Type help() for interactive help, or help(object) for help about object.'

    def __call__(self, *args, **kw):
        import pydoc
        return pydoc.help(*args, **kw)


class _Text(object):
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text

    def __call__(self):
        print(self.text)


def _console_builtins():
    """What `site` gives CPython's console; Jython runs here without `site`, so add what is missing."""
    try:
        import __builtin__ as builtins
    except ImportError:
        import builtins
    extra = {
        'exit': _Quitter('exit'), 'quit': _Quitter('quit'), 'help': _Helper(),
        'copyright': _Text(getattr(sys, 'copyright', '')),
        'credits': _Text('Thanks to the Jython, GraalPy and pywin32 developers.'),
        'license': _Text('See the licence of your engine (Jython: PSF; GraalPy: UPL) and of pywin32-jvm.'),
    }
    for name, value in extra.items():
        if not hasattr(builtins, name):
            setattr(builtins, name, value)


class _BlockCompiler(object):
    """A compound statement runs only after an empty line, as in CPython's REPL.

    GraalPy's codeop reports `if x:\n    a` as complete, so an `else:` typed next would be an
    error, and an open bracket as a SyntaxError; this asks for more input in both cases.
    """

    def __init__(self, inner):
        self._inner = inner

    def __call__(self, source, filename='<input>', symbol='single'):
        try:
            code = self._inner(source, filename, symbol)
        except SyntaxError as e:
            # GraalPy reports an open bracket or string as an error, CPython as "more input"
            if any(m in str(e.msg) for m in _INCOMPLETE):
                return None
            raise
        if code is None or source.endswith('\n'):
            return code
        if any(_opens_block(line) for line in source.split('\n')):
            return None
        return code


_INCOMPLETE = ('was never closed', 'unterminated triple-quoted', 'incomplete input', 'unexpected EOF')


def _opens_block(line):
    text = line.split('#', 1)[0].rstrip()
    return text.endswith(':') or text.startswith('@')


def _script_dir(path):
    import os
    return os.path.dirname(os.path.abspath(path))


def _prog():
    return 'pywin32-jvm'


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
