package org.pywin32jvm.net;

import org.pywin32jvm.runtime.Backends;

/**
 * The win32net backend of this JVM, chosen once on first use. It works on the win32wnet backend's
 * connection table and server sessions (so NetUseAdd and WNetAddConnection2 share one table), which
 * is mpr.dll on Windows and SMB2/3 elsewhere.
 */
public final class NetBackends {
    private NetBackends() {}

    private static final class Holder { static final NetApi API = new WNetNetApi(Backends.wnet()); }

    public static NetApi get() { return Holder.API; }
}
