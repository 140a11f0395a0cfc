package org.pywin32jvm.sys.windows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

import org.pywin32jvm.sys.SystemApi;
import org.pywin32jvm.win32.Win32Exception;

/**
 * win32api on Windows: kernel32, advapi32, secur32 and shell32 through JNA, with pywin32's size
 * probes and funcnames. The last-error value is read right after each call (JNA keeps it per thread).
 */
public final class JnaSystem implements SystemApi {
    private static final int ERROR_MORE_DATA = 234;
    private static final int MAX_PATH = 260;

    private final Kernel32W kernel32 = NativeSystemLibs.load("kernel32", Kernel32W.class);
    private final NativeSystemLibs.Advapi32W advapi32 = NativeSystemLibs.load("advapi32", NativeSystemLibs.Advapi32W.class);
    private final NativeSystemLibs.Secur32W secur32 = NativeSystemLibs.load("secur32", NativeSystemLibs.Secur32W.class);
    private final NativeSystemLibs.Shell32W shell32 = NativeSystemLibs.load("shell32", NativeSystemLibs.Shell32W.class);

    @Override
    public String describe() { return "windows (kernel32/advapi32/secur32/shell32 via JNA)"; }

    private static Win32Exception fail(String funcname) { return new Win32Exception(Native.getLastError(), funcname); }

    private static String text(char[] buf, int len) { return new String(buf, 0, Math.min(len, buf.length)); }

    @Override
    public String userName() {
        char[] buf = new char[MAX_PATH + 1];
        IntByReference size = new IntByReference(buf.length);
        if (advapi32.GetUserNameW(buf, size) == 0) throw fail("GetUserName");
        return Native.toString(buf);
    }

    @Override
    public String userNameEx(int format) {
        IntByReference size = new IntByReference(0);
        secur32.GetUserNameExW(format, null, size);
        if (size.getValue() == 0) throw fail("GetUserNameExW");
        char[] buf = new char[size.getValue() + 1];
        size.setValue(buf.length);
        if (secur32.GetUserNameExW(format, buf, size) == 0) throw fail("GetUserNameEx");
        return text(buf, size.getValue());
    }

    @Override
    public String computerName() {
        char[] buf = new char[MAX_PATH + 1];
        IntByReference size = new IntByReference(buf.length);
        if (kernel32.GetComputerNameW(buf, size) == 0) throw fail("GetComputerName");
        return text(buf, size.getValue());
    }

    @Override
    public String computerNameEx(int type) {
        IntByReference size = new IntByReference(0);
        kernel32.GetComputerNameExW(type, null, size);
        if (size.getValue() == 0) throw fail("GetComputerNameExW");
        char[] buf = new char[size.getValue() + 1];
        size.setValue(buf.length);
        if (kernel32.GetComputerNameExW(type, buf, size) == 0) throw fail("GetComputerNameEx");
        return text(buf, size.getValue());
    }

    @Override
    public String domainName() {
        // pywin32 reads the token user's SID and looks up its domain; LookupAccountName of the
        // current user gives the same domain (the computer name for a local account)
        return com.sun.jna.platform.win32.Advapi32Util.getAccountByName(userName()).domain;
    }

    @Override
    public String[] logicalDriveStrings() {
        char[] buf = new char[4 * 26 + 2];
        int n = kernel32.GetLogicalDriveStringsW(buf.length, buf);
        if (n == 0 || n > buf.length) throw fail("GetLogicalDriveStrings");
        List<String> out = new ArrayList<>();
        for (String s : text(buf, n).split("\0")) if (!s.isEmpty()) out.add(s);
        return out.toArray(new String[0]);
    }

    @Override
    public int logicalDrives() {
        int mask = kernel32.GetLogicalDrives();
        if (mask == 0) throw fail("GetLogicalDrives");
        return mask;
    }

    @Override
    public String shortPathName(String path) {
        int n = kernel32.GetShortPathNameW(path, null, 0);
        if (n == 0) throw fail("GetShortPathNameW");
        char[] buf = new char[n];
        int m = kernel32.GetShortPathNameW(path, buf, buf.length);
        if (m == 0) throw fail("GetShortPathNameW");
        if (m >= buf.length) throw new Win32Exception(0, "GetShortPathNameW", "Short path name changed between calls");
        return text(buf, m);
    }

