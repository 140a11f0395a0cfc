package org.pywin32jvm.netbios.windows;

import com.sun.jna.Memory;

import org.pywin32jvm.netbios.Ncb;
import org.pywin32jvm.netbios.NetbiosApi;
import org.pywin32jvm.win32.jna.WindowsNative;

/**
 * {@link NetbiosApi} over netapi32.dll's Netbios. The caller's buffer is copied to native memory for the
 * call and back afterwards, so:
 * <ul>
 * <li>ASYNCH commands (bit 0x80) are run synchronously: Windows would write the answer later, into memory
 *   that only exists during this call. The result code is the final one, never NRC_PENDING.</li>
 * <li>ncb_post and ncb_event are passed as NULL: pywin32 hands the raw integers to Windows, where a
 *   non-zero Post becomes a code address and crashes the process.</li>
 * </ul>
 */
public final class JnaNetbios implements NetbiosApi {
    static final int ASYNCH = 0x80;
    static final int NRC_BUFLEN = 0x01;

    private final Netapi32 netapi;
    private final String description;

    public JnaNetbios() {
        this(WindowsNative.load("netapi32", Netapi32.class), WindowsNative.describe("netapi32"));
    }

    public JnaNetbios(Netapi32 netapi, String description) {
        this.netapi = netapi;
        this.description = description;
    }

    @Override public String describe() { return description; }

    @Override
    public int netbios(Ncb ncb) {
        int length = ncb.buffer == null ? 0 : ncb.buffer.length;
        if (length > 0xFFFF) {                                 // python-lib refuses these first (ValueError)
            ncb.retcode = NRC_BUFLEN;
            return NRC_BUFLEN;
        }
        NCB n = new NCB();
        n.ncb_command = (byte) (ncb.command & ~ASYNCH);
        n.ncb_lsn = ncb.lsn;
        n.ncb_num = ncb.num;
        Memory buf = null;
        if (length > 0) {
            buf = new Memory(length);
            buf.write(0, ncb.buffer, 0, length);
        }
        n.ncb_buffer = buf;
        n.ncb_length = (short) length;
        System.arraycopy(ncb.callname, 0, n.ncb_callname, 0, Math.min(16, ncb.callname.length));
        System.arraycopy(ncb.name, 0, n.ncb_name, 0, Math.min(16, ncb.name.length));
        n.ncb_rto = ncb.rto;
        n.ncb_sto = ncb.sto;
        n.ncb_lana_num = ncb.lanaNum;
        int rc = netapi.Netbios(n) & 0xFF;                     // JNA reads the NCB back after the call
        ncb.retcode = n.ncb_retcode;
        ncb.lsn = n.ncb_lsn;
        ncb.num = n.ncb_num;
        ncb.cmdCplt = n.ncb_cmd_cplt;
        System.arraycopy(n.ncb_callname, 0, ncb.callname, 0, Math.min(16, ncb.callname.length));
        System.arraycopy(n.ncb_name, 0, ncb.name, 0, Math.min(16, ncb.name.length));
        if (buf != null) buf.read(0, ncb.buffer, 0, length);
        return rc;
    }
}
