package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, against the runnable jar: good scripts, bad input, never a Java stack trace. */
class MainIT {
    @TempDir Path tmp;

    private Path script(String name, String... lines) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void scriptImportingTheFaceCatchesPywintypesError(String engine) throws Exception {
        Path s = script("face.py",
            "from __future__ import print_function",
            "import sys, pywintypes, win32ras, win32wnet, winerror, win32netcon",
            "print('name', __name__)",
            "print('argv', sys.argv[1:])",
            "try:",
            "    raise pywintypes.error(winerror.ERROR_ACCESS_DENIED, 'WNetOpenEnum', 'Access is denied.')",
            "except win32wnet.error as e:",
            "    print('caught', e.winerror, e.funcname, e.strerror)",
            "sys.exit(4)");
        JarRunner.Result r = JarRunner.run("--engine", engine, s.toString(), "one", "two words");
        assertEquals(4, r.status(), r.toString());
        assertTrue(r.out().contains("name __main__"), r.toString());
        assertTrue(r.out().contains("argv ['one', 'two words']"), r.toString());
        assertTrue(r.out().contains("caught 5 WNetOpenEnum Access is denied."), r.toString());
        assertFalse(r.javaTrace(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void uncaughtExceptionIsTheTracebackAndStatus1(String engine) throws Exception {
        Path s = script("raises.py", "def g():", "    raise ValueError('boom')", "g()");
        JarRunner.Result r = JarRunner.run("--engine", engine, s.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().startsWith("Traceback (most recent call last):"), r.toString());
        assertTrue(r.err().contains("raises.py\", line 3"), r.toString());
        assertTrue(r.err().trim().endsWith("ValueError: boom"), r.toString());
        assertFalse(r.err().contains("_pywin32jvm_main"), "bootstrap frame in traceback:\n" + r);
        assertFalse(r.javaTrace(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void javaExceptionFromAJavaCallIsReportedLikeAPythonOne(String engine) throws Exception {
        Path s = script("javaexc.py", "import _jvm", "_jvm.jclass('java.lang.Integer').parseInt('x')");
        JarRunner.Result r = JarRunner.run("--engine", engine, s.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("NumberFormatException") && r.err().contains("For input string"), r.toString());
        if (engine.equals("jython")) {
            // GraalPy keeps no Python traceback for a Java exception: there it is the one line
            assertTrue(r.err().startsWith("Traceback (most recent call last):"), r.toString());
            assertTrue(r.err().contains("javaexc.py\", line 2"), r.toString());
        }
        assertFalse(r.javaTrace(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void syntaxErrorIsPythonsMessage(String engine) throws Exception {
        Path s = script("bad.py", "def f(:", "    pass");
        JarRunner.Result r = JarRunner.run("--engine", engine, s.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("SyntaxError"), r.toString());
        assertTrue(r.err().contains("bad.py"), r.toString());
        assertFalse(r.javaTrace(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void dashC(String engine) throws Exception {
        JarRunner.Result r = JarRunner.run("--engine", engine, "-c",
            "import sys; sys.stdout.write('%s %s\\n' % (sys.argv, __name__)); sys.exit('bye')", "a");
        assertEquals(1, r.status(), r.toString());
        assertEquals("['-c', 'a'] __main__", r.out().trim());
        assertEquals("bye", r.err().trim());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void missingScriptFileIsOneLine(String engine) throws Exception {
        JarRunner.Result r = JarRunner.run("--engine", engine, tmp.resolve("nope.py").toString());
        assertEquals(2, r.status(), r.toString());
        assertEquals(1, r.err().trim().lines().count(), r.toString());
        assertTrue(r.err().contains("can't open file") && r.err().contains("nope.py"), r.toString());
        assertFalse(r.javaTrace(), r.toString());
    }

    @Test
    void unknownEngineIsOneLine() throws Exception {
        JarRunner.Result r = JarRunner.run("--engine", "cpython", "x.py");
        assertEquals(2, r.status(), r.toString());
        assertEquals("pywin32-jvm: unknown engine 'cpython' (choose jython or graalpy)", r.err().trim());
        assertFalse(r.javaTrace(), r.toString());
    }

    @Test
    void unknownOptionAndMissingArgumentsAreOneLine() throws Exception {
        for (String[] args : new String[][] {{"--bogus"}, {"--engine"}, {"-c"}}) {
            JarRunner.Result r = JarRunner.run(args);
            assertEquals(2, r.status(), r.toString());
            assertEquals(1, r.err().trim().lines().count(), r.toString());
            assertTrue(r.err().startsWith("pywin32-jvm: "), r.toString());
        }
    }

    @Test
    void versionListsEnginesAndBackends() throws Exception {
        JarRunner.Result r = JarRunner.run("--version");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith("pywin32-jvm "), r.toString());
        assertTrue(r.out().contains("jython:  Jython 2.7.4"), r.toString());
        assertTrue(r.out().contains("graalpy: GraalPy 25."), r.toString());
        assertFalse(r.out().contains("Development Build"), r.toString());
        for (String area : new String[] {"win32wnet: ", "win32ras: ", "netbios: "}) {
            assertTrue(r.out().contains("\n  " + area), area + " missing:\n" + r);
        }
        assertFalse(r.javaTrace(), r.toString());
    }

    @Test
    void defaultEngineIsGraalPy() throws Exception {
        JarRunner.Result r = JarRunner.run("-c", "import sys; print(sys.version_info[0])");
        assertEquals(0, r.status(), r.toString());
        assertEquals("3", r.out().trim(), "default engine is GraalPy");
    }
}
