"""The Python half of the JSR-223 engines (org.pywin32jvm.jsr223.PythonScriptEngine)."""
import types as _types

_compiled = {}
_PLAIN = (int, float, bool, str, type(None))
try:
    _PLAIN = _PLAIN + (long, unicode)   # noqa: F821 (Python 2)
except NameError:
    pass


def run(source, namespace):
    """An expression's value, or None after running statements, in the embedding namespace."""
    try:
        code = compile(source, '<script>', 'eval')
    except SyntaxError:
        exec(compile(source, '<script>', 'exec'), namespace)
        return None
    return eval(code, namespace)


def compile_source(source):
    """Compiles once; returns the key run_compiled takes."""
    try:
        code = (compile(source, '<script>', 'eval'), True)
    except SyntaxError:
        code = (compile(source, '<script>', 'exec'), False)
    key = len(_compiled) + 1
    _compiled[key] = code
    return key


def run_compiled(key, namespace):
    code, is_expression = _compiled[int(key)]
    if is_expression:
        return eval(code, namespace)
    exec(code, namespace)
    return None


def plain_globals(namespace):
    """The public names whose values copy back into Java Bindings, one per line."""
    names = []
    for name, value in list(namespace.items()):
        if name.startswith('_') or isinstance(value, (_types.ModuleType, _types.FunctionType, type)):
            continue
        if isinstance(value, _PLAIN) or type(value).__module__ in ('java', 'org'):
            names.append(name)
    return '\n'.join(names)
