package org.pywin32jvm.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

import org.pywin32jvm.runtime.PythonEngine;
import org.pywin32jvm.runtime.PythonException;

/**
 * JSR-223 over a {@link PythonEngine}: the ENGINE_SCOPE bindings are the Python globals (copied in
 * before each eval, the public plain-valued globals copied back after), an expression's value is
 * eval's result, {@link Invocable} calls global functions, {@link Compilable} compiles once to a
 * Python code object. The Python engine starts on first use.
 */
final class PythonScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
    private final PythonScriptEngineFactory factory;
    private PythonEngine py;

    PythonScriptEngine(PythonScriptEngineFactory factory) {
        this.factory = factory;
    }

    private synchronized PythonEngine py() {
        if (py == null) {
            py = factory.open();
            py.exec("import _pywin32jvm_jsr223");
        }
        return py;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return run("_pywin32jvm_jsr223.run(__jsr223_source__, globals())", "__jsr223_source__", script, context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(read(reader), context);
    }

    private synchronized Object run(String call, String name, Object value, ScriptContext context) throws ScriptException {
        PythonEngine engine = py();
        Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
        for (Map.Entry<String, Object> e : bindings.entrySet()) {
            if (isIdentifier(e.getKey())) engine.put(e.getKey(), e.getValue());
        }
        engine.put(name, value);
        try {
            return engine.eval(call);
        } catch (PythonException e) {
            ScriptException se = new ScriptException(e.getMessage());
            se.initCause(e);
            throw se;
        } finally {
            copyBack(engine, bindings);
        }
    }

    /** The public globals with plain values (numbers, strings, booleans, None, Java objects). */
    private static void copyBack(PythonEngine engine, Bindings bindings) {
        Object names = engine.eval("_pywin32jvm_jsr223.plain_globals(globals())");
        if (!(names instanceof String s) || s.isEmpty()) return;
        for (String n : s.split("\n")) bindings.put(n, engine.eval(n));
    }

    private static boolean isIdentifier(String key) {
        return key != null && !key.isEmpty() && Character.isJavaIdentifierStart(key.charAt(0))
            && key.chars().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c)) && !key.contains("$")
            && !key.startsWith("javax.script");
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        try {
            return py().call(name, args);
        } catch (PythonException e) {
            if (e.pythonType().equals("NameError")) throw new NoSuchMethodException(name);
            ScriptException se = new ScriptException(e.getMessage());
            se.initCause(e);
            throw se;
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        throw new NoSuchMethodException("invokeMethod on Python objects is not supported; use invokeFunction");
    }

    @Override
    public <T> T getInterface(Class<T> clasz) {
        return null;
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> clasz) {
        return null;
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        Object id = run("_pywin32jvm_jsr223.compile_source(__jsr223_source__)", "__jsr223_source__", script, getContext());
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext context) throws ScriptException {
                return run("_pywin32jvm_jsr223.run_compiled(__jsr223_code__, globals())", "__jsr223_code__", id, context);
            }

            @Override
            public ScriptEngine getEngine() {
                return PythonScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    private static String read(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0; ) sb.append(buf, 0, n);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return sb.toString();
    }
}
