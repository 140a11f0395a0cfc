package org.pywin32jvm.wnet;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.wnet.smb.SmbWNet;

/** Chooses the WNet backend: {@code pywin32jvm.wnet} = auto | smb | windows | none (auto: windows on Windows, else smb). */
public final class WNetBackends {
    private WNetBackends() {}

    public static WNetApi create() {
        String name = Config.choice("wnet", "auto", "auto", "smb", "windows", "none");
        if ("auto".equals(name)) name = Config.isWindows() ? "windows" : "smb";
        switch (name) {
            case "windows":         // mpr.dll through JNA: JNA is loaded only here
                return new org.pywin32jvm.wnet.windows.JnaWNetApi();
            case "smb":
                return SmbWNet.fromConfig();
            case "none":
                return new NoNetworkWNet();
            default:
                throw new IllegalStateException(name);   // Config.choice allows no other
        }
    }
}
