package org.pywin32jvm.wnet.smb;

import java.util.ArrayList;
import java.util.List;

import com.hierynomus.smbj.session.Session;
import com.rapid7.client.dcerpc.mssrvs.ServerService;
import com.rapid7.client.dcerpc.mssrvs.dto.NetShareInfo0;
import com.rapid7.client.dcerpc.mssrvs.dto.NetShareInfo1;
import com.rapid7.client.dcerpc.mssrvs.dto.NetShareInfo2;
import com.rapid7.client.dcerpc.transport.RPCTransport;
import com.rapid7.client.dcerpc.transport.SMBTransportFactories;

import org.pywin32jvm.wnet.ShareInfo;

/** NetShareEnum / NetShareGetInfo over \PIPE\srvsvc (dcerpc): the share list a server browse shows. */
final class ShareLister {
    static final int STYPE_DISKTREE = 0;
    static final int STYPE_PRINTQ = 1;
    static final int STYPE_MASK = 0xFF;
    static final int STYPE_SPECIAL = 0x80000000;

    private ShareLister() {}

    static List<ShareInfo> list(SmbClients clients, Session session, String funcname) {
        return list(clients, session, funcname, 1);
    }

    /** NetrShareEnum at level 0, 1 or 2 (502 is asked as 2: its security descriptor is not exposed). */
    static List<ShareInfo> list(SmbClients clients, Session session, String funcname, int level) {
        return clients.timed(funcname, session.getConnection(), () -> {
            ServerService srvsvc = service(session);
            List<ShareInfo> out = new ArrayList<>();
            if (level == 0) {
                for (NetShareInfo0 s : srvsvc.getShares0()) out.add(new ShareInfo(s.getNetName(), 0, null));
            } else if (level == 1) {
                for (NetShareInfo1 s : srvsvc.getShares1()) out.add(new ShareInfo(s.getNetName(), s.getType(), s.getRemark()));
            } else {
                for (NetShareInfo2 s : srvsvc.getShares2()) out.add(info(s));
            }
            return out;
        });
    }

    /** NetrShareGetInfo of one share. */
    static ShareInfo get(SmbClients clients, Session session, String netname, int level, String funcname) {
        return clients.timed(funcname, session.getConnection(), () -> {
            ServerService srvsvc = service(session);
            if (level == 0) return new ShareInfo(srvsvc.getShare0(netname).getNetName(), 0, null);
            if (level == 1) {
                NetShareInfo1 s = srvsvc.getShare1(netname);
                return new ShareInfo(s.getNetName(), s.getType(), s.getRemark());
            }
            return info(srvsvc.getShare2(netname));
        });
    }

    private static ServerService service(Session session) throws java.io.IOException {
        RPCTransport transport = SMBTransportFactories.SRVSVC.getTransport(session);
        return new ServerService(transport);
    }

    private static ShareInfo info(NetShareInfo2 s) {
        return new ShareInfo(s.getNetName(), s.getType(), s.getRemark(), s.getPermissions(), s.getMaxUses(),
            s.getCurrentUses(), s.getPath(), s.getPasswd());
    }

    /** What WNetEnumResource shows: disk trees and print queues, not IPC$/ADMIN$ or hidden "$" shares. */
    static boolean visible(ShareInfo s) {
        if ((s.type() & STYPE_SPECIAL) != 0) return false;
        int base = s.type() & STYPE_MASK;
        if (base != STYPE_DISKTREE && base != STYPE_PRINTQ) return false;
        return s.netname() != null && !s.netname().endsWith("$");
    }
}
