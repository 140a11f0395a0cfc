package org.pywin32jvm.wnet.smb;

import static org.pywin32jvm.wnet.smb.SmbErrorMap.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hierynomus.smbj.session.Session;

import org.pywin32jvm.fs.PathRouter;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.ShareInfo;
import org.pywin32jvm.wnet.WNetApi;
import org.pywin32jvm.wnet.smb.ConnectionTable.Entry;

/**
 * win32wnet off Windows: SMB2/3 through smbj, share lists through dcerpc srvsvc, an in-process
 * connection table and a per-user remembered store (spec backends.md §2.2). Calls are serialised;
 * every network step has the configured time limit.
 */
public final class SmbWNet implements WNetApi, AutoCloseable {
    public static final String PROVIDER = "Microsoft Windows Network";

    static final int RESOURCE_CONNECTED = 1, RESOURCE_GLOBALNET = 2, RESOURCE_REMEMBERED = 3,
        RESOURCE_RECENT = 4, RESOURCE_CONTEXT = 5;
    static final int RESOURCETYPE_ANY = 0, RESOURCETYPE_DISK = 1, RESOURCETYPE_PRINT = 2;
    static final int USAGE_CONNECTABLE = 1, USAGE_CONTAINER = 2;
    static final int DISPLAY_GENERIC = 0, DISPLAY_SERVER = 2, DISPLAY_SHARE = 3, DISPLAY_NETWORK = 6, DISPLAY_ROOT = 7;
    static final int CONNECT_UPDATE_PROFILE = 1, CONNECT_INTERACTIVE = 8, CONNECT_PROMPT = 16;

    private static final Pattern DEVICE = Pattern.compile("(?i)([A-Z]:|LPT[1-9]|COM[1-9]|PRN|AUX)");
    private static final Pattern DRIVE_PATH = Pattern.compile("(?i)^([A-Z]:)(.*)$", Pattern.DOTALL);

    private final SmbSettings settings;
    private final SmbClients clients;
    private final ConnectionTable table = new ConnectionTable();
    private final RememberedStore remembered;
    private final EnumHandles handles = new EnumHandles();
    private final BrowseSessions browse;
    private final FileShares fileShares;
    private volatile CredentialPrompt prompt = CredentialPrompt.CONSOLE;

    public SmbWNet(SmbSettings settings) {
        this.settings = settings;
        this.clients = new SmbClients(settings);
        this.remembered = new RememberedStore(settings.rememberedFile());
        this.browse = new BrowseSessions(settings.browseIdleMs(), this::closeTemp);
        this.fileShares = new FileShares(clients);
    }

    public static SmbWNet fromConfig() { return new SmbWNet(SmbSettings.fromConfig()); }

    @Override
    public String describe() {
        return "smb (smbj 0.14.0 + dcerpc srvsvc; timeout " + settings.timeoutMs() + " ms)";
    }

