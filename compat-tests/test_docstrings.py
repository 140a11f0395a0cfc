"""help() is useful on every python-lib module: each public function and class has a docstring whose first
line is its pywin32 signature, and inspect.signature() shows pywin32's parameters where the engine has it.

Generic on purpose, like test_stubs: it walks python-lib/*.py, so a module added later is checked too.
"""
import os
import re
import unittest

from _support import Case, PY2

_HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(os.path.dirname(_HERE), 'python-lib')


def public_modules():
    return sorted(f[:-3] for f in os.listdir(LIB) if f.endswith('.py') and not f.startswith('_'))


def public_callables(module):
    """(name, object) of the module's public functions and classes, minus the pywintypes names it re-exports."""
    import pywintypes
    mod = __import__(module)
    out = []
    for name in sorted(dir(mod)):
        ob = getattr(mod, name)
        if name.startswith('_') or not callable(ob):
            continue
        if module != 'pywintypes' and getattr(pywintypes, name, None) is ob:
            continue
        out.append((name, ob))
    return out


def public_constants(module):
    """The module's public int and str constants whose prefix (the part before the first '_') is in capitals:
    RASCS_OpenPort, FILE_ATTRIBUTE_READONLY, NCBENUM; not error, NETRESOURCE or the helper functions."""
    mod = __import__(module)
    kinds = (int, str) if not PY2 else (int, long, str, unicode)  # noqa: F821 (Python 2 names)
    return [n for n in dir(mod) if not n.startswith('_') and n.split('_')[0].isupper()
            and isinstance(getattr(mod, n), kinds) and not isinstance(getattr(mod, n), bool)]


def constant_groups(names):
    """{prefix: [names]}, the prefix being the part before the first '_' (the whole name without one)."""
    groups = {}
    for n in names:
        groups.setdefault(n.split('_')[0], []).append(n)
    return groups


def group_is_named(prefix, names, doc):
    """A docstring names a group by its prefix (RASCS_*, FILE_ATTRIBUTE_*, the word CNLEN) or by a
    wildcard its members match (NCB* for NCBENUM, NCBRESET, ...)."""
    if prefix + '_' in doc or re.search(r'\b%s\b' % re.escape(prefix), doc):
        return True
    wildcards = re.findall(r'\b([A-Z][A-Za-z0-9_]*)\*', doc)
    return any(n.startswith(w) for w in wildcards for n in names)


# win32con (9,000 names) and winerror (3,900): their docstrings name the groups of 1% of the names or more
LARGE_MODULE = 1000

# Words that cannot name a parameter of a text signature (pywin32 spells some arguments `in`, `from`).
_RESERVED = frozenset(('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                       'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
                       'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
                       'return', 'try', 'while', 'with', 'yield'))
# modules whose constants may name a documented default ("show=SW_SHOWNORMAL"): the text signature gives the value
_CONSTANT_MODULES = ('win32con', 'win32netcon')


def _constant(name):
    for module in _CONSTANT_MODULES:
        value = getattr(__import__(module), name, None)
        if isinstance(value, int):
            return value
    return None


def _forms(name, line):
    """The parameter lists of 'F(a, b=None)' or 'F(a) or F(b, c) ...', each as text between the brackets."""
    out = []
    rest = line
    while rest.startswith(name + '('):
        end = rest.find(')')
        if end < 0:
            break
        out.append(rest[len(name) + 1:end].strip())
        rest = rest[end + 1:].strip()
        rest = rest[3:].strip() if rest.startswith('or ') else ''
    return out


def _params(inner, namespace):
    """'a, b=None' as a text signature writes it, or None when it cannot be written as Python."""
    params = []
    for part in (inner.split(',') if inner else []):
        pname, eq, default = part.partition('=')
        pname, default = pname.strip(), default.strip()
        if not pname or pname[0].isdigit() or not pname.replace('_', 'a').isalnum():
            return None
        if pname in _RESERVED:
            pname += '_'      # pywin32 spells some arguments `in`, `from`: positional only, any name will do
        if eq and not (default in ('None', 'True', 'False') or default.lstrip('-').isdigit()
                       or default in namespace):
            value = _constant(default)
            if value is None:
                return None
            default = str(value)
        params.append(pname + '=' + default if eq else pname)
    return ', '.join(params)


def signature_params(name, doc, namespace):
    """'a, b=None' from a docstring starting 'name(a, b=None) ...' (the first form of 'F(a) or F(b, c)'),
    None when that is not plain Python (a default the module does not define)."""
    forms = signature_forms(name, doc, namespace)
    return forms[0] if forms else None


