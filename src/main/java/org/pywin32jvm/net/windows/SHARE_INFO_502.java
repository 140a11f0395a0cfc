package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SHARE_INFO_502, one share at level 502 (also NetShareAdd's input; the security descriptor is not read): LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"shi502_netname", "shi502_type", "shi502_remark", "shi502_permissions", "shi502_max_uses", "shi502_current_uses", "shi502_path", "shi502_passwd", "shi502_reserved", "shi502_security_descriptor"})
public class SHARE_INFO_502 extends Structure {
    public Pointer shi502_netname;
    public int shi502_type;
    public Pointer shi502_remark;
    public int shi502_permissions;
    public int shi502_max_uses;
    public int shi502_current_uses;
    public Pointer shi502_path;
    public Pointer shi502_passwd;
    public int shi502_reserved;
    public Pointer shi502_security_descriptor;

    public static final int SIZE = new SHARE_INFO_502().size();

    public SHARE_INFO_502() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SHARE_INFO_502(Pointer p) {
        super(p);
        read();
    }
}
