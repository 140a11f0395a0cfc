package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Pack4;

/** RASENTRYNAMEW: 1048 bytes on x64 and x86. Missing from jna-platform. */
@FieldOrder({"dwSize", "szEntryName", "dwFlags", "szPhonebookPath"})
public class RASENTRYNAMEW extends Pack4 {
    public int dwSize;
    public short[] szEntryName = new short[257];
    public int dwFlags;
    public short[] szPhonebookPath = new short[261];

    public RASENTRYNAMEW() {}

    public RASENTRYNAMEW(Pointer p) {
        super(p);
        read();
    }

    public static final int SIZE = new RASENTRYNAMEW().size();
}
