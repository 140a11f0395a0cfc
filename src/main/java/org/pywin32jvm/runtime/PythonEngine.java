package org.pywin32jvm.runtime;

import java.nio.file.Path;

/**
 * A ready Python interpreter, Jython or GraalPy, with python-lib importable and the backends
 * configured. Not thread-safe: use one engine from one thread at a time (callbacks from backend
 * threads are fine). Get one from {@link Pywin32Jvm}.
 */
public interface PythonEngine extends AutoCloseable {
    /** "jython" or "graalpy". */
    String name();

    /** e.g. "Jython 2.7.4" or "GraalPy 25.0.3 (Python 3.12.8)". */
    String version();

    /** Runs statements in this engine's __main__ namespace. Python errors become {@link PythonException}. */
    void exec(String code);

    /** Evaluates an expression; returns a String, Integer/Long, Double, Boolean, null or the host object. */
    Object eval(String expression);

    /** Calls the global callable {@code function} with Java arguments; the result converts as in {@link #eval}. */
    Object call(String function, Object... args);

    /** Binds a Java value to a global name (e.g. a callback or a test sink). */
    void put(String name, Object value);

    /**
     * Runs a script file in a fresh __main__ with sys.argv = [script, args...]; returns the exit status.
     * The script sees the names bound by {@link #put} and {@link #exec} that do not start with '_'.
     */
    int run(Path script, String... args);

    /** {@code python -c code args} (a fresh __main__, like {@link #run}); returns the exit status. */
    int runCode(String code, String... args);

    /** {@code python -m module args}: runs the module as __main__ (sys.argv[0] is its file); returns the exit status. */
    int runModule(String module, String... args);

    /**
     * Runs source text as a script called {@code filename} (e.g. "&lt;stdin&gt;") with sys.argv = argv,
     * as {@code python - args} runs standard input; returns the exit status.
     */
    int runSource(String source, String filename, String... argv);

    /**
     * The interactive console on stdin/stdout (line editing, history and completion when stdin is a
     * terminal); after {@link #run}, {@link #runCode} or {@link #runModule} it continues in that program's
     * namespace ({@code python -i}). Returns at EOF with the exit status.
     */
    int repl();

    @Override
    void close();
}
