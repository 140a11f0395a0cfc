package org.pywin32jvm.win32;

import java.util.HashMap;
import java.util.Map;

/**
 * The event objects behind win32event's handles: handle value -> {@link Event}, named events shared (CreateEvent of an
 * existing name opens it) and counted, so an event lives while any handle to it is open. Kept in Java so that a
 * handle the script never closes is freed by {@link Reclaimer} without running Python code.
 */
public final class EventTable {
    private record Entry(Event event, String name, int[] refs) {}

    private static final Map<Long, Entry> EVENTS = new HashMap<>();
    private static final Map<String, Long> NAMED = new HashMap<>();
    private static long next = 0x1000;

    private EventTable() {}

    /** A new event's handle value, or the existing one for a name already open. */
    public static synchronized long create(boolean manualReset, boolean initialState, String name) {
        if (name != null) {
            Long v = NAMED.get(name);
            if (v != null) {
                EVENTS.get(v).refs()[0]++;
                return v;
            }
        }
        long v = next;
        next += 4;
        EVENTS.put(v, new Entry(new Event(manualReset, initialState), name, new int[] {1}));
        if (name != null) NAMED.put(name, v);
        return v;
    }

    /** The event of a handle value, or null when it is not open. */
    public static synchronized Event get(long value) {
        Entry e = EVENTS.get(value);
        return e == null ? null : e.event();
    }

    /** Closes one handle to the event; false when the value is not open. */
    public static synchronized boolean close(long value) {
        Entry e = EVENTS.get(value);
        if (e == null) return false;
        if (--e.refs()[0] > 0) return true;
        EVENTS.remove(value);
        if (e.name() != null) NAMED.remove(e.name());
        return true;
    }

    /** The number of open events (for the leak test). */
    public static synchronized int size() { return EVENTS.size(); }

    /** The reclaimer token for one handle to {@code value}. */
    public static Reclaimer.Token token(long value) {
        return Reclaimer.token(EventTable::close, value);
    }
}
