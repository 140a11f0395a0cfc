package org.pywin32jvm.win32.jna;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.win32.ErrorMessages;

/**
 * Where the Windows backend's DLLs come from. On Windows: rasapi32, mpr, netapi32. With
 * {@code -Dpywin32jvm.windows.library=PATH} (env {@code PYWIN32JVM_WINDOWS_LIBRARY}) every one of them is
 * that single library instead: the Linux stand-in of the tests (native/standin), or any other build
 * exporting the same W functions. Only this class's callers load JNA, and only when the windows
 * backend is chosen.
 */
public final class WindowsNative {
    private WindowsNative() {}

    public static final String LIBRARY_KEY = "windows.library";

    /** The configured replacement library, or null for the real DLLs. */
    public static String library() {
        return Config.get(LIBRARY_KEY, null);
    }

    public static <T extends Library> T load(String dll, Class<T> type) {
        String path = library();
        if (path == null && !Config.isWindows()) {
            throw new IllegalStateException("the windows backend needs Windows, or pywin32jvm." + LIBRARY_KEY
                + "=<library exporting the " + dll + " W functions>");
        }
        Map<String, Object> options = new HashMap<>();
        // WINAPI is __stdcall on 32-bit Windows; x64 and Linux have one convention.
        if (Platform.isWindows() && !Platform.is64Bit()) {
            options.put(Library.OPTION_CALLING_CONVENTION, Function.ALT_CONVENTION);
        }
        return Native.load(path != null ? path : dll, type, options);
    }

    /** For --version: which DLL, or which stand-in. */
    public static String describe(String dll) {
        String path = library();
        if (path == null) return "windows (" + dll + ".dll via JNA)";
        return "windows (JNA, " + dll + " from " + Path.of(path).getFileName() + ")";
    }

    /**
     * Makes error texts come from the system, as pywin32's do: FormatMessage from kernel32 on real
     * Windows (not with a replacement library), RasGetErrorString from the RAS library.
     */
    public static void installMessages(IntFunction<String> rasGetErrorString) {
        IntFunction<String> formatMessage = null;
        if (library() == null && Platform.isWindows()) formatMessage = SystemMessages::formatMessage;
        ErrorMessages.useNative(formatMessage, rasGetErrorString);
    }
}
