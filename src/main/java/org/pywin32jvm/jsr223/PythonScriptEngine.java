package org.pywin32jvm.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
 * JSR-223 over a {@link PythonEngine}, as the javax.script conventions have it:
 * <ul>
 * <li>the GLOBAL_SCOPE and then the ENGINE_SCOPE bindings (engine scope wins) become Python globals
 *     before each call, and the public plain-valued globals are copied back into ENGINE_SCOPE after;
 * <li>the context's writer, error writer and reader are sys.stdout, sys.stderr and sys.stdin during the call;
 * <li>the FILENAME attribute names the script in tracebacks and in the ScriptException (with its line);
 * <li>an expression's value is eval's result: numbers, strings, booleans, null and Java objects as they are,
 *     any other Python object as a {@link PyRef};
 * <li>{@link Invocable}: global functions, methods of a PyRef, and interfaces implemented by either;
 *     {@link Compilable} compiles once to a Python code object.
 * </ul>
 * The Python half is python-lib/_pywin32jvm_jsr223.py. The Python engine starts on first use.
 */
final class PythonScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
    private static final String DISPATCH = "__jsr223__";

    private final PythonScriptEngineFactory factory;
    private final PyRef.Table refs = new PyRef.Table();
    private PythonEngine py;

    PythonScriptEngine(PythonScriptEngineFactory factory) {
        this.factory = factory;
    }

    private PythonEngine py() {
        if (py == null) {
            py = factory.open();
            py.put("__jsr223_table__", refs);
            py.exec("import _pywin32jvm_jsr223\n" + DISPATCH + " = _pywin32jvm_jsr223.bind(globals(), __jsr223_table__)\n"
                + "del __jsr223_table__");
        }
        return py;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return dispatch(context, true, "eval", script, filename(context));
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(read(reader), context);
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        return invoke(null, name, args);
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        return invoke(ref(thiz), name, args);
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return implementation(null, type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        return implementation(ref(thiz), type);
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        Object key = dispatch(getContext(), false, "compile", script, filename(getContext()));
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext context) throws ScriptException {
                return dispatch(context, true, "run_compiled", key);
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

    private Object invoke(PyRef owner, String name, Object[] args) throws ScriptException, NoSuchMethodException {
        if (name == null) throw new NullPointerException("name");
        List<Object> all = new ArrayList<>();
        all.add(owner);
        all.add(name);
        if (args != null) all.addAll(Arrays.asList(args));
        try {
            return dispatch(getContext(), false, "call", all.toArray());
        } catch (ScriptException e) {
            if (e.getCause() instanceof PythonException pe && pe.pythonType().endsWith("NoSuchMethod")) {
                throw new NoSuchMethodException(name);
            }
            throw e;
        }
    }

    /** A proxy whose methods call the Python callables of the same names; null when one is missing. */
    private <T> T implementation(PyRef owner, Class<T> type) {
        if (type == null || !type.isInterface()) throw new IllegalArgumentException(type + " is not an interface");
        List<String> names = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (!m.isDefault() && !java.lang.reflect.Modifier.isStatic(m.getModifiers()) && !isObjectMethod(m)) {
                names.add(m.getName());
            }
        }
        try {
            if (!Boolean.TRUE.equals(dispatch(getContext(), false, "implements", owner, String.join("\n", names)))) return null;
        } catch (ScriptException e) {
            return null;
        }
        InvocationHandler handler = (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class || isObjectMethod(m)) {
                return switch (m.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getName() + " implemented by " + (owner == null ? "Python functions" : owner);
                };
            }
            if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, args);
            Object r = invoke(owner, m.getName(), args == null ? new Object[0] : args);
            return convert(r, m.getReturnType());
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** equals, hashCode, toString (Comparator redeclares equals): the proxy's own, not Python's. */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Python's int comes back as Integer or Long: what the interface method declares. */
    private static Object convert(Object value, Class<?> to) {
        if (value instanceof Number n) {
            if (to == int.class || to == Integer.class) return n.intValue();
            if (to == long.class || to == Long.class) return n.longValue();
            if (to == double.class || to == Double.class) return n.doubleValue();
            if (to == float.class || to == Float.class) return n.floatValue();
            if (to == short.class || to == Short.class) return n.shortValue();
            if (to == byte.class || to == Byte.class) return n.byteValue();
        }
        if (value == null && to.isPrimitive() && to != void.class) {
            throw new ClassCastException("the Python function returned None for a " + to + " result");
        }
        return value;
    }

    private PyRef ref(Object thiz) {
        if (thiz instanceof PyRef r && r.belongsTo(refs)) return r;
        throw new IllegalArgumentException("not a Python object of this engine: " + thiz);
    }

    /**
     * One call into the Python half, with the context's bindings, streams and file name. {@code copyBack}:
     * the public plain-valued globals go back into the context's ENGINE_SCOPE afterwards.
     */
    private synchronized Object dispatch(ScriptContext context, boolean copyBack, String op, Object... args)
            throws ScriptException {
        PythonEngine engine = py();
        Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
        StringBuilder refBindings = new StringBuilder();
        for (Map.Entry<String, Object> e : scopes(context).entrySet()) {
            if (!isIdentifier(e.getKey())) continue;
            if (e.getValue() instanceof PyRef r) {
                if (!r.belongsTo(refs)) continue;
                refBindings.append(refBindings.length() > 0 ? "\n" : "").append(e.getKey()).append('=').append(r.pyRefId());
            } else {
                engine.put(e.getKey(), e.getValue());
            }
        }
        for (Object a : args) {
            if (a instanceof PyRef r && !r.belongsTo(refs)) {
                throw new IllegalArgumentException("a Python object of another engine: " + r);
            }
        }
        String filename = filename(context);
        Object[] call = new Object[7 + args.length];
        call[0] = op;
        call[1] = refs.drainReleased();
        call[2] = context.getWriter();
        call[3] = context.getErrorWriter();
        call[4] = context.getReader();
        call[5] = filename;
        call[6] = refBindings.toString();
        System.arraycopy(args, 0, call, 7, args.length);
        try {
            return engine.call(DISPATCH, call);
        } catch (PythonException e) {
            throw scriptException(engine, e, filename);
        } finally {
            if (copyBack && bindings != null) copyBack(engine, bindings);
        }
    }

    /** GLOBAL_SCOPE then ENGINE_SCOPE: a name in both is the engine scope's. */
    private static Map<String, Object> scopes(ScriptContext context) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (int scope : new int[] {ScriptContext.GLOBAL_SCOPE, ScriptContext.ENGINE_SCOPE}) {
            Bindings b = context.getBindings(scope);
            if (b != null) all.putAll(b);
        }
        return all;
    }

    private static ScriptException scriptException(PythonEngine engine, PythonException e, String filename) {
        if (e.pythonType().endsWith("NoSuchMethod")) {
            ScriptException se = new ScriptException(e.getMessage());
            se.initCause(e);
            return se;
        }
        int line = -1;
        String text = e.getMessage();
        try {
            Object described = engine.call(DISPATCH, "last_error", "", null, null, null, filename, "");
            if (described instanceof String s && s.indexOf('\n') > 0) {
                line = Integer.parseInt(s.substring(0, s.indexOf('\n')));
                text = s.substring(s.indexOf('\n') + 1);
            }
        } catch (RuntimeException ignored) {
            // the plain message then
        }
        ScriptException se = new ScriptException(text, filename, line);
        se.initCause(e);
        return se;
    }

    private static String filename(ScriptContext context) {
        Object f = context.getAttribute(ScriptEngine.FILENAME);
        return f == null ? "<script>" : f.toString();
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
