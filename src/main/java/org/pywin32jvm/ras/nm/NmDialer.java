package org.pywin32jvm.ras.nm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.dialer.DialRequest;
import org.pywin32jvm.ras.dialer.Dialer;
import org.pywin32jvm.ras.phonebook.PbkFile;
import org.pywin32jvm.ras.phonebook.PhonebookSource;
import org.pywin32jvm.win32.Win32Exception;

/**
 * Real dialing through NetworkManager over D-Bus: an entry is a dial-like profile (vpn, wireguard,
 * pppoe, gsm, cdma) named by its id, Dial is ActivateConnection, HangUp DeactivateConnection.
 * The password reaches NetworkManager through a secret agent registered while dials with a password
 * wait (and a second after), answering only for those dials; nothing is written into the profile. Settings: {@code pywin32jvm.ras.nm.bus}
 * (system | session | a D-Bus address), {@code ras.nm.timeout} (ms per D-Bus call, default 10000),
 * {@code ras.nm.dialtimeout} (ms for a whole dial, default 120000).
 */
public final class NmDialer implements Dialer, PhonebookSource, NmClient.Listener {
    static final String KEY_BUS = "ras.nm.bus";
    static final String KEY_TIMEOUT = "ras.nm.timeout";
    static final String KEY_DIAL_TIMEOUT = "ras.nm.dialtimeout";
    /** Where SetEntryDialParams keeps credentials of NetworkManager entries (the per-user 0600 store). */
    public static final String STORE_KEY = "NetworkManager";
    static final int MAX_CLOSED = 1024;

