package org.pywin32jvm.wnet;

import org.pywin32jvm.win32.Win32Exception;

/** No network provider: every call fails with ERROR_NO_NETWORK (1222), as Wine's mpr does. */
final class NoNetworkWNet implements WNetApi {
    static final int ERROR_NO_NETWORK = 1222;

    @Override public String describe() { return "none (every call fails with 1222 ERROR_NO_NETWORK)"; }

    private static Win32Exception fail(String funcname) { return new Win32Exception(ERROR_NO_NETWORK, funcname); }

    @Override public void addConnection2(NetResource r, String p, String u, int f) { throw fail("WNetAddConnection2"); }
    @Override public void addConnection3(long h, NetResource r, String p, String u, int f) { throw fail("WNetAddConnection3"); }
    @Override public void cancelConnection2(String n, int f, boolean force) { throw fail("WNetCancelConnection2"); }
    @Override public long openEnum(int s, int t, int u, NetResource c) { throw fail("WNetOpenEnum"); }
    @Override public NetResource[] enumResource(long h, int count) { throw fail("WNetEnumResource"); }
    @Override public void closeEnum(long h) { throw fail("WNetCloseEnum"); }
    @Override public String getUser(String name) { throw fail("WNetGetUser"); }
    @Override public String[] getUniversalName(String p, int level) { throw fail("WNetGetUniversalName (for buffer size)"); }
    @Override public ResourceInformation getResourceInformation(NetResource r) { throw fail("WNetGetResourceInformation"); }
    @Override public NetResource getResourceParent(NetResource r) { throw fail("WNetGetResourceParent"); }
    @Override public LastError getLastError() { return new LastError(0, "", ""); }
    @Override public String getConnection(String n) { throw fail("WNetGetConnection"); }
}
