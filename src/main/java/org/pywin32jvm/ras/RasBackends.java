package org.pywin32jvm.ras;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.ras.dialer.DialerSelector;
import org.pywin32jvm.ras.phonebook.PhonebookRasApi;

/**
 * Chooses the RAS backend: {@code pywin32jvm.ras} = auto | phonebook | windows.
 * auto: windows on Windows, else phonebook (with the dialer {@code pywin32jvm.ras.dialer} = none | sim).
 */
public final class RasBackends {
    private RasBackends() {}

    public static RasApi create() {
        String name = Config.choice("ras", "auto", "auto", "phonebook", "windows", "none");
        if ("auto".equals(name)) name = Config.isWindows() ? "windows" : "phonebook";
        switch (name) {
            case "windows":         // rasapi32.dll through JNA: JNA is loaded only here
                return new org.pywin32jvm.ras.windows.JnaRasApi();
            case "phonebook":
            case "none":            // "no real dialing": phonebook + the dialer chosen by pywin32jvm.ras.dialer
                return new PhonebookRasApi(new DialerSelector());
            default:
                throw new IllegalStateException(name);   // Config.choice allows no other
        }
    }
}
