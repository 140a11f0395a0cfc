package org.pywin32jvm.ras.nm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.IDisconnectCallback;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MethodCall;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * One D-Bus connection to NetworkManager: the calls the dialer makes, each bounded by the call
 * timeout, failing with {@link NmFailure} (a RAS code), and NetworkManager's signals forwarded to a
 * {@link Listener} on dbus-java's signal thread. One small thread set per connection (1 signal,
 * 1 method-call, 1 method-return, 1 error thread, plus the reader).
 */
final class NmClient implements AutoCloseable {
    /** What the dialer hears from NetworkManager. */
    interface Listener {
        void activeState(String activePath, int state, int reason);

        void vpnState(String activePath, int state, int reason);

        void profilesChanged();

        /** NetworkManager left the bus, or the bus connection broke. */
        void gone(NmClient client);
    }

    /** An active connection as NetworkManager reports it. */
    record Active(String path, String profilePath, String id, String type, int state) {}

    final String address;
    private final DBusConnection conn;
    private final NmDbus.Manager manager;
    private final int timeoutMs;
    private volatile boolean dead;

    private NmClient(String address, DBusConnection conn, int timeoutMs) throws Exception {
        this.address = address;
        this.timeoutMs = timeoutMs;
        this.conn = conn;
        this.manager = conn.getRemoteObject(NmDbus.BUS_NAME, NmDbus.MANAGER_PATH, NmDbus.Manager.class);
    }

