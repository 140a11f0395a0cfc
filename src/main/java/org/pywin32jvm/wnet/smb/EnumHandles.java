package org.pywin32jvm.wnet.smb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;

/** Open enumerations: a snapshot taken at WNetOpenEnum and a cursor, behind a numeric handle. */
final class EnumHandles {
    private static final class Cursor {
        final List<NetResource> items;
        int next;

        Cursor(List<NetResource> items) { this.items = items; }
    }

    private final Map<Long, Cursor> open = new HashMap<>();
    private long nextHandle = 0x1000;

    synchronized long open(List<NetResource> items) {
        long h = nextHandle++;
        open.put(h, new Cursor(items));
        return h;
    }

    synchronized NetResource[] next(long handle, int count) {
        Cursor c = open.get(handle);
        if (c == null) throw new Win32Exception(SmbErrorMap.ERROR_INVALID_HANDLE, "WNetEnumResource");
        int n = Math.max(0, Math.min(count, c.items.size() - c.next));
        NetResource[] out = new NetResource[n];
        for (int i = 0; i < n; i++) out[i] = c.items.get(c.next + i).copy();
        c.next += n;
        return out;
    }

    /** The number of open enumerations (diagnostics, the leak test). */
    synchronized int size() { return open.size(); }

    synchronized void close(long handle) {
        if (open.remove(handle) == null) throw new Win32Exception(SmbErrorMap.ERROR_INVALID_HANDLE, "WNetCloseEnum");
    }
}
