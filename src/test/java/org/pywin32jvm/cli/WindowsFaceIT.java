package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --platform windows: a script that gates on sys.platform == 'win32' and uses subprocess, tempfile, shutil, logging. */
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
}
