package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pywin32jvm.testing.Fixtures;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;

/** CONNECT_INTERACTIVE / CONNECT_PROMPT with a scripted prompt, against the Samba fixture. */
class CredentialPromptTest {
    static final int INTERACTIVE = 8, PROMPT = 16;
    @TempDir Path tmp;
    SmbWNet wnet;
    String user, password;
    final List<String> asked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        String port = Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER");
        password = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        wnet = new SmbWNet(new SmbSettings(HostMap.parse("TESTSRV=127.0.0.1:" + port), null, null, null, 5000,
            tmp.resolve("remembered.properties"), false, List.of("TESTSRV")));
    }

    @AfterEach
    void tearDown() { wnet.close(); }

    private NetResource data() { return new NetResource(0, 1, 0, 0, "P:", "\\\\TESTSRV\\data", null, null); }

    @Test
    void promptAsksFirstAndUsesWhatWasTyped() {
        wnet.prompt(remote -> {
            asked.add(remote);
            return new CredentialPrompt.Typed(user, password.toCharArray());
        });
        wnet.addConnection2(data(), "wrong", "nobody", INTERACTIVE | PROMPT);
        assertEquals(List.of("\\\\TESTSRV\\data"), asked);
        assertEquals(user, wnet.getUser("P:"));
    }

    @Test
    void interactiveAsksOnlyWhenRefused() {
        wnet.prompt(remote -> {
            asked.add(remote);
            return new CredentialPrompt.Typed(user, password.toCharArray());
        });
        wnet.addConnection2(data(), password, user, INTERACTIVE);
        assertEquals(List.of(), asked);
        wnet.cancelConnection2("P:", 0, true);
        wnet.addConnection2(data(), "wrong", user, INTERACTIVE);
        assertEquals(1, asked.size());
    }

    @Test
    void nothingTypedIsCancelled() {
        wnet.prompt(remote -> null);
        Win32Exception e = assertThrows(Win32Exception.class,
            () -> wnet.addConnection2(data(), null, null, INTERACTIVE | PROMPT));
        assertEquals(1223, e.winerror);
        assertNull(wnet.remoteOf("P:"));
    }

    @Test
    void noTerminalKeeps1223() {
        // surefire's JVM has no terminal: the console prompt cannot ask
        assertNull(CredentialPrompt.terminal());
        Win32Exception e = assertThrows(Win32Exception.class,
            () -> wnet.addConnection2(data(), null, null, INTERACTIVE | PROMPT));
        assertEquals(1223, e.winerror);
    }
}
