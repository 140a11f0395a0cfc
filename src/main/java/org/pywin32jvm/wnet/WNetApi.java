package org.pywin32jvm.wnet;

/**
 * The Windows networking calls win32wnet makes, with Java types. One implementation per platform:
 * mpr.dll through JNA on Windows, SMB2/3 elsewhere. Every failure is a
 * {@link org.pywin32jvm.win32.Win32Exception} carrying pywin32's funcname for that call.
 * Handles are pointer-sized signed values.
 */
public interface WNetApi {
    /** A short name for --version, e.g. "smb (smbj 0.14.0)" or "windows (mpr.dll)". */
    String describe();

    /** WNetAddConnection2(nr, password, user, flags); password/user null = default credentials. */
    void addConnection2(NetResource resource, String password, String userName, int flags);

    /** WNetAddConnection3(hwndOwner, nr, password, user, flags). */
    void addConnection3(long hwndOwner, NetResource resource, String password, String userName, int flags);

    /** WNetCancelConnection2(name, flags, force). */
    void cancelConnection2(String name, int flags, boolean force);

    /** WNetOpenEnum; container may be null. Returns a non-zero enumeration handle. */
    long openEnum(int scope, int type, int usage, NetResource container);

    /**
     * One WNetEnumResource call: up to {@code count} entries (count > 0). An empty array means
     * ERROR_NO_MORE_ITEMS; any other failure throws (python-lib swallows it, as pywin32 does).
     */
    NetResource[] enumResource(long handle, int count);

    /** WNetCloseEnum. Closing handle 0 or an already-closed handle is the caller's business. */
    void closeEnum(long handle);

    /** WNetGetUser(name); null name = the user of the current process. */
    String getUser(String name);

    /**
     * WNetGetUniversalName: level 1 gives {universalName}, level 2 gives
     * {universalName, connectionName, remainingPath} (elements may be null).
     * Failures of the size probe use funcname "WNetGetUniversalName (for buffer size)".
     */
    String[] getUniversalName(String localPath, int level);

    /** WNetGetResourceInformation: a new NetResource and the "system" remainder (may be null). */
    ResourceInformation getResourceInformation(NetResource resource);

    /** WNetGetResourceParent. */
    NetResource getResourceParent(NetResource resource);

    /** WNetGetLastError: the provider's extended error. */
    LastError getLastError();

    /** WNetGetConnection(localName): the remote name mapped to a local device. */
    String getConnection(String localName);

    /**
     * NetShareEnum at level 0, 1, 2 or 502 (srvsvc), over the session this backend has or makes to
     * the server ({@code \\server} or a bare name). Used by win32net; failures carry {@code funcname}.
     */
    default java.util.List<ShareInfo> shareEnum(String server, int level, String funcname) {
        throw new org.pywin32jvm.win32.Win32Exception(50, funcname);     // ERROR_NOT_SUPPORTED
    }

    /** NetShareGetInfo of one share at level 0, 1, 2 or 502; unknown share: NERR_NetNameNotFound (2310). */
    default ShareInfo shareGetInfo(String server, String netname, int level, String funcname) {
        throw new org.pywin32jvm.win32.Win32Exception(50, funcname);
    }

    /** Checks that the server answers an SMB logon as win32net would make it (53, 5, ... otherwise). */
    default void checkServer(String server, String funcname) {
        throw new org.pywin32jvm.win32.Win32Exception(50, funcname);
    }

    record ResourceInformation(NetResource resource, String system) {}

    record LastError(int error, String description, String provider) {}
}
