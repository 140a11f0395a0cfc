package org.pywin32jvm.sys;

/**
 * The calling thread's last-error value (GetLastError/SetLastError). Windows sets it when an API call
 * fails; here every {@link org.pywin32jvm.win32.Win32Exception} raised on a thread sets it, so
 * {@code win32api.GetLastError()} after a failed call reads that call's code, on every OS.
 */
public final class LastError {
    private static final ThreadLocal<int[]> VALUE = ThreadLocal.withInitial(() -> new int[1]);

    private LastError() {}

    public static int get() { return VALUE.get()[0]; }

    public static void set(int code) { VALUE.get()[0] = code; }
}
