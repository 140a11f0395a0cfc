package org.pywin32jvm.wnet.smb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.pywin32jvm.wnet.smb.ConnectionTable.Entry;

/**
 * The logon a share enumeration makes when no connection to that server exists, kept for a short
 * idle time so that the next WNetOpenEnum of the same server does not log on again (a logon and
 * logoff cost about as much as listing 1,000 shares). Windows' redirector likewise keeps a browse
 * connection dormant after the enumeration. These sessions are not connections: they never show
 * in the connection table or its enumerations. One is closed after {@code idleMs} unused, when it
 * fails, and when the backend closes.
 */
final class BrowseSessions implements AutoCloseable {
    private record Kept(Entry entry, long usedAt) {}

    private static final ScheduledExecutorService EXPIRY = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pywin32jvm-smb-browse-expiry");
        t.setDaemon(true);
        return t;
    });

    private final Map<String, Kept> kept = new HashMap<>();
    private final long idleMs;
    private final Consumer<Entry> closer;

    BrowseSessions(long idleMs, Consumer<Entry> closer) {
        this.idleMs = idleMs;
        this.closer = closer;
    }

    /** The kept session to that server, now the caller's (null when there is none). */
    Entry take(String serverKey) {
        Kept k;
        synchronized (this) {
            k = kept.remove(serverKey);
        }
        if (k == null) return null;
        if (System.nanoTime() - k.usedAt > TimeUnit.MILLISECONDS.toNanos(idleMs)) {
            closer.accept(k.entry);
            return null;
        }
        return k.entry;
    }

    /** Keeps a session the caller has finished with (or closes it at once when keeping is off). */
    void give(String serverKey, Entry e) {
        if (idleMs <= 0) {
            closer.accept(e);
            return;
        }
        Kept old;
        Kept k = new Kept(e, System.nanoTime());
        synchronized (this) {
            old = kept.put(serverKey, k);
        }
        if (old != null) closer.accept(old.entry);
        EXPIRY.schedule(() -> expire(serverKey, k), idleMs, TimeUnit.MILLISECONDS);
    }

    private void expire(String serverKey, Kept k) {
        synchronized (this) {
            if (!kept.remove(serverKey, k)) return;     // used again (or closed) since
        }
        closer.accept(k.entry);
    }

    @Override
    public void close() {
        Kept[] all;
        synchronized (this) {
            all = kept.values().toArray(new Kept[0]);
            kept.clear();
        }
        for (Kept k : all) closer.accept(k.entry);
    }
}
