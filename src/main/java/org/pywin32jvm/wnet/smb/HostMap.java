package org.pywin32jvm.wnet.smb;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
            if (eq <= 0) throw new IllegalArgumentException("pywin32jvm.wnet.hosts: '" + s + "' is not NAME=HOST[:PORT]");
            String name = s.substring(0, eq).trim();
            String target = s.substring(eq + 1).trim();
            String host = target;
            int port = SMB_PORT;
            int colon = target.lastIndexOf(':');
            if (colon > 0 && target.indexOf(':') == colon) {       // host:port (not a bare IPv6 address)
                host = target.substring(0, colon);
                port = Integer.parseInt(target.substring(colon + 1));
            } else if (target.startsWith("[") && target.contains("]:")) {
                host = target.substring(1, target.indexOf(']'));
                port = Integer.parseInt(target.substring(target.indexOf("]:") + 2));
            }
            m.map.put(key(name), new Target(host, port));
        }
        return m;
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
