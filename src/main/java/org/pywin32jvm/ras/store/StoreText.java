package org.pywin32jvm.ras.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The store's text, rewritten line by line so that what a user wrote stays: comment and blank lines are
 * kept where they are, a record's line is replaced in place when its value changes, dropped when the record
 * is removed, and new records are appended. (Properties.store would drop every comment.)
 */
final class StoreText {
    private StoreText() {}

    static Properties parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    /** The new text for {@code props}, keeping the comments and order of {@code old} (null: a new file). */
    static String rewrite(String old, Properties props, String header) {
        StringBuilder out = new StringBuilder();
        Set<String> written = new HashSet<>();
        if (old == null || old.isEmpty()) {
            out.append("# ").append(header).append('\n');
        } else {
            Map<String, String> byText = new HashMap<>();     // our escaping of each key -> the key
            for (String k : props.stringPropertyNames()) byText.put(escapedKey(k), k);
            for (String logical : logicalLines(old)) {
                String trimmed = logical.stripLeading();
                if (trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == '!') {
                    out.append(logical).append('\n');
                    continue;
                }
                String key = byText.get(keyText(trimmed));
                if (key == null) key = single(logical);            // written by hand with other escapes
                if (key == null || written.contains(key) || props.getProperty(key) == null) continue;   // removed
                out.append(line(key, props.getProperty(key))).append('\n');
                written.add(key);
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(asMap(props)).entrySet()) {
            if (!written.contains(e.getKey())) out.append(line(e.getKey(), e.getValue())).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> asMap(Properties p) {
        Map<String, String> m = new HashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    /** Physical lines joined where a line ends in an odd number of backslashes (a continuation). */
    static List<String> logicalLines(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String physical : text.split("\r\n|\r|\n", -1)) {
            if (cur == null) {
                String t = physical.stripLeading();
                if (t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == '!') {   // comments never continue
                    out.add(physical);
                    continue;
                }
                cur = new StringBuilder(physical);
            } else {
                cur.append('\n').append(physical);
            }
            if (!continues(physical)) {
                out.add(cur.toString());
                cur = null;
            }
        }
        if (cur != null) out.add(cur.toString());
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);   // the final newline
        return out;
    }

    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }

    /** The raw text of a line's key: up to the first unescaped '=', ':' or white space. */
    private static String keyText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') i++;
            else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') return line.substring(0, i);
        }
        return line;
    }

    private static String single(String logical) {
        try {
            Properties p = parse(logical);
            return p.isEmpty() ? null : p.stringPropertyNames().iterator().next();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** One {@code key=value} line, escaped as Properties.store(Writer) escapes it (one per record: no store() call). */
    static String line(String key, String value) {
        StringBuilder b = new StringBuilder(key.length() + value.length() + 8);
        escape(b, key, true);
        b.append('=');
        escape(b, value, false);
        return b.toString();
    }

    private static String escapedKey(String key) {
        StringBuilder b = new StringBuilder(key.length() + 8);
        escape(b, key, true);
        return b.toString();
    }

    private static void escape(StringBuilder b, String s, boolean isKey) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ' ' -> b.append(i == 0 || isKey ? "\\ " : " ");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\f' -> b.append("\\f");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
    }
}
