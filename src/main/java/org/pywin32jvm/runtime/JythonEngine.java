package org.pywin32jvm.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/** Jython 2.7: one process-wide initialisation, then an isolated PySystemState per engine. */
final class JythonEngine implements PythonEngine {
    /** python-lib inside the jar, as Jython's classpath importer names it. */
    static final String PYTHON_LIB = "__pyclasspath__/org.graalvm.python.vfs/src";
    /**
     * Jython's standard library, through the same class-path importer. Jython itself would put
     * {@code <jar>/Lib} on sys.path, and its zipimporter reads the directory of the whole jar
     * (70,000 entries) on the first import that gets there: a large part of the start-up.
     */
    static final String STDLIB = "__pyclasspath__/Lib";

    private static boolean initialized;

    private final PythonInterpreter interp;
    private final PyObject main;

    /** {@code face}: the Windows face whatever the setting says (else the setting decides). */
    JythonEngine(boolean face) {
        boolean windowsFace = WindowsFace.requested() || face;     // a bad setting fails before an interpreter exists
        initialize();
        PySystemState state = new PySystemState();
        useClassPathStdlib(state);
        interp = new PythonInterpreter(null, state);
        interp.exec("import _pywin32jvm_main");
        if (windowsFace) interp.exec(WindowsFace.APPLY);
        main = interp.get("_pywin32jvm_main");
    }

    private static synchronized void initialize() {
        if (initialized) return;
        Properties p = new Properties();
        p.setProperty("python.path", PYTHON_LIB);
        p.setProperty("python.import.site", "false");
        p.setProperty("python.console.encoding", "UTF-8");
        p.setProperty("python.cachedir.skip", "true");
        PythonInterpreter.initialize(System.getProperties(), p, new String[0]);
        useClassPathStdlib(Py.getSystemState());
        initialized = true;
    }

    /** Replaces the {@code <some>.jar/Lib} entries of sys.path with {@link #STDLIB}, once, in place. */
    static void useClassPathStdlib(PySystemState state) {
        org.python.core.PyList path = state.path;
        boolean found = false;
        for (int i = path.size() - 1; i >= 0; i--) {
            String entry = String.valueOf(path.get(i)).replace('\\', '/');
            if (entry.endsWith(".jar/Lib") || entry.equals(STDLIB)) {
                path.remove(i);
                found = true;
            }
        }
        // the stdlib right after python-lib, where the jar's Lib was (Jython puts it after python.path)
        if (found) {
            int at = path.size();
            for (int i = 0; i < path.size(); i++) {
                if (PYTHON_LIB.equals(String.valueOf(path.get(i)))) at = i + 1;
            }
            path.insert(at, new PyString(STDLIB));
        }
    }

    @Override public String name() { return "jython"; }

    @Override public String version() { return "Jython " + org.python.Version.PY_VERSION; }

    @Override
    public void exec(String code) {
        try {
            interp.exec(code);
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @Override
    public Object eval(String expression) {
        try {
            return toJava(interp.eval(expression));
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @Override
    public Object call(String function, Object... args) {
        PyObject f = interp.get(function);
        if (f == null) throw new PythonException("NameError", "name '" + function + "' is not defined", null);
        try {
            return toJava(f.__call__(Py.javas2pys(args)));
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @Override
    public void put(String name, Object value) {
        interp.set(name, value);
    }

    @Override
    public int run(Path script, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(script.toString());
        argv.addAll(List.of(args));
        return call("run_path", Py.newUnicode(script.toString()), argv(argv));
    }

    @Override
    public int runCode(String code, String... args) {
        return call("run_code", Py.newUnicode(code), argv(List.of(args)));
    }

    @Override
    public int runModule(String module, String... args) {
        return call("run_module", Py.newUnicode(module), argv(List.of(args)));
    }

    @Override
    public int runSource(String source, String filename, String... argv) {
        return call("run_source", Py.newUnicode(source), Py.newUnicode(filename), argv(List.of(argv)));
    }

    @Override
    public int repl() {
        String banner = "pywin32-jvm " + Pywin32Jvm.version() + " on " + version()
            + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.";
        return call("interact", Py.newUnicode(banner));
    }

    private int call(String function, PyObject... args) {
        try {
            return main.__getattr__(function).__call__(args).asInt();
        } catch (PyException e) {
            throw translate(e);
        }
    }

    private static PyObject argv(List<String> args) {
        PyObject[] items = new PyObject[args.size()];
        for (int i = 0; i < items.length; i++) items[i] = stringOf(args.get(i));
        return new org.python.core.PyList(items);
    }

    /** ASCII as str, like CPython 2's sys.argv; anything else as unicode. */
    private static PyObject stringOf(String s) {
        return s.chars().allMatch(c -> c < 128) ? new PyString(s) : Py.newUnicode(s);
    }

    private static Object toJava(PyObject value) {
        if (value == null || value == Py.None) return null;
        Object o = value.__tojava__(Object.class);
        // Jython's int is 32 bits: a Python long that fits is a Long, as PythonEngine.eval promises
        if (o instanceof java.math.BigInteger b && b.bitLength() < 64) return b.longValue();
        return o;
    }

    static PythonException translate(PyException e) {
        e.normalize();
        String type = e.type instanceof org.python.core.PyType t ? qualifiedName(t) : String.valueOf(e.type);
        String message = e.value == null ? "" : e.value.__str__().toString();
        return new PythonException(type, message, e);
    }

    private static String qualifiedName(org.python.core.PyType t) {
        PyObject module = t.__findattr__("__module__");
        String name = t.getName();
        if (module == null || module == Py.None) return name;
        String m = module.toString();
        return m.equals("exceptions") || m.equals("__builtin__") ? name : m + "." + name;
    }

    @Override
    public void close() {
        interp.cleanup();
        interp.close();
    }
}
