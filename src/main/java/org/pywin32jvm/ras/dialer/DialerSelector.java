package org.pywin32jvm.ras.dialer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.pywin32jvm.ras.nm.NmDialer;
import org.pywin32jvm.ras.sim.SimDialer;
import org.pywin32jvm.config.Config;

/**
 * The dialer named by {@code pywin32jvm.ras.dialer} (none | sim | nm | auto; default none), one instance of
 * each per JVM, created on first use. The setting is read at each Dial so an embedding application
 * can switch; connections stay with the dialer that made them.
 */
public final class DialerSelector {
    public static final String KEY = "ras.dialer";

    private final List<Dialer> created = new CopyOnWriteArrayList<>();
    private volatile NoneDialer none;
    private volatile SimDialer sim;
    private volatile NmDialer nm;
    private volatile Boolean nmAnswers;         // auto: probed once per JVM

    /** Checks the setting once, so a misspelt dialer fails at start-up. */
    public DialerSelector() {
        Config.choice(KEY, "none", "none", "sim", "nm", "auto");
        current();
    }

    static final String NAMES = "none, sim, nm or auto";

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
            case "nm":
                return nm();
            case "auto":                // nm when NetworkManager answers on the bus, else none
                if (nmAnswers == null) nmAnswers = NmDialer.answers();
                if (nmAnswers) return nm();
                if (none == null) created.add(none = new NoneDialer());
                return none;
            default:
                return null;
        }
    }

    private NmDialer nm() {
        if (nm == null) created.add(nm = new NmDialer());
        return nm;
    }

    /** Every dialer made so far (handles are looked up in all of them). */
    public List<Dialer> created() { return created; }

    public String describe() {
        Dialer d = current();
        return d == null ? "'" + name() + "' unknown (pywin32jvm.ras.dialer: " + NAMES + ")" : d.describe();
    }
}
