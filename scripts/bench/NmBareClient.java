// The baseline of scripts/bench/nm.sh: a bare dbus-java client making the calls one nm dial makes
// (ActivateConnection, the secret agent's answer, wait for Activated, DeactivateConnection), with
// none of pywin32-jvm. Run with the source launcher: java -cp target/pywin32-jvm.jar NmBareClient.java BUS N
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

public class NmBareClient {
    @DBusInterfaceName("org.freedesktop.NetworkManager")
    public interface Manager extends DBusInterface {
        DBusPath ActivateConnection(DBusPath c, DBusPath d, DBusPath s);
        void DeactivateConnection(DBusPath a);
    }

    @DBusInterfaceName("org.freedesktop.NetworkManager.Settings")
    public interface Settings extends DBusInterface { List<DBusPath> ListConnections(); }

    @DBusInterfaceName("org.freedesktop.NetworkManager.Settings.Connection")
    public interface Connection extends DBusInterface { Map<String, Map<String, Variant<?>>> GetSettings(); }

    @DBusInterfaceName("org.freedesktop.NetworkManager.AgentManager")
    public interface AgentManager extends DBusInterface { void Register(String id); }

    @DBusInterfaceName("org.freedesktop.NetworkManager.SecretAgent")
    public interface SecretAgent extends DBusInterface {
        Map<String, Map<String, Variant<?>>> GetSecrets(Map<String, Map<String, Variant<?>>> c, DBusPath p, String s, List<String> h, UInt32 f);
        void CancelGetSecrets(DBusPath p, String s);
        void SaveSecrets(Map<String, Map<String, Variant<?>>> c, DBusPath p);
        void DeleteSecrets(Map<String, Map<String, Variant<?>>> c, DBusPath p);
    }

    static final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String bus = args[0];
        int n = Integer.parseInt(args[1]);
        String name = "org.freedesktop.NetworkManager";
        DBusConnection c = DBusConnectionBuilder.forAddress(bus).withShared(false).build();
        c.exportObject("/org/freedesktop/NetworkManager/SecretAgent", new SecretAgent() {
            public Map<String, Map<String, Variant<?>>> GetSecrets(Map<String, Map<String, Variant<?>>> conn, DBusPath p, String s, List<String> h, UInt32 f) {
                return Map.of(s, Map.of("secrets", new Variant<>(Map.of("password", "bench"), "a{ss}")));
            }
            public void CancelGetSecrets(DBusPath p, String s) { }
            public void SaveSecrets(Map<String, Map<String, Variant<?>>> conn, DBusPath p) { }
            public void DeleteSecrets(Map<String, Map<String, Variant<?>>> conn, DBusPath p) { }
            public String getObjectPath() { return "/org/freedesktop/NetworkManager/SecretAgent"; }
        });
        c.getRemoteObject(name, "/org/freedesktop/NetworkManager/AgentManager", AgentManager.class).Register("bench");
        c.addGenericSigHandler(DBusMatchRuleBuilder.create().withType("signal")
            .withInterface("org.freedesktop.NetworkManager.Connection.Active").withMember("StateChanged").build(), s -> {
                try {
                    if (((Number) s.getParameters()[0]).intValue() == 2) {
                        waiting.computeIfAbsent(s.getPath(), k -> new CountDownLatch(1)).countDown();
                    }
                } catch (Exception e) { throw new RuntimeException(e); }
            });
        Manager nm = c.getRemoteObject(name, "/org/freedesktop/NetworkManager", Manager.class);
        String profile = null;
        for (DBusPath p : c.getRemoteObject(name, "/org/freedesktop/NetworkManager/Settings", Settings.class).ListConnections()) {
            Object id = c.getRemoteObject(name, p.getPath(), Connection.class).GetSettings().get("connection").get("id").getValue();
            if ("Bench VPN".equals(id)) profile = p.getPath();
        }
        cycles(c, nm, profile, Math.min(100, n));        // warm-up
        int t0 = ManagementFactory.getThreadMXBean().getThreadCount();
        long start = System.nanoTime();
        cycles(c, nm, profile, n);
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("bare dbus-java: %d cycles in %.2f s = %.2f ms/cycle (threads %d -> %d)%n", n, secs, secs * 1000 / n,
            t0, ManagementFactory.getThreadMXBean().getThreadCount());
        c.disconnect();
    }

    static void cycles(DBusConnection c, Manager nm, String profile, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            DBusPath a = nm.ActivateConnection(new DBusPath(profile), new DBusPath("/"), new DBusPath("/"));
            // the signal may beat the reply: whoever comes first makes the latch
            CountDownLatch l = waiting.computeIfAbsent(a.getPath(), k -> new CountDownLatch(1));
            if (!l.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("no Activated for " + a.getPath());
            waiting.remove(a.getPath());
            nm.DeactivateConnection(a);
        }
    }
}
