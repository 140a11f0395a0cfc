package org.pywin32jvm.ras;

import org.pywin32jvm.runtime.Config;
import org.pywin32jvm.ras.dialer.DialerSelector;
import org.pywin32jvm.ras.phonebook.PhonebookRasApi;

/**
 * Chooses the RAS backend: {@code pywin32jvm.ras} = auto | phonebook | windows.
 * auto: windows on Windows, else phonebook (with the dialer {@code pywin32jvm.ras.dialer} = none | sim).
 */
public final class RasBackends {
    private RasBackends() {}

    public static RasApi create() {
        String name = Config.get("ras", "auto");
        if ("auto".equals(name) && Config.isWindows()) name = "windows";   // JNA is loaded only here
        switch (name) {
            case "windows":
                return new org.pywin32jvm.ras.windows.JnaRasApi();
            case "auto":
                if (Config.isWindows()) return windows();
                return phonebook();
            case "phonebook":
            case "none":            // the spine's name for "no real dialing": phonebook + none dialer
                return phonebook();
            case "windows":
                return windows();
            default:
                throw new IllegalArgumentException("unknown RAS backend '" + name + "' (pywin32jvm.ras)");
        }
    }

    private static RasApi phonebook() {
        return new PhonebookRasApi(new DialerSelector());
    }

    /** Slot for the JNA backend (rasapi32.dll), a separate issue; until it lands, the phonebook one. */
    private static RasApi windows() {
        return phonebook();
    }
}
