package org.pywin32jvm.net.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** SERVER_INFO_101, NetServerGetInfo level 101: LMSTR fields are pointers to UTF-16LE memory, DWORDs ints (portable style). */
@FieldOrder({"sv101_platform_id", "sv101_name", "sv101_version_major", "sv101_version_minor", "sv101_type", "sv101_comment"})
public class SERVER_INFO_101 extends Structure {
    public int sv101_platform_id;
    public Pointer sv101_name;
    public int sv101_version_major;
    public int sv101_version_minor;
    public int sv101_type;
    public Pointer sv101_comment;

    public static final int SIZE = new SERVER_INFO_101().size();

    public SERVER_INFO_101() {}

    /** A view of one entry the DLL returned at {@code p}, read at once. */
    public SERVER_INFO_101(Pointer p) {
        super(p);
        read();
    }
}
