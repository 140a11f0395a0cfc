package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.pywin32jvm.testing.Fixtures;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;

/** The SMB backend against the Samba fixture (scripts/fixtures/samba.sh), one backend per test. */
class SmbWNetTest {
    @TempDir Path tmp;
    String port, user, password, user2, password2;
    SmbWNet wnet;

    @BeforeEach
    void setUp() {
        port = Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER");
        password = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        user2 = Fixtures.require("PYWIN32JVM_TEST_SMB_USER2");
        password2 = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD2");
        wnet = backend(null, null, 5000, "allow");
    }

    @AfterEach
    void tearDown() {
        if (wnet != null) wnet.close();
    }

    SmbWNet backend(String defUser, char[] defPassword, int timeout, String guest) {
        HostMap hosts = HostMap.parse("TESTSRV=127.0.0.1:" + port + ",REFUSED=127.0.0.1:1");
        return new SmbWNet(new SmbSettings(hosts, defUser, null, defPassword, timeout,
            tmp.resolve("remembered.properties"), "block".equals(guest), List.of("TESTSRV")));
    }

    static NetResource disk(String local, String remote) {
        return new NetResource(0, 1, 0, 0, local, remote, null, null);
    }

    static Win32Exception fails(int code, String funcname, Executable call) {
        Win32Exception e = assertThrows(Win32Exception.class, call);
        assertEquals(code, e.winerror, e.getMessage());
        assertEquals(funcname, e.funcname);
        return e;
    }

    @Test
    void mapsAShareWithGoodCredentialsAndCancelsIt() {
        wnet.addConnection2(disk("Z:", "\\\\TESTSRV\\data"), password, user, 0);
        assertEquals("\\\\TESTSRV\\data", wnet.getConnection("z:"));
        assertEquals(user, wnet.getUser("Z:"));
        assertEquals(List.of("Z:"), wnet.connectedDevices());
        wnet.cancelConnection2("Z:", 0, false);
        fails(2250, "WNetGetConnection", () -> wnet.getConnection("Z:"));
        fails(2250, "WNetCancelConnection2", () -> wnet.cancelConnection2("Z:", 0, false));
    }

    @Test
    void badPasswordIs1326AndNeverShowsThePassword() {
        Win32Exception e = fails(1326, "WNetAddConnection2",
            () -> wnet.addConnection2(disk("Y:", "\\\\TESTSRV\\data"), "wrong-Pa55word", user, 0));
        assertFalse(e.toString().contains("wrong-Pa55word"));
        assertFalse(String.valueOf(e.strerror).contains("wrong-Pa55word"));
    }

