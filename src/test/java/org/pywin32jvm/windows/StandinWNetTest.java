package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.WNetApi;
import org.pywin32jvm.wnet.WNetBackends;
import org.pywin32jvm.wnet.windows.JnaWNetApi;

/** JnaWNetApi through the WNetApi interface against the native stand-in (native/standin/mpr.c). */
class StandinWNetTest {
    static final int RESOURCE_CONNECTED = 1;
    static final int RESOURCE_GLOBALNET = 2;
    static final int RESOURCETYPE_DISK = 1;
    static final String SHARE1 = "\\\\standin\\share1";

    static Standin.Control control;
    static WNetApi wnet;

    @BeforeAll
    static void start() {
        control = Standin.control();
        System.setProperty("pywin32jvm.wnet", "windows");
        try {
            wnet = WNetBackends.create();
        } finally {
            System.clearProperty("pywin32jvm.wnet");
        }
        assertTrue(wnet instanceof JnaWNetApi);
    }

    @BeforeEach
    @AfterEach
    void reset() {
        control.pywin32jvm_standin_control(null, 0);
        control.pywin32jvm_standin_wnet_reset();
    }

    static NetResource disk(String local, String remote) {
        return new NetResource(0, RESOURCETYPE_DISK, 0, 0, local, remote, null, null);
    }

    static void fails(int code, String funcname, org.junit.jupiter.api.function.Executable call) {
        Win32Exception e = assertThrows(Win32Exception.class, call);
        assertEquals(code, e.winerror, "winerror");
        assertEquals(funcname, e.funcname, "funcname");
    }

    @Test
    void connectMapAndAskWithTheMoreDataProtocol() {
        wnet.addConnection2(disk("Z:", SHARE1), null, "bob", 0);
        assertEquals(SHARE1, wnet.getConnection("Z:"));
        assertEquals("bob", wnet.getUser("Z:"));
        assertEquals("standinuser", wnet.getUser(null));
        assertEquals("bob", wnet.getUser("Z:\0junk"));                 // an embedded NUL ends a wide string
        fails(2250, "WNetGetUser", () -> wnet.getUser("Q:"));
        fails(2250, "WNetGetConnection", () -> wnet.getConnection("Q:"));
        fails(1200, "WNetGetConnection", () -> wnet.getConnection("nonsense"));
        fails(85, "WNetAddConnection2", () -> wnet.addConnection2(disk("Z:", SHARE1), null, null, 0));
        wnet.cancelConnection2("Z:", 0, true);
        fails(2250, "WNetCancelConnection2", () -> wnet.cancelConnection2("Z:", 0, true));
    }

    @Test
    void concurrentCallsKeepTheirOwnAnswers() throws Exception {
        wnet.addConnection2(disk("Z:", SHARE1), null, "a-much-longer-user-name-for-drive-z", 0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                final boolean drive = t % 2 == 0;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String expected = drive ? "a-much-longer-user-name-for-drive-z" : "standinuser";
                        assertEquals(expected, wnet.getUser(drive ? "Z:" : null));
                        assertEquals(SHARE1, wnet.getConnection("Z:"));
                    }
                    return 1;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) assertEquals(1, f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void connectionErrorsCarryTheWin32Code() {
        fails(86, "WNetAddConnection2", () -> wnet.addConnection2(disk("Y:", SHARE1), "wrong", "bob", 0));
        fails(53, "WNetAddConnection2", () -> wnet.addConnection2(disk("Y:", "\\\\elsewhere\\x"), null, null, 0));
        fails(67, "WNetAddConnection2", () -> wnet.addConnection2(disk("Y:", "\\\\standin\\nope"), null, null, 0));
        fails(87, "WNetAddConnection2", () -> wnet.addConnection2(disk("Y:", null), null, null, 0));
        fails(1200, "WNetAddConnection3", () -> wnet.addConnection3(0, disk("YY", SHARE1), null, null, 0));
        wnet.addConnection3(0x1234, disk(null, SHARE1), null, null, 0);   // deviceless
        wnet.cancelConnection2(SHARE1, 0, false);
    }

    @Test
    void providerErrorThroughWNetGetLastError() {
        fails(1208, "WNetAddConnection2", () -> wnet.addConnection2(disk(null, "\\\\standin\\extended"), null, null, 0));
        WNetApi.LastError e = wnet.getLastError();
        assertEquals(5555, e.error());
        assertEquals("The stand-in provider reports the share as offline.", e.description());
        assertEquals("Microsoft Windows Network", e.provider());
    }

    @Test
    void universalNameBothLevels() {
        wnet.addConnection2(disk("Z:", SHARE1), null, null, 0);
        assertArrayEquals(new String[] {SHARE1 + "\\dir\\f.txt"}, wnet.getUniversalName("Z:\\dir\\f.txt", 1));
        assertArrayEquals(new String[] {SHARE1 + "\\dir\\f.txt", SHARE1, "\\dir\\f.txt"},
            wnet.getUniversalName("Z:\\dir\\f.txt", 2));
        assertArrayEquals(new String[] {SHARE1, SHARE1, null}, wnet.getUniversalName("Z:", 2));
        fails(2250, "WNetGetUniversalName (for buffer size)", () -> wnet.getUniversalName("Q:\\x", 1));
        fails(124, "WNetGetUniversalName (for buffer size)", () -> wnet.getUniversalName("Z:\\x", 3));
    }

    static List<NetResource> drain(long h, int chunk) {
        List<NetResource> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            NetResource[] got = wnet.enumResource(h, chunk);
            if (got.length == 0) return all;                           // ERROR_NO_MORE_ITEMS
            assertTrue(Integer.compareUnsigned(got.length, chunk) <= 0);
            all.addAll(List.of(got));
        }
        throw new AssertionError("enumeration never ended");
    }

