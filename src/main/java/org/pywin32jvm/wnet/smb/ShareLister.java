package org.pywin32jvm.wnet.smb;

import java.util.ArrayList;
import java.util.List;

import com.hierynomus.smbj.session.Session;
import com.rapid7.client.dcerpc.mssrvs.ServerService;
import com.rapid7.client.dcerpc.mssrvs.dto.NetShareInfo1;
import com.rapid7.client.dcerpc.transport.RPCTransport;
import com.rapid7.client.dcerpc.transport.SMBTransportFactories;

/** NetShareEnum level 1 over \PIPE\srvsvc (dcerpc), the share list a server browse shows. */
final class ShareLister {
    static final int STYPE_DISKTREE = 0;
    static final int STYPE_PRINTQ = 1;
    static final int STYPE_MASK = 0xFF;
    static final int STYPE_SPECIAL = 0x80000000;

    record ShareInfo(String name, int type, String remark) {}

    private ShareLister() {}

    static List<ShareInfo> list(SmbClients clients, Session session, String funcname) {
        return clients.timed(funcname, session.getConnection(), () -> {
            RPCTransport transport = SMBTransportFactories.SRVSVC.getTransport(session);
            List<ShareInfo> out = new ArrayList<>();
            for (NetShareInfo1 s : new ServerService(transport).getShares1()) {
                out.add(new ShareInfo(s.getNetName(), s.getType(), s.getRemark()));
            }
            return out;
        });
    }

    /** What WNetEnumResource shows: disk trees and print queues, not IPC$/ADMIN$ or hidden "$" shares. */
    static boolean visible(ShareInfo s) {
        if ((s.type() & STYPE_SPECIAL) != 0) return false;
        int base = s.type() & STYPE_MASK;
        if (base != STYPE_DISKTREE && base != STYPE_PRINTQ) return false;
        return s.name() != null && !s.name().endsWith("$");
    }
}
