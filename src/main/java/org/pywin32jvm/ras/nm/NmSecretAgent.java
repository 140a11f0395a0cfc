package org.pywin32jvm.ras.nm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The secret agent NetworkManager asks for a dial's password. It answers only for a profile that is
 * being dialled right now, once per dial (a second request means the first answer was refused), and
 * never saves anything: SaveSecrets and DeleteSecrets do nothing. The password lives in memory only
 * for the dial's activation.
 */
final class NmSecretAgent implements NmDbus.SecretAgent {
    /** One dial's secret. toString never shows it. */
    static final class Pending {
        final String nmType;
        final String password;
        final Runnable onAsked;
        final AtomicBoolean answered = new AtomicBoolean();

        Pending(String nmType, String password, Runnable onAsked) {
            this.nmType = nmType;
            this.password = password;
            this.onAsked = onAsked;
        }

        @Override public String toString() { return "Pending[" + nmType + ", password=***]"; }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    void expect(String profilePath, Pending p) { pending.put(profilePath, p); }

    void forget(String profilePath, Pending p) { pending.remove(profilePath, p); }

    int waiting() { return pending.size(); }

    @Override
    public Map<String, Map<String, Variant<?>>> GetSecrets(Map<String, Map<String, Variant<?>>> connection,
            DBusPath connectionPath, String settingName, List<String> hints, UInt32 flags) {
        Pending p = pending.get(connectionPath.getPath());
        if (p == null || !p.answered.compareAndSet(false, true)) throw noSecrets();
        try {
            p.onAsked.run();
        } catch (RuntimeException e) {
            // a progress notification must not cost the dial its password
        }
        Variant<?> value = switch (p.nmType) {
            case "vpn" -> new Variant<>(Map.of("password", p.password), "a{ss}");
            default -> new Variant<>(p.password);
        };
        String key = switch (p.nmType) {
            case "vpn" -> "secrets";
            case "wireguard" -> "private-key";
            default -> "password";
        };
        return Map.of(settingName, Map.of(key, value));
    }

    private static DBusExecutionException noSecrets() {
        DBusExecutionException e = new DBusExecutionException("no secrets for this connection");
        e.setType(NmDbus.NO_SECRETS);
        return e;
    }

    @Override public void CancelGetSecrets(DBusPath connectionPath, String settingName) { }

    @Override public void SaveSecrets(Map<String, Map<String, Variant<?>>> connection, DBusPath connectionPath) { }

    @Override public void DeleteSecrets(Map<String, Map<String, Variant<?>>> connection, DBusPath connectionPath) { }

    @Override public boolean isRemote() { return false; }

    @Override public String getObjectPath() { return NmDbus.AGENT_PATH; }

    @Override public String toString() { return "NmSecretAgent[" + pending.size() + " waiting]"; }
}
