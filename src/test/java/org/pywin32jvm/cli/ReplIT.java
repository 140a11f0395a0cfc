package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interactive console of both engines, driven through a pseudo-terminal with script(1)
 * (util-linux, Debian package bsdutils): imports, multi-line blocks, try/except of
 * pywintypes.error, and Ctrl-D at the prompt ends it with status 0.
 */
class ReplIT {
    static final Path SCRIPT = PtySession.SCRIPT;

    @BeforeAll
    static void needScript() {
        PtySession.requireScript();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void consoleThroughAPseudoTerminal(String engine) throws Exception {
        String input = String.join("\n",
            "import win32wnet, pywintypes",
            "total = 0",
            "for i in range(4):",
            "    if i % 2:",
            "        total += i",
            "    else:",
            "        total += 10 * i",
            "",
            "print('total=%d' % total)",
            "try:",
            "    raise pywintypes.error(1326, 'WNetAddConnection2', 'The user name or password is incorrect.')",
            "except win32wnet.error as e:",
            "    print('caught=%d' % e.winerror)",
            "",
            "");
        String out;
        int status;
        try (PtySession s = new PtySession(engine, java.util.Map.of())) {
            s.send(input);
            s.expect("caught=1326");
            s.expect(">>> ");
            // Ctrl-D at the prompt, as typed (typed ahead, the terminal would still be in line mode)
            s.send("\u0004");
            status = s.exitStatus();
            out = s.all().replace("\r", "");
        }
        assertEquals(0, status, out);
        assertTrue(out.contains("pywin32-jvm "), out);
        assertTrue(out.contains(">>> "), out);
        assertTrue(out.contains("... "), "no continuation prompt:\n" + out);
        assertTrue(out.contains("total=24"), out);    // 0 + 1 + 20 + 3
        assertTrue(out.contains("caught=1326"), out);
        assertFalse(out.contains("Traceback") || out.contains("SyntaxError"), "an error in the console:\n" + out);
        assertFalse(out.contains("now exiting"), out);
        assertFalse(out.contains("\tat org."), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void exitAndHelpAsInCPythonsConsole(String engine) throws Exception {
        Process p = drive(engine, "exit\nhelp\nexit(3)\n");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        assertEquals(3, p.exitValue(), out);
        assertTrue(out.contains("Use exit() or Ctrl-D (i.e. EOF) to exit"), out);
        assertTrue(out.contains("Type help() for interactive help"), out);
        assertFalse(out.contains("NameError"), out);
    }

    /** Types `input` into the console of `engine` through a pseudo-terminal; returns the ended process. */
    private static Process drive(String engine, String input) throws Exception {
        Process p = PtySession.terminal(JarRunner.command("--engine", engine)).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
            in.flush();
            // keep stdin open until the console has ended: script(1) stops forwarding at EOF
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the " + engine + " console did not end:\n"
                    + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
