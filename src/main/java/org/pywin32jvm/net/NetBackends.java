package org.pywin32jvm.net;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.runtime.Backends;

/**
 * The win32net backend of this JVM, chosen once on first use: {@code pywin32jvm.net} = auto | wnet | windows.
 * auto: windows on Windows, else wnet. windows is netapi32.dll through JNA (or the library named by
 * {@code pywin32jvm.windows.library}); wnet works on the win32wnet backend's connection table and server
 * sessions (so NetUseAdd and WNetAddConnection2 share one table), SMB2/3 off Windows.
 */
public final class NetBackends {
    private NetBackends() {}

    private static volatile NetApi api;

    public static NetApi get() {
        NetApi a = api;
        if (a != null) return a;
        synchronized (NetBackends.class) {
            if (api == null) api = create();   // a bad setting fails this use only; the next one retries
            return api;
        }
    }

    public static NetApi create() {
        String name = Config.choice("net", "auto", "auto", "wnet", "windows");
        if ("auto".equals(name)) name = Config.isWindows() ? "windows" : "wnet";
        if ("windows".equals(name)) return new org.pywin32jvm.net.windows.JnaNetApi();   // JNA is loaded only here
        return new WNetNetApi(Backends.wnet());
    }
}
