package org.pywin32jvm.netbios.emulated;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import org.pywin32jvm.netbios.Ncb;
import org.pywin32jvm.netbios.NetbiosApi;

/**
 * Netbios off Windows, from java.net.NetworkInterface (spec backends.md §2.5): NCBENUM, NCBRESET and
 * NCBASTAT with callname "*" (the adapter's real MAC address) - what the MAC-address recipe needs.
 * Every other command answers NRC_ILLCMD, a bad LANA NRC_BRIDGE, a short buffer NRC_BUFLEN: return
 * codes, never exceptions. ASYNCH commands complete at once (there is no Netbios stack to wait on).
 */
public final class EmulatedNetbios implements NetbiosApi {
    static final int NCBRESET = 0x32, NCBASTAT = 0x33, NCBENUM = 0x37, ASYNCH = 0x80;
    static final int NRC_GOODRET = 0x00, NRC_BUFLEN = 0x01, NRC_ILLCMD = 0x03, NRC_CMDTMO = 0x05, NRC_BRIDGE = 0x23;
    static final int MAX_LANA = 254;
    /** sizeof(ADAPTER_STATUS) on Windows. */
    static final int ADAPTER_STATUS_SIZE = 60;
    static final int DEFAULT_SESSIONS = 16, DEFAULT_NAMES = 16;

    /** Sessions asked for by the last NCBRESET of each LANA (ADAPTER_STATUS.max_sess). */
    private final Map<Integer, Integer> resetSessions = new ConcurrentHashMap<>();

    @Override
    public String describe() { return "emulated (java.net.NetworkInterface: NCBENUM, NCBRESET, NCBASTAT)"; }

    @Override
    public int netbios(Ncb ncb) {
        int rc = run(ncb);
        ncb.retcode = (byte) rc;
        ncb.cmdCplt = (byte) rc;
        return rc;
    }

    private int run(Ncb ncb) {
        int command = ncb.command & 0xFF & ~ASYNCH;
        switch (command) {
            case NCBENUM: return lanaEnum(ncb);
            case NCBRESET: return reset(ncb);
            case NCBASTAT: return adapterStatus(ncb);
            default: return NRC_ILLCMD;
        }
    }

    private int lanaEnum(Ncb ncb) {
        List<Adapters.Adapter> adapters = Adapters.list();
        int n = Math.min(adapters.size(), MAX_LANA);
        byte[] buf = ncb.buffer;
        if (buf == null || buf.length < 1 + n) return NRC_BUFLEN;
        buf[0] = (byte) n;
        for (int i = 0; i < n; i++) buf[1 + i] = (byte) i;
        return NRC_GOODRET;
    }

    private Adapters.Adapter adapter(Ncb ncb) {
        int lana = ncb.lanaNum & 0xFF;
        List<Adapters.Adapter> adapters = Adapters.list();
        return lana < adapters.size() ? adapters.get(lana) : null;
    }

    private int reset(Ncb ncb) {
        if (adapter(ncb) == null) return NRC_BRIDGE;
        int sessions = ncb.callname[0] & 0xFF;      // ncb_callname[0]: sessions requested (0 = default)
        resetSessions.put(ncb.lanaNum & 0xFF, sessions == 0 ? DEFAULT_SESSIONS : sessions);
        return NRC_GOODRET;
    }

    private int adapterStatus(Ncb ncb) {
        Adapters.Adapter a = adapter(ncb);
        if (a == null) return NRC_BRIDGE;
        if (ncb.callname[0] != '*') return NRC_CMDTMO;      // no remote name service to ask
        byte[] buf = ncb.buffer;
        if (buf == null || buf.length < ADAPTER_STATUS_SIZE) return NRC_BUFLEN;
        java.util.Arrays.fill(buf, 0, ADAPTER_STATUS_SIZE, (byte) 0);
        System.arraycopy(a.mac(), 0, buf, 0, 6);
        buf[6] = 3;                 // rev_major
        buf[8] = (byte) 0xFE;       // adapter_type: Ethernet
        int sessions = resetSessions.getOrDefault(ncb.lanaNum & 0xFF, DEFAULT_SESSIONS);
        putShort(buf, 40, 255);     // free_ncbs
        putShort(buf, 42, 255);     // max_cfg_ncbs
        putShort(buf, 44, 255);     // max_ncbs
        putShort(buf, 48, 1472);    // max_dgram_size (UDP payload on Ethernet)
        putShort(buf, 52, sessions);// max_cfg_sess
        putShort(buf, 54, sessions);// max_sess
        putShort(buf, 56, 65535);   // max_sess_pkt_size
        putShort(buf, 58, 0);       // name_count: no names registered
        return NRC_GOODRET;
    }

    private static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }
}
