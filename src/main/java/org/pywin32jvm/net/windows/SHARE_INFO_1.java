package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SHARE_INFO_1, one share at level 1: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"shi1_netname", "shi1_type", "shi1_remark"})
public class SHARE_INFO_1 extends Structure {
    public Pointer shi1_netname;
    public int shi1_type;
    public Pointer shi1_remark;

    public static final int SIZE = new SHARE_INFO_1().size();

    public SHARE_INFO_1() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SHARE_INFO_1(Pointer p) {
        super(p);
        read();
    }
}
