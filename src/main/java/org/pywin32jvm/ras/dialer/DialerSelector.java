package org.pywin32jvm.ras.dialer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.pywin32jvm.ras.sim.SimDialer;
import org.pywin32jvm.config.Config;

/**
 * The dialer named by {@code pywin32jvm.ras.dialer} (none | sim; default none), one instance of
 * each per JVM, created on first use. The setting is read at each Dial so an embedding application
 * can switch; connections stay with the dialer that made them.
 */
public final class DialerSelector {
    public static final String KEY = "ras.dialer";

    private final List<Dialer> created = new CopyOnWriteArrayList<>();
    private volatile NoneDialer none;
    private volatile SimDialer sim;

    /** Checks the setting once, so a misspelt dialer fails at start-up. */
    public DialerSelector() {
        Config.choice(KEY, "none", "none", "sim");
        current();
    }

    static String name() { return Config.get(KEY, "none").toLowerCase(java.util.Locale.ROOT); }

    /** The dialer in force, or null for an unknown name set after start-up. */
    public synchronized Dialer current() {
        switch (name()) {
            case "none":
                if (none == null) created.add(none = new NoneDialer());
                return none;
            case "sim":
                if (sim == null) created.add(sim = new SimDialer());
                return sim;
            default:
                return null;
        }
    }

    /** Every dialer made so far (handles are looked up in all of them). */
    public List<Dialer> created() { return created; }

    public String describe() {
        Dialer d = current();
        return d == null ? "'" + name() + "' unknown (pywin32jvm.ras.dialer: none or sim)" : d.describe();
    }
}
