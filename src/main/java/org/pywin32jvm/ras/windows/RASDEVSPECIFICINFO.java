package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Pack4;

/** RASDEVSPECIFICINFO (WINVER 0x601 tail of RASDIALEXTENSIONS): 12 bytes on x64, 8 on x86. */
@FieldOrder({"dwSize", "pbDevSpecificInfo"})
public class RASDEVSPECIFICINFO extends Pack4 {
    public int dwSize;
    public Pointer pbDevSpecificInfo;
}
