package org.pywin32jvm.win32;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pywin32jvm.runtime.Backends;
import org.pywin32jvm.config.Config;
import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.WNetApi;

/**
 * What the win32api subset (GetUserName, GetComputerName, GetLogicalDriveStrings) answers.
 * On Windows the real calls through JNA; elsewhere the JVM's view of the same facts.
 */
public final class SystemInfo {
    private SystemInfo() {}

    /** The user of this process (what WNetGetUser() with no name also answers). */
    public static String userName() {
        if (Config.isWindows()) return com.sun.jna.platform.win32.Advapi32Util.getUserName();
        return System.getProperty("user.name", "");
    }

    /** The NetBIOS-style computer name: the host name's first label, upper-case, at most 15 characters. */
    public static String computerName() {
        if (Config.isWindows()) return com.sun.jna.platform.win32.Kernel32Util.getComputerName();
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "localhost";
            }
        }
        int dot = name.indexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        name = name.toUpperCase(Locale.ROOT);
        return name.length() > 15 ? name.substring(0, 15) : name;
    }

    /**
     * Drive roots ("Z:\\"): on Windows GetLogicalDriveStrings; elsewhere the drive letters the
     * win32wnet connection table has mapped (there are no local drive letters to report).
     */
    public static String[] logicalDrives() {
        if (Config.isWindows()) return com.sun.jna.platform.win32.Kernel32Util.getLogicalDriveStrings().toArray(new String[0]);
        List<String> out = new ArrayList<>();
        try {
            WNetApi api = Backends.wnet();
            long h = api.openEnum(1, 1, 0, null);
            try {
                for (NetResource[] batch = api.enumResource(h, 64); batch.length > 0; batch = api.enumResource(h, 64)) {
                    for (NetResource r : batch) {
                        if (r.localName != null && r.localName.length() == 2 && r.localName.charAt(1) == ':') {
                            out.add(r.localName.toUpperCase(Locale.ROOT) + "\\");
                        }
                    }
                }
            } finally {
                api.closeEnum(h);
            }
        } catch (Win32Exception e) {
            // no network provider: no mapped drives
        }
        out.sort(null);
        return out.toArray(new String[0]);
    }
}
