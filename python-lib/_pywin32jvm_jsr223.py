"""The Python half of the JSR-223 engines (org.pywin32jvm.jsr223.PythonScriptEngine).

One dispatcher per engine, bound to its globals: every call from Java arrives here with the
ScriptContext's writer, error writer and reader (sys.stdout/stderr/stdin for the call's length), its
FILENAME (for tracebacks), and the bindings that hold Python objects (PyRef). Results that are not
plain values go back to Java as PyRef, which keeps the object here until Java drops it.
"""
import sys as _sys

import _jvm

_PLAIN = (int, float, bool, str, type(None))
try:
    _PLAIN = _PLAIN + (long, unicode)   # noqa: F821 (Python 2)
except NameError:
    pass

if _jvm.IS_JYTHON:
    from java.lang import Object as _JObject

    def _is_java(value):
        return isinstance(value, _JObject)
else:
    import java as _java

    def _is_java(value):
        return _java.is_object(value)


try:
    import builtins as _builtins
except ImportError:                     # Python 2
    import __builtin__ as _builtins


class NoSuchMethod(Exception):
    """Invocable's NoSuchMethodException: no callable of that name."""


class _JavaWriter(object):
    """A java.io.Writer as a Python text file."""
    softspace = 0
    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self, writer):
        self._writer = writer

    def write(self, text):
        if not isinstance(text, _jvm.text_types):
            text = str(text)
        self._writer.write(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._writer.flush()

    def isatty(self):
        return False


class _JavaReader(object):
    """A java.io.Reader as a Python text file (read a character at a time: nothing is read ahead)."""
    encoding = 'utf-8'

    def __init__(self, reader):
        self._reader = reader

    def readline(self, size=-1):
        return self._take(size, True)

    def read(self, size=-1):
        return self._take(size, False)

    def _take(self, size, to_newline):
        """Up to size characters (all when negative), ending after a newline when to_newline."""
        chars = []
        while size < 0 or len(chars) < size:
            c = self._reader.read()
            if c < 0:
                break
            chars.append(unichr(c) if _jvm.PY2 else chr(c))  # noqa: F821
            if to_newline and c == 10:
                break
        return u''.join(chars)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def isatty(self):
        return False


def _code(source, filename):
    """(code, is_expression): an expression's value is the result, statements give None."""
    try:
        return compile(source, filename, 'eval'), True
    except SyntaxError:
        return compile(source, filename, 'exec'), False


def _execute(compiled, namespace):
    # (Python 2 allows no exec in a function with free variables: bind's inner functions have them)
    code, is_expression = compiled
    if is_expression:
        return eval(code, namespace)
    exec(code, namespace)
    return None


def bind(namespace, table):
    """The dispatcher of one engine: its globals and its org.pywin32jvm.jsr223.PyRef.Table."""
    objects = {}
    compiled = {}
    last_error = ['']
    counter = [0]

    def wrap(value):
        if isinstance(value, _PLAIN) or _is_java(value):
            return value
        counter[0] += 1
        objects[counter[0]] = value
        try:
            text = str(value)
        except Exception:
            text = object.__repr__(value)
        return table.ref(counter[0], text)

    def unwrap(value):
        key = getattr(value, 'pyRefId', None) if _is_java(value) else None
        return objects[int(key())] if key is not None else value

    def target(ref):
        """The callable's owner: the globals (ref None) or a Python object."""
        return None if ref is None else unwrap(ref)

    def lookup(owner, name):
        if owner is None:
            fn = namespace.get(name, getattr(_builtins, name, None))
        else:
            fn = getattr(owner, name, None)
        if not callable(fn):
            raise NoSuchMethod(name)
        return fn

    def run(op, args):
        if op == 'eval':
            return _execute(_code(args[0], args[1]), namespace)
        if op == 'compile':
            compiled[len(compiled) + 1] = _code(args[0], args[1])
            return len(compiled)
        if op == 'run_compiled':
            return _execute(compiled[int(args[0])], namespace)
        if op == 'call':
            return lookup(target(args[0]), args[1])(*[unwrap(a) for a in args[2:]])
        if op == 'implements':
            owner = target(args[0])
            for name in args[1].split('\n'):
                try:
                    lookup(owner, name)
                except NoSuchMethod:
                    return False
            return True
        if op == 'last_error':
            return last_error[0]
        raise ValueError('unknown operation %r' % (op,))

    def dispatch(op, released, out, err, inp, filename, refs, *args):
        for key in (released.split(',') if released else ()):
            objects.pop(int(key), None)
        for line in (refs.split('\n') if refs else ()):
            name, _, key = line.partition('=')
            namespace[name] = objects[int(key)]
        saved = _sys.stdout, _sys.stderr, _sys.stdin
        if out is not None:
            _sys.stdout = _JavaWriter(out)
        if err is not None:
            _sys.stderr = _JavaWriter(err)
        if inp is not None:
            _sys.stdin = _JavaReader(inp)
        try:
            return wrap(run(op, args))
        except NoSuchMethod:
            raise
        except BaseException:
            last_error[0] = _describe(filename)
            raise
        finally:
            for stream in (_sys.stdout, _sys.stderr):
                if isinstance(stream, _JavaWriter):
                    stream.flush()
            _sys.stdout, _sys.stderr, _sys.stdin = saved

    return dispatch


def _describe(filename):
    """'LINE\nTRACEBACK' of the exception being handled: the traceback as `python` prints it, without this
    module's frames; LINE is that of the innermost frame in `filename` (-1 when there is none)."""
    import _pywin32jvm_traceback
    etype, value, tb = _sys.exc_info()
    while tb is not None and '_pywin32jvm_jsr223' in tb.tb_frame.f_code.co_filename:
        tb = tb.tb_next
    line = -1
    if isinstance(value, SyntaxError) and value.filename == filename:
        line = value.lineno or -1
    t = tb
    while t is not None:
        if t.tb_frame.f_code.co_filename == filename:
            line = t.tb_lineno
        t = t.tb_next
    text = ''.join(_pywin32jvm_traceback.format_exception(etype, value, tb))
    return '%d\n%s' % (line, text.rstrip('\n'))


def plain_globals(namespace):
    """The public names whose values copy back into Java Bindings, one per line."""
    import types
    names = []
    for name, value in list(namespace.items()):
        if name.startswith('_') or isinstance(value, (types.ModuleType, types.FunctionType, type)):
            continue
        if isinstance(value, _PLAIN) or _is_java(value):
            names.append(name)
    return '\n'.join(names)
