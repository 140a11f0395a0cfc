package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.pywin32jvm.wnet.smb.ConnectionTable.Entry;

class BrowseSessionsTest {
    private static Entry entry(String user) {
        return new Entry(null, null, 0, null, false, user, null, null);
    }

    @Test
    void keptSessionIsReusedOnceThenGone() {
        List<Entry> closed = new CopyOnWriteArrayList<>();
        try (BrowseSessions b = new BrowseSessions(60_000, closed::add)) {
            Entry e = entry("a");
            assertNull(b.take("SRV"));
            b.give("SRV", e);
            assertNull(b.take("OTHER"));
            assertSame(e, b.take("SRV"));
            assertNull(b.take("SRV"));                  // taken: the caller owns it now
            assertEquals(List.of(), closed);
            Entry f = entry("b");
            b.give("SRV", e);
            b.give("SRV", f);                           // a second one replaces (and closes) the first
            assertEquals(List.of(e), closed);
        }
        assertEquals(2, closed.size());                 // close() logs off what is kept
    }

    @Test
    void idleSessionsAreClosedByTheTimer() throws InterruptedException {
        List<Entry> closed = new CopyOnWriteArrayList<>();
        BrowseSessions b = new BrowseSessions(50, closed::add);
        Entry e = entry("a");
        b.give("SRV", e);
        for (int i = 0; i < 100 && closed.isEmpty(); i++) Thread.sleep(20);
        assertEquals(List.of(e), closed);
        assertNull(b.take("SRV"));
    }

    @Test
    void zeroIdleMeansLogOffAtOnce() {
        List<Entry> closed = new CopyOnWriteArrayList<>();
        BrowseSessions b = new BrowseSessions(0, closed::add);
        Entry e = entry("a");
        b.give("SRV", e);
        assertEquals(List.of(e), closed);
        assertNull(b.take("SRV"));
    }
}
