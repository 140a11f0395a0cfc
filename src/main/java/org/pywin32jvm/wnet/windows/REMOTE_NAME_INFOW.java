package org.pywin32jvm.wnet.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** REMOTE_NAME_INFOW (WNetGetUniversalName level 2): 24 bytes on x64, 12 on x86. */
@FieldOrder({"lpUniversalName", "lpConnectionName", "lpRemainingPath"})
public class REMOTE_NAME_INFOW extends Structure {
    public Pointer lpUniversalName;
    public Pointer lpConnectionName;
    public Pointer lpRemainingPath;

    public REMOTE_NAME_INFOW() {}

    public REMOTE_NAME_INFOW(Pointer p) {
        super(p);
        read();
    }
}
