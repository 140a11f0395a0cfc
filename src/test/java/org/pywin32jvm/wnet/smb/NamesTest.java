package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** UNC parsing, the host map and user-name forms: no server needed. */
class NamesTest {
    @Test
    void uncNames() {
        assertEquals(new UncName("srv", null, null), UncName.parse("\\\\srv"));
        assertEquals(new UncName("srv", null, null), UncName.parse("\\\\srv\\"));
        assertEquals(new UncName("srv", "share", null), UncName.parse("//srv/share"));
        assertEquals(new UncName("srv", "share", "\\a\\b"), UncName.parse("\\\\srv\\share\\a\\b"));
        assertNull(UncName.parse("srv\\share"));
        assertNull(UncName.parse("\\\\"));
        assertNull(UncName.parse("\\\\" + "x".repeat(256)));
        assertEquals("\\\\SRV\\SHARE", UncName.parse("\\\\srv\\share").connectionKey());
    }

    @Test
    void hostMap() {
        HostMap m = HostMap.parse("TESTSRV=127.0.0.1:4445, other=10.0.0.5 ; v6=[::1]:4446");
        assertEquals(new HostMap.Target("127.0.0.1", 4445), m.resolve("testsrv"));
        assertEquals(new HostMap.Target("10.0.0.5", 445), m.resolve("OTHER"));
        assertEquals(new HostMap.Target("::1", 4446), m.resolve("V6"));
        assertEquals(new HostMap.Target("fileserver", 445), m.resolve("fileserver"));
        assertThrows(IllegalArgumentException.class, () -> HostMap.parse("nonsense"));
    }

    @Test
    void userForms() {
        Credentials a = Credentials.user("CORP\\alice", null, "pw".toCharArray());
        assertEquals("alice", a.account);
        assertEquals("CORP", a.domain);
        Credentials b = Credentials.user("alice@corp", "OTHER", null);
        assertEquals("alice", b.account);
        assertEquals("corp", b.domain);
        assertTrue(a.sameIdentity(b));
        assertFalse(a.sameIdentity(Credentials.user("bob", "CORP", null)));
        assertFalse(a.toString().contains("pw"));
    }

    @Test
    void errorMapping() {
        assertEquals(53, SmbErrorMap.code(new java.net.UnknownHostException("x")));
        assertEquals(53, SmbErrorMap.code(new RuntimeException(new java.net.ConnectException("refused"))));
        assertEquals(121, SmbErrorMap.code(new java.net.SocketTimeoutException()));
        assertEquals(59, SmbErrorMap.code(new IllegalStateException()));
    }
}
