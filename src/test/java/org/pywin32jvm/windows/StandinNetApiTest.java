package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.net.NetApi;
import org.pywin32jvm.net.NetBackends;
import org.pywin32jvm.net.windows.JnaNetApi;
import org.pywin32jvm.net.windows.Netapi32;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.win32.jna.WindowsNative;
import org.pywin32jvm.wnet.ShareInfo;

/**
 * JnaNetApi through the NetApi interface against the native stand-in (native/standin/lmnet.c): the
 * structures read back, paging with resume handles, NetApiBufferFree after every answer (the stand-in
 * counts its blocks), pywin32's funcnames, and answers that do not add up.
 */
class StandinNetApiTest {
    static Standin.Control control;
    static NetApi net;
    static NetApi paging;          // 100-byte prefmaxlen: one entry per call

    @BeforeAll
    static void start() {
        control = Standin.control();
        System.setProperty("pywin32jvm.net", "windows");
        try {
            net = NetBackends.create();
        } finally {
            System.clearProperty("pywin32jvm.net");
        }
        assertTrue(net instanceof JnaNetApi);
        paging = new JnaNetApi(WindowsNative.load("netapi32", Netapi32.class), "paging", 100);
    }

    @BeforeEach
    @AfterEach
    void reset() {
        control.pywin32jvm_standin_control(null, 0);
        control.pywin32jvm_standin_wnet_reset();
        control.pywin32jvm_standin_netapi_reset();
    }

    @AfterEach
    void everyBufferFreed() {
        assertEquals(0, control.pywin32jvm_standin_netapi_buffers(), "netapi32 buffers not freed");
    }

    static void fails(int code, String funcname, org.junit.jupiter.api.function.Executable call) {
        Win32Exception e = assertThrows(Win32Exception.class, call);
        assertEquals(code, e.winerror, "winerror");
        assertEquals(funcname, e.funcname, "funcname");
    }

    static List<String> names(List<ShareInfo> shares) {
        return shares.stream().map(ShareInfo::netname).toList();
    }

    @Test
    void shareEnumAtEachLevelAndPaged() {
        for (int level : new int[] {0, 1, 2, 502}) {
            List<ShareInfo> all = net.shareEnum("\\\\standin", level);
            assertEquals(List.of("share1", "share2", "printer"), names(all), "level " + level);
            assertEquals(all, paging.shareEnum("standin", level), "paged, level " + level);
        }
        ShareInfo s = net.shareEnum(null, 2).get(0);
        assertEquals(new ShareInfo("share1", 0, "Stand-in share one", 0, -1, 0, "C:\\standin\\share1", null), s);
        assertEquals(new ShareInfo("printer", 1, "Stand-in printer"), net.shareEnum(null, 1).get(2));
        assertNull(net.shareEnum(null, 0).get(0).remark());
        fails(53, "NetShareEnum", () -> net.shareEnum("\\\\elsewhere", 1));
        fails(124, "NetShareEnum", () -> net.shareEnum(null, 3));
    }

    @Test
    void shareAdministration() {
        net.shareAdd("\\\\standin", 2, new ShareInfo("new", 0, "made here", 0, 5, 0, "C:\\new", null));
        assertEquals(new ShareInfo("new", 0, "made here", 0, 5, 0, "C:\\new", null),
            net.shareGetInfo("\\\\standin", "NEW", 2));
        assertEquals(4, paging.shareEnum(null, 502).size());
        fails(2118, "NetShareAdd", () -> net.shareAdd(null, 502, new ShareInfo("new", 0, null)));
        fails(124, "NetShareAdd", () -> net.shareAdd(null, 1, new ShareInfo("x", 0, null)));
        fails(87, "NetShareAdd", () -> net.shareAdd(null, 2, new ShareInfo("", 0, null)));
        net.shareDel(null, "new");
        fails(2310, "NetShareGetInfo", () -> net.shareGetInfo(null, "new", 1));
        fails(2310, "NetShareDel", () -> net.shareDel(null, "new"));
    }

    @Test
    void serverAndWorkstation() {
        assertEquals(new NetApi.ServerInfo(500, "STANDIN", 10, 0, 0x1003, "stand-in server"), net.serverGetInfo(null, 101));
        assertEquals(new NetApi.ServerInfo(500, "STANDIN", 0, 0, 0, ""), net.serverGetInfo("\\\\standin", 100));
        assertEquals(new NetApi.WkstaInfo(500, "STANDIN", "WORKGROUP", 10, 0), net.wkstaGetInfo(null, 100));
        fails(53, "NetServerGetInfo", () -> net.serverGetInfo("\\\\elsewhere", 101));
        fails(124, "NetWkstaGetInfo", () -> net.wkstaGetInfo(null, 101));
    }

    @Test
    void useTableSharedWithMpr() {
        net.useAdd(null, new NetApi.UseInfo("Z:", "\\\\standin\\share1", 0, 0, 0, 0, "bob", "DOM"), "pw");
        net.useAdd(null, new NetApi.UseInfo("", "\\\\standin\\share2", 0, 0, 0, 0, null, null), null);
        net.useAdd(null, new NetApi.UseInfo("Y:", "\\\\standin\\printer", 0, 1, 0, 0, "amy", null), null);
        NetApi.UseInfo z = new NetApi.UseInfo("Z:", "\\\\standin\\share1", 0, 0, 0, 1, "bob", "DOM");
        assertEquals(z, net.useGetInfo(null, "z:"));
        List<NetApi.UseInfo> all = net.useEnum(null);
        assertEquals(3, all.size());
        assertEquals(all, paging.useEnum(null));
        assertEquals(new NetApi.UseInfo("", "\\\\standin\\share2", 0, 0, 0, 1, "standinuser", "STANDIN"),
            net.useGetInfo(null, "\\\\standin\\share2"));
        assertEquals(1, net.useGetInfo(null, "Y:").asgType());
        fails(85, "NetUseAdd", () -> net.useAdd(null, new NetApi.UseInfo("Z:", "\\\\standin\\share2", 0, 0, 0, 0, null, null), null));
        fails(86, "NetUseAdd", () -> net.useAdd(null, new NetApi.UseInfo("X:", "\\\\standin\\share2", 0, 0, 0, 0, null, null), "wrong"));
        net.useDel(null, "Z:", 0);
        fails(2250, "NetUseGetInfo", () -> net.useGetInfo(null, "Z:"));
        fails(2250, "NetUseDel", () -> net.useDel(null, "Z:", 0));
        fails(50, "NetUseEnum", () -> net.useEnum("\\\\standin"));
    }

    @Test
    void answersThatDoNotAddUpAreInvalidData() {
        control.pywin32jvm_standin_control("netapi.enum.stuck", 1);      // 234 forever, with no entries
        fails(13, "NetShareEnum", () -> net.shareEnum(null, 1));
        control.pywin32jvm_standin_control("netapi.enum.stuck", 0);
        control.pywin32jvm_standin_control("netapi.enum.nullbuf", 1);    // one entry, no buffer
        fails(13, "NetShareEnum", () -> net.shareEnum(null, 1));
    }
}
