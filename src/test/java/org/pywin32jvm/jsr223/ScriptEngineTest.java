package org.pywin32jvm.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;

import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSR-223: the pywin32-jvm engines found by name, bindings as globals, Invocable, Compilable; Jython's own engine. */
class ScriptEngineTest {
    @ParameterizedTest
    @ValueSource(strings = {"pywin32-jython", "pywin32-graalpy"})
    void foundByNameWithTheModulesAndBindingsAsGlobals(String name) throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName(name);
        assertNotNull(e, name + " not found");
        assertEquals(name, e.getFactory().getNames().get(0));
        e.put("x", 20);
        assertEquals(null, e.eval("import win32ras, pywintypes\ny = x + 22"));
        assertEquals(42, ((Number) e.get("y")).intValue());
        assertEquals(Boolean.TRUE, e.eval("win32ras.IsHandleValid(1)"));
        assertTrue(e.eval("str(win32ras.GetErrorString(623))").toString().length() > 5);
        ScriptException bad = assertThrows(ScriptException.class,
            () -> e.eval("raise pywintypes.error(5, 'F', 'Access is denied.')"));
        assertTrue(bad.getMessage().contains("pywintypes.error"), bad.getMessage());

        e.eval("def twice(v):\n    return v * 2\n");
        assertEquals(42, ((Number) ((Invocable) e).invokeFunction("twice", 21)).intValue());
        assertThrows(NoSuchMethodException.class, () -> ((Invocable) e).invokeFunction("no_such_function"));

        CompiledScript c = ((Compilable) e).compile("x * 3");
        SimpleBindings b = new SimpleBindings();
        b.put("x", 5);
        assertEquals(15, ((Number) c.eval(b)).intValue());
        b.put("x", 7);
        assertEquals(21, ((Number) c.eval(b)).intValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pywin32-jython", "pywin32-graalpy"})
    void printReadsAndWritesTheContextsStreams(String name) throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName(name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ScriptContext c = e.getContext();
        c.setWriter(out);
        c.setErrorWriter(err);
        c.setReader(new StringReader("alice\nbob\n"));
        e.eval("from __future__ import print_function\nimport sys\nfirst = sys.stdin.readline().strip()\n"
            + "print('hello', first)\nsys.stderr.write('warning\\n')\nrest = sys.stdin.read()");
        assertEquals("hello alice\n", out.toString());
        assertEquals("warning\n", err.toString());
        assertEquals("bob\n", e.get("rest"));
        // a function called later writes to the writer of that moment
        StringWriter later = new StringWriter();
        c.setWriter(later);
        e.eval("def shout(s):\n    print(s.upper())\n");
        ((Invocable) e).invokeFunction("shout", "quiet");
        assertEquals("QUIET\n", later.toString());
        assertEquals("hello alice\n", out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pywin32-jython", "pywin32-graalpy"})
    void globalAndEngineScopesTheEngineScopeWins(String name) throws Exception {
        ScriptEngineManager m = new ScriptEngineManager();
        ScriptEngine e = m.getEngineByName(name);
        m.put("shared", 1);
        m.put("both", "global");
        e.put("own", 2);
        e.put("both", "engine");
        assertEquals("1 2 engine", e.eval("'%s %s %s' % (shared, own, both)"));
        assertNull(e.getBindings(ScriptContext.GLOBAL_SCOPE).get("own"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pywin32-jython", "pywin32-graalpy"})
    void filenameNamesTheScriptInTracebacks(String name) throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName(name);
        e.put(ScriptEngine.FILENAME, "report.py");
        ScriptException bad = assertThrows(ScriptException.class,
            () -> e.eval("x = 1\ndef check():\n    raise ValueError('boom')\ncheck()\n"));
        assertEquals("report.py", bad.getFileName());
        assertEquals(3, bad.getLineNumber());
        assertTrue(bad.getMessage().startsWith("Traceback (most recent call last):"), bad.getMessage());
        assertTrue(bad.getMessage().contains("File \"report.py\", line 4"), bad.getMessage());
        assertTrue(bad.getMessage().contains("File \"report.py\", line 3, in check"), bad.getMessage());
        assertTrue(bad.getMessage().contains("ValueError: boom"), bad.getMessage());
        assertFalse(bad.getMessage().contains("_pywin32jvm_jsr223"), bad.getMessage());
        ScriptException syntax = assertThrows(ScriptException.class, () -> e.eval("ok = 1\nif:\n"));
        assertEquals(2, syntax.getLineNumber(), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("SyntaxError"), syntax.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pywin32-jython", "pywin32-graalpy"})
    void invokeMethodOnAPythonObject(String name) throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName(name);
        Invocable inv = (Invocable) e;
        e.eval("class Counter(object):\n    def __init__(self):\n        self.n = 0\n"
            + "    def add(self, k):\n        self.n += k\n        return self.n\n"
            + "    def __str__(self):\n        return 'Counter'\n");
        Object counter = e.eval("Counter()");
        assertInstanceOf(PyRef.class, counter);
        assertEquals("Counter", counter.toString());
        assertEquals(5, ((Number) inv.invokeMethod(counter, "add", 5)).intValue());
        assertEquals(7, ((Number) inv.invokeMethod(counter, "add", 2)).intValue());
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(counter, "subtract", 1));
        assertThrows(IllegalArgumentException.class, () -> inv.invokeMethod("not a Python object", "add", 1));
        // a Python object goes back in as itself: as an argument and as a binding
        assertEquals(3, ((Number) inv.invokeFunction("len", e.eval("[1, 2, 3]"))).intValue());
        e.put("c", counter);
        assertEquals(7, ((Number) e.eval("c.n")).intValue());
        ScriptEngine other = new ScriptEngineManager().getEngineByName(name);
        assertThrows(IllegalArgumentException.class, () -> ((Invocable) other).invokeMethod(counter, "add", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pywin32-jython", "pywin32-graalpy"})
    void getInterfaceFromFunctionsAndFromAnObject(String name) throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName(name);
        Invocable inv = (Invocable) e;
        e.eval("def applyAsInt(a, b):\n    return a * b\n");
        IntBinaryOperator times = inv.getInterface(IntBinaryOperator.class);
        assertNotNull(times);
        assertEquals(42, times.applyAsInt(6, 7));
        assertNull(inv.getInterface(Runnable.class), "no run() function: no Runnable");

        Object greeter = e.eval("type('Greeter', (object,), {'apply': lambda self, s: 'hello ' + s})()");
        @SuppressWarnings("unchecked")
        Function<String, String> greet = inv.getInterface(greeter, Function.class);
        assertNotNull(greet);
        assertEquals("hello bob", greet.apply("bob"));
        assertEquals("hello bob!", greet.andThen(s -> s + "!").apply("bob"));
        assertNull(inv.getInterface(greeter, Runnable.class));
    }

    @Test
    void jythonsOwnPythonEngineImportsTheModules() throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        assertNotNull(e);
        e.eval("import win32wnet, win32netcon");
        assertEquals(1, ((Number) e.eval("win32netcon.RESOURCETYPE_DISK")).intValue());
    }
}
