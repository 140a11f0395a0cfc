package org.pywin32jvm.win32.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * Reads results a DLL wrote into a buffer we own, trusting nothing it wrote: every pointer must point
 * inside the buffer and every string must end inside it. A violation is reported as a
 * {@link BadAnswer} (the caller turns it into a Win32 error), never as a wild read of JVM memory.
 */
public final class NativeBuffer {
    private final Memory memory;
    private final long base;
    private final long size;

    public NativeBuffer(Memory memory) {
        this.memory = memory;
        this.base = Pointer.nativeValue(memory);
        this.size = memory.size();
    }

    public Memory memory() { return memory; }

    public long size() { return size; }

    /** The DLL's answer did not fit the buffer it was given. */
    public static final class BadAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadAnswer(String what) { super(what, null, false, false); }
    }

    /** Checks that [offset, offset+length) lies in the buffer. */
    public void check(long offset, long length, String what) {
        if (offset < 0 || length < 0 || offset + length > size) throw new BadAnswer(what + " lies outside the buffer");
    }

    /** A wide string the DLL stored somewhere in this buffer (null pointer gives null). */
    public String string(Pointer p, String what) {
        if (p == null) return null;
        long offset = Pointer.nativeValue(p) - base;
        if (offset < 0 || offset >= size) throw new BadAnswer(what + " points outside the buffer");
        long maxChars = (size - offset) / 2;
        long n = 0;
        while (n < maxChars && memory.getShort(offset + n * 2) != 0) n++;
        if (n == maxChars) throw new BadAnswer(what + " is not terminated inside the buffer");
        return Wide.read(memory.share(offset), n);
    }
}
