package org.pywin32jvm.win32.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** Handles as pywin32 sees them: pointer-sized SIGNED integers (PyWinLong_FromHANDLE). */
public final class Handles {
    private Handles() {}

    /** The native handle for a Python value; 0 is NULL. On 32-bit only the low 32 bits count. */
    public static Pointer pointer(long value) {
        if (Native.POINTER_SIZE == 4) value &= 0xFFFFFFFFL;
        return value == 0 ? null : new Pointer(value);
    }

    /** The signed pointer-width value of a native handle (NULL is 0). */
    public static long value(Pointer p) {
        long v = Pointer.nativeValue(p);
        return Native.POINTER_SIZE == 4 ? (int) v : v;
    }
}
