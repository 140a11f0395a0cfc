package org.pywin32jvm.ras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** RasFace's packed results, and the null it gives for what the packing cannot carry. */
class RasFaceTest {
    /** A RasApi answering the named methods with fixed values. */
    static RasApi api(Map<String, Object> answers) {
        return (RasApi) Proxy.newProxyInstance(RasApi.class.getClassLoader(), new Class<?>[] {RasApi.class},
            (proxy, m, args) -> {
                if (!answers.containsKey(m.getName())) throw new UnsupportedOperationException(m.getName());
                return answers.get(m.getName());
            });
    }

    @Test
    void connectStatus() {
        assertEquals("8192\0-5\0vpn\0WAN Miniport",
            RasFace.connectStatus(api(Map.of("getConnectStatus", new RasApi.ConnectStatus(8192, -5, "vpn", "WAN Miniport"))), 1));
        assertEquals("0\0000\0\0", RasFace.connectStatus(api(Map.of("getConnectStatus", new RasApi.ConnectStatus(0, 0, "", ""))), 1));
        assertNull(RasFace.connectStatus(api(Map.of("getConnectStatus", new RasApi.ConnectStatus(0, 0, "a\0b", ""))), 1));
        assertNull(RasFace.connectStatus(api(Map.of("getConnectStatus", new RasApi.ConnectStatus(0, 0, "vpn", null))), 1));
    }

    @Test
    void enumConnections() {
        RasApi.Connection a = new RasApi.Connection(-1, "Work", "vpn", "dev");
        RasApi.Connection b = new RasApi.Connection(65536, "caf\u00e9", "modem", "");
        assertEquals("", RasFace.enumConnections(api(Map.of("enumConnections", new RasApi.Connection[0]))));
        assertEquals("-1\0Work\0vpn\0dev\0" + "65536\0caf\u00e9\0modem\0\0",
            RasFace.enumConnections(api(Map.of("enumConnections", new RasApi.Connection[] {a, b}))));
        assertNull(RasFace.enumConnections(api(Map.of("enumConnections",
            new RasApi.Connection[] {a, new RasApi.Connection(2, "x\0y", "vpn", "d")}))));
    }

    @Test
    void entryDialParams() {
        DialParams p = new DialParams("Work", "555", "", "alice", "****", "CORP");
        assertEquals("1\0Work\u0000555\0\0alice\0****\0CORP", RasFace.entryDialParams(
            api(Map.of("getEntryDialParams", new RasApi.EntryDialParams(p, true))), null, "Work"));
        assertEquals("0\0\0\0\0\0\0", RasFace.entryDialParams(
            api(Map.of("getEntryDialParams", new RasApi.EntryDialParams(DialParams.EMPTY, false))), null, "Work"));
        assertNull(RasFace.entryDialParams(api(Map.of("getEntryDialParams",
            new RasApi.EntryDialParams(new DialParams("W\0", "", "", "", "", ""), false))), null, "W"));
    }
}
