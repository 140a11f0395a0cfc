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

/**
 * The JLine console of both engines through a pseudo-terminal, keys as a user types them: tab
 * completion of a module attribute, editing (Ctrl-A, the right arrow), Ctrl-C at the prompt and
 * during a running statement (KeyboardInterrupt, back to the prompt), Ctrl-D to leave, and the
 * history of one session recalled with the up arrow in the next.
 */
class ConsoleIT {
    static final String PROMPT = ">>> ";
    // what an xterm sends in keypad-transmit mode (JLine turns it on)
    static final String UP = "\u001bOA";
    static final String RIGHT = "\u001bOC";

    @TempDir Path tmp;

    @BeforeAll
    static void needScript() {
        PtySession.requireScript();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void editingCompletionInterruptsAndHistoryAcrossSessions(String engine) throws Exception {
        Map<String, String> env = Map.of("PYWIN32JVM_HISTORY", tmp.resolve("history").toString());
        try (PtySession s = new PtySession(engine, env)) {
            s.expect(PROMPT);
            s.send("import win32wnet\r").expect(PROMPT);
            // Tab completes the attribute (and the "(" of a callable)
            s.send("who = win32wnet.WNetGetUs\t");
            s.expect("WNetGetUser(");
            s.send(")\r").expect(PROMPT);
            s.send("print('same=%s' % (who == win32wnet.WNetGetUser()))\r");
            s.expect("same=True");
            s.expect(PROMPT);
            // editing: Ctrl-A to the start, right arrow, insert the missing letter
            s.send("pint('ed' + 'ited')\u0001" + RIGHT + "r\r");
            s.expect("edited");
            s.expect(PROMPT);
            // Ctrl-C at the prompt drops the line
            s.send("half a line\u0003");
            s.expect("KeyboardInterrupt");
            s.expect(PROMPT);
            // Ctrl-C during a running statement
            s.send("while True: pass\r\r");
            Thread.sleep(1500);
            s.send("\u0003");
            s.expect("KeyboardInterrupt");
            s.expect(PROMPT);
            s.send("print('al' + 'ive')\r").expect("alive");
            s.expect(PROMPT);
            s.send("print('remember' + 'ed')\r").expect("remembered");
            s.expect(PROMPT);
            s.send("\u0004");
            assertEquals(0, s.exitStatus(), s.all());
            assertFalse(s.all().contains("\tat org."), s.all());
        }
        assertTrue(Files.readString(tmp.resolve("history")).contains("print('remember' + 'ed')"));
        // a second session: the up arrow brings back the last line of the first
        try (PtySession s = new PtySession(engine, env)) {
            s.expect(PROMPT);
            s.send(UP + "\r");
            s.expect("remembered");
            s.expect(PROMPT);
            s.send("\u0004");
            assertEquals(0, s.exitStatus(), s.all());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void ctrlCDuringARasDialInterruptsItAndLeavesNoConnection(String engine) throws Exception {
        Path scenario = tmp.resolve("slow.scenario");
        Files.writeString(scenario, "[Office VPN]\nstates = OpenPort, ConnectDevice:60000, Connected\n");
        Path script = tmp.resolve("dial.py");
        Files.writeString(script, String.join("\n",
            "import sys, win32ras",
            "print('dialing')",
            "sys.stdout.flush()",
            "try:",
            "    win32ras.Dial(None, sys.argv[1], ('Office VPN', '', '', 'alice', 's3cret', ''), None)",
            "    print('dial ended')",
            "except KeyboardInterrupt:",
            "    print('interrupted, connections=%r' % (win32ras.EnumConnections(),))",
            ""));
        Map<String, String> env = Map.of("PYWIN32JVM_RAS_DIALER", "sim", "PYWIN32JVM_RAS", "phonebook",
            "PYWIN32JVM_RAS_SIM_SCENARIO", scenario.toString());
        Path phonebook = Path.of(System.getProperty("pywin32jvm.repo", ".")).resolve("examples/ras/office.pbk");
        try (PtySession s = new PtySession(engine, env, script.toString(), phonebook.toString())) {
            s.expect("dialing");
            Thread.sleep(1500);
            s.send("\u0003");
            s.expect("interrupted, connections=[]");
            assertEquals(0, s.exitStatus(), s.all());
            assertFalse(s.all().contains("dial ended"), s.all());
        }
    }
}
