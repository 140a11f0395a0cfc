package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SHARE_INFO_2, one share at level 2 (also NetShareAdd's input): LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"shi2_netname", "shi2_type", "shi2_remark", "shi2_permissions", "shi2_max_uses", "shi2_current_uses", "shi2_path", "shi2_passwd"})
public class SHARE_INFO_2 extends Structure {
    public Pointer shi2_netname;
    public int shi2_type;
    public Pointer shi2_remark;
    public int shi2_permissions;
    public int shi2_max_uses;
    public int shi2_current_uses;
    public Pointer shi2_path;
    public Pointer shi2_passwd;

    public static final int SIZE = new SHARE_INFO_2().size();

    public SHARE_INFO_2() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SHARE_INFO_2(Pointer p) {
        super(p);
        read();
    }
}
