package org.pywin32jvm.jsr223;

import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

import org.pywin32jvm.runtime.PythonEngine;
import org.pywin32jvm.runtime.Pywin32Jvm;

/**
 * The JSR-223 factories: {@code pywin32-graalpy} and {@code pywin32-jython} (META-INF/services).
 * Loading them also puts python-lib on Jython's own path, so Jython's "python" engine in the same
 * jar imports the modules too.
 */
public abstract class PythonScriptEngineFactory implements ScriptEngineFactory {
    /** Where Jython's classpath importer finds python-lib inside the jar. */
    static final String JYTHON_PYTHON_LIB = "__pyclasspath__/org.graalvm.python.vfs/src";

    static {
        String path = System.getProperty("python.path");
        if (path == null || path.isEmpty()) {
            System.setProperty("python.path", JYTHON_PYTHON_LIB);
        } else if (!path.contains(JYTHON_PYTHON_LIB)) {
            System.setProperty("python.path", path + java.io.File.pathSeparator + JYTHON_PYTHON_LIB);
        }
    }

    private final String runtime;

    PythonScriptEngineFactory(String runtime) {
        this.runtime = runtime;
    }

    PythonEngine open() {
        return Pywin32Jvm.engine(runtime);
    }

    @Override public String getEngineName() { return "pywin32-jvm (" + runtime + ")"; }
    @Override public String getEngineVersion() { return Pywin32Jvm.version(); }
    @Override public List<String> getExtensions() { return List.of("py"); }
    @Override public List<String> getMimeTypes() { return List.of("text/x-python"); }
    @Override public List<String> getNames() { return List.of("pywin32-" + runtime); }
    @Override public String getLanguageName() { return "python"; }
    @Override public String getLanguageVersion() { return runtime.equals("jython") ? "2.7" : "3.12"; }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE: return getEngineName();
            case ScriptEngine.ENGINE_VERSION: return getEngineVersion();
            case ScriptEngine.NAME: return getNames().get(0);
            case ScriptEngine.LANGUAGE: return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION: return getLanguageVersion();
            case "THREADING": return null;   // one engine is for one thread at a time
            default: return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + toDisplay + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PythonScriptEngine(this);
    }

    /** {@code pywin32-graalpy}: Python 3 (GraalPy). */
    public static final class GraalPy extends PythonScriptEngineFactory {
        public GraalPy() { super("graalpy"); }
    }

    /** {@code pywin32-jython}: Python 2.7 (Jython). */
    public static final class Jython extends PythonScriptEngineFactory {
        public Jython() { super("jython"); }
    }
}
