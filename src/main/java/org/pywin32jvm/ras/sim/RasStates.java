package org.pywin32jvm.ras.sim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** RASCS_* names (without the prefix) and values from ras.h, for scenario files. */
final class RasStates {
    static final int CONNECTED = 0x2000;
    static final int DISCONNECTED = 0x2001;
    static final int AUTHENTICATE = 5;
    static final int CONNECT_DEVICE = 2;

    private static final Map<String, Integer> BY_NAME = new LinkedHashMap<>();
    static {
        String[] low = {"OpenPort", "PortOpened", "ConnectDevice", "DeviceConnected", "AllDevicesConnected",
            "Authenticate", "AuthNotify", "AuthRetry", "AuthCallback", "AuthChangePassword", "AuthProject",
            "AuthLinkSpeed", "AuthAck", "ReAuthenticate", "Authenticated", "PrepareForCallback",
            "WaitForModemReset", "WaitForCallback", "Projected", "StartAuthentication", "CallbackComplete",
            "LogonNetwork", "SubEntryConnected", "SubEntryDisconnected", "ApplySettings"};
        for (int i = 0; i < low.length; i++) BY_NAME.put(low[i].toLowerCase(Locale.ROOT), i);
        BY_NAME.put("interactive", 0x1000);
        BY_NAME.put("retryauthentication", 0x1001);
        BY_NAME.put("callbacksetbycaller", 0x1002);
        BY_NAME.put("passwordexpired", 0x1003);
        BY_NAME.put("invokeeapui", 0x1004);
        BY_NAME.put("connected", CONNECTED);
        BY_NAME.put("disconnected", DISCONNECTED);
    }

    private RasStates() {}

    /** "ConnectDevice", "RASCS_ConnectDevice" or a number; null if unknown. */
    static Integer parse(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "RASCS_", 0, 6)) t = t.substring(6);
        Integer v = BY_NAME.get(t.toLowerCase(Locale.ROOT));
        if (v != null) return v;
        try {
            return t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