    @Override
    public String longPathName(String path) {
        char[] buf = new char[MAX_PATH];
        for (int tries = 0; tries < 4; tries++) {
            int n = kernel32.GetLongPathNameW(path, buf, buf.length);
            if (n == 0) throw fail("GetLongPathNameW");
            if (n < buf.length) return text(buf, n);
            buf = new char[n];
        }
        throw new Win32Exception(ERROR_MORE_DATA, "GetLongPathNameW");
    }

    @Override
    public String fullPathName(String path) {
        char[] buf = new char[MAX_PATH];
        for (int tries = 0; tries < 4; tries++) {
            int n = kernel32.GetFullPathNameW(path, buf.length, buf, Pointer.NULL);
            if (n == 0) throw fail("GetFullPathName");
            if (n < buf.length) return text(buf, n);
            buf = new char[n];
        }
        throw new Win32Exception(ERROR_MORE_DATA, "GetFullPathName");
    }

    @Override
    public String tempPath() {
        char[] buf = new char[MAX_PATH + 1];
        int n = kernel32.GetTempPathW(buf.length, buf);
        if (n == 0 || n > buf.length) throw fail("GetTempPath");
        return text(buf, n);
    }

    @Override
    public String environmentVariable(String name) {
        char[] buf = new char[256];
        for (int tries = 0; tries < 4; tries++) {
            int n = kernel32.GetEnvironmentVariableW(name, buf, buf.length);
            if (n == 0) {
                int err = Native.getLastError();
                if (err == 203 /* ERROR_ENVVAR_NOT_FOUND */) return null;
                if (err == 0) return "";
                throw new Win32Exception(err, "GetEnvironmentVariableW");
            }
            if (n < buf.length) return text(buf, n);
            buf = new char[n];
        }
        throw new Win32Exception(ERROR_MORE_DATA, "GetEnvironmentVariableW");
    }

    @Override
    public String expandEnvironmentStrings(String src) {
        int n = kernel32.ExpandEnvironmentStringsW(src, null, 0);
        if (n == 0) throw fail("ExpandEnvironmentStrings");
        char[] buf = new char[n];
        int m = kernel32.ExpandEnvironmentStringsW(src, buf, buf.length);
        if (m == 0) throw fail("ExpandEnvironmentStrings");
        return Native.toString(buf);
    }

    @Override
    public long currentProcessId() { return kernel32.GetCurrentProcessId() & 0xFFFFFFFFL; }

    @Override
    public long tickCount() { return kernel32.GetTickCount64(); }

    @Override
    public int[] versionEx() {
        OSVERSIONINFOEXW v = version();
        return new int[] {v.dwMajorVersion, v.dwMinorVersion, v.dwBuildNumber, v.dwPlatformId,
            v.wServicePackMajor & 0xFFFF, v.wServicePackMinor & 0xFFFF, v.wSuiteMask & 0xFFFF,
            v.wProductType & 0xFF, v.wReserved & 0xFF};
    }

    @Override
    public String csdVersion() { return version().csdVersion(); }

    private OSVERSIONINFOEXW version() {
        OSVERSIONINFOEXW v = new OSVERSIONINFOEXW();
        if (kernel32.GetVersionExW(v) == 0) throw fail("GetVersionEx");
        return v;
    }

    @Override
    public String formatMessage(int code) {
        char[] buf = new char[4096];
        int flags = 0x00001000 /* FROM_SYSTEM */ | 0x00000200 /* IGNORE_INSERTS */;
        int n = kernel32.FormatMessageW(flags, Pointer.NULL, code, 0, buf, buf.length, Pointer.NULL);
        if (n == 0) throw fail("FormatMessageW");
        return text(buf, n);
    }

    @Override
    public long shellExecute(long hwnd, String operation, String file, String parameters, String directory, int show) {
        Pointer h = shell32.ShellExecuteW(hwnd == 0 ? null : new Pointer(hwnd), operation, file, parameters,
            directory == null ? "" : directory, show);
        return Pointer.nativeValue(h);
    }

    @Override
    public int winExec(String commandLine, int show) {
        byte[] utf8 = (commandLine + "\0").getBytes(StandardCharsets.UTF_8);   // pywin32 passes UTF-8 to the ANSI API
        return kernel32.WinExec(utf8, show);
    }

    @Override
    public void closeHandle(long handle) {
        if (kernel32.CloseHandle(new Pointer(handle)) == 0) throw fail("CloseHandle");
    }
}