    @Test
    void enumerationInChunksUntilNoMoreItems() {
        long top = wnet.openEnum(RESOURCE_GLOBALNET, 0, 0, null);
        List<NetResource> servers = drain(top, 64);
        assertEquals(1, servers.size());
        assertEquals("\\\\standin", servers.get(0).remoteName);
        assertEquals(2, servers.get(0).usage);                         // RESOURCEUSAGE_CONTAINER
        wnet.closeEnum(top);

        long h = wnet.openEnum(RESOURCE_GLOBALNET, 0, 0, servers.get(0));
        List<NetResource> shares = drain(h, 1);
        assertEquals(List.of(SHARE1, "\\\\standin\\share2", "\\\\standin\\printer"),
            shares.stream().map(r -> r.remoteName).toList());
        assertEquals("Stand-in share one", shares.get(0).comment);
        assertEquals("Microsoft Windows Network", shares.get(0).provider);
        assertNull(shares.get(0).localName);
        assertEquals(0, wnet.enumResource(h, 5).length);                 // stays at the end
        wnet.closeEnum(h);

        long disks = wnet.openEnum(RESOURCE_GLOBALNET, RESOURCETYPE_DISK, 0, servers.get(0));
        assertEquals(2, drain(disks, -1).size());                       // -1: as many as fit
        wnet.closeEnum(disks);
        fails(1207, "WNetOpenEnum", () -> wnet.openEnum(RESOURCE_GLOBALNET, 0, 0, disk(null, SHARE1)));
        fails(87, "WNetOpenEnum", () -> wnet.openEnum(9, 0, 0, null));
    }

    @Test
    void connectedEnumerationShowsTheTable() {
        wnet.addConnection2(disk("Z:", SHARE1), null, null, 0);
        long h = wnet.openEnum(RESOURCE_CONNECTED, 0, 0, null);
        List<NetResource> got = drain(h, 64);
        wnet.closeEnum(h);
        assertEquals(1, got.size());
        assertEquals("Z:", got.get(0).localName);
        assertEquals(SHARE1, got.get(0).remoteName);
    }

    @Test
    void closedAndForeignEnumHandles() {
        long h = wnet.openEnum(RESOURCE_GLOBALNET, 0, 0, null);
        wnet.closeEnum(h);
        fails(6, "WNetCloseEnum", () -> wnet.closeEnum(h));
        fails(6, "WNetEnumResource", () -> wnet.enumResource(h, 1));
        for (long bogus : new long[] {0, 0x12345678L, -1, Long.MAX_VALUE}) {
            fails(6, "WNetEnumResource", () -> wnet.enumResource(bogus, 1));
            fails(6, "WNetCloseEnum", () -> wnet.closeEnum(bogus));
        }
    }

    @Test
    void resourceInformationAndParent() {
        WNetApi.ResourceInformation info = wnet.getResourceInformation(disk(null, "\\\\standin\\share2\\a\\b"));
        assertEquals("\\\\standin\\share2", info.resource().remoteName);
        assertEquals("\\a\\b", info.system());
        assertEquals(3, info.resource().displayType);                  // RESOURCEDISPLAYTYPE_SHARE
        assertNull(wnet.getResourceInformation(disk(null, SHARE1)).system());
        NetResource parent = wnet.getResourceParent(disk(null, SHARE1));
        assertEquals("\\\\standin", parent.remoteName);
        assertEquals(2, parent.displayType);                           // RESOURCEDISPLAYTYPE_SERVER
        fails(67, "WNetGetResourceInformation", () -> wnet.getResourceInformation(disk(null, "\\\\standin\\nope")));
        fails(53, "WNetGetResourceParent", () -> wnet.getResourceParent(disk(null, "\\\\other\\x")));
        fails(87, "WNetGetResourceInformation", () -> wnet.getResourceInformation(disk(null, null)));
    }

    @Test
    void aLibraryThatAnswersWrongGivesWin32Errors() {
        long h = wnet.openEnum(RESOURCE_GLOBALNET, 0, 0, disk(null, "\\\\standin"));
        control.pywin32jvm_standin_control("wnet.enum.wild", 1);       // a string pointer outside our buffer
        fails(13, "WNetEnumResource", () -> wnet.enumResource(h, 1));
        control.pywin32jvm_standin_control("wnet.enum.wild", 0);
        control.pywin32jvm_standin_control("wnet.enum.count", 1);      // more entries than it wrote
        fails(13, "WNetEnumResource", () -> wnet.enumResource(h, 1));
        control.pywin32jvm_standin_control("wnet.enum.count", 0);
        assertEquals(1, wnet.enumResource(h, 1).length);
        wnet.closeEnum(h);
        control.pywin32jvm_standin_control("wnet.getuser.grow", 1);    // ERROR_MORE_DATA forever
        fails(234, "WNetGetUser", () -> wnet.getUser(null));
    }
}
