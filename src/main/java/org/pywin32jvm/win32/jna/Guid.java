package org.pywin32jvm.win32.jna;

import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** GUID (16 bytes, alignment 4), in the portable structure style. */
@FieldOrder({"Data1", "Data2", "Data3", "Data4"})
public class Guid extends Structure {
    public int Data1;
    public short Data2;
    public short Data3;
    public byte[] Data4 = new byte[8];
}
