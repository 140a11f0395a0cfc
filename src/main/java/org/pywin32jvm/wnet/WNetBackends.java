package org.pywin32jvm.wnet;

import org.pywin32jvm.runtime.Config;

/** Chooses the WNet backend: {@code pywin32jvm.wnet} = auto | none (more arrive with their issues). */
public final class WNetBackends {
    private WNetBackends() {}

    public static WNetApi create() {
        String name = Config.get("wnet", "auto");
        if ("auto".equals(name) && Config.isWindows()) name = "windows";   // JNA is loaded only here
        switch (name) {
            case "windows":
                return new org.pywin32jvm.wnet.windows.JnaWNetApi();
            case "auto":
            case "none":
                return new NoNetworkWNet();
            default:
                throw new IllegalArgumentException("unknown WNet backend '" + name + "' (pywin32jvm.wnet)");
        }
    }
}
