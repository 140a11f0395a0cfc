package org.pywin32jvm.runtime;

/**
 * Ctrl-C on the command line reaches a Java call that blocks (a RAS dial waiting for its state, an
 * SMB step waiting for the server): the engine's own SIGINT handler only runs between Python
 * bytecodes, so this wraps it and also interrupts the Python thread when, and only when, that
 * thread is waiting in Java. The blocked call ends with its own Win32 error (cancelling its work),
 * then the engine raises KeyboardInterrupt.
 */
public final class Interrupts {
    private static final sun.misc.Signal SIGINT = new sun.misc.Signal("INT");

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
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) python.interrupt();
            });
        } catch (IllegalArgumentException e) {
            // SIGINT is not ours to handle (-Xrs): Ctrl-C keeps its default
        }
    }
}
