package org.pywin32jvm.sys.windows;

import java.util.List;

import com.sun.jna.Structure;

/** OSVERSIONINFOEXW (winnt.h): 284 bytes on x86 and x64; dwOSVersionInfoSize must be set. */
public class OSVERSIONINFOEXW extends Structure {
    public int dwOSVersionInfoSize;
    public int dwMajorVersion;
    public int dwMinorVersion;
    public int dwBuildNumber;
    public int dwPlatformId;
    public char[] szCSDVersion = new char[128];
    public short wServicePackMajor;
    public short wServicePackMinor;
    public short wSuiteMask;
    public byte wProductType;
    public byte wReserved;

    public OSVERSIONINFOEXW() {
        super(ALIGN_DEFAULT);
        setAlignType(ALIGN_DEFAULT);
        dwOSVersionInfoSize = size();
    }

    @Override
    protected List<String> getFieldOrder() {
        return List.of("dwOSVersionInfoSize", "dwMajorVersion", "dwMinorVersion", "dwBuildNumber", "dwPlatformId",
            "szCSDVersion", "wServicePackMajor", "wServicePackMinor", "wSuiteMask", "wProductType", "wReserved");
    }
}
