package org.pywin32jvm.win32.jna;

import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** LUID (8 bytes, alignment 4). */
@FieldOrder({"LowPart", "HighPart"})
public class Luid extends Structure {
    public int LowPart;
    public int HighPart;
}