    @Test
    void noSuchShareIs67NoSuchHostIs53RefusedIs53() {
        fails(67, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\TESTSRV\\nosuch"), password, user, 0));
        fails(53, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\nosuchhost.invalid\\x"), null, null, 0));
        fails(53, "WNetAddConnection3", () -> wnet.addConnection3(0, disk(null, "\\\\REFUSED\\x"), null, null, 0));
    }

    @Test
    void secondUserToTheSameServerIs1219AndMappingTwiceToo() {
        wnet.addConnection2(disk(null, "\\\\TESTSRV\\data"), password, user, 0);
        fails(1219, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\TESTSRV\\other"), password2, user2, 0));
        fails(1219, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\TESTSRV\\data"), password, user, 0));
        // same user, another share: fine; default credentials reuse the session
        wnet.addConnection2(disk("X:", "\\\\TESTSRV\\public"), password, user, 0);
        wnet.addConnection2(disk("W:", "\\\\TESTSRV\\data"), null, null, 0);
        assertEquals(user, wnet.getUser("W:"));
        fails(85, "WNetAddConnection2", () -> wnet.addConnection2(disk("x:", "\\\\TESTSRV\\public"), null, null, 0));
        wnet.cancelConnection2("\\\\TESTSRV\\data", 0, false);
        wnet.cancelConnection2("X:", 0, false);
        wnet.cancelConnection2("W:", 0, false);
        wnet.addConnection2(disk(null, "\\\\TESTSRV\\other"), password2, user2, 0);
        assertEquals(user2, wnet.getUser("\\\\TESTSRV\\other"));
    }

    @Test
    void domainBackslashUserIsAccepted() {
        wnet.addConnection2(disk("Q:", "\\\\TESTSRV\\data"), password, "TESTGROUP\\" + user, 0);
        assertEquals("TESTGROUP\\" + user, wnet.getUser("Q:"));
    }

    @Test
    void encryptRequiredShareIsRetriedWithEncryption() {
        wnet.addConnection2(disk("S:", "\\\\TESTSRV\\secure"), password, user, 0);
        assertEquals("\\\\TESTSRV\\secure", wnet.getConnection("S:"));
    }

    @Test
    void anonymousOrGuestReachesThePublicShareButNotTheUserOne() {
        wnet.addConnection2(disk("P:", "\\\\TESTSRV\\public"), null, null, 0);
        fails(5, "WNetAddConnection2", () -> wnet.addConnection2(disk("D:", "\\\\TESTSRV\\data"), null, null, 0));
    }

    @Test
    void defaultCredentialsFromSettings() {
        wnet.close();
        wnet = backend(user, password.toCharArray(), 5000, "allow");
        wnet.addConnection2(disk("D:", "\\\\TESTSRV\\data"), null, null, 0);
        assertEquals(user, wnet.getUser("D:"));
    }

    @Test
    void guestPolicyBlockRefusesAGuestSession() {
        wnet.close();
        wnet = backend(null, null, 5000, "block");
        fails(1272, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\TESTSRV\\public"), "x", "nosuchuser", 0));
    }

    @Test
    void enumeratesConnectedRememberedAndGlobal() throws IOException {
        wnet.addConnection2(disk("Z:", "\\\\TESTSRV\\data"), password, user, 1);   // CONNECT_UPDATE_PROFILE
        assertTrue(Files.readString(tmp.resolve("remembered.properties")).contains("TESTSRV"));
        assertFalse(Files.readString(tmp.resolve("remembered.properties")).contains(password));
        List<NetResource> connected = drain(wnet.openEnum(1, 0, 0, null));
        assertEquals(1, connected.size());
        assertEquals("Z:", connected.get(0).localName);
        assertEquals("\\\\TESTSRV\\data", connected.get(0).remoteName);
        assertEquals(SmbWNet.PROVIDER, connected.get(0).provider);
        List<NetResource> remembered = drain(wnet.openEnum(3, 1, 0, null));
        assertEquals(1, remembered.size());
        assertEquals(3, remembered.get(0).scope);

        List<NetResource> root = drain(wnet.openEnum(2, 0, 0, null));
        assertEquals(1, root.size());
        assertEquals(2, root.get(0).usage);
        List<NetResource> servers = drain(wnet.openEnum(2, 0, 0, root.get(0)));
        assertEquals("\\\\TESTSRV", servers.get(0).remoteName);
        List<NetResource> shares = drain(wnet.openEnum(2, 0, 0, servers.get(0)));
        List<String> names = new ArrayList<>();
        for (NetResource r : shares) names.add(r.remoteName);
        assertTrue(names.containsAll(List.of("\\\\TESTSRV\\public", "\\\\TESTSRV\\data", "\\\\TESTSRV\\secure")), names.toString());
        assertFalse(names.contains("\\\\TESTSRV\\hidden$"));
        assertFalse(names.contains("\\\\TESTSRV\\IPC$"));
        fails(1207, "WNetOpenEnum", () -> wnet.openEnum(2, 0, 0, disk(null, "\\\\TESTSRV\\data")));

        wnet.cancelConnection2("Z:", 1, false);
        assertTrue(drain(wnet.openEnum(3, 0, 0, null)).isEmpty());
    }

    @Test
    void anonymousShareListWithoutAnyConnection() {
        for (int i = 0; i < 3; i++) {
            List<NetResource> shares = drain(wnet.openEnum(2, 0, 0, disk(null, "\\\\TESTSRV")));
            assertTrue(shares.size() >= 4, shares.toString());
            // the logon kept for the next enumeration (BrowseSessions) is not a connection
            assertTrue(drain(wnet.openEnum(1, 0, 0, null)).isEmpty());
        }
    }

    @Test
    void mapCancelAndListRepeatedlyWithDefaultCredentials() {
        for (int i = 0; i < 3; i++) {
            assertTrue(drain(wnet.openEnum(2, 0, 0, disk(null, "\\\\TESTSRV"))).size() >= 4);
            wnet.addConnection2(disk("E:", "\\\\TESTSRV\\public"), null, null, 0);
            wnet.cancelConnection2("E:", 0, false);
        }
    }

    @Test
    void universalNamesAndResourceInformation() {
        wnet.addConnection2(disk("U:", "\\\\TESTSRV\\data"), password, user, 0);
        assertArrayEquals(new String[] {"\\\\TESTSRV\\data\\dir\\f.txt"}, wnet.getUniversalName("U:\\dir\\f.txt", 1));
        assertArrayEquals(new String[] {"\\\\TESTSRV\\data\\x", "\\\\TESTSRV\\data", "\\x"}, wnet.getUniversalName("u:/x", 2));
        fails(2250, "WNetGetUniversalName (for buffer size)", () -> wnet.getUniversalName("/tmp/x", 1));
        fails(124, "WNetGetUniversalName (for buffer size)", () -> wnet.getUniversalName("U:\\x", 3));
        var info = wnet.getResourceInformation(disk(null, "\\\\TESTSRV\\data\\readme.txt"));
        assertEquals("\\\\TESTSRV\\data", info.resource().remoteName);
        assertEquals("\\readme.txt", info.system());
        var server = wnet.getResourceInformation(disk(null, "\\\\TESTSRV"));
        assertEquals(2, server.resource().displayType);
        fails(67, "WNetGetResourceInformation", () -> wnet.getResourceInformation(disk(null, "\\\\TESTSRV\\nosuch")));
        assertEquals("\\\\TESTSRV", wnet.getResourceParent(disk(null, "\\\\TESTSRV\\data")).remoteName);
        assertEquals("\\\\TESTSRV\\data", wnet.getResourceParent(disk(null, "\\\\TESTSRV\\data\\a\\b")).remoteName);
    }

    @Test
    void stalledServerFailsWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    while (true) accepted.add(silent.accept());     // accept, never answer
                } catch (IOException ignored) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            wnet.close();
            HostMap hosts = HostMap.parse("STALL=127.0.0.1:" + silent.getLocalPort());
            wnet = new SmbWNet(new SmbSettings(hosts, null, null, null, 800, tmp.resolve("r.properties"), false, List.of()));
            long t0 = System.nanoTime();
            fails(121, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\STALL\\x"), "p", "u", 0));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 3000, "took " + ms + " ms");
            for (Socket s : accepted) s.close();
        }
    }

    @Test
    void closedOrUnknownEnumerationHandleIs6() {
        long h = wnet.openEnum(1, 0, 0, null);
        wnet.closeEnum(h);
        fails(6, "WNetEnumResource", () -> wnet.enumResource(h, 10));
        fails(6, "WNetCloseEnum", () -> wnet.closeEnum(h));
    }

    @Test
    void settingsNeverPrintThePassword() {
        SmbSettings s = new SmbSettings(HostMap.parse(""), "u", null, "topsecret".toCharArray(), 1, tmp, false, List.of());
        assertFalse(s.toString().contains("topsecret"));
        assertFalse(Credentials.user("u", null, "topsecret".toCharArray()).toString().contains("topsecret"));
    }

    List<NetResource> drain(long h) {
        List<NetResource> out = new ArrayList<>();
        try {
            while (true) {
                NetResource[] batch = wnet.enumResource(h, 3);
                if (batch.length == 0) return out;
                out.addAll(Arrays.asList(batch));
            }
        } finally {
            wnet.closeEnum(h);
        }
    }
}
