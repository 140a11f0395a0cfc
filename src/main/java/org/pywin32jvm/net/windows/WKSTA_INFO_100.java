package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** WKSTA_INFO_100, NetWkstaGetInfo level 100: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"wki100_platform_id", "wki100_computername", "wki100_langroup", "wki100_ver_major", "wki100_ver_minor"})
public class WKSTA_INFO_100 extends Structure {
    public int wki100_platform_id;
    public Pointer wki100_computername;
    public Pointer wki100_langroup;
    public int wki100_ver_major;
    public int wki100_ver_minor;

    public static final int SIZE = new WKSTA_INFO_100().size();

    public WKSTA_INFO_100() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public WKSTA_INFO_100(Pointer p) {
        super(p);
        read();
    }
}
