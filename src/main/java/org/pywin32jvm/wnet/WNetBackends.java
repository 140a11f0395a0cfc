package org.pywin32jvm.wnet;

import org.pywin32jvm.runtime.Config;
import org.pywin32jvm.wnet.smb.SmbWNet;

/** Chooses the WNet backend: {@code pywin32jvm.wnet} = auto | smb | none (auto: smb off Windows; the windows backend arrives with its issue). */
public final class WNetBackends {
    private WNetBackends() {}

    public static WNetApi create() {
        String name = Config.get("wnet", "auto");
        if ("auto".equals(name) && Config.isWindows()) name = "windows";   // JNA is loaded only here
        switch (name) {
            case "windows":
                return new org.pywin32jvm.wnet.windows.JnaWNetApi();
            case "auto":
                if (Config.isWindows()) {
                    // the JNA (mpr.dll) backend arrives with its own issue; until then no network
                    return new NoNetworkWNet();
                }
                return SmbWNet.fromConfig();
            case "smb":
                return SmbWNet.fromConfig();
            case "none":
                return new NoNetworkWNet();
            default:
                throw new IllegalArgumentException("unknown WNet backend '" + name + "' (pywin32jvm.wnet)");
        }
    }
}
