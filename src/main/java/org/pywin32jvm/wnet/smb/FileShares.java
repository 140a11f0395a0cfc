package org.pywin32jvm.wnet.smb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.Share;

import org.pywin32jvm.win32.Win32Exception;

/**
 * Tree connections used for file access on {@code \\server\share} paths (the path router, win32file).
 * A share is reached through the session the connection table already holds for that server (so a
 * drive mapped with credentials serves UNC paths to the same server too); with no connection to the
 * server, SmbWNet logs on with the default credentials exactly as WNetAddConnection2 with user None
 * would, and that logon is kept here, out of the table (Windows keeps such implicit connections too).
 * SmbWNet calls it holding the server's lock; the maps are concurrent because servers are not serialised.
 */
final class FileShares {
    /** Logs on to a share with the default credentials (SmbWNet.connect). */
    interface Logon {
        ConnectionTable.Entry open(UncName unc, String funcname);
    }

    private final Map<String, DiskShare> trees = new java.util.concurrent.ConcurrentHashMap<>();          // connectionKey -> tree
    private final Map<String, Session> ownSessions = new java.util.concurrent.ConcurrentHashMap<>();      // serverKey -> our own logon
    private final SmbClients clients;

    FileShares(SmbClients clients) { this.clients = clients; }

    DiskShare get(UncName unc, ConnectionTable table, Logon logon, String fn) {
        DiskShare cached = trees.get(unc.connectionKey());
        if (live(cached)) return cached;
        trees.remove(unc.connectionKey());
        Share share = null;
        ConnectionTable.Entry same = table.byRemote(unc);
        if (same != null && live(same.share())) {
            share = same.share();
        } else {
            Session session = sessionFor(unc, table);
            if (session != null) {
                share = clients.connectShare(session, unc.share(), fn);
            } else {
                ConnectionTable.Entry fresh = logon.open(unc, fn);
                ownSessions.put(unc.serverKey(), fresh.session());
                share = fresh.share();
            }
        }
        if (!(share instanceof DiskShare disk)) {
            throw new Win32Exception(SmbErrorMap.ERROR_BAD_DEV_TYPE, fn);     // a printer or IPC$
        }
        trees.put(unc.connectionKey(), disk);
        return disk;
    }

    private Session sessionFor(UncName unc, ConnectionTable table) {
        for (ConnectionTable.Entry e : table.toServer(unc.serverKey())) {
            if (!SmbClients.dead(e.session())) return e.session();
        }
        Session own = ownSessions.get(unc.serverKey());
        if (!SmbClients.dead(own)) return own;
        ownSessions.remove(unc.serverKey());
        return null;
    }

    /** A tree that is neither disconnected nor on a connection that died (or that we dropped after a failure). */
    private static boolean live(Share tree) {
        return tree != null && tree.isConnected() && !SmbClients.dead(tree.getTreeConnect().getSession());
    }

    /** Forgets the trees of a session that is being logged off (a cancelled connection). */
    void forget(Session session) {
        trees.values().removeIf(t -> t.getTreeConnect().getSession() == session);
    }

    void close() {
        List<Session> sessions = new ArrayList<>(ownSessions.values());
        ownSessions.clear();
        trees.clear();
        for (Session s : sessions) clients.logoff(s);
    }
}
