package org.pywin32jvm.ras.phonebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A .pbk phonebook as an ordered multimap: the lines before the first section, then one
 * {@link Section} per entry. Keys repeat inside a section (MEDIA=, DEVICE=, PhoneNumber= start
 * sub-sections), so every line is kept in order, comments and unknown keys included, and
 * {@link #format()} gives the file back unchanged except where a value was set.
 */
public final class PbkFile {
    /** One line of a section: a key/value pair, or anything else kept verbatim (comment, blank). */
    public static final class Line {
        final String key;     // null for a verbatim line
        String value;
        final String raw;

        Line(String key, String value, String raw) {
            this.key = key;
            this.value = value;
            this.raw = raw;
        }

        String format() { return key == null ? raw : key + "=" + value; }
    }

    /** One [Entry Name] section. */
    public static final class Section {
        private final String name;
        final List<Line> lines = new ArrayList<>();

        Section(String name) { this.name = name; }

        public String name() { return name; }

        /** The first value of key (case-insensitive, as Windows reads it), or null. */
        public String first(String key) {
            for (Line l : lines) if (l.key != null && l.key.equalsIgnoreCase(key)) return l.value;
            return null;
        }

        /** The first value of key spelt exactly so (DEVICE= and Device= are different keys), or null. */
        public String firstExact(String key) {
            for (Line l : lines) if (key.equals(l.key)) return l.value;
            return null;
        }

        /** Every value of key, in file order. */
        public List<String> all(String key) {
            List<String> out = new ArrayList<>();
            for (Line l : lines) if (l.key != null && l.key.equalsIgnoreCase(key)) out.add(l.value);
            return out;
        }

        /** Sets the first occurrence of key, or appends key=value. */
        public void set(String key, String value) {
            for (Line l : lines) {
                if (l.key != null && l.key.equalsIgnoreCase(key)) {
                    l.value = value;
                    return;
                }
            }
            add(key, value);
        }

        /** Appends a (possibly repeated) key. */
        public void add(String key, String value) { lines.add(new Line(key, value, null)); }
    }

    final List<String> preamble = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    boolean bom;
    boolean ansi;      // read as Windows-1252 rather than UTF-8

    /** The entry names, in file order. */
    public List<String> entryNames() {
        List<String> out = new ArrayList<>();
        for (Section s : sections) out.add(s.name);
        return out;
    }

    /** The section for an entry (names compare case-insensitively, as RAS does), or null. */
    public Section entry(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Section s : sections) if (s.name.toLowerCase(Locale.ROOT).equals(n)) return s;
        return null;
    }

    /** Adds an empty section at the end. */
    public Section addEntry(String name) {
        Section s = new Section(name);
        sections.add(s);
        return s;
    }

    /** The file text, CRLF line ends as Windows writes them. */
    public String format() {
        StringBuilder b = new StringBuilder();
        if (bom) b.append('\uFEFF');
        for (String l : preamble) b.append(l).append("\r\n");
        for (Section s : sections) {
            b.append('[').append(s.name).append("]\r\n");
            for (Line l : s.lines) b.append(l.format()).append("\r\n");
        }
        return b.toString();
    }
}
