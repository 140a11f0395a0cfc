package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** USE_INFO_0, NetUseEnum/NetUseGetInfo level 0: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"ui0_local", "ui0_remote"})
public class USE_INFO_0 extends Structure {
    public Pointer ui0_local;
    public Pointer ui0_remote;

    public static final int SIZE = new USE_INFO_0().size();

    public USE_INFO_0() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public USE_INFO_0(Pointer p) {
        super(p);
        read();
    }
}
