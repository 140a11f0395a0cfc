package org.pywin32jvm.net;

import java.util.List;

import org.pywin32jvm.wnet.ShareInfo;

/**
 * The LAN Manager calls win32net makes (netapi32 on Windows), with Java types. {@code server} is
 * {@code \\name}, a bare name, or null for this machine. Failures are
 * {@link org.pywin32jvm.win32.Win32Exception}s carrying pywin32's funcname for the call.
 */
public interface NetApi {
    String describe();

    /** NetShareEnum at level 0, 1, 2 or 502: every share (python-lib pages them). */
    List<ShareInfo> shareEnum(String server, int level);

    /** NetShareGetInfo. */
    ShareInfo shareGetInfo(String server, String netname, int level);

    /** NetShareAdd at level 2 or 502. */
    void shareAdd(String server, int level, ShareInfo share);

    /** NetShareDel. */
    void shareDel(String server, String netname);

    /** NetServerGetInfo at level 100 or 101. */
    ServerInfo serverGetInfo(String server, int level);

    /** NetWkstaGetInfo at level 100. */
    WkstaInfo wkstaGetInfo(String server, int level);

    /** NetUseAdd: a connection in the same table as WNetAddConnection2's. */
    void useAdd(String server, UseInfo use, String password);

    /** NetUseDel(useName, forceCond). */
    void useDel(String server, String useName, int forceCond);

    /** NetUseEnum: every connection (python-lib pages them). */
    List<UseInfo> useEnum(String server);

    /** NetUseGetInfo of a local device or remote name; not connected: NERR_UseNotFound (2250). */
    UseInfo useGetInfo(String server, String useName);

    /** USE_INFO_2 (the level-3 flags are 0). {@code local} is "" for a deviceless connection. */
    record UseInfo(String local, String remote, int status, int asgType, int refcount, int usecount,
                   String username, String domainname) {}

    /** SERVER_INFO_101. */
    record ServerInfo(int platformId, String name, int versionMajor, int versionMinor, int type, String comment) {}

    /** WKSTA_INFO_100. */
    record WkstaInfo(int platformId, String computername, String langroup, int verMajor, int verMinor) {}
}
