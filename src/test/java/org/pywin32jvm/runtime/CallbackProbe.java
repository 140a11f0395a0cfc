package org.pywin32jvm.runtime;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/** Test-only: calls a callback from a new Java thread, as the RAS dialler calls RasDialFunc1. */
public final class CallbackProbe {
    private CallbackProbe() {}

    /** Runs fn(a, b) on a new thread and waits; returns what fn returned, or 'error: ' and the message of what it threw. */
    public static String callOnNewThread(BiFunction<Integer, String, Object> fn, int a, String b) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(fn.apply(a, b));
            } catch (Throwable e) {
                error.set(e);
            }
        }, "probe-callback-thread");
        t.start();
        t.join(30_000);
        if (t.isAlive()) throw new IllegalStateException("callback thread still running after 30 s");
        if (error.get() != null) return "error: " + error.get().getMessage();
        return String.valueOf(result.get());
    }

    /** Starts fn(i, b) for i = 0..count-1 on a new thread and returns at once (RasDial's async notifier). */
    public static Thread startOnNewThread(BiFunction<Integer, String, Object> fn, int count, String b) {
        Thread t = new Thread(() -> {
            for (int i = 0; i < count; i++) fn.apply(i, b);
        }, "probe-async-thread");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
