package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Pack4;

/** RASEAPINFO inside RASDIALEXTENSIONS: 12 bytes on x64 (pack 4), 8 on x86. */
@FieldOrder({"dwSizeofEapInfo", "pbEapInfo"})
public class RASEAPINFO extends Pack4 {
    public int dwSizeofEapInfo;
    public Pointer pbEapInfo;
}
