package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.win32.jna.Handles;
import org.pywin32jvm.win32.jna.Pack4;

/**
 * RASDIALEXTENSIONS, WINVER 0x601: 60 bytes on x64, 40 on x86 (jna-platform's is 72 on x64: wrong).
 * dwSize is what the Python object holds; pywin32 never sets it, so Windows answers 632.
 */
@FieldOrder({"dwSize", "dwfOptions", "hwndParent", "reserved", "reserved1", "RasEapInfo", "fSkipPppAuth",
    "RasDevSpecificInfo"})
public class RASDIALEXTENSIONS extends Pack4 {
    public int dwSize;
    public int dwfOptions;
    public Pointer hwndParent;
    public Pointer reserved;
    public Pointer reserved1;
    public RASEAPINFO RasEapInfo;
    public int fSkipPppAuth;
    public RASDEVSPECIFICINFO RasDevSpecificInfo;

    public static final int SIZE = new RASDIALEXTENSIONS().size();

    public RASDIALEXTENSIONS() {}

    public RASDIALEXTENSIONS(RasApi.DialExtensions e) {
        // the face asks for dwSize to be set (non-zero); the true size depends on the pointer width (60 / 40)
        dwSize = e.dwSize() == 0 ? 0 : size();
        dwfOptions = e.options();
        hwndParent = Handles.pointer(e.hwndParent());
        reserved = Handles.pointer(e.reserved());
        reserved1 = Handles.pointer(e.reserved1());
    }
}
