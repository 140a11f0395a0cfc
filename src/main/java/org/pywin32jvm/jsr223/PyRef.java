package org.pywin32jvm.jsr223;

import java.lang.ref.Cleaner;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A Python object (not a number, string, boolean or None) that a pywin32-jvm script engine handed to Java:
 * an eval result, a function's return value, a binding. Pass it back to the same engine as an argument or a
 * binding, call its methods with {@code Invocable.invokeMethod}, or make it an interface with
 * {@code getInterface(thiz, type)}. {@link #toString} is Python's {@code str()} of it at hand-over. The engine
 * keeps the object alive until this reference is garbage-collected.
 */
public final class PyRef {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Table owner;
    private final long id;
    private final String text;

    private PyRef(Table owner, long id, String text) {
        this.owner = owner;
        this.id = id;
        this.text = text;
    }

    /** The engine-side key of the object (used by the Python half, _pywin32jvm_jsr223). */
    public long pyRefId() {
        return id;
    }

    boolean belongsTo(Table table) {
        return owner == table;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * One engine's references: made by the Python half, released to it when Java no longer holds them
     * (the Cleaner only queues the key: the engine frees it on its own thread at the next call).
     */
    public static final class Table {
        private final Queue<Long> released = new ConcurrentLinkedQueue<>();

        public PyRef ref(long id, String text) {
            PyRef r = new PyRef(this, id, text);
            Queue<Long> q = released;
            CLEANER.register(r, () -> q.add(id));
            return r;
        }

        /** The keys released since the last call, comma-separated ("" for none). */
        String drainReleased() {
            StringBuilder sb = new StringBuilder();
            for (Long id; (id = released.poll()) != null; ) {
                if (sb.length() > 0) sb.append(',');
                sb.append(id);
            }
            return sb.toString();
        }
    }
}
