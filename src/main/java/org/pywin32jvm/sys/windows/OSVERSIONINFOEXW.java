package org.pywin32jvm.sys.windows;

import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** OSVERSIONINFOEXW (winnt.h), GetVersionExW: 284 bytes on x64 and x86; dwOSVersionInfoSize is set. */
@FieldOrder({"dwOSVersionInfoSize", "dwMajorVersion", "dwMinorVersion", "dwBuildNumber", "dwPlatformId",
    "szCSDVersion", "wServicePackMajor", "wServicePackMinor", "wSuiteMask", "wProductType", "wReserved"})
public class OSVERSIONINFOEXW extends Structure {
    public int dwOSVersionInfoSize;
    public int dwMajorVersion;
    public int dwMinorVersion;
    public int dwBuildNumber;
    public int dwPlatformId;
    public short[] szCSDVersion = new short[128];     // WCHAR[128] as short[]: Java char is wchar_t (4 bytes) off Windows
    public short wServicePackMajor;
    public short wServicePackMinor;
    public short wSuiteMask;
    public byte wProductType;
    public byte wReserved;

    public OSVERSIONINFOEXW() {
        dwOSVersionInfoSize = size();
    }

    /** szCSDVersion up to its NUL. */
    public String csdVersion() {
        StringBuilder b = new StringBuilder();
        for (short c : szCSDVersion) {
            if (c == 0) break;
            b.append((char) c);
        }
        return b.toString();
    }
}
