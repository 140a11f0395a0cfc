package org.pywin32jvm.wnet.smb;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.pywin32jvm.config.SettingException;

/**
 * Server name -> host:port. UNC names carry no port, so tests (and users with SMB on another port)
 * map names: {@code pywin32jvm.wnet.hosts = TESTSRV=127.0.0.1:4445,OTHER=10.0.0.5}. Unmapped names
 * are used as host names on port 445.
 */
public final class HostMap {
    public static final int SMB_PORT = 445;

    public record Target(String host, int port) {}

    private final Map<String, Target> map = new LinkedHashMap<>();

    public static HostMap parse(String spec) {
        HostMap m = new HostMap();
        if (spec == null || spec.isBlank()) return m;
        for (String item : spec.split("[,;]")) {
            String s = item.trim();
            if (s.isEmpty()) continue;
            int eq = s.indexOf('=');
            if (eq <= 0) throw bad(spec);
            String name = s.substring(0, eq).trim();
            String target = s.substring(eq + 1).trim();
            String host = target;
            int port = SMB_PORT;
            int colon = target.lastIndexOf(':');
            if (colon > 0 && target.indexOf(':') == colon) {       // host:port (not a bare IPv6 address)
                host = target.substring(0, colon);
                port = port(target.substring(colon + 1), spec);
            } else if (target.startsWith("[") && target.contains("]:")) {
                host = target.substring(1, target.indexOf(']'));
                port = port(target.substring(target.indexOf("]:") + 2), spec);
            }
            if (host.isEmpty() || name.isEmpty()) throw bad(spec);
            m.map.put(key(name), new Target(host, port));
        }
        return m;
    }

    private static SettingException bad(String spec) {
        return new SettingException("wnet.hosts", spec, "NAME=HOST[:PORT],... (e.g. TESTSRV=127.0.0.1:4445), port 1-65535");
    }

    private static int port(String s, String spec) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p >= 1 && p <= 65535) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(spec);
    }

    private static String key(String server) { return server.toUpperCase(Locale.ROOT); }

    public Target resolve(String server) {
        Target t = map.get(key(server));
        return t != null ? t : new Target(server, SMB_PORT);
    }

    /** The mapped server names, in configuration order (the default GLOBALNET server list). */
    public java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String k : map.keySet()) out.add(k);
        return out;
    }
}
