package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pywin32jvm.testing.Fixtures;

/**
 * --platform windows / PYWIN32JVM_PLATFORM=windows: a script that gates on sys.platform == 'win32' and uses
 * subprocess, tempfile, shutil, logging; what os.sep, os.getcwd() and os.path report (README); the redirector in it.
 */
class WindowsFaceIT {
    private static final String SCRIPT = String.join("\n",
        "import sys, os, platform",
        "if sys.platform != 'win32' or os.name != 'nt' or platform.system() != 'Windows':",
        "    print('this script needs Windows'); sys.exit(3)",
        "import subprocess, tempfile, shutil, logging",
        "logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)",
        "out = subprocess.check_output(['echo', 'hi']).decode().strip()",
        "d = tempfile.mkdtemp()",
        "with open(os.path.join(d, 'a.txt'), 'w') as f: f.write('x')",
        "shutil.copy(os.path.join(d, 'a.txt'), os.path.join(d, 'b.txt'))",
        "logging.info('%s %s', out, sorted(os.listdir(d)))",
        "shutil.rmtree(d)",
        "print('gone' if not os.path.exists(d) else 'left')",
        "");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void scriptGatedOnWin32Runs(String engine) throws Exception {
        Path script = dir.resolve("gate.py");
        Files.writeString(script, SCRIPT);
        JarRunner.Result r = JarRunner.run("--engine", engine, "--platform", "windows", script.toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("INFO hi ['a.txt', 'b.txt']"), r.toString());
        assertTrue(r.out().contains("gone"), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void offByDefault(String engine) throws Exception {
        Path script = dir.resolve("gate.py");
        Files.writeString(script, SCRIPT);
        JarRunner.Result r = JarRunner.run("--engine", engine, script.toString());
        assertEquals(3, r.status(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void environmentVariableTurnsItOn(String engine) throws Exception {
        Path script = dir.resolve("gate.py");
        Files.writeString(script, SCRIPT);
        JarRunner.Result r = JarRunner.run(JarRunner.command("--engine", engine, script.toString()),
            Map.of("PYWIN32JVM_PLATFORM", "windows"), null, 120);
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("INFO hi ['a.txt', 'b.txt']"), r.toString());
    }

    /** README: the files stay this machine's: os.sep '/', os.path POSIX (Windows rules for network paths), real cwd. */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void pathsStayThisMachines(String engine) throws Exception {
        Path script = dir.resolve("paths.py");
        Files.writeString(script, String.join("\n",
            "import os, sys",
            "print('sep=%s altsep=%s pathsep=%s' % (os.sep, os.altsep, os.pathsep))",
            "print('path=' + os.path.__name__)",
            "print('cwd=' + os.getcwd())",
            "print('join=' + os.path.join('a', 'b'))",
            "print('abs=' + str(os.path.isabs('/tmp')))",
            "print('unc=' + os.path.join('\\\\\\\\srv\\\\sh', 'x'))",
            "print('face=%s %s' % (sys.platform, os.name))", ""));
        JarRunner.Result r = JarRunner.run(JarRunner.command("--engine", engine, "--platform", "windows",
            script.toString()), Map.of(), null, 120);
        assertEquals(0, r.status(), r.toString());
        String cwd = Path.of("").toAbsolutePath().toString();
        for (String line : new String[] {"sep=/ altsep=None pathsep=:", "path=posixpath", "cwd=" + cwd, "join=a/b",
            "abs=True", "unc=\\\\srv\\sh\\x", "face=win32 nt"}) {
            assertTrue(r.out().contains(line + "\n"), line + "\n" + r);
        }
    }

    /** The redirector works in face mode: a mapped drive and a UNC name as files (the Samba fixture). */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void redirectorWorksInFaceMode(String engine) throws Exception {
        Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        Path script = dir.resolve("share.py");
        Files.writeString(script, String.join("\n",
            "import os, sys, win32wnet, win32netcon",
            "assert sys.platform == 'win32'",
            "server = os.environ['PYWIN32JVM_TEST_SMB_SERVER']",
            "nr = win32wnet.NETRESOURCE()",
            "nr.dwType, nr.lpLocalName = win32netcon.RESOURCETYPE_DISK, 'W:'",
            "nr.lpRemoteName = '\\\\\\\\%s\\\\data' % server",
            "win32wnet.WNetAddConnection2(nr, os.environ['PYWIN32JVM_TEST_SMB_PASSWORD'], os.environ['PYWIN32JVM_TEST_SMB_USER'])",
            "name = 'face_%s_%d.txt' % (sys.platform, os.getpid())",
            "with open('W:\\\\' + name, 'w') as f: f.write('from the face')",
            "unc = nr.lpRemoteName + '\\\\' + name",
            "print('listed=%s' % (name in os.listdir('W:\\\\')))",
            "with open(unc) as f: print('read=' + f.read())",
            "os.remove(unc)",
            "print('gone=%s' % (not os.path.exists('W:\\\\' + name)))",
            "try:",
            "    os.stat('W:\\\\' + name)",
            "except OSError as e:",
            "    print('error=%s %s' % (e.errno, getattr(e, 'winerror', None)))",
            "win32wnet.WNetCancelConnection2('W:', 0, 1)", ""));
        JarRunner.Result r = JarRunner.run(JarRunner.command("--engine", engine, "--platform", "windows",
            script.toString()), Map.of(), null, 120);
        assertEquals(0, r.status(), r.toString());
        for (String line : new String[] {"listed=True", "read=from the face", "gone=True", "error=2 2"}) {
            assertTrue(r.out().contains(line + "\n"), line + "\n" + r);
        }
    }
}
