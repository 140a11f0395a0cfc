package org.pywin32jvm.win32.jna;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;

/**
 * Per-thread native scratch memory for the small, frequent calls (WNetGetUser, RasGetConnectStatus):
 * native allocations and their cleaners are most of a JNA call's cost. Use within one backend call only,
 * never across a call that can come back into Java on the same thread, and read everything out before
 * anything else (an error message lookup included) can run.
 */
public final class Scratch {
    static final int SIZE = 4096;
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private final Memory buffer = new Memory(SIZE);
    private final IntByReference number = new IntByReference();

    private Scratch() {}

    public static Scratch get() {
        return LOCAL.get();
    }

    /** {@code bytes} zeroed bytes: this thread's buffer when they fit, a new allocation otherwise. */
    public Memory buffer(long bytes) {
        if (bytes <= SIZE) {
            buffer.clear(bytes);
            return buffer;
        }
        Memory m = new Memory(bytes);
        m.clear();
        return m;
    }

    /** This thread's DWORD cell, set to {@code value}. */
    public IntByReference number(int value) {
        number.setValue(value);
        return number;
    }
}