def signature_forms(name, doc, namespace):
    """The parameter lists of every form on the docstring's first line."""
    if not doc or not doc.startswith(name + '('):
        return []
    out = []
    for inner in _forms(name, doc.split('\n', 1)[0]):
        params = _params(inner, namespace)
        if params is None:
            return []
        out.append(params)
    return out


def varargs_functions():
    """(module name, module, name, function) of the public `F(*args, **kw)` functions defined in python-lib."""
    for module in public_modules():
        mod = __import__(module)
        for name, ob in public_callables(module):
            code = getattr(ob, '__code__', None) or getattr(ob, 'func_code', None)
            if code is not None and ob.__module__ == module and not code.co_argcount and code.co_flags & 0x04:
                yield module, mod, name, ob


def first_line(ob):
    return (getattr(ob, '__doc__', None) or '').strip().split('\n')[0]


class DocstringTests(Case):
    def test_every_module_has_a_docstring(self):
        missing = [m for m in public_modules() if len((__import__(m).__doc__ or '').strip()) < 20]
        self.assertEqual(missing, [])

    def test_every_constant_group_is_named_in_its_modules_docstring(self):
        # or in one of its functions' or types' docstrings, which help(module) shows too (win32ras keeps
        # pywin32's one-line module docstring exactly: its groups are described by the functions using them)
        unnamed = []
        for module in public_modules():
            mod = __import__(module)
            doc = '\n'.join([mod.__doc__ or ''] + [getattr(mod, n).__doc__ or '' for n in dir(mod)
                                                    if not n.startswith('_') and callable(getattr(mod, n))])
            names = public_constants(module)
            for prefix, members in sorted(constant_groups(names).items()):
                if len(names) > LARGE_MODULE and len(members) * 100 < len(names):
                    continue
                if not group_is_named(prefix, members, doc):
                    unnamed.append('%s: %s (%d names, e.g. %s)' % (module, prefix, len(members), members[0]))
        self.assertEqual(unnamed, [])

    def test_the_rule_finds_groups(self):
        # the check above cannot pass by finding nothing
        self.assertEqual(len(constant_groups(public_constants('win32ras'))['RASCS']), 28)
        self.assertTrue(len(public_constants('win32con')) > 9000)
        self.assertFalse(group_is_named('RASCS', ['RASCS_OpenPort'], 'no constants here'))
        self.assertTrue(group_is_named('NCBENUM', ['NCBENUM'], 'the commands NCB* (...)'))

    def test_win32con_names_its_headers(self):
        import win32con
        with open(os.path.join(LIB, 'win32con.py')) as f:
            first = f.readline()
        headers = re.findall(r'[a-z0-9]+\.h\b', first)
        self.assertTrue(len(headers) > 10, first)
        self.assertEqual([h for h in headers if h not in win32con.__doc__], [])

    def test_every_public_callable_starts_with_its_signature(self):
        problems = []
        for module in public_modules():
            for name, ob in public_callables(module):
                line = first_line(ob)
                # an alias (HANDLEType, NCBType) is documented under the name of the object it is
                own = [name + '(', getattr(ob, '__name__', name) + '(']
                if not any(line.startswith(o) for o in own):
                    problems.append('%s.%s: %r' % (module, name, line[:60]))
        self.assertEqual(problems, [])

    def test_docstrings_say_more_than_the_signature(self):
        # after the signature (and its "-> result"), a description: on the first line or the lines below
        thin = []
        for module in public_modules():
            for name, ob in public_callables(module):
                doc = (ob.__doc__ or '').strip()
                line = first_line(ob)
                after = line[line.find(')') + 1:].strip()
                if after.startswith('->'):
                    after = ''
                if len(after + doc[len(line):].strip()) < 15:
                    thin.append('%s.%s' % (module, name))
        self.assertEqual(thin, [])

    def test_methods_of_the_handle_are_documented(self):
        import pywintypes
        for meth in ('Close', 'Detach'):
            self.assertTrue(first_line(getattr(pywintypes.PyHANDLE, meth)).startswith(meth + '('), meth)

    def test_winerror_helpers(self):
        import winerror
        self.assertTrue(winerror.FAILED(winerror.HRESULT_FROM_WIN32(5)))
        self.assertEqual(winerror.HRESULT_CODE(winerror.HRESULT_FROM_WIN32(5)), 5)
        self.assertTrue('HRESULT_FROM_WIN32(scode)' in winerror.HRESULT_FROM_WIN32.__doc__)


