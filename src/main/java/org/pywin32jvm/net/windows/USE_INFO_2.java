package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** USE_INFO_2, NetUse* level 2 (also NetUseAdd's input): LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"ui2_local", "ui2_remote", "ui2_password", "ui2_status", "ui2_asg_type", "ui2_refcount", "ui2_usecount", "ui2_username", "ui2_domainname"})
public class USE_INFO_2 extends Structure {
    public Pointer ui2_local;
    public Pointer ui2_remote;
    public Pointer ui2_password;
    public int ui2_status;
    public int ui2_asg_type;
    public int ui2_refcount;
    public int ui2_usecount;
    public Pointer ui2_username;
    public Pointer ui2_domainname;

    public static final int SIZE = new USE_INFO_2().size();

    public USE_INFO_2() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public USE_INFO_2(Pointer p) {
        super(p);
        read();
    }
}
