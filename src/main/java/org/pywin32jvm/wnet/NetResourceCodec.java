package org.pywin32jvm.wnet;

import java.util.ArrayList;
import java.util.List;

import org.pywin32jvm.win32.Win32Exception;

/**
 * What python-lib's WNetEnumResource needs from Java, in one foreign call: the whole answer (all
 * the backend batches up to the wanted count) as one string, so that building the PyNETRESOURCEs
 * is a str.split plus one builtin map per field, with no Python bytecode per item. Under an
 * interpreted GraalPy each Python operation costs ~0.1-3 µs, so per-item Python work (or eight
 * foreign field reads per item) was most of an enumeration's cost.
 *
 * <p>Format: fields separated by NUL, which no Win32 string can contain (a string is cut at its
 * first NUL, as the C side would). First the item count n, then one column per NETRESOURCE field
 * in the order dwScope, dwType, dwDisplayType, dwUsage, lpLocalName, lpRemoteName, lpComment,
 * lpProvider. A column starts with a tag:
 * <ul>
 * <li>{@code C<value>}: every item has this value (an int as a signed decimal, or the string);
 * <li>{@code N}: every item has null (strings only);
 * <li>{@code V}: n values follow (signed decimals, or non-null strings);
 * <li>{@code M}: n strings follow, each "S" + text or "N" for null (a mix of null and non-null).
 * </ul>
 */
public final class NetResourceCodec {
    private NetResourceCodec() {}

    /**
     * One WNetEnumResource as pywin32 does it: backend batches until {@code wanted} items (an
     * unsigned DWORD count) or the end; any backend error ends the list (never raises).
     */
    public static String enumerate(WNetApi api, long handle, long wanted) {
        List<NetResource> out = new ArrayList<>();
        while (out.size() < wanted) {
            NetResource[] batch;
            try {
                batch = api.enumResource(handle, (int) Math.min(wanted - out.size(), Integer.MAX_VALUE));
            } catch (Win32Exception e) {
                break;
            }
            if (batch == null || batch.length == 0) break;
            for (NetResource r : batch) out.add(r);
        }
        return pack(out);
    }

    public static String pack(List<NetResource> items) {
        int n = items.size();
        StringBuilder b = new StringBuilder(64 + n * 48);
        b.append(n);
        if (n == 0) return b.toString();
        intColumn(b, items, 0);
        intColumn(b, items, 1);
        intColumn(b, items, 2);
        intColumn(b, items, 3);
        strColumn(b, items, 0);
        strColumn(b, items, 1);
        strColumn(b, items, 2);
        strColumn(b, items, 3);
        return b.toString();
    }

    private static int intField(NetResource r, int f) {
        return switch (f) {
            case 0 -> r.scope;
            case 1 -> r.type;
            case 2 -> r.displayType;
            default -> r.usage;
        };
    }

    private static String strField(NetResource r, int f) {
        String s = switch (f) {
            case 0 -> r.localName;
            case 1 -> r.remoteName;
            case 2 -> r.comment;
            default -> r.provider;
        };
        if (s == null) return null;
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static void intColumn(StringBuilder b, List<NetResource> items, int f) {
        int first = intField(items.get(0), f);
        boolean same = true;
        for (NetResource r : items) {
            if (intField(r, f) != first) { same = false; break; }
        }
        if (same) {
            b.append("\0C").append(first);
            return;
        }
        b.append("\0V");
        for (NetResource r : items) b.append('\0').append(intField(r, f));
    }

    private static void strColumn(StringBuilder b, List<NetResource> items, int f) {
        String first = strField(items.get(0), f);
        boolean same = true, anyNull = false, allNull = true;
        for (NetResource r : items) {
            String s = strField(r, f);
            if (s == null) anyNull = true; else allNull = false;
            if (same && (s == null ? first != null : !s.equals(first))) same = false;
        }
        if (allNull) {
            b.append("\0N");
        } else if (same) {
            b.append("\0C").append(first);
        } else if (!anyNull) {
            b.append("\0V");
            for (NetResource r : items) b.append('\0').append(strField(r, f));
        } else {
            b.append("\0M");
            for (NetResource r : items) {
                String s = strField(r, f);
                b.append('\0').append(s == null ? "N" : "S" + s);
            }
        }
    }
}
