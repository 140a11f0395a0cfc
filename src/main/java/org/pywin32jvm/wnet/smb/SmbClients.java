package org.pywin32jvm.wnet.smb;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hierynomus.mssmb2.SMB2Dialect;
import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.auth.AuthenticationContext;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.Share;

import org.pywin32jvm.win32.Win32Exception;

/**
 * smbj, with a time limit on every network call. Three clients: the normal one (SMB 2.0.2-3.1.1,
 * signing when the server wants it), one that encrypts (retried when a share refuses an unencrypted
 * session) and one limited to SMB 2.x for anonymous logons (smbj#872: anonymous with SMB 3.x fails).
 */
final class SmbClients implements AutoCloseable {
    /** A logged-on session and, when a share was named, its tree connection. */
    record Opened(Session session, Share share) {}

    private final SmbSettings settings;
    private final SMBClient plain;
    private final SMBClient encrypting;
    private final SMBClient smb2;
    /**
     * Network steps run on threads of our own group, under the JVM's root group: smbj's packet
     * reader threads are started from them, so they do not belong to (and are not stopped with)
     * the thread group of whichever Python interpreter happened to make the first call.
     */
    private static final ThreadGroup GROUP = new ThreadGroup(rootGroup(), "pywin32jvm-smb");
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(GROUP, r, "pywin32jvm-smb");
        t.setDaemon(true);
        return t;
    });

    private static ThreadGroup rootGroup() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) g = g.getParent();
        return g;
    }

    SmbClients(SmbSettings settings) {
        this.settings = settings;
        this.plain = new SMBClient(config(false, false));
        this.encrypting = new SMBClient(config(true, false));
        this.smb2 = new SMBClient(config(false, true));
    }

    private static final SmbCrypto CRYPTO = new SmbCrypto();

    private SmbConfig config(boolean encrypt, boolean smb2Only) {
        long t = settings.timeoutMs();
        SmbConfig.Builder b = SmbConfig.builder()
            .withTimeout(t, TimeUnit.MILLISECONDS)
            // no socket read timeout: smbj's packet reader blocks on an idle connection and a
            // read timeout there kills the reader (the connection then hangs); timed() bounds every call
            .withSigningEnabled(true)
            .withDfsEnabled(false)
            .withEncryptData(encrypt)
            .withSecurityProvider(CRYPTO)          // signatures and encryption on the CPU's AES/SHA instructions
            .withTransportLayerFactory(WATCH);    // a connection whose server went away is dead at once
        if (smb2Only) b.withDialects(SMB2Dialect.SMB_2_1, SMB2Dialect.SMB_2_0_2);
        return b.build();
    }

    // the deadline of the WNet call this thread is in (nanoTime), or none: one deadline per call, shared by
    // all its steps, so a call takes at most wnet.timeout however many network steps it makes
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    /** A call's deadline: {@code try (var d = clients.call()) { ... }}; nested calls keep the outer one. */
    Call call() {
        if (DEADLINE.get() != null) return () -> { };
        DEADLINE.set(new long[] {System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.timeoutMs())});
        return DEADLINE::remove;
    }

    /** The end of a call's deadline; {@link #close()} ends it. */
    interface Call extends AutoCloseable {
        @Override void close();
    }

    /** Nanoseconds left of the current call (the whole timeout outside a call). */
    long remainingNanos() {
        long[] d = DEADLINE.get();
        return d == null ? TimeUnit.MILLISECONDS.toNanos(settings.timeoutMs()) : d[0] - System.nanoTime();
    }

    /** Runs one network step within what is left of the call's deadline; any failure becomes its Win32 code. */
    <T> T timed(String funcname, Callable<T> step) {
        return timed(funcname, null, step);
    }

    /**
     * As {@link #timed(String, Callable)}; a transport failure or a timeout also drops {@code conn} (when not
     * null), so that the next call connects afresh instead of reusing a dead or stalled connection.
     */
    <T> T timed(String funcname, Connection conn, Callable<T> step) {
        long left = remainingNanos();
        if (left <= 0) throw new Win32Exception(SmbErrorMap.ERROR_SEM_TIMEOUT, funcname);
        Future<T> f = pool.submit(step);
        try {
            return f.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            drop(conn);
            throw new Win32Exception(SmbErrorMap.ERROR_SEM_TIMEOUT, funcname);
        } catch (InterruptedException e) {
            // Ctrl-C: the step is abandoned mid-request, as after a timeout (else a half-logged-on connection stays open)
            f.cancel(true);
            drop(conn);
            Thread.currentThread().interrupt();
            throw new Win32Exception(SmbErrorMap.ERROR_SEM_TIMEOUT, funcname);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Win32Exception w) throw w;
            if (SmbErrorMap.isTransportFailure(cause)) drop(conn);
            throw new Win32Exception(SmbErrorMap.code(cause), funcname);
        }
    }

    // connections given up after a failure: dead at once, even before their close has finished
    private static final java.util.Set<Connection> DROPPED =
        java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private static final ReaderWatch WATCH = new ReaderWatch(c -> {
        if (c instanceof Connection conn) DROPPED.add(conn);
    });

    // connections smbj has handed out to us before (a later connect() answering one of them took a lease)
    private static final java.util.Set<Connection> SEEN =
        java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /** A session whose connection is closed (the server went away, or we dropped it after a failure). */
    static boolean dead(Session s) {
        try {
            return s == null || DROPPED.contains(s.getConnection()) || !s.getConnection().isConnected();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Connect (negotiate) only: does the server answer at all? */
    void probe(UncName unc, String funcname) {
        HostMap.Target t = settings.hosts().resolve(unc.server());
        connect(plain, t, funcname);
    }

    /**
     * Logs on and, if {@code share} is not null, connects the share. A share that refuses an
     * unencrypted session (ACCESS_DENIED) is retried once over an encrypting connection.
     */
    Opened open(UncName unc, String share, Credentials creds, String funcname) {
        try {
            return openWith(creds.kind == Credentials.Kind.ANONYMOUS ? smb2 : plain, unc, share, creds, funcname);
        } catch (Win32Exception e) {
            if (e.winerror != SmbErrorMap.ERROR_ACCESS_DENIED || share == null
                || creds.kind == Credentials.Kind.ANONYMOUS) throw e;
            return openWith(encrypting, unc, share, creds, funcname);
        }
    }

    private Opened openWith(SMBClient client, UncName unc, String share, Credentials creds, String funcname) {
        HostMap.Target t = settings.hosts().resolve(unc.server());
        Cached cached = connect(client, t, funcname);
        Connection conn = cached.conn();
        Session session;
        try {
            session = authenticate(conn, creds, funcname);
        } catch (Win32Exception e) {
            // smbj's cache handed out a connection whose server went away since (its socket is still open until
            // smbj's reader has finished closing it): that failure dropped it; the logon is made once more on a
            // fresh connection, so a restarted server works and a server that is down says 53, not 59
            if (!cached.reused() || !DROPPED.contains(conn) || e.winerror == SmbErrorMap.ERROR_SEM_TIMEOUT) throw e;
            conn = connect(client, t, funcname).conn();
            session = authenticate(conn, creds, funcname);
        }
        if (creds.kind == Credentials.Kind.USER && session.isGuest() && settings.blockGuest()) {
            logoff(session);
            throw new Win32Exception(SmbErrorMap.ERROR_SMB_GUEST_LOGON_BLOCKED, funcname);
        }
        if (share == null) return new Opened(session, null);
        try {
            Share s = connectShare(session, share, funcname);
            return new Opened(session, s);
        } catch (Win32Exception e) {
            logoff(session);
            throw e;
        }
    }

    /** A connection from smbj's cache; {@code reused}: we had it before (it may have died since). */
    private record Cached(Connection conn, boolean reused) {}

    /** smbj's cached connection to that server, or a new one; never one we dropped. */
    private Cached connect(SMBClient client, HostMap.Target t, String funcname) {
        Connection conn = timed(funcname, () -> client.connect(t.host(), t.port()));
        if (DROPPED.contains(conn)) {           // smbj's cache still had it (its close has not finished): wait once
            drop(conn);
            conn = timed(funcname, () -> client.connect(t.host(), t.port()));
            if (DROPPED.contains(conn)) throw new Win32Exception(SmbErrorMap.ERROR_UNEXP_NET_ERR, funcname);
        }
        // every connect() of smbj takes a lease on a cached connection and we never give one back (the connection
        // lives as long as smbj caches it); with more than one lease, smbj's reader does not close a connection
        // whose server died, so it would stay "connected" in the cache for good: keep it at one lease
        boolean reused = !SEEN.add(conn);
        if (reused) conn.release();
        return new Cached(conn, reused);
    }

    private Session authenticate(Connection c, Credentials creds, String funcname) {
        AuthenticationContext ctx = creds.context();
        try {
            return timed(funcname, c, () -> c.authenticate(ctx));   // a stalled or dead one is not reused
        } finally {
            Credentials.wipe(ctx);
        }
    }

    /**
     * Gives a connection up: marked dead at once and closed (forced: nothing is sent), waiting briefly for the close
     * so that smbj's connection cache opens a fresh one for the next call instead of handing this one out again.
     */
    void drop(Connection conn) {
        if (conn == null) return;
        DROPPED.add(conn);
        Future<?> f = pool.submit(() -> {
            try {
                conn.close(true);
            } catch (Exception ignored) {
                // closing a dead connection
            }
        });
        try {
            f.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // it is marked dead anyway
        }
    }

    Share connectShare(Session session, String share, String funcname) {
        return timed(funcname, session.getConnection(), () -> session.connectShare(share));
    }

    /**
     * Logs a session off in the background: the caller never waits for a server that is stalled or gone
     * (Windows forgets a cancelled connection at once too). A logoff that does not finish within the timeout
     * drops the connection.
     */
    void logoff(Session session) {
        if (session == null) return;
        background(session.getConnection(), () -> {
            session.close();
            return null;
        });
    }

    /** Disconnects a tree in the background (see {@link #logoff}). */
    void closeShare(Share share) {
        if (share == null) return;
        background(share.getTreeConnect().getSession().getConnection(), () -> {
            share.close();
            return null;
        });
    }

    private void background(Connection conn, Callable<Void> step) {
        Future<Void> f = pool.submit(step);
        pool.submit(() -> {
            try {
                f.get(settings.timeoutMs(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                drop(conn);
            } catch (Exception ignored) {
                // a session or tree that cannot say goodbye is gone anyway
            }
            return null;
        });
    }

    /**
     * The goodbyes already under way (logoffs, tree disconnects in the background) finish first, then smbj closes
     * its connections, logging off what is left (a second logoff of the same session would wait for an answer that
     * never comes). All of it gets one timeout, so closing never hangs on a stalled server.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.timeoutMs());
        pool.shutdown();
        Thread closer = new Thread(GROUP, () -> {
            try {
                pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            plain.close();
            encrypting.close();
            smb2.close();
        }, "pywin32jvm-smb-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
