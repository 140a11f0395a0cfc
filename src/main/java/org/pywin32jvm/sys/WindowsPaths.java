package org.pywin32jvm.sys;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/** Windows path and environment-string rules that hold on every OS (pure string work). */
final class WindowsPaths {
    private WindowsPaths() {}

    /** "C:\..." / "C:/..." or a UNC "\\server\share...". */
    static boolean isWindowsAbsolute(String path) {
        if (path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && (path.charAt(2) == '\\' || path.charAt(2) == '/')) return true;
        return path.startsWith("\\\\");
    }

    /** GetFullPathName of an absolute Windows path: separators to '\', "." and ".." resolved. */
    static String normalize(String path) {
        String p = path.replace('/', '\\');
        String prefix;
        String rest;
        if (p.startsWith("\\\\")) {             // \\server\share is the root that ".." cannot leave
            String[] parts = p.substring(2).split("\\\\", -1);
            if (parts.length < 2) return p;
            prefix = "\\\\" + parts[0] + "\\" + parts[1];
            rest = p.substring(prefix.length());
        } else {
            prefix = p.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
            rest = p.substring(2);
        }
        Deque<String> out = new ArrayDeque<>();
        String[] parts = rest.split("\\\\", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!out.isEmpty()) out.removeLast();
            } else {
                out.addLast(part);
            }
        }
        StringBuilder b = new StringBuilder(prefix);
        for (String part : out) b.append('\\').append(part);
        if (out.isEmpty() || rest.endsWith("\\")) b.append('\\');
        return b.toString();
    }

    /** ExpandEnvironmentStrings: every %NAME% whose NAME is set is replaced; anything else stays. */
    static String expand(String text, UnaryOperator<String> env) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf('%', i);
            if (start < 0) break;
            int end = text.indexOf('%', start + 1);
            if (end < 0) break;
            String name = text.substring(start + 1, end);
            String value = name.isEmpty() ? null : env.apply(name);
            if (value == null) {
                b.append(text, i, end);         // the closing % may open the next reference
                i = end;
                continue;
            }
            b.append(text, i, start).append(value);
            i = end + 1;
        }
        return b.append(text.substring(i)).toString();
    }
}
