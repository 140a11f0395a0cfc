package org.pywin32jvm.netbios.windows;

import com.sun.jna.Library;

/** netapi32.dll's Netbios (missing from jna-platform): UCHAR Netbios(PNCB). */
public interface Netapi32 extends Library {
    byte Netbios(NCB ncb);
}
