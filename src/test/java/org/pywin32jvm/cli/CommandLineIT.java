package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as CPython's `python` behaves: standard input as a script, -m, -i, a directory,
 * readable tracebacks of python-lib's own frames, and the examples' usage errors.
 */
class CommandLineIT {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void dashRunsStandardInputAsOneScript(String engine) throws Exception {
        String program = String.join("\n",
            "import sys",
            "for i in range(2):",
            "    print('line %d' % i)",
            "",
            "print(sys.argv)",
            "sys.exit(5)", "");
        JarRunner.Result r = JarRunner.runWithInput(program, "--engine", engine, "-", "a", "b c");
        assertEquals(5, r.status(), r.toString());
        assertEquals("line 0\nline 1\n['-', 'a', 'b c']\n", r.out(), "no prompts, the script's output only");
        assertEquals("", r.err(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void aScriptStartsWithoutHeavyStdlibModules(String engine) throws Exception {
        // start-up: the runner, Ctrl-C's handler and the modules import none of these unless a script
        // or an error needs them. Neither engine loads them itself (Jython's warnings loads linecache,
        // GraalPy's site a few others: not listed, not ours)
        JarRunner.Result r = JarRunner.run("--engine", engine, "-c",
            "import sys, pywintypes, win32ras, win32wnet\n"
            + "print(sorted(m for m in ('traceback', 'threading', 'code', 're', 'tokenize', 'signal') if m in sys.modules))");
        assertEquals(0, r.status(), r.toString());
        assertEquals("[]\n", r.out(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void pythonLibIsLoadedFromTheJarsBytecodeNotCompiledAtStart(String engine) throws Exception {
        // the build compiles python-lib for both engines: Jython's $py.class, GraalPy's __pycache__ (unchecked-hash
        // pycs of these very sources). GraalPy compiles a module from source only when its loader finds no usable
        // pyc: record those compilations while the modules not imported at start are imported
        String py3 = String.join("\n",
            "import _imp, importlib.util, importlib._bootstrap_external as be, os",
            "lib = os.path.dirname(win32wnet.__file__)",
            "compiled = []",
            "to_code = be.SourceLoader.source_to_code",
            "def recording(self, data, path, *rest, **kw):",
            "    compiled.append(path)",
            "    return to_code(self, data, path, *rest, **kw)",
            "be.SourceLoader.source_to_code = recording",
            "import netbios, win32api, win32con, win32event, win32file, win32net, win32netcon, winerror",
            "print([p for p in compiled if os.path.dirname(p) == lib])",
            "with open(win32wnet.__file__, 'rb') as f: source = f.read()",
            "with open(importlib.util.cache_from_source(win32wnet.__file__), 'rb') as f: pyc = f.read(16)",
            "print(int.from_bytes(pyc[4:8], 'little'), pyc[8:16] == _imp.source_hash(be._RAW_MAGIC_NUMBER, source))");
        String program = "import sys, win32wnet\n"
            + "if sys.version_info[0] == 2:\n    print(win32wnet.__file__.endswith('$py.class'))\nelse:\n"
            + py3.replace("\n", "\n    ").replaceFirst("^", "    ") + "\n";
        JarRunner.Result r = JarRunner.run("--engine", engine, "-c", program);
        assertEquals(0, r.status(), r.toString());
        // GraalPy: nothing of python-lib compiled; flags 1 = hash-based, unchecked; the hash is the source's
        assertEquals(engine.equals("jython") ? "True\n" : "[]\n1 True\n", r.out(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void pipedInputWithoutArgumentsIsAScriptNotAConsole(String engine) throws Exception {
        JarRunner.Result r = JarRunner.runWithInput("import sys\nprint(repr(sys.argv))\nraise KeyError('k')\n",
            "--engine", engine);
        assertEquals(1, r.status(), r.toString());
        assertEquals("['']\n", r.out(), r.toString());
        assertFalse(r.out().contains(">>>") || r.err().contains(">>>"), r.toString());
        assertTrue(r.err().contains("File \"<stdin>\", line 3"), r.toString());
        assertTrue(r.err().trim().endsWith("KeyError: 'k'"), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void tracebackNamesPythonLibReadablyAndQualifiesPywintypesError(String engine) throws Exception {
        Path s = tmp.resolve("fails.py");
        // an except clause that does not match: Jython lists that frame twice, the traceback shows it once
        Files.writeString(s, "import win32wnet\ndef lookup():\n    try:\n        win32wnet.WNetGetUser('Q:')\n"
            + "    except ValueError:\n        pass\nlookup()\n");
        JarRunner.Result r = JarRunner.run("--engine", engine, s.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("File \"<pywin32-jvm>/win32wnet.py\", line "), r.toString());
        assertFalse(r.err().contains("__pyclasspath__") || r.err().contains("$py.class")
            || r.err().contains("graalpy_vfs"), r.toString());
        String[] lines = r.err().trim().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("pywintypes.error: (2250, 'WNetGetUser', "), r.toString());
        assertEquals(1, r.err().split("File \"" + s + "\", line 4, in lookup", -1).length - 1, r.toString());
        // the source line of python-lib's frame is shown on both engines
        int frame = r.err().indexOf("<pywin32-jvm>/win32wnet.py");
        String after = r.err().substring(frame).split("\n")[1];
        assertTrue(after.startsWith("    ") && !after.trim().isEmpty(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void dashMRunsAModuleAsMain(String engine) throws Exception {
        JarRunner.Result r = JarRunner.run("--engine", engine, "-m", "netbios");
        assertEquals(0, r.status(), r.toString());
        // one line per LANA (none on a machine without adapters)
        for (String line : r.out().split("\n")) {
            if (!line.isEmpty()) assertTrue(line.matches("Adapter address: ([0-9a-f]{2} ){5}[0-9a-f]{2}"), r.toString());
        }
        Files.writeString(tmp.resolve("mymod.py"), "import sys\nprint('%s %s' % (__name__, sys.argv[1:]))\n");
        // a user module from the current directory
        ProcessBuilder pb = new ProcessBuilder(JarRunner.command("--engine", engine, "-m", "mymod", "x"))
            .directory(tmp.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertEquals("__main__ ['x']", out.trim());
        r = JarRunner.run("--engine", engine, "-m", "no_such_module_here");
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().contains("No module named no_such_module_here"), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void dashIRunsThenTheConsoleInTheProgramsNamespace(String engine) throws Exception {
        Path s = tmp.resolve("setup.py");
        Files.writeString(s, "answer = 6 * 7\n");
        JarRunner.Result r = JarRunner.runWithInput("print('answer=%d' % answer)\nimport sys; sys.exit(answer - 40)\n",
            "--engine", engine, "-i", s.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.out().contains("answer=42"), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void aDirectoryIsSaidToBeOne(String engine) throws Exception {
        JarRunner.Result r = JarRunner.run("--engine", engine, tmp.toString());
        assertEquals(1, r.status(), "CPython 3.11 exits 1 here\n" + r);
        assertEquals("pywin32-jvm: can't find '__main__' module in '" + tmp + "': it is a directory", r.err().trim());
        Files.writeString(tmp.resolve("__main__.py"), "print('main of dir')\n");
        r = JarRunner.run("--engine", engine, tmp.toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals("main of dir", r.out().trim());
    }

    /** Each example with missing and with bad arguments: its usage on stderr, status 2, no traceback, nothing run. */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void examplesPrintUsageForMissingAndBadArguments(String engine) throws Exception {
        String[][] cases = {
            {"ras_callback_dial.py", "book.pbk"},
            {"ras_callback_dial.py", "book.pbk", "Office VPN", "alice", "s3cret", "ten"},
            {"rasdial.py"},
            {"rasdial.py", "connect"},
            {"rasdial.py", "connect", "Office VPN", "alice"},
            {"rasdial.py", "entries", "dial", "Office VPN"},
            {"rasdial.py", "-p"},
            {"map_share.py"},
            {"map_share.py", "server-without-backslashes"},
            {"map_share.py", "\\\\host\\share", "alice", "secret", "Y:", "extra"},
            {"mapped_drives.py", "\\\\host\\share", "alice"},
            {"mapped_drives.py", "\\\\host\\share", "alice", "drive-x"},
            {"list_shares.py"},
            {"list_shares.py", "\\\\host", "alice", "extra"},
            {"netbios_mac.py", "extra"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("--engine", engine, "examples/" + c[0]));
            args.addAll(List.of(c).subList(1, c.length));
            String what = String.join(" ", c) + "\n";
            JarRunner.Result r = JarRunner.run(args.toArray(new String[0]));
            assertEquals(2, r.status(), what + r);
            assertTrue(r.err().startsWith(c[0] + ": "), "the problem first: " + what + r);
            assertTrue(r.err().contains("usage: " + c[0]), what + r);
            assertFalse(r.err().contains("Traceback") || r.javaTrace(), what + r);
            assertFalse(r.out().contains("Entry:") || r.out().contains("LANA"), "ran before its usage error: " + what + r);
        }
    }

    /** A failing Win32 call is one line naming the error, as a Windows tool prints it, and status 1. */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void examplesReportAFailedWin32CallOnOneLine(String engine) throws Exception {
        String missing = tmp.resolve("missing.pbk").toString();
        JarRunner.Result r = JarRunner.run("--engine", engine, "examples/rasdial.py", "-p", missing, "entries");
        assertEquals(1, r.status(), r.toString());
        assertEquals("Remote Access error 621 - The system could not open the phone book file. (RasEnumEntries)",
            r.err().trim(), r.toString());
        r = JarRunner.run("--engine", engine, "examples/list_shares.py", "\\\\127.0.0.1:1", "alice");
        assertEquals(1, r.status(), r.toString());
        assertEquals("Cannot list \\\\127.0.0.1:1: error 53 (The network path was not found.)", r.err().trim(), r.toString());
    }
}
