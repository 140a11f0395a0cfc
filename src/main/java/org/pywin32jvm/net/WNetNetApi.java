package org.pywin32jvm.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.sys.SystemBackends;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.ShareInfo;
import org.pywin32jvm.wnet.WNetApi;

/**
 * win32net over a {@link WNetApi}: the NetUse* calls are WNet connections in the same table, the
 * NetShare* calls srvsvc requests over the WNet backend's session to the server. What netapi32 would
 * ask the server and this cannot (server version, comment; share administration) is documented in README.
 */
public final class WNetNetApi implements NetApi {
    static final int ERROR_ACCESS_DENIED = 5;
    static final int ERROR_NOT_SUPPORTED = 50;
    static final int ERROR_INVALID_PARAMETER = 87;
    static final int ERROR_INVALID_LEVEL = 124;
    static final int NERR_ServerNotStarted = 2114;
    static final int NERR_UseNotFound = 2250;
    static final int PLATFORM_ID_NT = 500;
    static final int SV_TYPE_WORKSTATION = 0x1;
    static final int SV_TYPE_SERVER = 0x2;
    static final int SV_TYPE_NT = 0x1000;
    static final int USE_DISKDEV = 0;
    static final int USE_SPOOLDEV = 1;
    static final int USE_WILDCARD = -1;
    static final int USE_IPC = 3;
    static final int USE_OK = 0;

    private static final int RESOURCE_CONNECTED = 1;
    private static final int RESOURCETYPE_ANY = 0;
    private static final int RESOURCETYPE_DISK = 1;
    private static final int RESOURCETYPE_PRINT = 2;

    private final WNetApi wnet;

    public WNetNetApi(WNetApi wnet) { this.wnet = wnet; }

    @Override
    public String describe() { return "over win32wnet: " + wnet.describe(); }

    /** null, "" or this machine's own name: the local machine, which runs no Server service here. */
    private static boolean local(String server) {
        if (server == null) return true;
        String s = server.startsWith("\\\\") ? server.substring(2) : server;
        return s.isEmpty() || s.equalsIgnoreCase(SystemBackends.get().computerName());
    }

    private static String bare(String server) {
        String s = server;
        while (s.startsWith("\\\\")) s = s.substring(2);
        return s;
    }

    private static Win32Exception renamed(Win32Exception e, String funcname) {
        return new Win32Exception(e.winerror, funcname);
    }

    @Override
    public List<ShareInfo> shareEnum(String server, int level) {
        if (local(server)) throw new Win32Exception(NERR_ServerNotStarted, "NetShareEnum");
        return wnet.shareEnum(server, level, "NetShareEnum");
    }

    @Override
    public ShareInfo shareGetInfo(String server, String netname, int level) {
        if (local(server)) throw new Win32Exception(NERR_ServerNotStarted, "NetShareGetInfo");
        return wnet.shareGetInfo(server, netname, level, "NetShareGetInfo");
    }

    @Override
    public void shareAdd(String server, int level, ShareInfo share) {
        if (level != 2 && level != 502) throw new Win32Exception(ERROR_INVALID_LEVEL, "NetShareAdd");
        if (local(server)) throw new Win32Exception(NERR_ServerNotStarted, "NetShareAdd");
        wnet.checkServer(server, "NetShareAdd");
        // share administration (srvsvc NetrShareAdd) is not implemented: the answer a non-administrator gets
        throw new Win32Exception(ERROR_ACCESS_DENIED, "NetShareAdd");
    }

    @Override
    public void shareDel(String server, String netname) {
        if (local(server)) throw new Win32Exception(NERR_ServerNotStarted, "NetShareDel");
        wnet.checkServer(server, "NetShareDel");
        throw new Win32Exception(ERROR_ACCESS_DENIED, "NetShareDel");
    }

    @Override
    public ServerInfo serverGetInfo(String server, int level) {
        int type = SV_TYPE_WORKSTATION | SV_TYPE_SERVER | SV_TYPE_NT;
        if (local(server)) {
            int[] v = SystemBackends.get().versionEx();
            return new ServerInfo(PLATFORM_ID_NT, SystemBackends.get().computerName(), v[0], v[1], type, "");
        }
        wnet.checkServer(server, "NetServerGetInfo");
        // the server answered a logon; its version and comment are not asked (srvsvc NetrServerGetInfo)
        return new ServerInfo(PLATFORM_ID_NT, bare(server).toUpperCase(Locale.ROOT), 0, 0, type, "");
    }

