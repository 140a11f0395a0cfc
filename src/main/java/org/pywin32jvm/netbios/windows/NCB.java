package org.pywin32jvm.netbios.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** nb30.h's NCB, naturally aligned: 96 bytes on x64, 64 on x86 (ncb_reserve is 18 or 10 bytes). */
@FieldOrder({"ncb_command", "ncb_retcode", "ncb_lsn", "ncb_num", "ncb_buffer", "ncb_length", "ncb_callname",
    "ncb_name", "ncb_rto", "ncb_sto", "ncb_post", "ncb_lana_num", "ncb_cmd_cplt", "ncb_reserve", "ncb_event"})
public class NCB extends Structure {
    public byte ncb_command;
    public byte ncb_retcode;
    public byte ncb_lsn;
    public byte ncb_num;
    public Pointer ncb_buffer;
    public short ncb_length;
    public byte[] ncb_callname = new byte[16];
    public byte[] ncb_name = new byte[16];
    public byte ncb_rto;
    public byte ncb_sto;
    public Pointer ncb_post;
    public byte ncb_lana_num;
    public byte ncb_cmd_cplt;
    public byte[] ncb_reserve = new byte[reserveSize(Native.POINTER_SIZE)];
    public Pointer ncb_event;

    /** nb30.h: {@code #ifdef _WIN64 UCHAR ncb_reserve[18]; #else [10]}. */
    public static int reserveSize(int pointerSize) {
        return pointerSize == 8 ? 18 : 10;
    }
}
