package org.pywin32jvm.wnet.smb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.Share;

/**
 * The in-process connection table: local device <-> remote name <-> user, with the smbj session
 * and tree connection that keep each connection alive. Not thread-safe: SmbWNet serialises access.
 */
final class ConnectionTable {
    /** One connection. {@code local} is upper-case "Z:" or null (deviceless). */
    record Entry(String local, UncName remote, int type, Credentials identity, boolean explicit,
                 String user, Session session, Share share) {
        String remoteName() { return remote.connectionName(); }
    }

    private final List<Entry> entries = new ArrayList<>();

    List<Entry> all() { return new ArrayList<>(entries); }

    void add(Entry e) { entries.add(e); }

    void remove(Entry e) { entries.remove(e); }

    Entry byLocal(String local) {
        String key = local.toUpperCase(Locale.ROOT);
        for (Entry e : entries) if (key.equals(e.local())) return e;
        return null;
    }

    /** Deviceless connections to exactly this remote name. */
    Entry devicelessByRemote(UncName unc) {
        for (Entry e : entries) {
            if (e.local() == null && e.remote().connectionKey().equals(unc.connectionKey())) return e;
        }
        return null;
    }

    /** Any connection to this remote name, or to the server when {@code unc} names only a server. */
    Entry byRemote(UncName unc) {
        for (Entry e : entries) {
            if (unc.share() == null ? e.remote().serverKey().equals(unc.serverKey())
                : e.remote().connectionKey().equals(unc.connectionKey())) return e;
        }
        return null;
    }

    List<Entry> toServer(String serverKey) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) if (e.remote().serverKey().equals(serverKey)) out.add(e);
        return out;
    }

    boolean sessionInUse(Session s) {
        for (Entry e : entries) if (e.session() == s) return true;
        return false;
    }
}
