package org.pywin32jvm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pywin32jvm.cli.JarRunner;

/**
 * A mistyped setting is one clear Python exception (SettingError, a ValueError) naming the setting, the bad
 * value and the accepted ones, caught by {@code except Exception} — never a Java error type — and the next
 * call after the setting is fixed (in the same JVM, as an embedding would) works.
 */
class SettingsIT {
    // each case: setting key, bad value, the Python that uses it, a fragment of the accepted values
    static final String[][] CASES = {
        {"wnet.timeout", "abc", "import win32wnet; win32wnet.WNetGetUser()", "a whole number"},
        {"wnet.hosts", "TESTSRV=127.0.0.1:notaport", "import win32wnet; win32wnet.WNetGetUser()", "NAME=HOST[:PORT]"},
        {"wnet.hosts", "justaname", "import win32wnet; win32wnet.WNetGetUser()", "NAME=HOST[:PORT]"},
        {"wnet.password.file", "/nonexistent/pw", "import win32wnet; win32wnet.WNetGetUser()", "a readable file"},
        {"wnet.guest", "maybe", "import win32wnet; win32wnet.WNetGetUser()", "allow, block"},
        {"wnet", "smbb", "import win32wnet; win32wnet.WNetGetUser()", "auto, smb, windows, none"},
        {"ras", "phonbook", "import win32ras; win32ras.EnumEntries()", "auto, phonebook, windows, none"},
        {"ras.dialer", "simulated", "import win32ras; win32ras.EnumEntries()", "none, sim"},
        {"netbios", "emulate", "import netbios, win32wnet; n = win32wnet.NCB(); n.Command = netbios.NCBENUM; "
            + "n.Buffer = netbios.LANA_ENUM(); win32wnet.Netbios(n)", "auto, emulated, windows, none"},
    };

    /**
     * CASES plus a password file that is a FIFO (it blocked forever) and one that is /dev/zero (it ended in an
     * OutOfMemoryError): both are refused before they are opened, as the RAS files are.
     */
    static String[][] cases(Path tmp) throws Exception {
        Path fifo = tmp.resolve("pw.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo");
        List<String[]> out = new ArrayList<>(List.of(CASES));
        String use = "import win32wnet; win32wnet.WNetGetUser()";
        out.add(4, new String[] {"wnet.password.file", fifo.toString(), use, "not a regular file"});
        out.add(5, new String[] {"wnet.password.file", "/dev/zero", use, "not a regular file"});
        return out.toArray(new String[0][]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void badSettingIsOneClearPythonExceptionAndTheFixWorks(String engine, @TempDir Path tmp) throws Exception {
        String[][] all = cases(tmp);
        StringBuilder py = new StringBuilder("import sys\n");
        py.append(engine.equals("jython") ? "from java.lang import System\n" : "import java\nSystem = java.type('java.lang.System')\n");
        // a backend is made once per JVM, on its first success: so every bad value of an area is tried
        // first, and the fix (clearing the setting) is checked after the last bad value of that area
        for (int i = 0; i < all.length; i++) {
            String[] c = all[i];
            String prop = "pywin32jvm." + c[0];
            py.append("System.setProperty('").append(prop).append("', '").append(c[1]).append("')\n")
              .append("try:\n    exec('").append(c[2].replace("'", "\\'")).append("')\n    print('NO ERROR ").append(c[0]).append("')\n")
              .append("except Exception as e:\n    print('ERR %s %s' % (type(e).__name__, e))\n")
              .append("System.clearProperty('").append(prop).append("')\n");
            if (i + 1 == all.length || !all[i + 1][2].equals(c[2])) {
                py.append("exec('").append(c[2].replace("'", "\\'")).append("')\nprint('FIXED ").append(c[2].hashCode()).append("')\n");
            }
        }
        JarRunner.Result r = JarRunner.run(JarRunner.command(List.of(), "--engine", engine, "-c", py.toString()),
            Map.of("PYWIN32JVM_CDS", "0"), null, 180);
        assertEquals(0, r.status(), r.toString());
        assertFalse(r.javaTrace(), r.toString());
        for (String[] c : all) {
            String expected = "ERR SettingError setting pywin32jvm." + c[0] + " (";
            long n = r.out().lines().filter(l -> l.startsWith(expected) && l.contains("'" + c[1] + "'") && l.contains(c[3])).count();
            assertEquals(1, n, c[0] + "=" + c[1] + ":\n" + r);
            assertEquals(1, r.out().lines().filter(l -> l.equals("FIXED " + c[2].hashCode())).count(), r.toString());
        }
    }

    /** The same through the environment (PYWIN32JVM_...), as a shell user sets it: one clear Python exception. */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void badEnvironmentVariableIsTheSameClearException(String engine) throws Exception {
        String py = String.join("\n",
            // the import is the first use: the module's backend is made then
            "for call in (lambda: __import__('win32ras').EnumEntries(), lambda: __import__('win32wnet').WNetGetUser()):",
            "    try:",
            "        call()",
            "        print('NO ERROR')",
            "    except Exception as e:",
            "        print('ERR %s %s' % (type(e).__name__, e))",
            "");
        JarRunner.Result r = JarRunner.run(JarRunner.command(List.of(), "--engine", engine, "-c", py),
            Map.of("PYWIN32JVM_CDS", "0", "PYWIN32JVM_RAS_DIALER", "simulated", "PYWIN32JVM_WNET_TIMEOUT", "soon"),
            null, 180);
        assertEquals(0, r.status(), r.toString());
        assertFalse(r.javaTrace(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("ERR SettingError setting pywin32jvm.ras.dialer (PYWIN32JVM_RAS_DIALER) = 'simulated'")
            && lines.get(0).contains("none, sim"), r.toString());
        assertTrue(lines.get(1).startsWith("ERR SettingError setting pywin32jvm.wnet.timeout (PYWIN32JVM_WNET_TIMEOUT) = 'soon'")
            && lines.get(1).contains("a whole number"), r.toString());
    }
}
