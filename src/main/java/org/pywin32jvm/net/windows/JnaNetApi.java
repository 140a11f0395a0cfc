package org.pywin32jvm.net.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import org.pywin32jvm.net.NetApi;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.win32.jna.Wide;
import org.pywin32jvm.win32.jna.WindowsNative;
import org.pywin32jvm.wnet.ShareInfo;

/**
 * {@link NetApi} over netapi32.dll through JNA, with pywin32's funcnames. The Enum calls page as
 * pywin32's helper does: call again with the resume handle while the answer is ERROR_MORE_DATA (234).
 * Every buffer the DLL allocated is given back with NetApiBufferFree, also on errors, and nothing it
 * returns is trusted blindly: a null buffer with entries, an absurd count or a MORE_DATA answer that
 * makes no progress is ERROR_INVALID_DATA (13), never a wild read or an endless loop.
 */
public final class JnaNetApi implements NetApi {
    static final int ERROR_INVALID_DATA = 13;
    static final int ERROR_INVALID_PARAMETER = 87;
    static final int ERROR_INVALID_LEVEL = 124;
    static final int ERROR_MORE_DATA = 234;
    static final int PREFERRED_LENGTH = 64 * 1024;     // per Enum call; paging fetches the rest
    static final int MAX_ENTRIES = 1 << 16;           // per answer
    static final int MAX_TOTAL = 1 << 20;             // per enumeration
    static final int MAX_CHARS = 32 * 1024;           // a string in a DLL buffer (whose size we are not told)

    private final Netapi32 netapi;
    private final String description;
    private final int preferredLength;

    public JnaNetApi() {
        this(WindowsNative.load("netapi32", Netapi32.class), WindowsNative.describe("netapi32"));
    }

    public JnaNetApi(Netapi32 netapi, String description) {
        this(netapi, description, PREFERRED_LENGTH);
    }

    /** {@code preferredLength}: the prefmaxlen of each Enum call (small values make netapi32 page). */
    public JnaNetApi(Netapi32 netapi, String description, int preferredLength) {
        this.netapi = netapi;
        this.description = description;
        this.preferredLength = preferredLength;
    }

    @Override public String describe() { return description; }

    private static void check(int rc, String funcname) {
        if (rc != 0) throw new Win32Exception(rc, funcname);
    }

    private static String str(Pointer p) { return Wide.read(p, MAX_CHARS); }

    private static String orEmpty(String s) { return s == null ? "" : s; }

    /** One Enum call: fills bufptr, entriesread, totalentries and the resume handle. */
    private interface EnumCall {
        int call(PointerByReference buf, int prefLen, IntByReference read, IntByReference total, IntByReference resume);
    }

    /** Every entry of an Enum call, paged with the resume handle; each buffer freed once read. */
    private <T> List<T> enumerate(String funcname, EnumCall call, int entrySize, Function<Pointer, T> reader) {
        List<T> out = new ArrayList<>();
        IntByReference resume = new IntByReference(0);
        while (true) {
            PointerByReference buf = new PointerByReference();
            IntByReference read = new IntByReference();
            IntByReference total = new IntByReference();
            int rc = call.call(buf, preferredLength, read, total, resume);
            Pointer p = buf.getValue();
            try {
                if (rc != 0 && rc != ERROR_MORE_DATA) throw new Win32Exception(rc, funcname);
                int n = read.getValue();
                if (n < 0 || n > MAX_ENTRIES || (n > 0 && p == null) || (rc == ERROR_MORE_DATA && n == 0)
                    || out.size() + n > MAX_TOTAL) {
                    throw new Win32Exception(ERROR_INVALID_DATA, funcname);
                }
                for (int i = 0; i < n; i++) out.add(reader.apply(p.share((long) i * entrySize)));
            } finally {
                if (p != null) netapi.NetApiBufferFree(p);
            }
            if (rc == 0) return out;
        }
    }

