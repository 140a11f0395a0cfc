package org.pywin32jvm.win32;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * Frees what a handle owns when the script drops the handle without closing it (pywin32 closes a PyHANDLE when it
 * is collected). The Python handle object holds a {@link Token}; Python objects of both engines live on the Java
 * heap, so once the handle is garbage the token is too, and a {@link Cleaner} runs the close action — on Jython and
 * GraalPy alike, whether or not the engine runs {@code __del__}. The action is Java only (never calls into Python)
 * and runs at most once; an explicit close disarms it. Handle values are never reused, so a late action cannot
 * close anything else.
 */
public final class Reclaimer {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "pywin32jvm-reclaimer");
        t.setDaemon(true);
        return t;
    });

    private Reclaimer() {}

    /** What the Python handle holds; drop it (or call {@link #disarm()} after an explicit close). */
    public static final class Token {
        private final AtomicBoolean done;

        private Token(AtomicBoolean done) { this.done = done; }

        /** The handle was closed explicitly: nothing left to free. */
        public void disarm() { done.set(true); }
    }

    /** A token that calls {@code closer.accept(value)} once it becomes unreachable, unless disarmed first. */
    public static Token token(LongConsumer closer, long value) {
        AtomicBoolean done = new AtomicBoolean();
        Token t = new Token(done);
        // the action must not refer to the token, or the token would never become unreachable
        CLEANER.register(t, () -> {
            if (done.getAndSet(true)) return;
            try {
                closer.accept(value);
            } catch (RuntimeException ignored) {
                // already closed by other means (e.g. WNetCloseEnum on the raw value)
            }
        });
        return t;
    }
}
