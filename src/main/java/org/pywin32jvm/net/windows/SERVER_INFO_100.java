package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SERVER_INFO_100, NetServerGetInfo level 100: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"sv100_platform_id", "sv100_name"})
public class SERVER_INFO_100 extends Structure {
    public int sv100_platform_id;
    public Pointer sv100_name;

    public static final int SIZE = new SERVER_INFO_100().size();

    public SERVER_INFO_100() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SERVER_INFO_100(Pointer p) {
        super(p);
        read();
    }
}
