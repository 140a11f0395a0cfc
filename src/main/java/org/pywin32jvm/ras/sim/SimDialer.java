package org.pywin32jvm.ras.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.RasDialFunc1;
import org.pywin32jvm.ras.dialer.Dialer;
import org.pywin32jvm.ras.dialer.DialRequest;
import org.pywin32jvm.win32.Win32Exception;

/**
 * A deterministic simulated RAS server. Each dial walks its plan's states (with the plan's delays):
 * synchronously on the caller's thread without a notifier, otherwise step by step on a small pool
 * of daemon threads, one step scheduled after the previous one finished, so a dial's callbacks come
 * in order and the pool never grows past {@link #THREADS} (idle threads exit after 2 s).
 * After the plan's failure or a credential mismatch (691) the connection stays, failed, until HangUp.
 */
public final class SimDialer implements Dialer {
    public static final int ERROR_REMOTE_DISCONNECTION = 629;
    public static final int ERROR_PORT_NOT_AVAILABLE = 633;
    public static final int ERROR_AUTHENTICATION_FAILURE = 691;
    public static final int ERROR_RASMAN_CANNOT_INITIALIZE = 711;
    static final int THREADS = 4;
    /** More live connections than this and Dial answers ERROR_PORT_NOT_AVAILABLE. */
    static final int MAX_CONNECTIONS = 4096;

    private final ScenarioSource scenarios = new ScenarioSource();
    private final Map<Long, SimConnection> connections = new ConcurrentHashMap<>();
    private final AtomicLong nextHandle = new AtomicLong(0x10000);
    private final ScheduledThreadPoolExecutor pool;

    public SimDialer() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "pywin32jvm-ras-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = new ScheduledThreadPoolExecutor(THREADS, tf);
        pool.setKeepAliveTime(2, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        pool.setRemoveOnCancelPolicy(true);
    }

    @Override
    public String describe() {
        String s = scenarios.setting();
        String problem = s == null ? null : (scenarios.current() == null ? scenarios.problem() : null);
        return "sim (scenario: " + (s == null ? "built-in default" : s) + (problem == null ? "" : "; unusable: " + problem) + ")";
    }

    @Override
    public RasApi.DialResult dial(DialRequest req, RasApi.Notifier notifier) {
        Scenario scenario = scenarios.current();
        if (scenario == null) return new RasApi.DialResult(0, ERROR_RASMAN_CANNOT_INITIALIZE);
        if (connections.size() >= MAX_CONNECTIONS) return new RasApi.DialResult(0, ERROR_PORT_NOT_AVAILABLE);
        Scenario.Plan plan = scenario.planFor(req.entryName());
        String type = plan.deviceType() != null ? plan.deviceType() : req.deviceType() != null ? req.deviceType() : "vpn";
        String name = plan.deviceName() != null ? plan.deviceName() : req.deviceName() != null ? req.deviceName() : "SIM VPN (pywin32-jvm)";
        boolean accepted = plan.accepts(req.domain(), req.userName(), req.password());
        long h = nextHandle.getAndAdd(4);
        SimConnection c = new SimConnection(h, req.entryName(), type, name, plan.steps().get(0).state());
        connections.put(h, c);
        Run run = new Run(c, plan, accepted, notifier instanceof RasApi.Notifier.Func1 f ? f.callback() : null);
        if (notifier instanceof RasApi.Notifier.Sync) {
            int rc = run.runSync();
            // interrupted (Ctrl-C): the connection is gone, so no handle the caller would have to hang up
            if (rc == INTERRUPTED) return new RasApi.DialResult(0, ERROR_USER_DISCONNECTION);
            return new RasApi.DialResult(h, rc);
        }
        // Func1, or an HWND: off Windows there are no windows, so HWND dials proceed without notifications.
        run.schedule(0);
        return new RasApi.DialResult(h, 0);
    }

    /** One dial walking its plan. */
    private final class Run {
        final SimConnection c;
        final Scenario.Plan plan;
        final boolean accepted;
        final RasDialFunc1 callback;
        final int authState;

