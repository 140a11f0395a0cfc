package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Pack4;

/** RASEAPUSERIDENTITYW header; pbEapInfo is really dwSizeofEapInfo bytes long. 524 bytes as declared. */
@FieldOrder({"szUserName", "dwSizeofEapInfo", "pbEapInfo"})
public class RASEAPUSERIDENTITYW extends Pack4 {
    public short[] szUserName = new short[257];
    public int dwSizeofEapInfo;
    public byte[] pbEapInfo = new byte[1];

    public RASEAPUSERIDENTITYW() {}

    public RASEAPUSERIDENTITYW(Pointer p) {
        super(p);
        read();
    }

    public int eapInfoOffset() { return fieldOffset("pbEapInfo"); }

    public int eapSizeOffset() { return fieldOffset("dwSizeofEapInfo"); }
}
