package org.pywin32jvm.runtime;

/**
 * Ctrl-C on the command line reaches a Java call that blocks (a RAS dial waiting for its state, an
 * SMB step waiting for the server): the engine's own SIGINT handler only runs between Python
 * bytecodes, so this wraps it and also interrupts the Python thread when, and only when, that
 * thread is waiting in Java. The blocked call ends with its own Win32 error (cancelling its work),
 * then KeyboardInterrupt is raised once: by the face turning that error into a Python exception
 * ({@link #takeWokenCall}) or by the engine's handler, whichever comes first. (The engine runs its
 * handler between bytecodes, at a moment of its choosing: without this, a script could catch the
 * woken call's error with {@code except Exception} before the KeyboardInterrupt arrived.)
 */
public final class Interrupts {
    private static final sun.misc.Signal SIGINT = new sun.misc.Signal("INT");

    /** No Ctrl-C woke a call; one did and KeyboardInterrupt is still owed; the face raised it. */
    private static final int NONE = 0, WOKEN = 1, DELIVERED = 2;
    private static final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();
    private static volatile Thread wokenThread;

    private Interrupts() {}

    /**
     * Jython: {@code action} (a Python function) becomes the SIGINT handler, run on the JVM's signal
     * thread. Jython's own {@code signal} module would do the same but imports {@code threading}.
     */
    public static void onSigint(Runnable action) {
        try {
            sun.misc.Signal.handle(SIGINT, sig -> action.run());
        } catch (IllegalArgumentException e) {
            // -Xrs: Ctrl-C keeps its default
        }
    }

    /** Wraps the current SIGINT handler (just installed by Python) for the calling thread. */
    public static void wakeBlockedCalls() {
        Thread python = Thread.currentThread();
        try {
            sun.misc.SignalHandler engine = sun.misc.Signal.handle(SIGINT, sun.misc.SignalHandler.SIG_DFL);
            sun.misc.Signal.handle(SIGINT, sig -> {
                Thread.State state = python.getState();
                // the engine's handler first: Jython's arms KeyboardInterrupt for the line after the call
                if (engine != null) engine.handle(sig);
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) wake(python);
            });
        } catch (IllegalArgumentException e) {
            // SIGINT is not ours to handle (-Xrs): Ctrl-C keeps its default
        }
    }

    /** Interrupts the Python thread blocked in a Java call; its KeyboardInterrupt is owed from now on. */
    static void wake(Thread python) {
        wokenThread = python;
        state.set(WOKEN);
        python.interrupt();
    }

    /**
     * The face's side: true (once) when Ctrl-C woke the call that just failed on this thread; the
     * face then raises KeyboardInterrupt instead of the call's error, and the thread's interrupt is spent.
     */
    public static boolean takeWokenCall() {
        if (state.get() != WOKEN || wokenThread != Thread.currentThread()) return false;
        if (!state.compareAndSet(WOKEN, DELIVERED)) return false;
        Thread.interrupted();
        return true;
    }

    /** The engine handler's side: false when the face has already raised this Ctrl-C's KeyboardInterrupt. */
    public static boolean handlerShouldRaise() {
        Thread.interrupted();    // the interrupt that woke a blocked call is spent
        return state.getAndSet(NONE) != DELIVERED;
    }
}