    /** One GetInfo call's answer, read and freed. */
    private <T> T info(String funcname, Function<PointerByReference, Integer> call, Function<Pointer, T> reader) {
        PointerByReference buf = new PointerByReference();
        int rc = call.apply(buf);
        Pointer p = buf.getValue();
        try {
            check(rc, funcname);
            if (p == null) throw new Win32Exception(ERROR_INVALID_DATA, funcname);
            return reader.apply(p);
        } finally {
            if (p != null) netapi.NetApiBufferFree(p);
        }
    }

    private static int shareSize(int level, String funcname) {
        switch (level) {
            case 0: return SHARE_INFO_0.SIZE;
            case 1: return SHARE_INFO_1.SIZE;
            case 2: return SHARE_INFO_2.SIZE;
            case 501: return SHARE_INFO_501.SIZE;
            case 502: return SHARE_INFO_502.SIZE;
            default: throw new Win32Exception(ERROR_INVALID_LEVEL, funcname);
        }
    }

    private static ShareInfo share(Pointer p, int level) {
        switch (level) {
            case 0: {
                SHARE_INFO_0 s = new SHARE_INFO_0(p);
                return new ShareInfo(str(s.shi0_netname), 0, null);
            }
            case 1: {
                SHARE_INFO_1 s = new SHARE_INFO_1(p);
                return new ShareInfo(str(s.shi1_netname), s.shi1_type, str(s.shi1_remark));
            }
            case 501: {
                SHARE_INFO_501 s = new SHARE_INFO_501(p);
                return new ShareInfo(str(s.shi501_netname), s.shi501_type, str(s.shi501_remark));
            }
            case 2: {
                SHARE_INFO_2 s = new SHARE_INFO_2(p);
                return new ShareInfo(str(s.shi2_netname), s.shi2_type, str(s.shi2_remark), s.shi2_permissions,
                    s.shi2_max_uses, s.shi2_current_uses, str(s.shi2_path), str(s.shi2_passwd));
            }
            default: {
                SHARE_INFO_502 s = new SHARE_INFO_502(p);
                return new ShareInfo(str(s.shi502_netname), s.shi502_type, str(s.shi502_remark), s.shi502_permissions,
                    s.shi502_max_uses, s.shi502_current_uses, str(s.shi502_path), str(s.shi502_passwd));
            }
        }
    }

    @Override
    public List<ShareInfo> shareEnum(String server, int level) {
        int size = shareSize(level, "NetShareEnum");
        Memory srv = Wide.of(server);
        return enumerate("NetShareEnum",
            (buf, pref, read, total, resume) -> netapi.NetShareEnum(srv, level, buf, pref, read, total, resume),
            size, p -> share(p, level));
    }

    @Override
    public ShareInfo shareGetInfo(String server, String netname, int level) {
        shareSize(level, "NetShareGetInfo");
        Memory srv = Wide.of(server);
        Memory name = Wide.of(netname);
        return info("NetShareGetInfo", buf -> netapi.NetShareGetInfo(srv, name, level, buf), p -> share(p, level));
    }

    @Override
    public void shareAdd(String server, int level, ShareInfo share) {
        if (level != 2 && level != 502) throw new Win32Exception(ERROR_INVALID_LEVEL, "NetShareAdd");
        List<Memory> keep = new ArrayList<>();
        Memory passwd = Wide.of(share.passwd());
        try {
            // SHARE_INFO_2 is the first 64 bytes of SHARE_INFO_502, so one structure serves both levels
            SHARE_INFO_502 i = new SHARE_INFO_502();
            i.shi502_netname = hold(share.netname(), keep);
            i.shi502_type = share.type();
            i.shi502_remark = hold(share.remark(), keep);
            i.shi502_permissions = share.permissions();
            i.shi502_max_uses = share.maxUses();
            i.shi502_current_uses = share.currentUses();
            i.shi502_path = hold(share.path(), keep);
            i.shi502_passwd = passwd;                    // no security descriptor: the share's default
            check(netapi.NetShareAdd(Wide.of(server), level, i, new IntByReference()), "NetShareAdd");
        } finally {
            Wide.wipe(passwd);
        }
    }

