#!/usr/bin/env python3
"""Writes python-lib/<module>.pyi for a public python-lib module from its source (ast, no engine).

usage: scripts/gen-stubs.py MODULE...   (e.g. win32ras; a stub that exists is overwritten)

Constants get their literal type; functions the parameters of pywin32's signature, the first line
of their docstring ("Name(a, b=None) -> ..."), else (*args, **kwargs); classes their public methods
and slots; `X = Y` aliases stay aliases. Review the result: return types are Any unless edited.
"""
import ast
import os
import re
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python-lib')
SIG = re.compile(r'^\s*([A-Za-z_]\w*)\((.*?)\)')


def params(doc, name, method=False):
    first = (doc or '').strip().split('\n')[0]
    m = SIG.match(first)
    head = ['self'] if method else []
    if not m or m.group(1) != name:
        return ', '.join(head + ['*args: Any', '**kwargs: Any'])
    out = []
    for p in [p.strip() for p in m.group(2).split(',') if p.strip()]:
        pname, _, default = p.partition('=')
        pname = re.sub(r'\W', '_', pname.strip().lstrip('*'))
        out.append('%s: Any%s' % (pname, ' = ...' if default else ''))
    return ', '.join(head + out)


def literal_type(node):
    try:
        v = ast.literal_eval(node)
    except ValueError:
        return 'int' if isinstance(node, (ast.BinOp, ast.UnaryOp)) else 'Any'
    return {int: 'int', str: 'str', bytes: 'bytes', bool: 'bool', float: 'float'}.get(type(v), 'Any')


def stub(module):
    path = os.path.join(LIB, module + '.py')
    tree = ast.parse(open(path, encoding='utf-8').read())
    lines = ['# Type stub of python-lib/%s.py (scripts/gen-stubs.py, then reviewed)' % module,
             'from typing import Any', '']
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            lines += ['import %s as %s' % (a.name, a.name) for a in node.names
                      if not (a.asname or a.name).startswith('_')]
        elif isinstance(node, ast.ImportFrom) and any(a.name == '*' for a in node.names):
            # a private module's names are the public module's: list them here
            inner = stub(node.module.replace('.', '/')).split('\n')[3:]
            lines += [l for l in inner if l]
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith('_'):
            lines.append('def %s(%s) -> Any: ...' % (node.name, params(ast.get_docstring(node), node.name)))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith('_'):
            bases = [b.id for b in node.bases if isinstance(b, ast.Name) and b.id != 'object']
            lines.append('class %s%s:' % (node.name, '(%s)' % ', '.join(bases) if bases else ''))
            body = []
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and any(
                        isinstance(d, ast.Name) and d.id == 'property' for d in item.decorator_list):
                    body.append('    %s: Any' % item.name)
                elif isinstance(item, ast.FunctionDef) and (not item.name.startswith('_') or item.name == '__init__'):
                    body.append('    def %s(%s) -> %s: ...' % (item.name, params(ast.get_docstring(item), item.name, True),
                                                            'None' if item.name == '__init__' else 'Any'))
                elif isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == '__slots__' for t in item.targets):
                    try:
                        slots = ast.literal_eval(item.value)
                    except ValueError:
                        slots = ()
                    body += ['    %s: Any' % s for s in (slots if isinstance(slots, (tuple, list)) else [slots])
                             if not s.startswith('_')]
            lines += body or ['    ...']
        elif isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name) and not t.id.startswith('_')]
            for t in targets:
                if t in names:
                    continue
                names.add(t)
                v = node.value
                if isinstance(v, ast.Name) and not v.id.startswith('_'):
                    lines.append('%s = %s' % (t, v.id))
                elif isinstance(v, ast.Attribute) and isinstance(v.value, ast.Name):
                    mod = v.value.id.lstrip('_')
                    lines.append('from %s import %s as %s' % (mod, v.attr, t) if mod != module else '%s: Any' % t)
                else:
                    lines.append('%s: %s' % (t, literal_type(v)))
    return '\n'.join(lines) + '\n'


if __name__ == '__main__':
    for m in sys.argv[1:]:
        with open(os.path.join(LIB, m + '.pyi'), 'w', encoding='utf-8') as f:
            f.write(stub(m))
