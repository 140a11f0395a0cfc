package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Guid;
import org.pywin32jvm.win32.jna.Luid;
import org.pywin32jvm.win32.jna.Pack4;

/** RASCONNW as pywin32 (WINVER 0x601) sends it: 1388 bytes on x64, 1384 on x86 (pack 4). */
@FieldOrder({"dwSize", "hrasconn", "szEntryName", "szDeviceType", "szDeviceName", "szPhonebook", "dwSubEntry",
    "guidEntry", "dwFlags", "luid", "guidCorrelationId"})
public class RASCONNW extends Pack4 {
    public int dwSize;
    public Pointer hrasconn;
    public short[] szEntryName = new short[257];
    public short[] szDeviceType = new short[17];
    public short[] szDeviceName = new short[129];
    public short[] szPhonebook = new short[260];
    public int dwSubEntry;
    public Guid guidEntry;
    public int dwFlags;
    public Luid luid;
    public Guid guidCorrelationId;

    public RASCONNW() {}

    public RASCONNW(Pointer p) {
        super(p);
        read();
    }

    public static final int SIZE = new RASCONNW().size();
}