    /** A wide string as the C API sees it: it ends at the first NUL. */
    static String cstr(String s) {
        if (s == null) return null;
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    // ---- connections ----------------------------------------------------------------------------

    @Override
    public void addConnection2(NetResource resource, String password, String userName, int flags) {
        add(resource, password, userName, flags, "WNetAddConnection2");
    }

    @Override
    public void addConnection3(long hwndOwner, NetResource resource, String password, String userName, int flags) {
        add(resource, password, userName, flags, "WNetAddConnection3");
    }

    /** Replaces the terminal prompt (tests). */
    synchronized void prompt(CredentialPrompt p) { this.prompt = p; }

    /**
     * CONNECT_INTERACTIVE|CONNECT_PROMPT asks for credentials first; CONNECT_INTERACTIVE alone asks
     * only when the logon is refused. No terminal (or no name typed): ERROR_CANCELLED, as Windows
     * answers when it may not show its dialog.
     */
    private void add(NetResource nr, String password, String userName, int flags, String fn) {
        try (SmbClients.Call call = clients.call()) {
            addInCall(nr, password, userName, flags, fn);
        }
    }

    private void addInCall(NetResource nr, String password, String userName, int flags, String fn) {
        boolean interactive = (flags & CONNECT_INTERACTIVE) != 0;
        boolean canAsk = prompt != CredentialPrompt.CONSOLE || CredentialPrompt.terminal() != null;
        if (interactive && (flags & CONNECT_PROMPT) != 0 && canAsk) {
            addTyped(nr, flags, fn);
            return;
        }
        try {
            addWith(nr, password, userName, flags, false, fn);
        } catch (Win32Exception e) {
            boolean refused = e.winerror == ERROR_LOGON_FAILURE || e.winerror == ERROR_INVALID_PASSWORD
                || e.winerror == ERROR_ACCESS_DENIED;
            if (!interactive || !refused || !canAsk) throw e;
            addTyped(nr, flags, fn);
        }
    }

    private void addTyped(NetResource nr, int flags, String fn) {
        CredentialPrompt.Typed typed = prompt.ask(cstr(nr.remoteName));
        if (typed == null) throw new Win32Exception(ERROR_CANCELLED, fn);
        try {
            addWith(nr, new String(typed.password()), typed.user(), flags, true, fn);
        } finally {
            java.util.Arrays.fill(typed.password(), '\0');
        }
    }

    // one lock per server: a stalled server holds up only the calls to it, each within its own deadline
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> serverLocks =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs {@code body} holding the server's lock, waiting for it no longer than the call's deadline (else 121). */
    private <T> T onServer(String serverKey, String fn, java.util.function.Supplier<T> body) {
        java.util.concurrent.locks.ReentrantLock lock = serverLocks.computeIfAbsent(serverKey,
            k -> new java.util.concurrent.locks.ReentrantLock());
        try {
            if (!lock.tryLock(Math.max(0, clients.remainingNanos()), java.util.concurrent.TimeUnit.NANOSECONDS)) {
                throw new Win32Exception(ERROR_SEM_TIMEOUT, fn);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Win32Exception(ERROR_SEM_TIMEOUT, fn);
        }
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    private void addWith(NetResource nr, String password, String userName, int flags, boolean typed, String fn) {
        String provider = cstr(nr.provider);
        if (provider != null && !provider.isEmpty() && !provider.equalsIgnoreCase(PROVIDER)) {
            throw new Win32Exception(ERROR_BAD_PROVIDER, fn);
        }
        if (nr.type != RESOURCETYPE_ANY && nr.type != RESOURCETYPE_DISK && nr.type != RESOURCETYPE_PRINT) {
            throw new Win32Exception(ERROR_BAD_DEV_TYPE, fn);
        }
        String local = cstr(nr.localName);
        if (local != null && local.isEmpty()) local = null;
        if (local != null) {
            if (!DEVICE.matcher(local).matches()) throw new Win32Exception(ERROR_BAD_DEVICE, fn);
            local = local.toUpperCase(Locale.ROOT);
            if (table.byLocal(local) != null) throw new Win32Exception(ERROR_ALREADY_ASSIGNED, fn);
        }
        UncName unc = UncName.parse(cstr(nr.remoteName));
        if (unc == null || unc.path() != null) throw new Win32Exception(ERROR_BAD_NET_NAME, fn);
        if (!typed && (flags & (CONNECT_INTERACTIVE | CONNECT_PROMPT)) == (CONNECT_INTERACTIVE | CONNECT_PROMPT)) {
            throw new Win32Exception(ERROR_CANCELLED, fn);     // no terminal to ask on
        }
        String user = cstr(userName);
        String pass = cstr(password);
        if (user != null && user.isEmpty()) {
            // "" as user name is no user: Windows' null session ("" / "") or its default credentials
            // ("" / None), i.e. what None / None does here
            user = null;
            if (pass != null && pass.isEmpty()) pass = null;
        }
        char[] pw = pass == null ? null : pass.toCharArray();
        String u = user;
        String l = local;
        try {
            onServer(unc.serverKey(), fn, () -> {
                connectLocked(unc, l, nr.type, u, pw, flags, fn);
                return null;
            });
        } finally {
            if (pw != null) java.util.Arrays.fill(pw, '\0');
        }
    }

    private void connectLocked(UncName unc, String local, int rtype, String user, char[] pw, int flags, String fn) {
        boolean explicit = user != null || pw != null;
        List<Entry> sameServer = table.toServer(unc.serverKey());
        Credentials creds = explicit ? explicitCredentials(user, pw) : null;
        if (creds != null) {
            boolean conflict = local == null && table.devicelessByRemote(unc) != null;   // the same name again
            for (Entry e : sameServer) conflict |= !e.identity().sameIdentity(creds);
            if (conflict) {
                creds.clear();
                throw new Win32Exception(ERROR_SESSION_CREDENTIAL_CONFLICT, fn);
            }
        } else if (local == null && table.devicelessByRemote(unc) != null) {
            return;     // already connected, nothing new to do
        }
        Entry live = explicit ? null : table.liveToServer(unc.serverKey());   // a dead session is not reused
        Entry entry = live != null ? reuse(live, unc, local, rtype, fn) : connect(unc, local, rtype, creds, true, fn);
        if (!table.addIfFree(entry)) {          // another thread took the device meanwhile
            close(entry);
            throw new Win32Exception(ERROR_ALREADY_ASSIGNED, fn);
        }
        if (local != null && (flags & CONNECT_UPDATE_PROFILE) != 0) {
            try {
                remembered.put(local, unc.connectionName(), entry.explicit() ? entry.user() : null,
                    entry.type(), fn);
            } catch (Win32Exception e) {
                table.remove(entry);
                close(entry);
                throw e;
            }
        }
    }

    /** Credentials given by the caller; a missing part is filled from the configured defaults or the process user. */
    private Credentials explicitCredentials(String user, char[] pw) {
        if (user == null) user = settings.defaultUser() != null ? settings.defaultUser() : processUser();
        char[] password = pw;
        if (password == null && settings.defaultUser() != null && user.equalsIgnoreCase(settings.defaultUser())) {
            password = settings.defaultPassword();
        }
        return Credentials.user(user, settings.defaultDomain(), password);
    }

    /**
     * Default credentials: the configured user, else an anonymous logon (guest when anonymous is refused).
     * {@code keep}: the entry keeps the credentials (a connection of the table, which logs on again with them when
     * its session dies, as Windows' redirector does; wiped when it is cancelled); else they are wiped at once.
     */
    private Entry connect(UncName unc, String local, int type, Credentials creds, boolean keep, String fn) {
        boolean explicit = creds != null;
        if (creds == null) creds = settings.defaults();
        String shareName = unc.share() != null ? unc.share() : "IPC$";
        if (creds != null) {
            boolean kept = false;
            try {
                SmbClients.Opened o = clients.open(unc, shareName, creds, fn);
                kept = keep;
                return new Entry(local, unc, effectiveType(type), creds, explicit, userFor(creds), o.session(), o.share());
            } finally {
                if (!kept) creds.clear();
            }
        }
        Credentials anon = Credentials.anonymous();
        try {
            SmbClients.Opened o = clients.open(unc, shareName, anon, fn);
            return new Entry(local, unc, effectiveType(type), anon, false, processUser(), o.session(), o.share());
        } catch (Win32Exception e) {
            if (e.winerror != ERROR_ACCESS_DENIED && e.winerror != ERROR_LOGON_FAILURE
                && e.winerror != ERROR_UNEXP_NET_ERR) throw e;
            Credentials guest = Credentials.guest();
            SmbClients.Opened o = clients.open(unc, shareName, guest, fn);
            return new Entry(local, unc, effectiveType(type), guest, false, processUser(), o.session(), o.share());
        }
    }

    /** Default credentials while a session to that server exists: Windows reuses it. */
    private Entry reuse(Entry existing, UncName unc, String local, int type, String fn) {
        var share = unc.share() == null ? null : clients.connectShare(existing.session(), unc.share(), fn);
        return new Entry(local, unc, effectiveType(type), existing.identity().copy(), false, existing.user(),
            existing.session(), share);
    }

    private static int effectiveType(int type) { return type == RESOURCETYPE_ANY ? RESOURCETYPE_DISK : type; }

    private String userFor(Credentials c) {
        if (c.kind != Credentials.Kind.USER) return processUser();
        return c.user;
    }

    static String processUser() { return System.getProperty("user.name", ""); }

    private void close(Entry e) {
        e.identity().clear();
        if (e.share() != null && !shareInUse(e)) clients.closeShare(e.share());
        if (!table.sessionInUse(e.session())) {
            fileShares.forget(e.session());
            clients.logoff(e.session());
        }
    }

    /**
     * A connection of the table whose session died (server restarted, connection reset) logs on again with the
     * credentials it was made with, and takes its place in the table: what Windows' redirector does for a mapped
     * drive on its next use. A live session of the same user to that server is shared. Caller holds the server's lock.
     */
    private Entry revive(Entry dead, String fn) {
        Entry live = table.liveToServer(dead.remote().serverKey());
        Entry fresh;
        if (live != null && live.identity().sameIdentity(dead.identity())) {
            var share = dead.remote().share() == null ? null : clients.connectShare(live.session(), dead.remote().share(), fn);
            fresh = new Entry(dead.local(), dead.remote(), dead.type(), dead.identity(), dead.explicit(), dead.user(),
                live.session(), share);
        } else {
            String shareName = dead.remote().share() != null ? dead.remote().share() : "IPC$";
            SmbClients.Opened o = clients.open(dead.remote(), shareName, dead.identity(), fn);
            fresh = new Entry(dead.local(), dead.remote(), dead.type(), dead.identity(), dead.explicit(), dead.user(),
                o.session(), o.share());
        }
        fileShares.forget(dead.session());
        if (!table.replace(dead, fresh)) {      // cancelled meanwhile
            clients.closeShare(fresh.share());
            if (!table.sessionInUse(fresh.session())) clients.logoff(fresh.session());
            return null;
        }
        return fresh;
    }

    /** Revives the table's connections to exactly this share whose session died (see {@link #revive}). */
    private void reviveDead(UncName unc, String fn) {
        for (Entry e : table.toServer(unc.serverKey())) {
            if (e.remote().connectionKey().equals(unc.connectionKey()) && SmbClients.dead(e.session())) revive(e, fn);
        }
    }

    private boolean shareInUse(Entry e) {
        for (Entry o : table.all()) if (o.share() == e.share()) return true;
        return false;
    }

    @Override
    public void cancelConnection2(String name, int flags, boolean force) {
        String fn = "WNetCancelConnection2";
        String n = cstr(name);
        if (n == null || n.isEmpty()) throw new Win32Exception(ERROR_NOT_CONNECTED, fn);
        Entry e = null;
        boolean device = DEVICE.matcher(n).matches();
        if (device) {
            e = table.byLocal(n);
        } else {
            UncName unc = UncName.parse(n);
            if (unc != null) e = table.devicelessByRemote(unc);
        }
        boolean forgot = false;
        if (device && (flags & CONNECT_UPDATE_PROFILE) != 0) forgot = remembered.remove(n, fn);
        if (e == null) {
            if (forgot) return;
            throw new Win32Exception(ERROR_NOT_CONNECTED, fn);
        }
        table.remove(e);
        close(e);
    }

    // ---- enumeration ----------------------------------------------------------------------------

    @Override
    public long openEnum(int scope, int type, int usage, NetResource container) {
        try (SmbClients.Call call = clients.call()) {
            return openEnumInCall(scope, type, usage, container);
        }
    }

    private long openEnumInCall(int scope, int type, int usage, NetResource container) {
        String fn = "WNetOpenEnum";
        List<NetResource> items;
        switch (scope) {
            case RESOURCE_CONNECTED -> items = connected(type);
            case RESOURCE_REMEMBERED -> items = remembered(type);
            case RESOURCE_GLOBALNET, RESOURCE_CONTEXT -> items = globalNet(scope, type, usage, container, fn);
            case RESOURCE_RECENT -> items = new ArrayList<>();
            default -> throw new Win32Exception(ERROR_INVALID_PARAMETER, fn);
        }
        return handles.open(items);
    }

    private static boolean typeMatches(int wanted, int actual) {
        return wanted == RESOURCETYPE_ANY || wanted == -1 || wanted == actual;
    }

    private List<NetResource> connected(int type) {
        List<NetResource> out = new ArrayList<>();
        for (Entry e : table.all()) {
            if (!typeMatches(type, e.type())) continue;
            out.add(new NetResource(RESOURCE_CONNECTED, e.type(), DISPLAY_SHARE, 0,
                e.local(), e.remoteName(), "", PROVIDER));
        }
        return out;
    }

    private List<NetResource> remembered(int type) {
        List<NetResource> out = new ArrayList<>();
        for (RememberedStore.Remembered r : remembered.list()) {
            if (!typeMatches(type, r.type())) continue;
            out.add(new NetResource(RESOURCE_REMEMBERED, r.type(), DISPLAY_SHARE, 0,
                r.localName(), r.remoteName(), "", PROVIDER));
        }
        return out;
    }

    private List<NetResource> globalNet(int scope, int type, int usage, NetResource container, String fn) {
        String remote = container == null ? null : cstr(container.remoteName);
        List<NetResource> out = new ArrayList<>();
        boolean wantContainers = usage == 0 || (usage & USAGE_CONTAINER) != 0;
        boolean wantConnectable = usage == 0 || (usage & USAGE_CONNECTABLE) != 0;
        if (scope == RESOURCE_GLOBALNET && remote == null) {
            if (wantContainers) {
                out.add(new NetResource(RESOURCE_GLOBALNET, RESOURCETYPE_ANY, DISPLAY_NETWORK, USAGE_CONTAINER,
                    null, PROVIDER, "", PROVIDER));
            }
            return out;
        }
        if (scope == RESOURCE_CONTEXT || remote.equalsIgnoreCase(PROVIDER)) {
            if (wantContainers) {
                for (String s : settings.servers()) {
                    out.add(new NetResource(RESOURCE_GLOBALNET, RESOURCETYPE_ANY, DISPLAY_SERVER, USAGE_CONTAINER,
                        null, "\\\\" + s, "", PROVIDER));
                }
            }
            return out;
        }
        UncName unc = UncName.parse(remote);
        if (unc == null) throw new Win32Exception(ERROR_NO_NET_OR_BAD_PATH, fn);
        if (unc.share() != null) throw new Win32Exception(ERROR_NOT_CONTAINER, fn);
        if (!wantConnectable) return out;
        for (ShareInfo s : listShares(unc, fn)) {
            if (!ShareLister.visible(s)) continue;
            int t = (s.type() & ShareLister.STYPE_MASK) == ShareLister.STYPE_PRINTQ ? RESOURCETYPE_PRINT : RESOURCETYPE_DISK;
            if (!typeMatches(type, t)) continue;
            out.add(new NetResource(RESOURCE_GLOBALNET, t, DISPLAY_SHARE, USAGE_CONNECTABLE,
                null, unc.serverUnc() + "\\" + s.netname(), s.remark() == null ? "" : s.remark(), PROVIDER));
        }
        return out;
    }

    /** NetShareEnum with the session the table already has to that server, else default credentials. */
    private List<ShareInfo> listShares(UncName server, String fn) {
        return withServerSession(server, fn, session -> ShareLister.list(clients, session, fn));
    }

    /**
     * Runs a srvsvc step within one call's deadline, holding the server's lock: on the session the table already
     * has to that server, else on the kept browse logon, else on a new one with default credentials (then kept
     * for the next browse).
     */
    private <T> T withServerSession(UncName server, String fn, java.util.function.Function<Session, T> step) {
        try (SmbClients.Call call = clients.call()) {
            return onServer(server.serverKey(), fn, () -> serverSessionStep(server, fn, step));
        }
    }

    private <T> T serverSessionStep(UncName server, String fn, java.util.function.Function<Session, T> step) {
        Entry existing = table.liveToServer(server.serverKey());
        if (existing == null) existing = revivedToServer(server.serverKey(), fn);
        if (existing != null) {
            try {
                return step.apply(existing.session());
            } catch (Win32Exception e) {
                // a session that died under us (server killed): logged on again with its own credentials
                if (e.winerror == ERROR_SEM_TIMEOUT || !SmbClients.dead(existing.session())) throw e;
                Entry again = revive(existing, fn);
                if (again != null) return step.apply(again.session());
            }
        }
        Entry kept = browse.take(server.serverKey());
        if (kept != null) {
            try {
                T result = step.apply(kept.session());
                browse.give(server.serverKey(), kept);
                return result;
            } catch (Win32Exception e) {
                if (serverAnswered(e)) {
                    browse.give(server.serverKey(), kept);    // the server answered: the logon is fine
                    throw e;
                }
                closeTemp(kept);                            // gone stale: log on afresh below
                if (e.winerror == ERROR_SEM_TIMEOUT) throw e;
            }
        }
        Entry temp = connect(new UncName(server.server(), null, null), null, RESOURCETYPE_ANY, null, false, fn);
        T result;
        try {
            result = step.apply(temp.session());
        } catch (Win32Exception e) {
            if (serverAnswered(e)) browse.give(server.serverKey(), temp);
            else closeTemp(temp);
            throw e;
        } catch (RuntimeException e) {
            closeTemp(temp);
            throw e;
        }
        browse.give(server.serverKey(), temp);
        return result;
    }

    /** The first connection of the table to that server, logged on again if its session died; null when none. */
    private Entry revivedToServer(String serverKey, String fn) {
        List<Entry> all = table.toServer(serverKey);
        return all.isEmpty() ? null : revive(all.get(0), fn);
    }

    /** A refusal from a live server (access denied, no such share), not a dead or silent connection. */
    private static boolean serverAnswered(Win32Exception e) {
        return e.winerror != ERROR_SEM_TIMEOUT && e.winerror != ERROR_UNEXP_NET_ERR && e.winerror != ERROR_NETNAME_DELETED;
    }

    // ---- win32net's share calls -----------------------------------------------------------------

    private static UncName serverName(String server, String fn) {
        String s = server == null ? "" : cstr(server);
        while (s.startsWith("\\")) s = s.substring(1);
        if (s.isEmpty() || s.contains("\\")) throw new Win32Exception(ERROR_BAD_NETPATH, fn);
        UncName unc = UncName.parse("\\\\" + s);
        if (unc == null || unc.share() != null) throw new Win32Exception(ERROR_BAD_NETPATH, fn);
        return unc;
    }

    @Override
    public List<ShareInfo> shareEnum(String server, int level, String funcname) {
        UncName unc = serverName(server, funcname);
        return withServerSession(unc, funcname, session -> ShareLister.list(clients, session, funcname, level));
    }

    @Override
    public ShareInfo shareGetInfo(String server, String netname, int level, String funcname) {
        UncName unc = serverName(server, funcname);
        return withServerSession(unc, funcname, session -> ShareLister.get(clients, session, netname, level, funcname));
    }

    @Override
    public void checkServer(String server, String funcname) {
        UncName unc = serverName(server, funcname);
        withServerSession(unc, funcname, session -> Boolean.TRUE);
    }

    private void closeTemp(Entry temp) {
        clients.closeShare(temp.share());
        clients.logoff(temp.session());
    }

    @Override
    public NetResource[] enumResource(long handle, int count) {
        return handles.next(handle, count);
    }

    @Override
    public void closeEnum(long handle) {
        handles.close(handle);
    }

    /** How many enumerations are open (diagnostics: handles a script never closed are freed when collected). */
    public int openEnumerations() { return handles.size(); }

    // ---- names and users ------------------------------------------------------------------------

    @Override
    public String getUser(String name) {
        String n = cstr(name);
        if (n == null) return processUser();
        Entry e = findForPath(n);
        if (e == null) throw new Win32Exception(ERROR_NOT_CONNECTED, "WNetGetUser");
        return e.user();
    }

    /** The connection a local device, drive path, remote name or UNC path belongs to. */
    private Entry findForPath(String n) {
        Matcher m = DRIVE_PATH.matcher(n);
        if (m.matches()) return table.byLocal(m.group(1));
        if (DEVICE.matcher(n).matches()) return table.byLocal(n);
        UncName unc = UncName.parse(n);
        return unc == null ? null : table.byRemote(unc);
    }

    @Override
    public String getConnection(String localName) {
        String fn = "WNetGetConnection";
        String n = cstr(localName);
        if (n == null || !DEVICE.matcher(n).matches()) throw new Win32Exception(ERROR_BAD_DEVICE, fn);
        Entry e = table.byLocal(n);
        if (e != null) return e.remoteName();
        if (remembered.find(n) != null) throw new Win32Exception(ERROR_CONNECTION_UNAVAIL, fn);
        throw new Win32Exception(ERROR_NOT_CONNECTED, fn);
    }

    @Override
    public String[] getUniversalName(String localPath, int level) {
        String probe = "WNetGetUniversalName (for buffer size)";
        if (level != 1 && level != 2) throw new Win32Exception(ERROR_INVALID_LEVEL, probe);
        String p = cstr(localPath);
        // the path router decides what a drive path is (the same parse open() and win32file use)
        PathRouter.Parsed parsed = PathRouter.parse(p);
        if (parsed == null || parsed.drive() == null || p.charAt(1) != ':') {
            throw new Win32Exception(ERROR_NOT_CONNECTED, probe);
        }
        Entry e = table.byLocal(parsed.drive());
        if (e == null) {
            int code = remembered.find(parsed.drive()) != null ? ERROR_CONNECTION_UNAVAIL : ERROR_NOT_CONNECTED;
            throw new Win32Exception(code, probe);
        }
        String rest = p.substring(2).replace('/', '\\');
        if (!rest.isEmpty() && rest.charAt(0) != '\\') rest = "\\" + rest;
        String universal = e.remoteName() + rest;
        return level == 1 ? new String[] {universal} : new String[] {universal, e.remoteName(), rest};
    }

    // ---- resources ------------------------------------------------------------------------------

    @Override
    public ResourceInformation getResourceInformation(NetResource resource) {
        try (SmbClients.Call call = clients.call()) {
            return resourceInformation(resource);
        }
    }

    private ResourceInformation resourceInformation(NetResource resource) {
        String fn = "WNetGetResourceInformation";
        String remote = cstr(resource.remoteName);
        if (remote == null || remote.isEmpty()) throw new Win32Exception(ERROR_INVALID_PARAMETER, fn);
        UncName unc = UncName.parse(remote);
        if (unc == null) throw new Win32Exception(ERROR_NO_NET_OR_BAD_PATH, fn);
        if (unc.share() == null) {
            clients.probe(unc, fn);
            return new ResourceInformation(serverResource(unc, 0), null);
        }
        onServer(unc.serverKey(), fn, () -> {
            checkShare(unc, fn);
            return null;
        });
        int type = resource.type == RESOURCETYPE_PRINT ? RESOURCETYPE_PRINT : RESOURCETYPE_DISK;
        NetResource nr = new NetResource(0, type, DISPLAY_SHARE, USAGE_CONNECTABLE, null,
            unc.connectionName(), null, PROVIDER);
        return new ResourceInformation(nr, unc.path());
    }

    /** Does the share exist? A tree connect that is refused for lack of rights still proves it does. */
    private void checkShare(UncName unc, String fn) {
        Entry existing = table.byRemote(unc);
        if (existing != null) return;
        Entry live = table.liveToServer(unc.serverKey());
        try {
            if (live != null) {
                clients.closeShare(clients.connectShare(live.session(), unc.share(), fn));
                return;
            }
            Entry temp = connect(unc, null, RESOURCETYPE_ANY, null, false, fn);
            clients.closeShare(temp.share());
            clients.logoff(temp.session());
        } catch (Win32Exception e) {
            if (e.winerror != ERROR_ACCESS_DENIED && e.winerror != ERROR_LOGON_FAILURE) throw e;
        }
    }

    private static NetResource serverResource(UncName unc, int scope) {
        return new NetResource(scope, RESOURCETYPE_ANY, DISPLAY_SERVER, USAGE_CONTAINER, null,
            unc.serverUnc(), null, PROVIDER);
    }

    @Override
    public NetResource getResourceParent(NetResource resource) {
        String fn = "WNetGetResourceParent";
        String remote = cstr(resource.remoteName);
        if (remote == null || remote.isEmpty()) throw new Win32Exception(ERROR_INVALID_PARAMETER, fn);
        if (remote.equalsIgnoreCase(PROVIDER)) {
            return new NetResource(0, RESOURCETYPE_ANY, DISPLAY_ROOT, USAGE_CONTAINER, null, null, null, PROVIDER);
        }
        UncName unc = UncName.parse(remote);
        if (unc == null) throw new Win32Exception(ERROR_NO_NET_OR_BAD_PATH, fn);
        if (unc.path() != null) {
            return new NetResource(0, RESOURCETYPE_DISK, DISPLAY_SHARE, USAGE_CONNECTABLE, null,
                unc.connectionName(), null, PROVIDER);
        }
        if (unc.share() != null) return serverResource(unc, 0);
        return new NetResource(0, RESOURCETYPE_ANY, DISPLAY_NETWORK, USAGE_CONTAINER, null, PROVIDER, null, PROVIDER);
    }

    @Override
    public LastError getLastError() {
        return new LastError(0, "", "");    // this provider reports everything through the Win32 code itself
    }

    /** Local device names currently connected ("Z:"), for win32api.GetLogicalDriveStrings. */
    public List<String> connectedDevices() {
        List<String> out = new ArrayList<>();
        for (Entry e : table.all()) if (e.local() != null) out.add(e.local());
        return out;
    }

    // ---- file access (org.pywin32jvm.fs) ---------------------------------------------------------

    /** The {@code \\server\share} a local device ("Z:", any case) is connected to in this process, or null. */
    public String remoteOf(String device) {
        Entry e = device == null ? null : table.byLocal(device);
        return e == null ? null : e.remoteName();
    }

    /**
     * The {@code \\server\share} a local device is connected to, restoring a remembered connection on its
     * first use as Windows does: with the default credentials when it was remembered without a user, with the
     * configured password when its user is the configured one ({@code wnet.user}/{@code wnet.password}); any
     * other user is ERROR_CONNECTION_UNAVAIL (1201), since no password is ever remembered. A failed logon is
     * its own code (53, 1326 ...). Null when the device is neither connected nor remembered.
     */
    public String remoteOrRestore(String device) {
        String remote = remoteOf(device);
        if (remote != null || device == null) return remote;
        RememberedStore.Remembered r = remembered.find(device);
        if (r == null) return null;
        String fn = "WNetRestoreConnection";
        String user = r.user();
        char[] pw = null;
        if (user != null) {
            boolean configured = settings.defaultUser() != null && settings.defaultPassword() != null
                && user.equalsIgnoreCase(settings.defaultUser());
            if (!configured) throw new Win32Exception(ERROR_CONNECTION_UNAVAIL, fn);
            pw = settings.defaultPassword();
        }
        NetResource nr = new NetResource(0, r.type(), 0, 0, r.localName(), r.remoteName(), null, null);
        try {
            add(nr, pw == null ? null : new String(pw), user, 0, fn);
        } catch (Win32Exception e) {
            if (e.winerror != ERROR_ALREADY_ASSIGNED) throw e;      // another thread restored it meanwhile
        }
        return remoteOf(device);
    }

    /**
     * An authenticated tree connection to {@code \\server\share} for file access: the connection
     * table's session for that server when there is one, else a logon with the default credentials,
     * exactly as WNetAddConnection2 with user None authenticates. Failures carry {@code funcname}.
     */
    public com.hierynomus.smbj.share.DiskShare diskShare(String server, String share, String funcname) {
        UncName unc = new UncName(server, share, null);
        try (SmbClients.Call call = clients.call()) {
            return onServer(unc.serverKey(), funcname,
                () -> {
                    reviveDead(unc, funcname);       // a mapped drive whose session died logs on again
                    return fileShares.get(unc, table, (u, fn) -> connect(u, null, RESOURCETYPE_DISK, null, false, fn),
                        funcname);
                });
        }
    }

    @Override
    public synchronized void close() {
        fileShares.close();
        browse.close();
        for (Entry e : table.all()) {
            table.remove(e);
            close(e);
        }
        clients.close();
    }
}
