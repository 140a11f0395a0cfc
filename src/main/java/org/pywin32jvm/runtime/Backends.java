package org.pywin32jvm.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pywin32jvm.netbios.NetbiosApi;
import org.pywin32jvm.netbios.NetbiosBackends;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.RasBackends;
import org.pywin32jvm.wnet.WNetApi;
import org.pywin32jvm.wnet.WNetBackends;

/**
 * The backends of this JVM, chosen once, on first use, from {@link org.pywin32jvm.config.Config}. python-lib reaches
 * them through {@code _jvm.backend(area)}; nothing above this class knows which one runs.
 */
public final class Backends {
    private Backends() {}

    // Created on first success only (no class-initialiser holders): a bad setting throws a
    // SettingException at each use until it is fixed, and the next use after the fix works.
    private static volatile WNetApi wnet;
    private static volatile RasApi ras;
    private static volatile NetbiosApi netbios;

    public static WNetApi wnet() {
        WNetApi a = wnet;
        if (a != null) return a;
        synchronized (Backends.class) {
            if (wnet == null) wnet = WNetBackends.create();
            return wnet;
        }
    }

    public static RasApi ras() {
        RasApi a = ras;
        if (a != null) return a;
        synchronized (Backends.class) {
            if (ras == null) ras = RasBackends.create();
            return ras;
        }
    }

    public static NetbiosApi netbios() {
        NetbiosApi a = netbios;
        if (a != null) return a;
        synchronized (Backends.class) {
            if (netbios == null) netbios = NetbiosBackends.create();
            return netbios;
        }
    }

    /** What --version and --backends print: area -> description, without starting network I/O. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("win32wnet", safeDescribe(() -> wnet().describe()));
        m.put("win32ras", safeDescribe(() -> ras().describe()));
        m.put("netbios", safeDescribe(() -> netbios().describe()));
        return m;
    }

    private static String safeDescribe(java.util.function.Supplier<String> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return "unavailable: " + e.getMessage();
        }
    }
}
