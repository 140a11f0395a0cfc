package org.pywin32jvm.wnet.smb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.Share;

/**
 * The in-process connection table: local device <-> remote name <-> user, with the smbj session
 * and tree connection that keep each connection alive. Thread-safe (every method holds the table's lock
 * briefly; no network I/O ever happens under it), so local calls never wait for a server.
 */
final class ConnectionTable {
    /** One connection. {@code local} is upper-case "Z:" or null (deviceless). */
    record Entry(String local, UncName remote, int type, Credentials identity, boolean explicit,
                 String user, Session session, Share share) {
        String remoteName() { return remote.connectionName(); }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized List<Entry> all() { return new ArrayList<>(entries); }

    synchronized void add(Entry e) { entries.add(e); }

    /** Adds {@code e} unless its local device is taken meanwhile (checked and added atomically). */
    synchronized boolean addIfFree(Entry e) {
        if (e.local() != null && byLocal(e.local()) != null) return false;
        entries.add(e);
        return true;
    }

    /** The first connection to that server whose session is still alive, or null. */
    synchronized Entry liveToServer(String serverKey) {
        for (Entry e : entries) {
            if (e.remote().serverKey().equals(serverKey) && !SmbClients.dead(e.session())) return e;
        }
        return null;
    }

    synchronized void remove(Entry e) { entries.remove(e); }

    /** Puts {@code fresh} in the place of {@code old}; false when {@code old} is gone meanwhile (cancelled). */
    synchronized boolean replace(Entry old, Entry fresh) {
        int i = entries.indexOf(old);
        if (i < 0) return false;
        entries.set(i, fresh);
        return true;
    }

    synchronized Entry byLocal(String local) {
        String key = local.toUpperCase(Locale.ROOT);
        for (Entry e : entries) if (key.equals(e.local())) return e;
        return null;
    }

    /** Deviceless connections to exactly this remote name. */
    synchronized Entry devicelessByRemote(UncName unc) {
        for (Entry e : entries) {
            if (e.local() == null && e.remote().connectionKey().equals(unc.connectionKey())) return e;
        }
        return null;
    }

    /** Any connection to this remote name, or to the server when {@code unc} names only a server. */
    synchronized Entry byRemote(UncName unc) {
        for (Entry e : entries) {
            if (unc.share() == null ? e.remote().serverKey().equals(unc.serverKey())
                : e.remote().connectionKey().equals(unc.connectionKey())) return e;
        }
        return null;
    }

    synchronized List<Entry> toServer(String serverKey) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) if (e.remote().serverKey().equals(serverKey)) out.add(e);
        return out;
    }

    synchronized boolean sessionInUse(Session s) {
        for (Entry e : entries) if (e.session() == s) return true;
        return false;
    }
}
