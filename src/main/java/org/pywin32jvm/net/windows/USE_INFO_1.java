package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** USE_INFO_1, NetUse* level 1: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"ui1_local", "ui1_remote", "ui1_password", "ui1_status", "ui1_asg_type", "ui1_refcount", "ui1_usecount"})
public class USE_INFO_1 extends Structure {
    public Pointer ui1_local;
    public Pointer ui1_remote;
    public Pointer ui1_password;
    public int ui1_status;
    public int ui1_asg_type;
    public int ui1_refcount;
    public int ui1_usecount;

    public static final int SIZE = new USE_INFO_1().size();

    public USE_INFO_1() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public USE_INFO_1(Pointer p) {
        super(p);
        read();
    }
}
