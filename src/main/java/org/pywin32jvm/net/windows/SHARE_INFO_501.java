package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SHARE_INFO_501, one share at level 501: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"shi501_netname", "shi501_type", "shi501_remark", "shi501_flags"})
public class SHARE_INFO_501 extends Structure {
    public Pointer shi501_netname;
    public int shi501_type;
    public Pointer shi501_remark;
    public int shi501_flags;

    public static final int SIZE = new SHARE_INFO_501().size();

    public SHARE_INFO_501() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SHARE_INFO_501(Pointer p) {
        super(p);
        read();
    }
}
