package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pywin32jvm.testing.Fixtures;

/**
 * CONNECT_INTERACTIVE|CONNECT_PROMPT on a terminal (a pseudo-terminal, keys as a user types them): the user name and
 * the password are asked for, the password is not echoed, the mapping works as a file path. With stdin piped (no
 * terminal) the same call is pywintypes.error 1223, whatever is piped in. Against the Samba fixture, both engines.
 */
class CredentialPromptIT {
    static final String SCRIPT = String.join("\n",
        "import os, sys, pywintypes, win32wnet, win32netcon",
        "nr = win32wnet.NETRESOURCE()",
        "nr.dwType, nr.lpLocalName = win32netcon.RESOURCETYPE_DISK, 'P:'",
        "nr.lpRemoteName = r'\\\\%s\\data' % os.environ['PYWIN32JVM_TEST_SMB_SERVER']",
        "try:",
        "    win32wnet.WNetAddConnection2(nr, None, None, win32netcon.CONNECT_INTERACTIVE | win32netcon.CONNECT_PROMPT)",
        "except pywintypes.error as e:",
        "    print('error=%d %s' % (e.winerror, e.funcname)); sys.exit(4)",
        "print('user=' + win32wnet.WNetGetUser('P:'))",
        "print('listed=%s' % ('readme.txt' in os.listdir('P:\\\\')))",
        "win32wnet.WNetCancelConnection2('P:', 0, 1)",
        "print('DONE')", "");

    @TempDir Path tmp;

    @BeforeAll
    static void needScript() {
        PtySession.requireScript();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void typedOnTheTerminalWithoutEcho(String engine) throws Exception {
        String server = Fixtures.require("PYWIN32JVM_TEST_SMB_SERVER");
        String user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER");
        String password = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        Path script = tmp.resolve("prompt.py");
        Files.writeString(script, SCRIPT);
        try (PtySession s = new PtySession(engine, Map.of(), script.toString())) {
            s.expect("Enter the user name for '\\\\" + server + "\\data': ");
            s.send(user + "\r");
            s.expect("Enter the password for '\\\\" + server + "\\data': ");
            s.send(password + "\r");
            s.expect("user=" + user);
            s.expect("listed=True");
            s.expect("DONE");
            assertEquals(0, s.exitStatus(), s.all());
            assertTrue(s.all().contains(user + "\r\n"), "the user name is echoed:\n" + s.all());
            assertFalse(s.all().contains(password), "the password was echoed:\n" + s.all());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void pipedStdinIsCancelled(String engine) throws Exception {
        Fixtures.require("PYWIN32JVM_TEST_SMB_SERVER");
        Path script = tmp.resolve("prompt.py");
        Files.writeString(script, SCRIPT);
        JarRunner.Result r = JarRunner.run(JarRunner.command("--engine", engine, script.toString()), Map.of(),
            "smbtest\nsecret\n", 120);
        assertEquals(4, r.status(), r.toString());
        assertTrue(r.out().contains("error=1223 WNetAddConnection2"), r.toString());
        assertFalse(r.out().contains("Enter the"), r.toString());
    }
}
