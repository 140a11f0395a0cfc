package org.pywin32jvm.sys.windows;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;

/** secur32, advapi32 and shell32: the few wide functions win32api needs beyond kernel32. */
final class NativeSystemLibs {
    private NativeSystemLibs() {}

    interface Secur32W extends Library {
        int GetUserNameExW(int format, char[] buffer, IntByReference size);
    }

    interface Advapi32W extends Library {
        int GetUserNameW(char[] buffer, IntByReference size);
    }

    interface Shell32W extends Library {
        com.sun.jna.Pointer ShellExecuteW(com.sun.jna.Pointer hwnd, String operation, String file, String parameters, String directory, int show);
    }

    /** Java Strings passed as wide strings; stdcall on 32-bit Windows. */
    static <T extends Library> T load(String dll, Class<T> type) {
        java.util.Map<String, Object> options = new java.util.HashMap<>();
        options.put(Library.OPTION_TYPE_MAPPER, com.sun.jna.win32.W32APITypeMapper.UNICODE);
        if (!com.sun.jna.Platform.is64Bit()) options.put(Library.OPTION_CALLING_CONVENTION, com.sun.jna.Function.ALT_CONVENTION);
        return Native.load(dll, type, options);
    }
}
