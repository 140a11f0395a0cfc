package org.pywin32jvm.wnet.smb;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.hierynomus.mssmb2.SMBApiException;
import com.rapid7.client.dcerpc.RPCException;

/**
 * Backend failures -> Win32 error codes (spec backends.md §2.3). The one place that knows smbj's
 * and the JDK's failures; everything else throws {@code Win32Exception} with the code from here.
 */
public final class SmbErrorMap {
    private SmbErrorMap() {}

    public static final int ERROR_ACCESS_DENIED = 5;
    public static final int ERROR_INVALID_HANDLE = 6;
    public static final int ERROR_NOT_SUPPORTED = 50;
    public static final int ERROR_BAD_NETPATH = 53;
    public static final int ERROR_UNEXP_NET_ERR = 59;
    public static final int ERROR_NETNAME_DELETED = 64;
    public static final int ERROR_NETWORK_ACCESS_DENIED = 65;
    public static final int ERROR_BAD_DEV_TYPE = 66;
    public static final int ERROR_BAD_NET_NAME = 67;
    public static final int ERROR_ALREADY_ASSIGNED = 85;
    public static final int ERROR_INVALID_PASSWORD = 86;
    public static final int ERROR_INVALID_PARAMETER = 87;
    public static final int ERROR_SEM_TIMEOUT = 121;
    public static final int ERROR_INVALID_LEVEL = 124;
    public static final int ERROR_BAD_DEVICE = 1200;
    public static final int ERROR_CONNECTION_UNAVAIL = 1201;
    public static final int ERROR_DEVICE_ALREADY_REMEMBERED = 1202;
    public static final int ERROR_NO_NET_OR_BAD_PATH = 1203;
    public static final int ERROR_BAD_PROVIDER = 1204;
    public static final int ERROR_CANNOT_OPEN_PROFILE = 1205;
    public static final int ERROR_NOT_CONTAINER = 1207;
    public static final int ERROR_SESSION_CREDENTIAL_CONFLICT = 1219;
    public static final int ERROR_CANCELLED = 1223;
    public static final int ERROR_NETWORK_UNREACHABLE = 1231;
    public static final int ERROR_HOST_UNREACHABLE = 1232;
    public static final int ERROR_SMB_GUEST_LOGON_BLOCKED = 1272;
    public static final int ERROR_LOGON_FAILURE = 1326;
    public static final int ERROR_NOT_CONNECTED = 2250;

    /** NTSTATUS (as the unsigned 32-bit value) -> Win32 code. */
    private static final Map<Long, Integer> NTSTATUS = Map.ofEntries(
        Map.entry(0xC000006DL, ERROR_LOGON_FAILURE),        // STATUS_LOGON_FAILURE
        Map.entry(0xC000006AL, ERROR_INVALID_PASSWORD),     // STATUS_WRONG_PASSWORD
        Map.entry(0xC0000072L, 1331),                       // STATUS_ACCOUNT_DISABLED
        Map.entry(0xC0000234L, 1909),                       // STATUS_ACCOUNT_LOCKED_OUT
        Map.entry(0xC0000071L, 1330),                       // STATUS_PASSWORD_EXPIRED
        Map.entry(0xC0000224L, 1907),                       // STATUS_PASSWORD_MUST_CHANGE
        Map.entry(0xC000006FL, 1328),                       // STATUS_INVALID_LOGON_HOURS
        Map.entry(0xC0000070L, 1329),                       // STATUS_INVALID_WORKSTATION
        Map.entry(0xC000015BL, 1385),                       // STATUS_LOGON_TYPE_NOT_GRANTED
        Map.entry(0xC0000022L, ERROR_ACCESS_DENIED),        // STATUS_ACCESS_DENIED
        Map.entry(0xC00000CAL, ERROR_NETWORK_ACCESS_DENIED),// STATUS_NETWORK_ACCESS_DENIED
        Map.entry(0xC00000CCL, ERROR_BAD_NET_NAME),         // STATUS_BAD_NETWORK_NAME
        Map.entry(0xC00000BEL, ERROR_BAD_NETPATH),          // STATUS_BAD_NETWORK_PATH
        Map.entry(0xC00000B5L, ERROR_SEM_TIMEOUT),          // STATUS_IO_TIMEOUT
        Map.entry(0xC0000203L, ERROR_NETNAME_DELETED),      // STATUS_USER_SESSION_DELETED
        Map.entry(0xC00000C9L, ERROR_NETNAME_DELETED),      // STATUS_NETWORK_NAME_DELETED
        Map.entry(0xC00000BBL, ERROR_NOT_SUPPORTED),        // STATUS_NOT_SUPPORTED
        Map.entry(0xC0000064L, ERROR_LOGON_FAILURE));       // STATUS_NO_SUCH_USER (Windows shows 1326)

    /**
     * A failure of the connection itself (socket closed or reset, timeout, smbj's transport errors), as opposed to
     * an answer of the server (an NTSTATUS or an RPC error code): after one the connection is not reused.
     */
    public static boolean isTransportFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SMBApiException) return false;
            if (c instanceof RPCException e && e.hasErrorCode()) return false;
        }
        return true;
    }

    /** The Win32 code for a failure anywhere in smbj, dcerpc or the socket layer. */
    public static int code(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SMBApiException e) {
                Integer code = NTSTATUS.get(e.getStatusCode() & 0xFFFFFFFFL);
                return code != null ? code : ERROR_UNEXP_NET_ERR;
            }
            if (c instanceof RPCException e) {
                return e.hasErrorCode() ? (int) e.getErrorCode().getValue() : ERROR_UNEXP_NET_ERR;
            }
            if (c instanceof UnknownHostException || c instanceof ConnectException) return ERROR_BAD_NETPATH;
            if (c instanceof NoRouteToHostException) return ERROR_HOST_UNREACHABLE;
            if (c instanceof SocketTimeoutException || c instanceof TimeoutException) return ERROR_SEM_TIMEOUT;
            if (c instanceof java.net.SocketException se) {
                String m = String.valueOf(se.getMessage()).toLowerCase();
                if (m.contains("network is unreachable")) return ERROR_NETWORK_UNREACHABLE;
                if (m.contains("reset") || m.contains("closed")) return ERROR_UNEXP_NET_ERR;
            }
        }
        return ERROR_UNEXP_NET_ERR;
    }
}