    private final Map<String, NmClient> clients = new ConcurrentHashMap<>();
    private final Map<Long, NmConnection> connections = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> closed = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override protected boolean removeEldestEntry(Map.Entry<Long, Boolean> e) { return size() > MAX_CLOSED; }
    });
    private final Map<String, NmConnection> byActive = new ConcurrentHashMap<>();
    /** Signals for active connections not yet attached to a dial (they may beat ActivateConnection's reply). */
    private final Map<String, List<int[]>> early = new LinkedHashMap<>() {
        @Override protected boolean removeEldestEntry(Map.Entry<String, List<int[]>> e) { return size() > 64; }
    };
    private final Map<NmClient, NmProfiles> profiles = new ConcurrentHashMap<>();
    private final NmSecretAgent agent = new NmSecretAgent();
    private final Map<NmClient, Integer> agentUsers = new java.util.HashMap<>();
    private final java.util.Set<NmClient> agentRegistered = new java.util.HashSet<>();
    static final long AGENT_LINGER_MS = 1000;
    private final Map<NmClient, Long> agentIdleSince = new java.util.HashMap<>();
    private final java.util.Set<NmClient> unregisterScheduled = new java.util.HashSet<>();
    private final AtomicLong nextHandle = new AtomicLong(0x7E000000L);
    private volatile ScheduledThreadPoolExecutor timer;

    @Override
    public String describe() {
        return "nm (NetworkManager on the " + busSetting() + " bus; with no phonebook file the entries are its vpn, wireguard, pppoe, gsm and cdma profiles)";
    }

    static String busSetting() { return Config.get(KEY_BUS, "system"); }

    /** True when NetworkManager answers on the configured bus within a second (for dialer=auto). */
    public static boolean answers() {
        try (NmClient c = NmClient.open(busSetting(), 1000, new NmClient.Listener() {
            @Override public void activeState(String p, int s, int r) { }
            @Override public void vpnState(String p, int s, int r) { }
            @Override public void profilesChanged() { }
            @Override public void gone(NmClient c) { }
        })) {
            c.listProfiles();
            return true;
        } catch (NmFailure e) {
            return false;
        }
    }

    private NmClient client() {
        String bus = busSetting();
        NmClient c = clients.get(bus);
        if (c != null && !c.dead()) return c;
        synchronized (clients) {
            c = clients.get(bus);
            if (c != null && !c.dead()) return c;
            c = NmClient.open(bus, Config.getInt(KEY_TIMEOUT, 10000), this);
            c.exportAgent(agent);
            clients.put(bus, c);
            return c;
        }
    }

    private NmProfiles profiles(NmClient c) {
        NmProfiles p = profiles.get(c);
        if (p == null) {
            p = NmProfiles.load(c);
            profiles.put(c, p);
        }
        return p;
    }

    // ---- PhonebookSource: the entries of a RAS call given no phonebook file

    @Override
    public PbkFile phonebook(String funcname) {
        try {
            return profiles(client()).phonebook;
        } catch (NmFailure f) {
            throw Win32Exception.ras(f.code, funcname);
        }
    }

    @Override public String storeKey() { return STORE_KEY; }

    // ---- Dialer

    @Override
    public RasApi.DialResult dial(DialRequest req, RasApi.Notifier notifier) {
        NmClient cl;
        NmProfiles.Profile prof;
        try {
            cl = client();
            prof = profiles(cl).find(req.entryName());
        } catch (NmFailure f) {
            return new RasApi.DialResult(0, f.code);
        }
        if (prof == null) return new RasApi.DialResult(0, NmStates.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY);
        boolean withPassword = req.password() != null && !req.password().isEmpty();
        long h = nextHandle.getAndAdd(4);
        NmConnection c = new NmConnection(h, prof.id(), prof.type(), prof.deviceName(), prof.path(), withPassword, cl,
            true, notifier instanceof RasApi.Notifier.Func1 f ? f.callback() : null);
        NmSecretAgent.Pending secret = null;
        try {
            if (withPassword) {
                secret = new NmSecretAgent.Pending(prof.type(), req.password(), c::authenticating);
                agent.expect(prof.path(), secret);
                useAgent(cl, +1);
            }
            NmSecretAgent.Pending s = secret;
            c.onFinish = s == null ? null : () -> releaseSecret(cl, prof.path(), s);
            connections.put(h, c);
            attach(c, cl.activate(prof.path()));
        } catch (NmFailure f) {
            connections.remove(h);
            if (secret != null) releaseSecret(cl, prof.path(), secret);
            return new RasApi.DialResult(0, f.code);
        }
        long limit = Config.getInt(KEY_DIAL_TIMEOUT, 120000);
        if (notifier instanceof RasApi.Notifier.Sync) {
            try {
                if (!c.finished.await(limit, TimeUnit.MILLISECONDS)) timedOut(c);
            } catch (InterruptedException e) {
                // Ctrl-C (as SimDialer): no handle is handed out, so none may stay behind; the flag is set
                // again afterwards, and the engine turns it into KeyboardInterrupt
                try {
                    abandon(c);
                } finally {
                    Thread.currentThread().interrupt();
                }
                return new RasApi.DialResult(0, NmStates.ERROR_USER_DISCONNECTION);
            }
            return new RasApi.DialResult(h, c.error);
        }
        java.util.concurrent.ScheduledFuture<?> watchdog =
            timer().schedule(() -> { if (!c.done) timedOut(c); }, limit, TimeUnit.MILLISECONDS);
        synchronized (c) {
            if (c.done) {
                watchdog.cancel(false);
            } else {
                Runnable then = c.onFinish;
                c.onFinish = () -> {
                    watchdog.cancel(false);             // not kept for the whole dial timeout
                    if (then != null) then.run();
                };
            }
        }
        return new RasApi.DialResult(h, 0);
    }

    /** An interrupted dial: hung up, deactivated in NetworkManager, forgotten (the interrupt flag is clear). */
    private void abandon(NmConnection c) {
        c.hangUpNow();
        connections.remove(c.handle);
        String a = c.activePath;
        if (a == null) return;
        byActive.remove(a, c);
        try {
            c.client.deactivate(a);
        } catch (NmFailure ignored) {
            // NetworkManager or the bus is gone, and the activation with it
        }
    }

    private void timedOut(NmConnection c) {
        c.fail(NmStates.ERROR_PPP_TIMEOUT);
        String a = c.activePath;
        try {
            if (a != null) c.client.deactivate(a);
        } catch (NmFailure ignored) {
            // the dial has failed either way
        }
    }

    /** Links a dial to its active connection and applies any signal that came before. */
    private void attach(NmConnection c, String activePath) {
        List<int[]> before;
        synchronized (c) {
            synchronized (early) {
                c.activePath = activePath;
                byActive.put(activePath, c);
                before = early.remove(activePath);
            }
            if (before != null) {
                for (int[] e : before) {
                    if (e[0] == 0) c.activeState(e[1], e[2]);
                    else c.vpnState(e[1], e[2]);
                }
            }
        }
    }

    /**
     * Counts the dials waiting for their secrets per connection: the agent is registered when the
     * first one starts and unregistered once none has waited for AGENT_LINGER_MS (so back-to-back
     * dials do not pay two more round trips each; the agent answers only for waiting dials anyway).
     */
    private synchronized void useAgent(NmClient cl, int delta) {
        int n = agentUsers.getOrDefault(cl, 0) + delta;
        if (delta > 0 && !agentRegistered.contains(cl)) {
            cl.registerAgent();
            agentRegistered.add(cl);
        }
        if (n > 0) {
            agentUsers.put(cl, n);
            return;
        }
        agentUsers.remove(cl);
        agentIdleSince.put(cl, System.nanoTime());
        if (!unregisterScheduled.add(cl)) return;          // the pending check looks at agentIdleSince again
        timer().schedule(() -> unregisterIdle(cl), AGENT_LINGER_MS, TimeUnit.MILLISECONDS);
    }

    /** Under the lock, so that no dial registers the agent while it is being unregistered. */
    private synchronized void unregisterIdle(NmClient cl) {
        unregisterScheduled.remove(cl);
        if (agentUsers.containsKey(cl)) return;                        // in use: the last release reschedules
        long idleMs = (System.nanoTime() - agentIdleSince.getOrDefault(cl, 0L)) / 1_000_000L;
        if (idleMs < AGENT_LINGER_MS) {
            unregisterScheduled.add(cl);
            timer().schedule(() -> unregisterIdle(cl), AGENT_LINGER_MS - idleMs, TimeUnit.MILLISECONDS);
            return;
        }
        agentIdleSince.remove(cl);
        if (!agentRegistered.remove(cl)) return;
        if (!cl.dead()) cl.unregisterAgent();
    }

    private void releaseSecret(NmClient cl, String profilePath, NmSecretAgent.Pending s) {
        agent.forget(profilePath, s);
        try {
            useAgent(cl, -1);
        } catch (NmFailure ignored) {
            // unregistering is best effort; NetworkManager drops agents that leave the bus
        }
    }

    private ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = timer;
        if (t != null) return t;
        synchronized (this) {
            if (timer == null) {
                t = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread th = new Thread(r, "pywin32jvm-ras-nm-timer");
                    th.setDaemon(true);
                    return th;
                });
                t.setKeepAliveTime(2, TimeUnit.SECONDS);
                t.allowCoreThreadTimeOut(true);
                t.setRemoveOnCancelPolicy(true);
                timer = t;
            }
            return timer;
        }
    }

    @Override public boolean owns(long handle) { return connections.containsKey(handle) || closed.containsKey(handle); }

    @Override
    public void hangUp(long handle) {
        NmConnection c = connections.get(handle);
        if (c == null) {
            if (closed.containsKey(handle)) return;             // hung up already: nothing left to do
            throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasHangup");
        }
        String a = c.activePath;
        if (a != null && c.live()) {
            try {
                c.client.deactivate(a);
            } catch (NmFailure f) {
                if (f.code != NmStates.ERROR_RASMAN_CANNOT_INITIALIZE) throw Win32Exception.ras(f.code, "RasHangup");
                // NetworkManager or the bus is gone, and the link with it
            }
        }
        c.hangUpNow();
        connections.remove(handle);
        if (a != null) byActive.remove(a, c);
        closed.put(handle, Boolean.TRUE);
    }

    @Override
    public RasApi.Connection[] enumConnections() {
        List<RasApi.Connection> out = new ArrayList<>();
        NmClient cl;
        List<NmClient.Active> actives;
        try {
            cl = client();
            actives = cl.actives();
        } catch (NmFailure f) {
            return new RasApi.Connection[0];      // no NetworkManager: no connection
        }
        for (NmClient.Active a : actives) {
            if (!NmStates.DIAL_TYPES.contains(a.type())) continue;
            if (a.state() != NmStates.ACTIVE_ACTIVATING && a.state() != NmStates.ACTIVE_ACTIVATED) continue;
            NmConnection c = byActive.get(a.path());
            if (c == null) c = adopt(cl, a);
            if (c.live()) out.add(new RasApi.Connection(c.handle, c.entryName, c.deviceType, c.deviceName));
        }
        out.sort((x, y) -> Long.compare(x.handle(), y.handle()));
        return out.toArray(new RasApi.Connection[0]);
    }

    /** An active connection someone else started: it gets a handle that stays while it lives. */
    private NmConnection adopt(NmClient cl, NmClient.Active a) {
        NmProfiles.Profile p = null;
        try {
            p = profiles(cl).byPath(a.profilePath());
        } catch (NmFailure ignored) {
            // named from the active connection alone
        }
        String device = p != null ? p.deviceName() : "NetworkManager " + a.type();
        NmConnection c = new NmConnection(nextHandle.getAndAdd(4), a.id(), a.type(), device, a.profilePath(), false,
            cl, false, null);
        c.state = NmStates.rasStateOfActive(a.state());
        if (a.state() == NmStates.ACTIVE_ACTIVATED) c.activeState(NmStates.ACTIVE_ACTIVATED, 0);
        NmConnection prev = byActive.putIfAbsent(a.path(), c);
        if (prev != null) return prev;
        c.activePath = a.path();
        connections.put(c.handle, c);
        return c;
    }

    @Override
    public RasApi.ConnectStatus getConnectStatus(long handle) {
        NmConnection c = connections.get(handle);
        if (c == null) throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasGetConnectStatus");
        return c.status();
    }

    // ---- NmClient.Listener (dbus-java's signal thread)

    @Override public void activeState(String path, int state, int reason) { dispatch(path, 0, state, reason); }

    @Override public void vpnState(String path, int state, int reason) { dispatch(path, 1, state, reason); }

    private void dispatch(String path, int kind, int state, int reason) {
        NmConnection c;
        synchronized (early) {
            c = byActive.get(path);
            if (c == null) {
                early.computeIfAbsent(path, k -> new ArrayList<>()).add(new int[] {kind, state, reason});
                return;
            }
        }
        if (kind == 0) c.activeState(state, reason);
        else c.vpnState(state, reason);
        if (kind == 0 && state == NmStates.ACTIVE_DEACTIVATED) byActive.remove(path, c);
    }

    @Override public void profilesChanged() { profiles.clear(); }

    @Override
    public void gone(NmClient client) {
        clients.values().remove(client);
        profiles.remove(client);
        synchronized (this) {
            agentUsers.remove(client);
            agentRegistered.remove(client);
            agentIdleSince.remove(client);
        }
        for (NmConnection c : connections.values()) if (c.client == client) c.lost();
    }

    /** For the benchmark: live threads of this dialer's timer. */
    public int timerThreads() { ScheduledThreadPoolExecutor t = timer; return t == null ? 0 : t.getPoolSize(); }
}
