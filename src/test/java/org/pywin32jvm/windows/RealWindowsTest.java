package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.netbios.Ncb;
import org.pywin32jvm.netbios.windows.JnaNetbios;
import org.pywin32jvm.ras.DialParams;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.windows.JnaRasApi;
import org.pywin32jvm.config.Config;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.win32.jna.WindowsNative;
import org.pywin32jvm.wnet.windows.JnaWNetApi;

/**
 * The backend against the REAL rasapi32/mpr/netapi32, on a Windows machine with no RAS entries and no
 * mapped drives (a CI runner: .github/workflows/windows.yml). Expected values are Windows' documented
 * answers; this has not been run by the project yet (no Windows here). Skipped off Windows.
 * The key check: Windows accepts our dwSize values (1388, 2112, 608, 1048, 60) instead of 632.
 */
class RealWindowsTest {
    static JnaRasApi ras;
    static JnaWNetApi wnet;

    @BeforeAll
    static void onWindowsOnly() {
        Assumptions.assumeTrue(Config.isWindows() && WindowsNative.library() == null, "needs real Windows DLLs");
        ras = new JnaRasApi();
        wnet = new JnaWNetApi();
    }

    static void fails(int code, String funcname, org.junit.jupiter.api.function.Executable call) {
        Win32Exception e = assertThrows(Win32Exception.class, call);
        assertEquals(code, e.winerror, e.getMessage());
        assertEquals(funcname, e.funcname);
        assertFalse(e.strerror.isEmpty());
    }

    @Test
    void rasAcceptsOurStructureSizes() {
        assertNotNull(ras.enumConnections());                          // RASCONNW 1388: not 632
        assertNotNull(ras.enumEntries(null, null));                    // RASENTRYNAMEW 1048
        fails(623, "RasGetEntryDialParams", () -> ras.getEntryDialParams(null, "pywin32-jvm no such entry"));
        fails(6, "RasGetConnectStatus", () -> ras.getConnectStatus(0x12345));   // RASCONNSTATUSW 608 passed the size check
        RasApi.DialResult r = ras.dial(new RasApi.DialExtensions(60, 0, 0, 0, 0), null,
            DialParams.of("pywin32-jvm no such entry"), new RasApi.Notifier.Sync());
        assertEquals(623, r.rc());                                     // RASDIALPARAMSW 2112 and RASDIALEXTENSIONS 60 accepted
        if (r.handle() != 0) ras.hangUp(r.handle());
        RasApi.DialResult bad = ras.dial(new RasApi.DialExtensions(0, 0, 0, 0, 0), null,
            DialParams.of("pywin32-jvm no such entry"), new RasApi.Notifier.Sync());
        assertEquals(632, bad.rc());                                   // pywin32's unset dwSize
    }

    @Test
    void rasErrorStrings() {
        assertFalse(ras.getErrorString(623).isEmpty());
        assertFalse(Win32Exception.ras(632, "x").strerror.isEmpty());
    }

    @Test
    void wnetAnswersWithoutANetwork() {
        assertEquals(System.getProperty("user.name").toLowerCase(), wnet.getUser(null).toLowerCase());
        Win32Exception e = assertThrows(Win32Exception.class, () -> wnet.getConnection("Q:"));
        assertTrue(e.winerror == 2250 || e.winerror == 1200, e.getMessage());
        Win32Exception u = assertThrows(Win32Exception.class, () -> wnet.getUniversalName("C:\\Windows", 1));
        assertEquals("WNetGetUniversalName (for buffer size)", u.funcname);
        long h = wnet.openEnum(1, 0, 0, null);                        // RESOURCE_CONNECTED
        assertNotNull(wnet.enumResource(h, -1));
        wnet.closeEnum(h);
    }

    @Test
    void netbiosEnum() {
        Ncb n = new Ncb();
        n.command = 0x37;
        n.buffer = new byte[256];
        int rc = new JnaNetbios().netbios(n);
        assertTrue(rc >= 0 && rc <= 255);
        if (rc == 0) assertTrue(n.buffer[0] >= 0);
    }
}
