package org.pywin32jvm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pywin32jvm.cli.JarRunner;

/**
 * Issue 13 item 5: a non-ASCII phonebook name works whatever the locale when started by the launcher (it runs the
 * JVM with UTF-8 file names), and without the launcher under a C locale it is the Win32 error, never a Java one.
 */
class FileNameLocaleIT {
    @TempDir Path tmp;

    private Path phonebook() throws Exception {
        Path pbk = tmp.resolve("caf\u00e9-\u4e2d.pbk");
        Files.writeString(pbk, "[Office]\nDEVICE=vpn\nPhoneNumber=vpn.example.com\n", StandardCharsets.UTF_8);
        return pbk;
    }

    private static String script(Path pbk) {
        // the name travels as \\u escapes so the script's own encoding does not matter
        StringBuilder esc = new StringBuilder();
        for (char c : pbk.toString().toCharArray()) esc.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return "import win32ras\n"
            + "name = b'" + esc + "'.decode('unicode_escape')\n"
            + "try:\n    print('ENTRIES %r' % (win32ras.EnumEntries(None, name),))\n"
            + "except Exception as e:\n    print('ERR %s %s' % (type(e).__name__, e.args[0]))\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"graalpy"})     // the launcher's locale choice is the same for both engines
    void launcherUnderCLocale(String engine) throws Exception {
        Path pbk = phonebook();
        Path launcher = Path.of(System.getProperty("pywin32jvm.repo", ".")).resolve("bin/pywin32-jvm");
        JarRunner.Result r = JarRunner.run(List.of("sh", launcher.toString(), "--engine", engine, "-c", script(pbk)),
            Map.of("LC_ALL", "C", "LANG", "C", "PYWIN32JVM_CDS", "0", "PYWIN32JVM_JAR", JarRunner.JAR.toAbsolutePath().toString()), null, 180);
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("ENTRIES ") && r.out().contains("Office"), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython"})      // the mapping is in Java, below both engines: one engine is enough
    void plainJavaUnderCLocaleIsAWin32Error(String engine) throws Exception {
        Path pbk = phonebook();
        JarRunner.Result r = JarRunner.run(JarRunner.command(List.of(), "--engine", engine, "-c", script(pbk)),
            Map.of("LC_ALL", "C", "LANG", "C"), null, 180);
        assertEquals(0, r.status(), r.toString());
        assertFalse(r.javaTrace(), r.toString());
        assertTrue(r.out().contains("ENTRIES ") || r.out().contains("ERR error 621"), r.toString());
    }
}
