package org.pywin32jvm.ras.windows;

import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Pack4;

/** RASCONNSTATUSW with the WINVER 0x601 tunnel end points: 608 bytes on x64 and x86. */
@FieldOrder({"dwSize", "rasconnstate", "dwError", "szDeviceType", "szDeviceName", "szPhoneNumber",
    "localEndPoint", "remoteEndPoint", "rasconnsubstate"})
public class RASCONNSTATUSW extends Pack4 {
    public int dwSize;
    public int rasconnstate;
    public int dwError;
    public short[] szDeviceType = new short[17];
    public short[] szDeviceName = new short[129];
    public short[] szPhoneNumber = new short[129];
    public RASTUNNELENDPOINT localEndPoint;
    public RASTUNNELENDPOINT remoteEndPoint;
    public int rasconnsubstate;

    public static final int SIZE = new RASCONNSTATUSW().size();

    /** Field offsets, for reading an answer straight from memory (no per-call reflection). */
    public static final int OFF_STATE;
    public static final int OFF_ERROR;
    public static final int OFF_DEVICE_TYPE;
    public static final int OFF_DEVICE_NAME;

    static {
        RASCONNSTATUSW proto = new RASCONNSTATUSW();
        OFF_STATE = proto.fieldOffset("rasconnstate");
        OFF_ERROR = proto.fieldOffset("dwError");
        OFF_DEVICE_TYPE = proto.fieldOffset("szDeviceType");
        OFF_DEVICE_NAME = proto.fieldOffset("szDeviceName");
    }

    public RASCONNSTATUSW() {
        dwSize = SIZE;
    }
}
