package org.pywin32jvm.ras.nm;

import java.util.Set;

/**
 * NetworkManager states and reasons (nm-dbus-interface.h) and the RASCS_* states and RAS error codes
 * they become; README's nm section shows the same tables.
 */
final class NmStates {
    private NmStates() {}

    // RASCS_* (ras.h)
    static final int RASCS_OPEN_PORT = 0;
    static final int RASCS_PORT_OPENED = 1;
    static final int RASCS_CONNECT_DEVICE = 2;
    static final int RASCS_AUTHENTICATE = 5;
    static final int RASCS_AUTH_NOTIFY = 6;
    static final int RASCS_AUTH_PROJECT = 10;
    static final int RASCS_AUTHENTICATED = 14;
    static final int RASCS_CONNECTED = 0x2000;
    static final int RASCS_DISCONNECTED = 0x2001;

    // NMActiveConnectionState
    static final int ACTIVE_ACTIVATING = 1;
    static final int ACTIVE_ACTIVATED = 2;
    static final int ACTIVE_DEACTIVATING = 3;
    static final int ACTIVE_DEACTIVATED = 4;

    // NMVpnConnectionState
    static final int VPN_PREPARE = 1;
    static final int VPN_NEED_AUTH = 2;
    static final int VPN_CONNECT = 3;
    static final int VPN_IP_CONFIG_GET = 4;
    static final int VPN_ACTIVATED = 5;
    static final int VPN_FAILED = 6;
    static final int VPN_DISCONNECTED = 7;

    // NMActiveConnectionStateReason (NMVpnConnectionStateReason shares 0..11)
    static final int REASON_USER_DISCONNECTED = 2;
    static final int REASON_DEVICE_DISCONNECTED = 3;
    static final int REASON_SERVICE_STOPPED = 4;
    static final int REASON_IP_CONFIG_INVALID = 5;
    static final int REASON_CONNECT_TIMEOUT = 6;
    static final int REASON_SERVICE_START_TIMEOUT = 7;
    static final int REASON_SERVICE_START_FAILED = 8;
    static final int REASON_NO_SECRETS = 9;
    static final int REASON_LOGIN_FAILED = 10;
    static final int REASON_CONNECTION_REMOVED = 11;
    static final int REASON_DEPENDENCY_FAILED = 12;
    static final int REASON_DEVICE_REALIZE_FAILED = 13;
    static final int REASON_DEVICE_REMOVED = 14;

    // RAS error codes (raserror.h, winerror.h)
    static final int ERROR_ACCESS_DENIED = 5;
    static final int ERROR_CANNOT_FIND_PHONEBOOK_ENTRY = 623;
    static final int ERROR_REMOTE_DISCONNECTION = 629;
    static final int ERROR_USER_DISCONNECTION = 631;
    static final int ERROR_PORT_NOT_AVAILABLE = 633;
    static final int ERROR_FROM_DEVICE = 651;
    static final int ERROR_AUTHENTICATION_FAILURE = 691;
    static final int ERROR_INTERACTIVE_MODE = 703;
    static final int ERROR_RASMAN_CANNOT_INITIALIZE = 711;
    static final int ERROR_PPP_TIMEOUT = 718;
    static final int ERROR_PPP_NO_PROTOCOLS_CONFIGURED = 720;
    static final int ERROR_AUTOMATIC_VPN_FAILED = 800;

    /** NetworkManager connection types that are dial-like: the ones win32ras sees as entries. */
    static final Set<String> DIAL_TYPES = Set.of("vpn", "wireguard", "pppoe", "gsm", "cdma");

    /** RASDT_* device type of a profile type. */
    static String deviceType(String nmType) {
        switch (nmType) {
            case "pppoe": return "PPPoE";
            case "gsm":
            case "cdma": return "modem";
            default: return "vpn";
        }
    }

    /** The RASCS_* state a VPN state is reported as; -1 for none. */
    static int rasStateOfVpn(int vpnState) {
        switch (vpnState) {
            case VPN_PREPARE: return RASCS_CONNECT_DEVICE;
            case VPN_NEED_AUTH: return RASCS_AUTHENTICATE;
            case VPN_CONNECT: return RASCS_AUTH_NOTIFY;
            case VPN_IP_CONFIG_GET: return RASCS_AUTH_PROJECT;
            case VPN_ACTIVATED: return RASCS_AUTHENTICATED;
            default: return -1;
        }
    }

    /**
     * The RAS error a failed activation ends with. passwordGiven tells "no secrets" apart: with a
     * password the secrets were refused (691), without one the profile needed input nobody gave (703).
     */
    static int dialFailure(int reason, String nmType, boolean passwordGiven) {
        boolean tunnel = nmType.equals("vpn") || nmType.equals("wireguard");
        switch (reason) {
            case REASON_USER_DISCONNECTED: return ERROR_USER_DISCONNECTION;
            case REASON_DEVICE_DISCONNECTED: return ERROR_REMOTE_DISCONNECTION;
            case REASON_IP_CONFIG_INVALID: return ERROR_PPP_NO_PROTOCOLS_CONFIGURED;
            case REASON_CONNECT_TIMEOUT:
            case REASON_SERVICE_START_TIMEOUT: return ERROR_PPP_TIMEOUT;
            case REASON_NO_SECRETS: return passwordGiven ? ERROR_AUTHENTICATION_FAILURE : ERROR_INTERACTIVE_MODE;
            case REASON_LOGIN_FAILED: return ERROR_AUTHENTICATION_FAILURE;
            case REASON_CONNECTION_REMOVED: return ERROR_CANNOT_FIND_PHONEBOOK_ENTRY;
            case REASON_DEVICE_REALIZE_FAILED:
            case REASON_DEVICE_REMOVED: return ERROR_PORT_NOT_AVAILABLE;
            default: return tunnel ? ERROR_AUTOMATIC_VPN_FAILED : ERROR_FROM_DEVICE;   // service failed, unknown
        }
    }

    /** The RAS error a connected link that went down shows (GetConnectStatus after the drop). */
    static int dropError(int reason) {
        return reason == REASON_USER_DISCONNECTED ? ERROR_USER_DISCONNECTION : ERROR_REMOTE_DISCONNECTION;
    }

    /** GetConnectStatus's state for an active connection seen only through NetworkManager. */
    static int rasStateOfActive(int activeState) {
        switch (activeState) {
            case ACTIVE_ACTIVATED: return RASCS_CONNECTED;
            case ACTIVE_ACTIVATING: return RASCS_CONNECT_DEVICE;
            default: return RASCS_DISCONNECTED;
        }
    }
}
