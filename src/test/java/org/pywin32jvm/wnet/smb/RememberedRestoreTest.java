package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pywin32jvm.fs.smb.SmbFiles;
import org.pywin32jvm.testing.Fixtures;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;

/**
 * A remembered drive that is not connected is restored by its first use as a file path when the backend has the
 * credentials: its user is the configured one (wnet.user / wnet.password). Another user: 1201. (The default
 * credentials case, and 1201 seen from Python, are in compat-tests/test_netpaths.py.)
 */
class RememberedRestoreTest {
    static final int CONNECT_UPDATE_PROFILE = 1;
    @TempDir Path tmp;

    private SmbWNet wnet(String user, String password) {
        String port = Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        return new SmbWNet(new SmbSettings(HostMap.parse("TESTSRV=127.0.0.1:" + port), user, null,
            password == null ? null : password.toCharArray(), 5000, tmp.resolve("remembered.properties"), false,
            List.of("TESTSRV")));
    }

    private static NetResource data(String local) { return new NetResource(0, 1, 0, 0, local, "\\\\TESTSRV\\data", null, null); }

    @Test
    void theConfiguredUsersDriveIsRestoredByItsFirstUse() {
        String user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER"), pw = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        try (SmbWNet wnet = wnet(user, pw)) {
            wnet.addConnection2(data("R:"), pw, user, CONNECT_UPDATE_PROFILE);
            wnet.cancelConnection2("R:", 0, true);                 // still remembered
            assertEquals(1201, assertThrows(Win32Exception.class, () -> wnet.getConnection("R:")).winerror);
            SmbFiles files = new SmbFiles(wnet);
            assertTrue(List.of(files.names(files.route("R:\\"), "FindFirstFile")).contains("readme.txt"));
            assertEquals("\\\\TESTSRV\\data", wnet.getConnection("R:"));
            assertEquals(user, wnet.getUser("R:"));
            wnet.cancelConnection2("R:", CONNECT_UPDATE_PROFILE, true);
            assertNull(new SmbFiles(wnet).route("R:\\x"));          // forgotten: a local name again
        }
    }

    @Test
    void anotherUsersDriveIs1201() {
        String user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER"), pw = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        try (SmbWNet wnet = wnet(null, null)) {
            wnet.addConnection2(data("S:"), pw, user, CONNECT_UPDATE_PROFILE);
            wnet.cancelConnection2("S:", 0, true);
            Win32Exception e = assertThrows(Win32Exception.class, () -> new SmbFiles(wnet).route("S:\\readme.txt"));
            assertEquals(1201, e.winerror);
            wnet.cancelConnection2("S:", CONNECT_UPDATE_PROFILE, true);
        }
    }
}
