package org.pywin32jvm.sys.windows;

import com.sun.jna.Library;
import com.sun.jna.ptr.IntByReference;

/** The kernel32 wide functions win32api calls (char[] buffers, DWORD as int, handles as long). */
public interface Kernel32W extends Library {
    int GetComputerNameW(char[] buffer, IntByReference size);

    int GetComputerNameExW(int type, char[] buffer, IntByReference size);

    int GetLogicalDriveStringsW(int length, char[] buffer);

    int GetLogicalDrives();

    int GetShortPathNameW(String longPath, char[] buffer, int length);

    int GetLongPathNameW(String shortPath, char[] buffer, int length);

    int GetFullPathNameW(String fileName, int length, char[] buffer, com.sun.jna.Pointer filePart);

    int GetTempPathW(int length, char[] buffer);

    int GetEnvironmentVariableW(String name, char[] buffer, int size);

    int ExpandEnvironmentStringsW(String src, char[] dst, int size);

    int GetCurrentProcessId();

    long GetTickCount64();

    int GetVersionExW(OSVERSIONINFOEXW info);

    int FormatMessageW(int flags, com.sun.jna.Pointer source, int messageId, int languageId, char[] buffer, int size,
                       com.sun.jna.Pointer arguments);

    int WinExec(byte[] cmdLine, int show);

    int CloseHandle(com.sun.jna.Pointer handle);
}
