package org.pywin32jvm.sys;

/**
 * The process and machine facts win32api answers (kernel32, advapi32, secur32, shell32 on Windows).
 * One implementation per platform: {@link PortableSystem} everywhere, {@code windows.JnaSystem} on
 * Windows. Failures are {@link org.pywin32jvm.win32.Win32Exception}s with pywin32's funcnames.
 */
public interface SystemApi {
    /** A short name for --version. */
    String describe();

    /** GetUserName. */
    String userName();

    /** GetUserNameEx(format), an EXTENDED_NAME_FORMAT value. */
    String userNameEx(int format);

    /** GetComputerName: the NetBIOS name. */
    String computerName();

    /** GetComputerNameEx(type), a COMPUTER_NAME_FORMAT value. */
    String computerNameEx(int type);

    /** GetDomainName: the domain of the current user's account (the computer name for a local one). */
    String domainName();

    /** GetLogicalDriveStrings as a list of roots ("Z:\\"). */
    String[] logicalDriveStrings();

    /** GetLogicalDrives: bit 0 = A:. */
    int logicalDrives();

    /** GetShortPathName (funcname GetShortPathNameW). */
    String shortPathName(String path);

    /** GetLongPathName (funcname GetLongPathNameW). */
    String longPathName(String path);

    /** GetFullPathName. */
    String fullPathName(String path);

    /** GetTempPath: ends in the separator. */
    String tempPath();

    /** GetEnvironmentVariable: null when the variable does not exist. */
    String environmentVariable(String name);

    /** ExpandEnvironmentStrings: %NAME% replaced where NAME exists, left as it is otherwise. */
    String expandEnvironmentStrings(String text);

    /** GetCurrentProcessId. */
    long currentProcessId();

    /** GetTickCount64: milliseconds since the machine started. */
    long tickCount();

    /**
     * GetVersionEx(OSVERSIONINFOEXW): {major, minor, build, platformId, spMajor, spMinor, suiteMask,
     * productType, reserved}; the CSD string is {@link #csdVersion()}.
     */
    int[] versionEx();

    /** szCSDVersion of GetVersionEx. */
    String csdVersion();

    /** FormatMessage(FROM_SYSTEM | IGNORE_INSERTS) of a code, with its trailing CR/LF; 317 when there is none. */
    String formatMessage(int code);

    /** ShellExecute: the HINSTANCE (> 32) or the SE_ERR_* / Win32 code (<= 32) Windows returns. */
    long shellExecute(long hwnd, String operation, String file, String parameters, String directory, int show);

    /** WinExec: a value > 31 on success, else the error code Windows returns. */
    int winExec(String commandLine, int show);

    /** CloseHandle of a kernel handle; throws (6, "CloseHandle") for one that is not open. */
    void closeHandle(long handle);
}
