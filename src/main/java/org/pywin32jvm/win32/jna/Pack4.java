package org.pywin32jvm.win32.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/** A structure declared under ras.h's {@code #pragma pack(4)}: no member is aligned beyond 4 bytes. */
public abstract class Pack4 extends Structure {
    protected Pack4() {}

    protected Pack4(Pointer p) { super(p); }

    @Override
    protected int getNativeAlignment(Class<?> type, Object value, boolean isFirstElement) {
        return Math.min(4, super.getNativeAlignment(type, value, isFirstElement));
    }
}
