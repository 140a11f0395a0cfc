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

    /** The console of {@code engine} with a history file of this test's own. */
    private PtySession console(String engine) throws java.io.IOException {
        return new PtySession(engine, Map.of("PYWIN32JVM_HISTORY", tmp.resolve("history").toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void editingCompletionInterruptsAndHistoryAcrossSessions(String engine) throws Exception {
        try (PtySession s = console(engine)) {
            s.expect(PROMPT);
            s.send("import win32wnet\r").expect(PROMPT);
            // Tab completes a bare name (no space after it, as CPython's readline), then the attribute (and
            // the "(" of a callable)
            s.send("who = win32wn\t");
            s.expect("win32wnet");
            s.send(".WNetGetUs\t");
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
        try (PtySession s = console(engine)) {
            s.expect(PROMPT);
            s.send(UP + "\r");
            s.expect("remembered");
            s.expect(PROMPT);
            s.send("\u0004");
            assertEquals(0, s.exitStatus(), s.all());
        }
    }

    /** {@code -i script.py}: the script runs, then the console works in its namespace, completion included. */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void dashIScriptThenTheConsoleWithItsNames(String engine) throws Exception {
        Path script = tmp.resolve("setup.py");
        Files.writeString(script, String.join("\n",
            "import win32netcon",
            "inventory_total = 6 * 7",
            "def inventory_report(what='report'):",
            "    return '%s of %d' % (what, inventory_total)",
            "print('setup ran')",
            ""));
        try (PtySession s = new PtySession(engine, Map.of("PYWIN32JVM_HISTORY", tmp.resolve("history").toString()),
                "-i", script.toString())) {
            s.expect("setup ran");
            s.expect(PROMPT);
            s.send("print(inventory_total + 0)\r").expect("42");
            s.expect(PROMPT);
            // a name the script defined completes (a function with parameters: with its "(")
            s.send("inventory_rep\t");
            s.expect("inventory_report(");
            s.send(")\r").expect("'report of 42'");
            s.expect(PROMPT);
            s.send("win32netcon.RESOURCETYPE_DI\t");
            s.expect("RESOURCETYPE_DISK");
            s.send("\r").expect("1");
            s.expect(PROMPT);
            s.send("\u0004");
            assertEquals(0, s.exitStatus(), s.all());
            assertFalse(s.all().contains("Traceback") || s.all().contains("\tat org."), s.all());
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

    /**
     * Ctrl-C while an SMB call waits for a server that does not answer (wnet.timeout 60 s, so only the
     * interrupt can end it): a WNetAddConnection2 to a server that never answers, one to a server that stops
     * answering after the negotiate (the logon waits), then a file write and a share list on a session
     * whose server stalls. KeyboardInterrupt reaches the script each time (what
     * CPython shows once the call returns), no half-made connection is listed, the dropped attempts' sockets
     * are closed, and the script ends normally.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void ctrlCDuringAnSmbCallInterruptsItAndLeavesNoConnection(String engine) throws Exception {
        String sambaPort = Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        Path script = tmp.resolve("smb.py");
        Files.writeString(script, String.join("\n",
            "import sys, time, pywintypes, win32wnet, win32netcon",
            "def connections():",
            "    h = win32wnet.WNetOpenEnum(win32netcon.RESOURCE_CONNECTED, 0, 0, None)",
            "    try:",
            "        return sorted(r.lpRemoteName for r in win32wnet.WNetEnumResource(h, 0))",
            "    finally:",
            "        win32wnet.WNetCloseEnum(h)",
            "def interrupted(what, call):",
            "    print(what + ' waits')",
            "    sys.stdout.flush()",
            "    t0 = time.time()",
            "    try:",
            "        call()",
            "        print(what + ' returned')",
            "    except KeyboardInterrupt:",
            "        print('%s interrupted after %d s' % (what, time.time() - t0))",
            "    except Exception as e:",
            "        print('%s failed: %r' % (what, e))",
            "    sys.stdout.flush()",
            "def share(local, remote):",
            "    nr = win32wnet.NETRESOURCE()",
            "    nr.dwType = win32netcon.RESOURCETYPE_DISK",
            "    nr.lpLocalName = local",
            "    nr.lpRemoteName = remote",
            "    return nr",
            "def write():",
            "    with open(r'\\\\STALL\\data\\ctrl-c.txt', 'w') as f:",
            "        f.write('x')",
            "def shares():",
            "    server = win32wnet.NETRESOURCE()",
            "    server.lpRemoteName = r'\\\\STALL'",
            "    server.dwUsage = win32netcon.RESOURCEUSAGE_CONTAINER",
            "    h = win32wnet.WNetOpenEnum(win32netcon.RESOURCE_GLOBALNET, 0, 0, server)",
            "    return win32wnet.WNetEnumResource(h, 0)",
            "interrupted('map', lambda: win32wnet.WNetAddConnection2(share('Z:', r'\\\\HOLE\\data'), None, None, 0))",
            "try:",
            "    print('Z: is ' + win32wnet.WNetGetConnection('Z:'))",
            "except pywintypes.error as e:",
            "    print('Z: unmapped (%d)' % e.args[0])",
            "interrupted('logon', lambda: win32wnet.WNetAddConnection2(share('Y:', r'\\\\SLOW\\data'), None, None, 0))",
            "print('connections=%r' % (connections(),))",
            "win32wnet.WNetAddConnection2(share(None, r'\\\\STALL\\data'), None, None, 0)",
            "print('mapped %d' % len(connections()))",
            "sys.stdout.flush()",
            "sys.stdin.readline()    # the test stalls the server, then presses Enter",
            "interrupted('write', write)",
            "interrupted('list', shares)",
            "print('still %d' % len(connections()))",
            "win32wnet.WNetCancelConnection2(r'\\\\STALL\\data', 0, True)",
            "print('in the end connections=%r' % (connections(),))",
            ""));
        try (StallingProxy hole = new StallingProxy(null);
             StallingProxy slow = new StallingProxy(Integer.parseInt(sambaPort), 1);
             StallingProxy stalling = new StallingProxy(Integer.parseInt(sambaPort))) {
            Map<String, String> env = Map.of("PYWIN32JVM_WNET", "smb",
                "PYWIN32JVM_WNET_HOSTS", "HOLE=127.0.0.1:" + hole.port() + ",SLOW=127.0.0.1:" + slow.port()
                    + ",STALL=127.0.0.1:" + stalling.port(),
                "PYWIN32JVM_WNET_TIMEOUT", "60000",
                "PYWIN32JVM_WNET_REMEMBERED", tmp.resolve("remembered.properties").toString(),
                "PYWIN32JVM_WNET_USER", Fixtures.require("PYWIN32JVM_TEST_SMB_USER"),
                "PYWIN32JVM_WNET_PASSWORD", Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD"));
            try (PtySession s = new PtySession(engine, env, script.toString())) {
                interrupt(s, "map");
                s.expect("Z: unmapped (2250)");
                assertTrue(hole.allClosedByClient(5), "the interrupted attempt's socket is still open");
                interrupt(s, "logon");      // the server answered the negotiate, not the logon
                s.expect("connections=[]");
                assertTrue(slow.allClosedByClient(5), "the half-logged-on connection is still open");
                s.expect("mapped 1");
                stalling.stall();
                s.send("\r");
                interrupt(s, "write");
                interrupt(s, "list");
                s.expect("still 1");
                s.expect("in the end connections=[]");
                assertEquals(0, s.exitStatus(), s.all());
                assertFalse(s.all().contains("\tat org."), s.all());
            }
        }
    }

    /** Ctrl-C 1.5 s into the call {@code what}: it ends with KeyboardInterrupt within seconds, not at the timeout. */
    private static void interrupt(PtySession s, String what) throws Exception {
        s.expect(what + " waits");
        Thread.sleep(1500);
        long t0 = System.nanoTime();
        s.send("\u0003");
        s.expect(what + " interrupted after ");
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waited < 15_000, what + " ended " + waited + " ms after Ctrl-C:\n" + s.all());
    }
}
