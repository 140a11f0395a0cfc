package org.pywin32jvm.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place that decides whether a path names a network file, and which one. Recognises
 * {@code \\host\share\dir\f}, {@code //host/share/dir/f}, mixed separators, {@code \\?\UNC\host\share\...},
 * {@code Z:\dir\f}, {@code Z:/dir}, {@code z:dir} (relative to the drive root: a process has no
 * per-drive current directory here) and {@code \\?\Z:\...}. A drive letter means what this process
 * mapped (WNetAddConnection2 / NetUseAdd), looked up through {@link Drives}; a letter nobody mapped is
 * not a network path, so the caller treats the text as it always did.
 */
public final class PathRouter {
    /**
     * Where drive letters come from: "Z:" -> {@code \\server\share}, or null when not mapped. It may restore a
     * remembered connection, and throw its Win32Exception when that cannot be done (1201 ...).
     */
    @FunctionalInterface
    public interface Drives {
        String remoteOf(String drive);
    }

    /** A parse result before drive resolution. */
    public record Parsed(String drive, String server, String share, List<String> parts) {}

    private final Drives drives;

    public PathRouter(Drives drives) { this.drives = drives; }

    /** True when the text has a network form (UNC or a drive letter), mapped or not: a cheap pre-check. */
    public static boolean looksNetwork(String text) {
        if (text == null || text.length() < 2) return false;
        char a = text.charAt(0), b = text.charAt(1);
        if (isSep(a) && isSep(b)) return true;
        return b == ':' && isLetter(a);
    }

    /**
     * The network file the text names, or null when it is not one (a local path, an unmapped letter); a
     * Win32Exception from {@link Drives} (a remembered letter that cannot be restored) passes through.
     */
    public WinPath route(String text) {
        Parsed p = parse(text);
        if (p == null) return null;
        if (p.drive() == null) return p.share() == null ? null : new WinPath(p.server(), p.share(), p.parts(), null);
        String remote = drives.remoteOf(p.drive());
        if (remote == null) return null;
        Parsed r = parse(remote);
        if (r == null || r.share() == null) return null;
        List<String> all = new ArrayList<>(r.parts());
        all.addAll(p.parts());
        return new WinPath(r.server(), r.share(), normalize(all), p.drive());
    }

    /**
     * Splits the text; null when it has no network form. {@code share} is null for a bare
     * {@code \\server}; {@code drive} is upper-case "Z:" for a drive form (server/share then null).
     */
    public static Parsed parse(String text) {
        if (!looksNetwork(text) || text.indexOf('\0') >= 0) return null;
        String s = text.replace('/', '\\');
        if (s.startsWith("\\\\?\\") || s.startsWith("\\\\.\\")) {
            boolean device = s.charAt(2) == '.';
            String rest = s.substring(4);
            if (!device && rest.regionMatches(true, 0, "UNC\\", 0, 4)) {
                s = "\\\\" + rest.substring(4);
            } else if (!device && rest.length() >= 2 && rest.charAt(1) == ':' && isLetter(rest.charAt(0))) {
                s = rest;
            } else {
                return null;       // \\.\PIPE, \\?\Volume{...}: devices, not files on a share
            }
        }
        if (s.charAt(1) == ':') {
            String drive = Character.toUpperCase(s.charAt(0)) + ":";
            return new Parsed(drive, null, null, normalize(split(s.substring(2))));
        }
        List<String> comps = split(s.substring(2));
        if (comps.isEmpty() || s.length() > 2 && isSep(s.charAt(2))) return null;    // "\\" or "\\\x"
        String server = comps.get(0);
        if (server.equals(".") || server.equals("..")) return null;
        if (comps.size() == 1) return new Parsed(null, server, null, List.of());
        String share = comps.get(1);
        if (share.equals(".") || share.equals("..")) return null;
        return new Parsed(null, server, share, normalize(comps.subList(2, comps.size())));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\\\")) if (!c.isEmpty()) out.add(c);
        return out;
    }

    /** Drops "." and resolves ".." (never above the share root, as Windows does). */
    static List<String> normalize(List<String> comps) {
        List<String> out = new ArrayList<>();
        for (String c : comps) {
            if (c.equals(".")) continue;
            if (c.equals("..")) {
                if (!out.isEmpty()) out.remove(out.size() - 1);
                continue;
            }
            out.add(stripTrailing(c));
        }
        return out;
    }

    /** Windows ignores trailing dots and spaces in a component ("a.txt." is "a.txt"). */
    private static String stripTrailing(String c) {
        int end = c.length();
        while (end > 0 && (c.charAt(end - 1) == '.' || c.charAt(end - 1) == ' ')) end--;
        return end == 0 ? c : c.substring(0, end);
    }

    static boolean isSep(char c) { return c == '\\' || c == '/'; }

    static boolean isLetter(char c) { return c < 128 && Character.isLetter(c); }

    /** Upper-case drive key "Z:" for any "z", "Z:", "z:\\" spelling; null when it is none. */
    public static String driveKey(String text) {
        if (text == null || text.length() < 2 || text.charAt(1) != ':' || !isLetter(text.charAt(0))) return null;
        return (Character.toUpperCase(text.charAt(0)) + ":").toUpperCase(Locale.ROOT);
    }
}