    private static Pointer hold(String s, List<Memory> keep) {
        Memory m = Wide.of(s);
        if (m != null) keep.add(m);
        return m;
    }

    @Override
    public void shareDel(String server, String netname) {
        check(netapi.NetShareDel(Wide.of(server), Wide.of(netname), 0), "NetShareDel");
    }

    @Override
    public ServerInfo serverGetInfo(String server, int level) {
        if (level != 100 && level != 101) throw new Win32Exception(ERROR_INVALID_LEVEL, "NetServerGetInfo");
        Memory srv = Wide.of(server);
        return info("NetServerGetInfo", buf -> netapi.NetServerGetInfo(srv, level, buf), p -> {
            if (level == 100) {
                SERVER_INFO_100 s = new SERVER_INFO_100(p);
                return new ServerInfo(s.sv100_platform_id, orEmpty(str(s.sv100_name)), 0, 0, 0, "");
            }
            SERVER_INFO_101 s = new SERVER_INFO_101(p);
            return new ServerInfo(s.sv101_platform_id, orEmpty(str(s.sv101_name)), s.sv101_version_major,
                s.sv101_version_minor, s.sv101_type, orEmpty(str(s.sv101_comment)));
        });
    }

    @Override
    public WkstaInfo wkstaGetInfo(String server, int level) {
        if (level != 100) throw new Win32Exception(ERROR_INVALID_LEVEL, "NetWkstaGetInfo");
        Memory srv = Wide.of(server);
        return info("NetWkstaGetInfo", buf -> netapi.NetWkstaGetInfo(srv, level, buf), p -> {
            WKSTA_INFO_100 w = new WKSTA_INFO_100(p);
            return new WkstaInfo(w.wki100_platform_id, orEmpty(str(w.wki100_computername)),
                orEmpty(str(w.wki100_langroup)), w.wki100_ver_major, w.wki100_ver_minor);
        });
    }

    @Override
    public void useAdd(String server, UseInfo use, String password) {
        List<Memory> keep = new ArrayList<>();
        Memory pw = Wide.of(password);
        try {
            USE_INFO_2 u = new USE_INFO_2();
            u.ui2_local = hold(use.local(), keep);
            u.ui2_remote = hold(use.remote(), keep);
            u.ui2_password = pw;
            u.ui2_status = use.status();
            u.ui2_asg_type = use.asgType();
            u.ui2_refcount = use.refcount();
            u.ui2_usecount = use.usecount();
            u.ui2_username = hold(use.username(), keep);
            u.ui2_domainname = hold(use.domainname(), keep);
            check(netapi.NetUseAdd(Wide.of(server), 2, u, new IntByReference()), "NetUseAdd");
        } finally {
            Wide.wipe(pw);
        }
    }

    @Override
    public void useDel(String server, String useName, int forceCond) {
        check(netapi.NetUseDel(Wide.of(server), Wide.of(useName), forceCond), "NetUseDel");
    }

    private static UseInfo use(Pointer p) {
        USE_INFO_2 u = new USE_INFO_2(p);
        return new UseInfo(orEmpty(str(u.ui2_local)), orEmpty(str(u.ui2_remote)), u.ui2_status, u.ui2_asg_type,
            u.ui2_refcount, u.ui2_usecount, str(u.ui2_username), orEmpty(str(u.ui2_domainname)));
    }

    @Override
    public List<UseInfo> useEnum(String server) {
        Memory srv = Wide.of(server);
        return enumerate("NetUseEnum",
            (buf, pref, read, total, resume) -> netapi.NetUseEnum(srv, 2, buf, pref, read, total, resume),
            USE_INFO_2.SIZE, JnaNetApi::use);
    }

    @Override
    public UseInfo useGetInfo(String server, String useName) {
        if (useName == null) throw new Win32Exception(ERROR_INVALID_PARAMETER, "NetUseGetInfo");
        Memory srv = Wide.of(server);
        Memory name = Wide.of(useName);
        return info("NetUseGetInfo", buf -> netapi.NetUseGetInfo(srv, name, 2, buf), JnaNetApi::use);
    }
}
