package org.pywin32jvm.ras.nm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The README's tables: NetworkManager reasons and D-Bus errors to RAS codes. */
class NmStatesTest {
    @Test
    void reasonsBecomeRasCodes() {
        assertEquals(691, NmStates.dialFailure(NmStates.REASON_LOGIN_FAILED, "vpn", true));
        assertEquals(691, NmStates.dialFailure(NmStates.REASON_NO_SECRETS, "vpn", true));
        assertEquals(703, NmStates.dialFailure(NmStates.REASON_NO_SECRETS, "vpn", false));
        assertEquals(800, NmStates.dialFailure(NmStates.REASON_SERVICE_START_FAILED, "wireguard", true));
        assertEquals(651, NmStates.dialFailure(NmStates.REASON_SERVICE_START_FAILED, "pppoe", true));
        assertEquals(800, NmStates.dialFailure(0, "vpn", true));
        assertEquals(718, NmStates.dialFailure(NmStates.REASON_CONNECT_TIMEOUT, "gsm", true));
        assertEquals(718, NmStates.dialFailure(NmStates.REASON_SERVICE_START_TIMEOUT, "vpn", true));
        assertEquals(629, NmStates.dialFailure(NmStates.REASON_DEVICE_DISCONNECTED, "pppoe", true));
        assertEquals(623, NmStates.dialFailure(NmStates.REASON_CONNECTION_REMOVED, "vpn", true));
        assertEquals(633, NmStates.dialFailure(NmStates.REASON_DEVICE_REMOVED, "cdma", true));
        assertEquals(720, NmStates.dialFailure(NmStates.REASON_IP_CONFIG_INVALID, "vpn", true));
        assertEquals(629, NmStates.dropError(NmStates.REASON_SERVICE_STOPPED));
        assertEquals(631, NmStates.dropError(NmStates.REASON_USER_DISCONNECTED));
    }

    @Test
    void dbusErrorsBecomeRasCodes() {
        assertEquals(5, NmErrors.code("org.freedesktop.NetworkManager.PermissionDenied"));
        assertEquals(5, NmErrors.code("org.freedesktop.DBus.Error.AccessDenied"));
        assertEquals(623, NmErrors.code("org.freedesktop.NetworkManager.Manager.UnknownConnection"));
        assertEquals(711, NmErrors.code("org.freedesktop.DBus.Error.ServiceUnknown"));
        assertEquals(711, NmErrors.code("org.freedesktop.DBus.Error.NoReply"));
        assertEquals(711, NmErrors.code(""));
        assertTrue(NmErrors.notActive("org.freedesktop.NetworkManager.ConnectionNotActive"));
        assertFalse(NmErrors.notActive("org.freedesktop.NetworkManager.PermissionDenied"));
    }

    @Test
    void vpnStatesClimbInRasOrder() {
        int last = -1;
        for (int s = NmStates.VPN_PREPARE; s <= NmStates.VPN_ACTIVATED; s++) {
            int r = NmStates.rasStateOfVpn(s);
            assertTrue(r > last, "state " + s);
            last = r;
        }
        assertTrue(last < NmStates.RASCS_CONNECTED);
    }

    @Test
    void failureTextNeverCarriesDetail() {
        NmFailure f = NmFailure.named("org.freedesktop.NetworkManager.PermissionDenied");
        assertEquals(5, f.code);
        assertEquals("RAS error 5", f.getMessage());
    }
}
