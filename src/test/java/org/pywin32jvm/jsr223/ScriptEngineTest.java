package org.pywin32jvm.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
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

    @Test
    void jythonsOwnPythonEngineImportsTheModules() throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        assertNotNull(e);
        e.eval("import win32wnet, win32netcon");
        assertEquals(1, ((Number) e.eval("win32netcon.RESOURCETYPE_DISK")).intValue());
    }
}
