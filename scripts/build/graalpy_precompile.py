"""Build step (mvn package runs it through GraalPy): compile python-lib to GraalPy bytecode.

    graalpy_precompile.py CLASSES_DIR

GraalPy otherwise compiles every python-lib module it imports from source at each start (it writes no
bytecode into the jar). The .pyc files go to __pycache__ beside the sources in
CLASSES_DIR/org.graalvm.python.vfs/src, as unchecked-hash pycs (PEP 552: valid without a look at the
source, whose time stamp in the jar says nothing), and into the VFS's index fileslist.txt, which lists
every file the VFS serves. They come from the same build as the sources, so a new jar brings new ones.
Jython ignores them (it reads its own $py.class files).
"""
import compileall
import os
import py_compile
import sys

VFS = 'org.graalvm.python.vfs'


def main(classes):
    src = os.path.join(classes, VFS, 'src')
    if not compileall.compile_dir(src, quiet=1, force=True,
                                  invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH):
        return 1
    index = os.path.join(classes, VFS, 'fileslist.txt')
    with open(index) as f:
        listed = [line.rstrip('\n') for line in f if line.strip()]
    known = set(listed)
    for top, dirs, files in os.walk(src):
        if os.path.basename(top) != '__pycache__':
            continue
        rel = '/' + os.path.relpath(top, classes).replace(os.sep, '/')
        for entry in [rel + '/'] + sorted(rel + '/' + name for name in files if name.endswith('.pyc')):
            if entry not in known:
                listed.append(entry)
                known.add(entry)
    with open(index, 'w') as f:
        f.write('\n'.join(listed) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
