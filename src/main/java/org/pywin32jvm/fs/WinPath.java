package org.pywin32jvm.fs;

import java.util.List;
import java.util.Locale;

/**
 * A Windows network path after routing: {@code \\server\share} plus the components below the share
 * root ({@code .} and {@code ..} already resolved). {@code drive} is the letter the caller used
 * ("Z:"), or null for a UNC spelling.
 */
public record WinPath(String server, String share, List<String> parts, String drive) {
    public WinPath {
        parts = List.copyOf(parts);
    }

    /** {@code \\server\share}. */
    public String shareUnc() { return "\\\\" + server + "\\" + share; }

    /** The path below the share root as smbj takes it: "" for the root, else {@code dir\file}. */
    public String smbPath() { return String.join("\\", parts); }

    /** The full UNC name, {@code \\server\share\dir\file}. */
    public String unc() { return parts.isEmpty() ? shareUnc() : shareUnc() + "\\" + smbPath(); }

    /** The last component, "" for a share root. */
    public String name() { return parts.isEmpty() ? "" : parts.get(parts.size() - 1); }

    public boolean isShareRoot() { return parts.isEmpty(); }

    /** The directory holding this path (the share root's parent is itself). */
    public WinPath parent() {
        return parts.isEmpty() ? this : new WinPath(server, share, parts.subList(0, parts.size() - 1), drive);
    }

    public WinPath child(String name) {
        List<String> p = new java.util.ArrayList<>(parts);
        p.add(name);
        return new WinPath(server, share, p, drive);
    }

    /** Upper-case {@code \\SERVER\SHARE}: names are case-insensitive, as on Windows. */
    public String shareKey() { return shareUnc().toUpperCase(Locale.ROOT); }

    @Override
    public String toString() { return unc(); }
}