        Run(SimConnection c, Scenario.Plan plan, boolean accepted, RasDialFunc1 callback) {
            this.c = c;
            this.plan = plan;
            this.accepted = accepted;
            this.callback = callback;
            this.authState = plan.authState();
        }

        /** Enters step i; returns the error it ends the dial with, 0 to go on, -1 when connected. */
        int enter(int i) {
            Scenario.Step s = plan.steps().get(i);
            int err = 0;
            if (s.state() == plan.failState()) err = plan.failCode();
            else if (s.state() == authState && !accepted) err = ERROR_AUTHENTICATION_FAILURE;
            c.stateNanos = System.nanoTime();
            c.state = s.state();
            c.error = err;
            if (err != 0) return err;
            if (i == plan.steps().size() - 1) {
                if (plan.dropAfterMs() >= 0) c.pending = pool.schedule(this::drop, plan.dropAfterMs(), TimeUnit.MILLISECONDS);
                return -1;
            }
            return 0;
        }

        int runSync() {
            for (int i = 0; i < plan.steps().size(); i++) {
                sleep(plan.steps().get(i).delayMs());
                if (Thread.currentThread().isInterrupted()) {
                    // the flag stays set: the engine turns it into KeyboardInterrupt
                    connections.remove(c.handle);
                    c.closed = true;
                    return INTERRUPTED;
                }
                if (c.closed) return ERROR_USER_DISCONNECTION;
                int r = enter(i);
                if (r != 0) return r < 0 ? 0 : r;
            }
            return 0;
        }

        void schedule(int i) {
            c.pending = pool.schedule(() -> step(i), plan.steps().get(i).delayMs(), TimeUnit.MILLISECONDS);
        }

        private void step(int i) {
            if (c.closed) return;
            int r = enter(i);
            notify(c.state, Math.max(r, 0));
            if (r == 0 && !c.closed) schedule(i + 1);
        }

        private void notify(int state, int err) {
            if (callback == null) return;
            try {
                callback.call(c.handle, RasApi.WM_RASDIALEVENT, state, err, 0);
            } catch (RuntimeException | Error e) {
                // The Python trampoline prints callback errors itself; this is the engine going away.
                System.err.println("pywin32-jvm: RAS callback could not run (" + e.getClass().getSimpleName()
                    + "); dial " + c.handle + " gets no more notifications");
                c.closed = true;
            }
        }

        private void drop() {
            if (c.closed) return;
            c.state = RasStates.DISCONNECTED;
            c.error = ERROR_REMOTE_DISCONNECTION;
        }
    }

    static final int ERROR_USER_DISCONNECTION = 631;
    /** runSync's result when the dialling thread was interrupted. */
    private static final int INTERRUPTED = -1;

    private static void sleep(long ms) {
        if (ms <= 0) return;
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public boolean owns(long handle) { return connections.containsKey(handle); }

    @Override
    public void hangUp(long handle) {
        SimConnection c = connections.remove(handle);
        if (c == null) throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasHangup");
        c.closed = true;
        var f = c.pending;
        if (f != null) f.cancel(false);
    }

    @Override
    public RasApi.Connection[] enumConnections() {
        List<RasApi.Connection> out = new ArrayList<>();
        for (SimConnection c : connections.values()) {
            if (c.active()) out.add(new RasApi.Connection(c.handle, c.entryName, c.deviceType, c.deviceName));
        }
        out.sort((a, b) -> Long.compare(a.handle(), b.handle()));
        return out.toArray(new RasApi.Connection[0]);
    }

    @Override
    public RasApi.ConnectStatus getConnectStatus(long handle) {
        SimConnection c = connections.get(handle);
        if (c == null) throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasGetConnectStatus");
        return new RasApi.ConnectStatus(c.state, c.error, c.deviceType, c.deviceName);
    }

    /** Benchmark probe: System.nanoTime() when the connection entered its current state (0 if unknown). */
    public long stateEnteredNanos(long handle) {
        SimConnection c = connections.get(handle);
        return c == null ? 0 : c.stateNanos;
    }

    /** For the benchmark and tests: live threads of the pool. */
    public int poolThreads() { return pool.getPoolSize(); }
}