class TextSignatureTests(Case):
    """The `F.__text_signature__ = '(...)'` lines at the end of the modules (set on both engines)."""

    def test_every_text_signature_matches_its_docstring(self):
        bad = []
        for module, mod, name, ob in varargs_functions():
            sig = getattr(ob, '__text_signature__', None)
            if sig is None:
                continue
            params = signature_params(name, ob.__doc__, vars(mod))
            if params is None or sig.replace(', /)', ')').replace('(/)', '()') != '(' + params + ')':
                bad.append('%s.%s: %s vs %r' % (module, name, sig, first_line(ob)))
        self.assertEqual(bad, [])

    def test_every_varargs_function_has_a_text_signature(self):
        # functions with two forms (WNetAddConnection2, NetShareEnum, FormatMessage) show their first one
        missing = []
        for module, mod, name, ob in varargs_functions():
            if not getattr(ob, '__text_signature__', None):
                params = signature_params(name, ob.__doc__, vars(mod))
                missing.append("%s: %s.__text_signature__ = '(%s)'" % (module, name, params))
        self.assertEqual(missing, [])

    def test_alternative_forms_are_listed(self):
        import win32api
        import win32net
        import win32wnet
        for ob, count in ((win32wnet.WNetAddConnection2, 2), (win32net.NetShareEnum, 2),
                          (win32api.FormatMessage, 2), (win32wnet.WNetAddConnection3, 1)):
            self.assertEqual(len(signature_forms(ob.__name__, ob.__doc__, {})), count, first_line(ob))


class SignatureTests(Case):
    def setUp(self):
        if PY2:
            raise unittest.SkipTest("Jython 2.7 has no inspect.signature (nor __text_signature__)")

    def test_dial_shows_pywin32_parameters(self):
        import inspect
        import win32ras
        self.assertEqual(str(inspect.signature(win32ras.Dial)),
                         '(dialExtensions, fileName, RasDialParams, callback, /)')

    def test_defaults_and_keywords(self):
        import inspect
        import win32api
        import win32file
        sig = inspect.signature(win32api.Sleep)
        self.assertEqual(list(sig.parameters), ['time', 'bAlertable'])
        self.assertEqual(sig.parameters['bAlertable'].default, 0)
        self.assertEqual(sig.parameters['time'].kind, inspect.Parameter.POSITIONAL_ONLY)
        # FindFilesW takes keywords (PyArg_ParseTupleAndKeywords in pywin32)
        sig = inspect.signature(win32file.FindFilesW)
        self.assertEqual(sig.parameters['Transaction'].kind, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        self.assertEqual(sig.parameters['Transaction'].default, None)

    def test_every_public_function_has_a_real_signature(self):
        # every module, every public function: pywin32's parameters, never (*args, **kw)
        import inspect
        import types
        bad = []
        for module in public_modules():
            for name, ob in public_callables(module):
                if not isinstance(ob, (types.FunctionType, types.BuiltinFunctionType)):
                    continue
                try:
                    params = inspect.signature(ob).parameters.values()
                except (ValueError, TypeError) as e:
                    bad.append('%s.%s: %s' % (module, name, e))
                    continue
                if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
                    bad.append('%s.%s: (*args, **kw)' % (module, name))
        self.assertEqual(bad, [])

    def test_keyword_forms_show_pywin32_keywords(self):
        import inspect
        import win32wnet
        sig = inspect.signature(win32wnet.WNetAddConnection2)
        self.assertEqual(str(sig), '(NetResource, Password=None, UserName=None, Flags=0)')
        self.assertEqual(list(inspect.signature(win32wnet.WNetAddConnection3).parameters),
                         ['HwndOwner', 'NetResource', 'Password', 'UserName', 'Flags'])
        import win32net
        self.assertEqual(str(inspect.signature(win32net.NetShareEnum)),
                         '(server, level, resumeHandle=None, prefLen=-1, /)')

    def test_every_signature_that_is_set_parses(self):
        import inspect
        bad = []
        for module, mod, name, ob in varargs_functions():
            if getattr(ob, '__text_signature__', None):
                try:
                    inspect.signature(ob)
                except (ValueError, TypeError) as e:
                    bad.append('%s.%s: %s' % (module, name, e))
        self.assertEqual(bad, [])

    def test_help_shows_the_signature(self):
        import pydoc
        import win32wnet
        text = pydoc.render_doc(win32wnet.WNetOpenEnum, renderer=pydoc.plaintext)
        self.assertTrue('WNetOpenEnum(scope, type, usage, resource, /)' in text, text[:300])
        self.assertFalse('(*args, **kw)' in text, text[:300])


if __name__ == '__main__':
    unittest.main()
