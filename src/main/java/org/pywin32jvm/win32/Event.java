package org.pywin32jvm.win32;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Win32 event object (CreateEvent): manual- or auto-reset, waited on from any thread, Java or
 * Python. An auto-reset event releases one waiter per SetEvent and resets itself.
 */
public final class Event {
    public static final int WAIT_OBJECT_0 = 0;
    public static final int WAIT_TIMEOUT = 258;
    public static final long INFINITE = 0xFFFFFFFFL;

    private final boolean manualReset;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean state;

    public Event(boolean manualReset, boolean initialState) {
        this.manualReset = manualReset;
        this.state = initialState;
    }

    public void set() {
        lock.lock();
        try {
            state = true;
            if (manualReset) signalled.signalAll();
            else signalled.signal();
        } finally {
            lock.unlock();
        }
    }

    public void reset() {
        lock.lock();
        try {
            state = false;
        } finally {
            lock.unlock();
        }
    }

    /** WaitForSingleObject: WAIT_OBJECT_0 or WAIT_TIMEOUT; millis is a DWORD, INFINITE waits for ever. */
    public int waitFor(long millis) throws InterruptedException {
        millis &= 0xFFFFFFFFL;
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!state) {
                if (millis == INFINITE) {
                    signalled.await();
                } else {
                    if (nanos <= 0) return WAIT_TIMEOUT;
                    nanos = signalled.awaitNanos(nanos);
                }
            }
            if (!manualReset) state = false;
            return WAIT_OBJECT_0;
        } finally {
            lock.unlock();
        }
    }
}
