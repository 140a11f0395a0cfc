package org.pywin32jvm.ras.nm;

import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The parts of NetworkManager's D-Bus API the nm dialer calls (names as NetworkManager spells them). */
final class NmDbus {
    private NmDbus() {}

    static final String BUS_NAME = "org.freedesktop.NetworkManager";
    static final String MANAGER_PATH = "/org/freedesktop/NetworkManager";
    static final String SETTINGS_PATH = "/org/freedesktop/NetworkManager/Settings";
    static final String AGENT_MANAGER_PATH = "/org/freedesktop/NetworkManager/AgentManager";
    static final String AGENT_PATH = "/org/freedesktop/NetworkManager/SecretAgent";
    static final String MANAGER_IFACE = "org.freedesktop.NetworkManager";
    static final String SETTINGS_IFACE = "org.freedesktop.NetworkManager.Settings";
    static final String CONNECTION_IFACE = "org.freedesktop.NetworkManager.Settings.Connection";
    static final String ACTIVE_IFACE = "org.freedesktop.NetworkManager.Connection.Active";
    static final String VPN_IFACE = "org.freedesktop.NetworkManager.VPN.Connection";
    static final String NO_SECRETS = "org.freedesktop.NetworkManager.SecretAgent.NoSecrets";


    @DBusInterfaceName(MANAGER_IFACE)
    interface Manager extends DBusInterface {
        DBusPath ActivateConnection(DBusPath connection, DBusPath device, DBusPath specificObject);

        void DeactivateConnection(DBusPath activeConnection);
    }

    @DBusInterfaceName(SETTINGS_IFACE)
    interface ConnectionSettings extends DBusInterface {
        List<DBusPath> ListConnections();
    }

    @DBusInterfaceName(CONNECTION_IFACE)
    interface Connection extends DBusInterface {
        Map<String, Map<String, Variant<?>>> GetSettings();
    }

    @DBusInterfaceName("org.freedesktop.NetworkManager.AgentManager")
    interface AgentManager extends DBusInterface {
        void Register(String identifier);

        void Unregister();
    }

    /** Exported by the dialer while it has a dial waiting for its secrets. */
    @DBusInterfaceName("org.freedesktop.NetworkManager.SecretAgent")
    public interface SecretAgent extends DBusInterface {
        Map<String, Map<String, Variant<?>>> GetSecrets(Map<String, Map<String, Variant<?>>> connection,
            DBusPath connectionPath, String settingName, List<String> hints, UInt32 flags);

        void CancelGetSecrets(DBusPath connectionPath, String settingName);

        void SaveSecrets(Map<String, Map<String, Variant<?>>> connection, DBusPath connectionPath);

        void DeleteSecrets(Map<String, Map<String, Variant<?>>> connection, DBusPath connectionPath);
    }
}