    @Override
    public WkstaInfo wkstaGetInfo(String server, int level) {
        String workgroup = Config.get("net.workgroup", "WORKGROUP");
        if (local(server)) {
            int[] v = SystemBackends.get().versionEx();
            return new WkstaInfo(PLATFORM_ID_NT, SystemBackends.get().computerName(), workgroup, v[0], v[1]);
        }
        wnet.checkServer(server, "NetWkstaGetInfo");
        throw new Win32Exception(ERROR_ACCESS_DENIED, "NetWkstaGetInfo");   // wkssvc is not implemented
    }

    @Override
    public void useAdd(String server, UseInfo use, String password) {
        if (!local(server)) throw new Win32Exception(ERROR_NOT_SUPPORTED, "NetUseAdd");
        if (use.remote() == null || use.remote().isEmpty()) throw new Win32Exception(ERROR_INVALID_PARAMETER, "NetUseAdd");
        int type;
        switch (use.asgType()) {
            case USE_DISKDEV: type = RESOURCETYPE_DISK; break;
            case USE_SPOOLDEV: type = RESOURCETYPE_PRINT; break;
            case USE_WILDCARD: case USE_IPC: type = RESOURCETYPE_ANY; break;
            default: throw new Win32Exception(ERROR_INVALID_PARAMETER, "NetUseAdd");
        }
        String local = use.local() == null || use.local().isEmpty() ? null : use.local();
        NetResource nr = new NetResource(0, type, 0, 0, local, use.remote(), null, null);
        String user = use.username();
        if (user != null && use.domainname() != null && !use.domainname().isEmpty() && user.indexOf('\\') < 0) {
            user = use.domainname() + "\\" + user;
        }
        try {
            wnet.addConnection2(nr, password, user, 0);
        } catch (Win32Exception e) {
            throw renamed(e, "NetUseAdd");
        }
    }

    @Override
    public void useDel(String server, String useName, int forceCond) {
        if (!local(server)) throw new Win32Exception(ERROR_NOT_SUPPORTED, "NetUseDel");
        try {
            wnet.cancelConnection2(useName, 0, forceCond != 0);
        } catch (Win32Exception e) {
            throw renamed(e, "NetUseDel");
        }
    }

    @Override
    public List<UseInfo> useEnum(String server) {
        if (!local(server)) throw new Win32Exception(ERROR_NOT_SUPPORTED, "NetUseEnum");
        try {
            return connections();
        } catch (Win32Exception e) {
            throw renamed(e, "NetUseEnum");
        }
    }

    @Override
    public UseInfo useGetInfo(String server, String useName) {
        if (!local(server)) throw new Win32Exception(ERROR_NOT_SUPPORTED, "NetUseGetInfo");
        if (useName == null) throw new Win32Exception(ERROR_INVALID_PARAMETER, "NetUseGetInfo");
        try {
            for (UseInfo u : connections()) {
                if (u.local().equalsIgnoreCase(useName) || u.remote().equalsIgnoreCase(useName)) return u;
            }
        } catch (Win32Exception e) {
            throw renamed(e, "NetUseGetInfo");
        }
        throw new Win32Exception(NERR_UseNotFound, "NetUseGetInfo");
    }

    private List<UseInfo> connections() {
        List<UseInfo> out = new ArrayList<>();
        long h = wnet.openEnum(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0, null);
        try {
            for (NetResource[] batch = wnet.enumResource(h, 64); batch.length > 0; batch = wnet.enumResource(h, 64)) {
                for (NetResource r : batch) out.add(use(r));
            }
        } finally {
            wnet.closeEnum(h);
        }
        return out;
    }

    private UseInfo use(NetResource r) {
        String local = r.localName == null ? "" : r.localName;
        String remote = r.remoteName == null ? "" : r.remoteName;
        int asg = r.type == RESOURCETYPE_PRINT ? USE_SPOOLDEV
            : remote.toUpperCase(Locale.ROOT).endsWith("\\IPC$") || remote.substring(Math.min(2, remote.length())).indexOf('\\') < 0
                ? USE_IPC : USE_DISKDEV;
        String user;
        try {
            user = wnet.getUser(local.isEmpty() ? remote : local);
        } catch (Win32Exception e) {
            user = null;
        }
        String domain = "";
        if (user != null && user.indexOf('\\') > 0) {
            domain = user.substring(0, user.indexOf('\\'));
            user = user.substring(user.indexOf('\\') + 1);
        }
        return new UseInfo(local, remote, USE_OK, asg, 0, 1, user, domain);
    }
}
