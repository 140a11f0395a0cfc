package org.pywin32jvm.wnet.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** UNIVERSAL_NAME_INFOW (WNetGetUniversalName level 1): 8 bytes on x64, 4 on x86. */
@FieldOrder({"lpUniversalName"})
public class UNIVERSAL_NAME_INFOW extends Structure {
    public Pointer lpUniversalName;

    public UNIVERSAL_NAME_INFOW() {}

    public UNIVERSAL_NAME_INFOW(Pointer p) {
        super(p);
        read();
    }
}
