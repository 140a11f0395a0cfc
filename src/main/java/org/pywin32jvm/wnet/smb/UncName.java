package org.pywin32jvm.wnet.smb;

import java.util.Locale;

/**
 * A parsed remote name: {@code \\server}, {@code \\server\share} or {@code \\server\share\path}
 * ({@code //server/share} is accepted too). {@code path} keeps its leading backslash, or is null.
 */
public record UncName(String server, String share, String path) {
    /** Longest component Windows accepts in a server or share name. */
    static final int MAX_COMPONENT = 255;

    /** Null when the text is not a UNC name. */
    public static UncName parse(String text) {
        if (text == null) return null;
        String s = text.replace('/', '\\');
        if (!s.startsWith("\\\\") || s.length() < 3) return null;
        s = s.substring(2);
        int a = s.indexOf('\\');
        String server = a < 0 ? s : s.substring(0, a);
        if (server.isEmpty() || server.length() > MAX_COMPONENT) return null;
        if (a < 0 || a == s.length() - 1) return new UncName(server, null, null);
        String rest = s.substring(a + 1);
        int b = rest.indexOf('\\');
        String share = b < 0 ? rest : rest.substring(0, b);
        if (share.isEmpty() || share.length() > MAX_COMPONENT) return null;
        String path = b < 0 || b == rest.length() - 1 ? null : rest.substring(b);
        return new UncName(server, share, path);
    }

    public String serverUnc() { return "\\\\" + server; }

    /** {@code \\server\share}, or {@code \\server} for a server name. */
    public String connectionName() { return share == null ? serverUnc() : serverUnc() + "\\" + share; }

    public String serverKey() { return server.toUpperCase(Locale.ROOT); }

    public String connectionKey() { return connectionName().toUpperCase(Locale.ROOT); }
}
