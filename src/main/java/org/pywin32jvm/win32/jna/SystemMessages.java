package org.pywin32jvm.win32.jna;

import com.sun.jna.platform.win32.Kernel32Util;

/** FormatMessage(FROM_SYSTEM | IGNORE_INSERTS) from kernel32; loaded only on real Windows. */
final class SystemMessages {
    private SystemMessages() {}

    static String formatMessage(int code) {
        try {
            return Kernel32Util.formatMessage(code);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return null;                                   // no message for this code: ErrorMessages falls back
        }
    }
}
