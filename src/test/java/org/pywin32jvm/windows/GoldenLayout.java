package org.pywin32jvm.windows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A golden layout table made by the C compiler (native/layout.c, scripts/native-layouts.sh):
 * "STRUCT FIELD OFFSET SIZE" and "STRUCT * SIZEOF ALIGN". *_SDK rows hold the fields pywin32's
 * WINVER appends to mingw-w64's older declaration, and the full size.
 */
final class GoldenLayout {
    record Entry(int a, int b) {}

    final Map<String, Entry> rows = new LinkedHashMap<>();

    static GoldenLayout load(String arch) throws IOException {
        GoldenLayout g = new GoldenLayout();
        try (InputStream in = GoldenLayout.class.getResourceAsStream("/native/layout-" + arch + ".txt")) {
            if (in == null) throw new IOException("no golden table for " + arch);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length != 4) continue;
                g.rows.put(f[0] + "." + f[1], new Entry(Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            }
        }
        return g;
    }

    /** Offset and size of a field, from STRUCT or STRUCT_SDK. */
    Entry field(String struct, String field) {
        Entry e = rows.get(struct + "." + field);
        return e != null ? e : rows.get(struct + "_SDK." + field);
    }

    /** Size and alignment of the struct as pywin32 uses it (the _SDK row when there is one). */
    Entry struct(String struct) {
        Entry e = rows.get(struct + "_SDK.*");
        return e != null ? e : rows.get(struct + ".*");
    }

    /** Every field name the compiler lists for the struct (including the SDK tail). */
    java.util.List<String> fieldNames(String struct) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String key : rows.keySet()) {
            String s = key.substring(0, key.indexOf('.'));
            String f = key.substring(key.indexOf('.') + 1);
            if (!f.equals("*") && (s.equals(struct) || s.equals(struct + "_SDK"))) names.add(f);
        }
        return names;
    }
}