    /**
     * Connects to "system", "session" or a D-Bus address; fails with 711 when there is no bus. Bounded by
     * {@code timeoutMs} as a whole: dbus-java's transport retries its connect with sleeps of its own, so the
     * connect runs on a daemon thread that is abandoned when the time is up.
     */
    static NmClient open(String bus, int timeoutMs, Listener listener) {
        java.util.concurrent.FutureTask<NmClient> task =
            new java.util.concurrent.FutureTask<>(() -> connect(bus, timeoutMs, listener));
        Thread t = new Thread(task, "pywin32jvm-nm-connect");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof NmFailure f) throw f;
            throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);
        }
    }

    /** The D-Bus address "system" and "session" stand for (as dbus-java finds them), or the address given. */
    private static String address(String bus) {
        if (bus.equals("system")) {
            String a = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
            return a != null && !a.isBlank() ? a : "unix:path=/var/run/dbus/system_bus_socket";
        }
        if (bus.equals("session")) return System.getenv("DBUS_SESSION_BUS_ADDRESS");
        return bus;
    }

    private static NmClient connect(String bus, int timeoutMs, Listener listener) {
        MethodCall.setDefaultTimeout(timeoutMs);     // every blocking call of this JVM's dbus-java: bounded
        String address = address(bus);
        if (address == null || address.startsWith("unix:path=")
                && !java.nio.file.Files.exists(java.nio.file.Path.of(address.substring(10).split(",")[0]))) {
            throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);     // no socket: no bus (skips dbus-java's retries)
        }
        DBusConnection c = null;
        try {
            DBusConnectionBuilder b = bus.equals("system") ? DBusConnectionBuilder.forSystemBus()
                : bus.equals("session") ? DBusConnectionBuilder.forSessionBus() : DBusConnectionBuilder.forAddress(bus);
            NmClient[] self = new NmClient[1];
            c = b.withShared(false)
                .receivingThreadConfig().withSignalThreadCount(1).withMethodCallThreadCount(1)
                .withMethodReturnThreadCount(1).withErrorHandlerThreadCount(1).connectionConfig()
                .transportConfig().withTimeout(timeoutMs).back()
                .withDisconnectCallback(new IDisconnectCallback() {
                    @Override public void disconnectOnError(IOException e) { lost(); }
                    @Override public void exceptionOnTerminate(IOException e) { lost(); }
                    private void lost() {
                        NmClient me = self[0];
                        if (me != null && !me.dead) {
                            me.dead = true;
                            listener.gone(me);
                        }
                    }
                })
                .build();
            NmClient client = new NmClient(bus, c, timeoutMs);
            self[0] = client;
            client.subscribe(listener);
            return client;
        } catch (Exception | LinkageError e) {
            if (c != null) c.disconnect();
            throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);
        }
    }

    private void subscribe(Listener l) throws Exception {
        conn.addGenericSigHandler(rule(NmDbus.ACTIVE_IFACE, "StateChanged"),
            s -> { int[] a = twoInts(s); if (a != null) l.activeState(s.getPath(), a[0], a[1]); });
        conn.addGenericSigHandler(rule(NmDbus.VPN_IFACE, "VpnStateChanged"),
            s -> { int[] a = twoInts(s); if (a != null) l.vpnState(s.getPath(), a[0], a[1]); });
        conn.addGenericSigHandler(rule(NmDbus.SETTINGS_IFACE, null), s -> l.profilesChanged());
        conn.addGenericSigHandler(rule(NmDbus.CONNECTION_IFACE, null), s -> l.profilesChanged());
        conn.addGenericSigHandler(DBusMatchRuleBuilder.create().withType("signal")
            .withInterface("org.freedesktop.DBus").withMember("NameOwnerChanged")
            .withArg0123(0, NmDbus.BUS_NAME).build(), s -> {
                Object[] p = params(s);
                if (p != null && p.length == 3 && "".equals(p[2]) && !dead) {
                    dead = true;
                    l.gone(this);
                }
            });
    }

    private static org.freedesktop.dbus.matchrules.DBusMatchRule rule(String iface, String member) {
        DBusMatchRuleBuilder b = DBusMatchRuleBuilder.create().withType("signal").withInterface(iface);
        if (member != null) b.withMember(member);
        return b.build();
    }

    private static Object[] params(DBusSignal s) {
        try {
            return s.getParameters();
        } catch (Exception e) {
            return null;
        }
    }

    private static int[] twoInts(DBusSignal s) {
        Object[] p = params(s);
        if (p == null || p.length < 2 || !(p[0] instanceof Number a) || !(p[1] instanceof Number b)) return null;
        return new int[] {a.intValue(), b.intValue()};
    }

    boolean dead() { return dead; }

    String uniqueName() { return conn.getUniqueName(); }

    private <T extends DBusInterface> T remote(String path, Class<T> type) {
        try {
            return conn.getRemoteObject(NmDbus.BUS_NAME, path, type);
        } catch (Exception e) {
            throw NmFailure.of(e);
        }
    }

    /** Every profile's object path. */
    List<String> listProfiles() {
        try {
            List<String> out = new ArrayList<>();
            for (DBusPath p : remote(NmDbus.SETTINGS_PATH, NmDbus.ConnectionSettings.class).ListConnections()) {
                out.add(p.getPath());
            }
            return out;
        } catch (RuntimeException e) {
            throw NmFailure.of(e);
        }
    }

    /** A profile's settings (without secrets: NetworkManager never returns them here). */
    Map<String, Map<String, Variant<?>>> profileSettings(String path) {
        try {
            return remote(path, NmDbus.Connection.class).GetSettings();
        } catch (RuntimeException e) {
            throw NmFailure.of(e);
        }
    }

    String activate(String profilePath) {
        Object[] r = call(NmDbus.MANAGER_PATH, NmDbus.MANAGER_IFACE, "ActivateConnection", "ooo",
            new DBusPath(profilePath), new DBusPath("/"), new DBusPath("/"));
        if (r.length != 1 || !(r[0] instanceof DBusPath p)) throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);
        return p.getPath();
    }

    /** DeactivateConnection; false when NetworkManager no longer had it active. */
    boolean deactivate(String activePath) {
        try {
            call(NmDbus.MANAGER_PATH, NmDbus.MANAGER_IFACE, "DeactivateConnection", "o", new DBusPath(activePath));
            return true;
        } catch (NmFailure f) {
            if (f.notActive) return false;
            throw f;
        }
    }

    /**
     * A call made by hand where the D-Bus error's name matters (dbus-java's proxies keep only the
     * text of errors they have no class for): its reply's arguments, or NmFailure with the mapped code.
     */
    private Object[] call(String path, String iface, String member, String sig, Object... args) {
        Message reply;
        try {
            MethodCall mc = conn.getMessageFactory().createMethodCall(NmDbus.BUS_NAME, path, iface, member, (byte) 0, sig, args);
            conn.sendMessage(mc);
            reply = mc.getReply(timeoutMs);
        } catch (Exception e) {
            throw NmFailure.of(e);
        }
        if (reply == null) throw new NmFailure(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);     // no reply in time
        if (reply instanceof org.freedesktop.dbus.messages.Error err) throw NmFailure.named(err.getName());
        try {
            return reply.getParameters();
        } catch (Exception e) {
            throw NmFailure.of(e);
        }
    }

    /** NetworkManager's active connections (any type), each with its profile, id, type and state. */
    List<Active> actives() {
        try {
            Properties nm = remote(NmDbus.MANAGER_PATH, Properties.class);
            Object list = nm.Get(NmDbus.MANAGER_IFACE, "ActiveConnections");
            List<Active> out = new ArrayList<>();
            if (!(list instanceof List<?> paths)) return out;
            for (Object o : paths) {
                String path = o instanceof DBusPath d ? d.getPath() : String.valueOf(o);
                Active a = active(path);
                if (a != null) out.add(a);
            }
            return out;
        } catch (RuntimeException e) {
            throw NmFailure.of(e);
        }
    }

    /** One active connection, or null when it is gone. */
    Active active(String path) {
        Map<String, Variant<?>> p;
        try {
            p = remote(path, Properties.class).GetAll(NmDbus.ACTIVE_IFACE);
        } catch (RuntimeException e) {
            String n = NmErrors.name(e);
            if (NmErrors.notActive(n) || n.endsWith("UnknownInterface") || n.endsWith("UnknownMethod")) return null;
            throw NmFailure.of(e);
        }
        Object conn = value(p, "Connection");
        Object state = value(p, "State");
        return new Active(path, conn instanceof DBusPath d ? d.getPath() : "", String.valueOf(value(p, "Id")),
            String.valueOf(value(p, "Type")), state instanceof UInt32 u ? u.intValue() : 0);
    }

    private static Object value(Map<String, Variant<?>> p, String key) {
        Variant<?> v = p.get(key);
        return v == null ? null : v.getValue();
    }

    /** Exports the secret agent object (it answers only for dials that wait for their secrets). */
    void exportAgent(NmDbus.SecretAgent agent) {
        try {
            conn.exportObject(NmDbus.AGENT_PATH, agent);
        } catch (Exception e) {
            throw NmFailure.of(e);
        }
    }

    /** AgentManager.Register: NetworkManager asks this connection's agent for secrets from now on. */
    void registerAgent() {
        try {
            remote(NmDbus.AGENT_MANAGER_PATH, NmDbus.AgentManager.class).Register("org.pywin32jvm.ras.dial");
        } catch (RuntimeException e) {
            throw NmFailure.of(e);
        }
    }

    void unregisterAgent() {
        try {
            remote(NmDbus.AGENT_MANAGER_PATH, NmDbus.AgentManager.class).Unregister();
        } catch (RuntimeException e) {
            // not registered any more (NetworkManager restarted): nothing to undo
        }
    }

    @Override
    public void close() {
        dead = true;
        conn.disconnect();
    }
}
