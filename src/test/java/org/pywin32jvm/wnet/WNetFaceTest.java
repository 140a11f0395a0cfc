package org.pywin32jvm.wnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;

/** WNetFace's packed results ("S" + text or "N" per field), and null for what cannot be packed. */
class WNetFaceTest {
    static WNetApi api(String method, Object answer) {
        return (WNetApi) Proxy.newProxyInstance(WNetApi.class.getClassLoader(), new Class<?>[] {WNetApi.class},
            (proxy, m, args) -> {
                if (!m.getName().equals(method)) throw new UnsupportedOperationException(m.getName());
                return answer;
            });
    }

    @Test
    void universalName() {
        assertEquals("S\\\\srv\\share\\f", WNetFace.universalName(
            api("getUniversalName", new String[] {"\\\\srv\\share\\f"}), "Z:\\f", 1));
        assertEquals("S\\\\srv\\share\\f\0S\\\\srv\\share\0N", WNetFace.universalName(
            api("getUniversalName", new String[] {"\\\\srv\\share\\f", "\\\\srv\\share", null}), "Z:\\f", 2));
        assertEquals("", WNetFace.universalName(api("getUniversalName", new String[0]), "Z:", 7));
        assertNull(WNetFace.universalName(api("getUniversalName", new String[] {"a\0b"}), "Z:", 1));
    }

    @Test
    void lastError() {
        assertEquals("S4294967295\0Sbad thing\0SProvider", WNetFace.lastError(
            api("getLastError", new WNetApi.LastError(-1, "bad thing", "Provider"))));
        assertEquals("S0\0S\0N", WNetFace.lastError(api("getLastError", new WNetApi.LastError(0, "", null))));
        assertNull(WNetFace.lastError(api("getLastError", new WNetApi.LastError(0, "x\0", ""))));
    }
}
