package org.pywin32jvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's embedding API, under both engines. */
class EmbeddingTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void readmeExample(String engine) throws Exception {
        Path script = tmp.resolve("hello.py");
        Files.writeString(script, String.join("\n",
            "import sys, pywintypes, win32wnet, win32ras",
            "assert __name__ == '__main__'",
            "sink.add('argv=' + ','.join(sys.argv[1:]))",
            "try:",
            "    raise pywintypes.error(5, 'WNetOpenEnum', 'Access is denied.')",
            "except win32wnet.error as e:",
            "    sink.add('caught %d %s' % (e.winerror, e.funcname))",
            "sys.exit(3)", ""));
        List<String> sink = new ArrayList<>();
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            assertEquals(engine, py.name());
            py.exec("import win32wnet");
            assertEquals("pywintypes", py.eval("win32wnet.error.__module__"));
            py.put("sink", sink);
            int status = py.run(script, "a", "b c");
            assertEquals(3, status);
        }
        assertEquals(List.of("argv=a,b c", "caught 5 WNetOpenEnum"), sink);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void evalConvertsToJavaValues(String engine) {
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            py.exec("x = 20 + 1\nname = 'pywin32'");
            assertEquals(21, ((Number) py.eval("x")).intValue());
            assertEquals("pywin32", py.eval("name"));
            assertEquals(Boolean.TRUE, py.eval("x > 1"));
            assertEquals(null, py.eval("None"));
            assertEquals(1L << 40, py.eval("1 << 40"));
            StringBuilder sb = new StringBuilder();
            py.put("sb", sb);
            py.exec("sb.append('from python')");
            assertEquals("from python", sb.toString());
            assertTrue(py.version().startsWith(engine.equals("jython") ? "Jython 2.7" : "GraalPy"), py.version());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void pythonErrorsArrivePythonException(String engine) {
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            PythonException e = assertThrows(PythonException.class,
                () -> py.exec("import pywintypes\nraise pywintypes.error(1326, 'WNetAddConnection2', 'The user name or password is incorrect.')"));
            assertEquals("pywintypes.error", e.pythonType());
            assertTrue(e.getMessage().contains("1326"), e.getMessage());
            e = assertThrows(PythonException.class, () -> py.eval("1/0"));
            assertEquals("ZeroDivisionError", e.pythonType());
            e = assertThrows(PythonException.class, () -> py.exec("def f(:\n  pass"));
            assertEquals("SyntaxError", e.pythonType());
            // the engine is still usable after an error
            assertEquals(2, ((Number) py.eval("1 + 1")).intValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void runCodeIsPythonMinusC(String engine) {
        List<String> sink = new ArrayList<>();
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            py.put("sink", sink);
            assertEquals(0, py.runCode("import sys\nsink.add(sys.argv[0] + ' ' + sys.argv[1])", "arg1"));
            assertEquals(1, py.runCode("raise ValueError('boom')"));
            assertEquals(7, py.runCode("import sys; sys.exit(7)"));
        }
        assertEquals(List.of("-c arg1"), sink);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void win32ExceptionBecomesPywintypesError(String engine) {
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            py.put("boom", (Runnable) () -> { throw new org.pywin32jvm.win32.Win32Exception(2250, "WNetCancelConnection2"); });
            py.exec(String.join("\n",
                "import _jvm, pywintypes",
                "def call():",
                "    try:",
                "        boom.run()",
                "    except _jvm.Win32Exception as e:",
                "        err = _jvm.error(e)",
                "    raise err",
                "try:",
                "    call()",
                "except pywintypes.error as e:",
                "    got = e.args", ""));
            assertEquals("(2250, 'WNetCancelConnection2', 'This network connection does not exist.')",
                String.valueOf(py.eval("repr(tuple(got))")).replace("u'", "'"));
        }
    }

    /** Option.WINDOWS_FACE: one host runs a face engine next to a plain one; each keeps its own view. */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void windowsFaceOptionBesideAPlainEngine(String engine) {
        try (PythonEngine face = Pywin32Jvm.engine(engine, Pywin32Jvm.Option.WINDOWS_FACE);
             PythonEngine plain = Pywin32Jvm.engine(engine)) {
            String probe = "'%s %s %s' % (sys.platform, os.name, platform.system())";
            face.exec("import sys, os, platform");
            plain.exec("import sys, os, platform");
            assertEquals("win32 nt Windows", face.eval(probe));
            String p = (String) plain.eval(probe);
            assertTrue(!p.contains("win32") && !p.contains("Windows"), p);
            // the files stay this machine's in the face (README "The Windows face")
            assertEquals("/", face.eval("os.sep"));
            assertEquals("posixpath", face.eval("os.path.__name__"));
            assertEquals(Path.of("").toAbsolutePath().toString(), face.eval("os.getcwd()"));
            // a face engine made after the plain one does not change it
            assertEquals(p, plain.eval(probe));
        }
    }
}
