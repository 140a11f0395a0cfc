"""Every public module of python-lib has a stub python-lib/<module>.pyi naming the same public names.

Generic on purpose: it walks python-lib/*.py, so a module added later is checked too. The names
are those `dir(module)` shows without a leading underscore (the stub's `from X import Y as Y`
re-exports count, as in typeshed); `mypy --strict` over the stubs is StubsTest's job.
"""
import os
import re
import unittest

from _support import Case

_HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(os.path.dirname(_HERE), 'python-lib')

_DEF = re.compile(r'^(?:def|class)\s+([A-Za-z_]\w*)')
_ASSIGN = re.compile(r'^([A-Za-z_]\w*)\s*[:=]')
_REEXPORT = re.compile(r'^(?:from\s+\S+\s+)?import\s+\w+\s+as\s+(\w+)\s*$')


def public_modules():
    return sorted(f[:-3] for f in os.listdir(LIB) if f.endswith('.py') and not f.startswith('_'))


def stub_names(module):
    names = set()
    with open(os.path.join(LIB, module + '.pyi')) as f:
        for line in f:
            for pattern in (_DEF, _ASSIGN, _REEXPORT):
                m = pattern.match(line)
                if m:
                    names.add(m.group(1))
    names.discard('Any')
    return set(n for n in names if not n.startswith('_'))


class StubTests(Case):
    def test_every_public_module_has_a_stub(self):
        missing = [m for m in public_modules() if not os.path.isfile(os.path.join(LIB, m + '.pyi'))]
        self.assertEqual(missing, [], "python-lib modules without a .pyi stub")

    def test_stub_names_are_the_module_names(self):
        problems = []
        for module in public_modules():
            if not os.path.isfile(os.path.join(LIB, module + '.pyi')):
                continue
            mod = __import__(module)
            actual = set(n for n in dir(mod) if not n.startswith('_'))
            stub = stub_names(module)
            if actual - stub:
                problems.append('%s: not in the stub: %s' % (module, ', '.join(sorted(actual - stub)[:20])))
            if stub - actual:
                problems.append('%s: only in the stub: %s' % (module, ', '.join(sorted(stub - actual)[:20])))
        self.assertEqual(problems, [])

    def test_dir_shows_no_helper_imports(self):
        # every module: no helper import by its usual name, and no other module among the public names
        import types
        helpers = set(['sys', 'os', 'warnings', 'repeat', 'struct', 'threading', 'traceback', 'pywintypes',
                       'time', 're', 'itertools', 'jvm', 'java', 'functools', 'collections'])
        modules = public_modules()
        self.assertEqual(len(modules), 11, modules)
        problems = []
        for module in modules:
            mod = __import__(module)
            public = [n for n in dir(mod) if not n.startswith('_')]
            # (pywin32's own netbios.py imports win32wnet by that name: a pywin32 module may show another)
            shown = sorted((helpers & set(public)) | set(
                n for n in public if isinstance(getattr(mod, n), types.ModuleType) and n not in modules))
            if shown:
                problems.append('%s: %s' % (module, ', '.join(shown)))
        self.assertEqual(problems, [])

if __name__ == '__main__':
    unittest.main()
