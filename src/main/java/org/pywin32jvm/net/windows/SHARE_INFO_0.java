package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SHARE_INFO_0, one share at level 0 (NetShareEnum): LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"shi0_netname"})
public class SHARE_INFO_0 extends Structure {
    public Pointer shi0_netname;

    public static final int SIZE = new SHARE_INFO_0().size();

    public SHARE_INFO_0() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SHARE_INFO_0(Pointer p) {
        super(p);
        read();
    }
}
