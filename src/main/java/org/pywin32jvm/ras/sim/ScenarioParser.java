package org.pywin32jvm.ras.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pywin32jvm.ras.phonebook.PbkFile;
import org.pywin32jvm.ras.phonebook.PbkParser;

/**
 * Parses a scenario file: INI, one [Entry Name] section per phonebook entry, [*] for the rest.
 * <pre>
 * states      = OpenPort, PortOpened, ConnectDevice:50, ..., Connected   (RASCS_ names or numbers, :ms delay)
 * delay       = 0                 default delay before each state, ms
 * device-type = vpn               device-name = WAN Miniport (IKEv2)   (default: the phonebook's)
 * accept      = [DOMAIN\]user:password     (repeatable; none = any credentials; wrong ones give 691)
 * fail        = busy | no-answer | timeout | CODE at STATE     (676/678 at ConnectDevice, 718 at Authenticate)
 * drop-after  = 3000              remote disconnection (629) that many ms after Connected
 * </pre>
 */
public final class ScenarioParser {
    private ScenarioParser() {}

    /** A scenario file that cannot be used; the message names the line or key (never a password). */
    public static final class ScenarioException extends Exception {
        private static final long serialVersionUID = 1L;

        ScenarioException(String message) { super(message, null, false, false); }
    }

    public static Scenario parse(String text) throws ScenarioException {
        PbkFile ini;
        try {
            ini = PbkParser.parse(text);
        } catch (PbkParser.CorruptPhonebookException e) {
            throw new ScenarioException("not an INI file: " + e.getMessage());
        }
        Map<String, Scenario.Plan> plans = new LinkedHashMap<>();
        Scenario.Plan fallback = Scenario.DEFAULT;
        for (String name : ini.entryNames()) {
            Scenario.Plan p = plan(name, ini.entry(name));
            if (name.equals("*")) fallback = p;
            else plans.put(name.toLowerCase(Locale.ROOT), p);
        }
        return new Scenario(plans, fallback);
    }

    private static Scenario.Plan plan(String name, PbkFile.Section s) throws ScenarioException {
        String where = "[" + name + "] ";
        long delay = number(s.first("delay"), 0, where + "delay");
        List<Scenario.Step> steps;
        String states = s.first("states");
        try {
            steps = states == null ? withDelay(Scenario.DEFAULT.steps(), delay) : steps(states, delay);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where + "states: " + e.getMessage());
        }
        if (steps.isEmpty() || steps.get(steps.size() - 1).state() != RasStates.CONNECTED) {
            throw new ScenarioException(where + "states must end with Connected");
        }
        List<Scenario.Credential> accepted = new ArrayList<>();
        for (String raw : s.all("accept")) {
            String a = raw.strip();
            int colon = a.indexOf(':');
            if (colon <= 0) throw new ScenarioException(where + "accept must be [DOMAIN\\]user:password");
            String user = a.substring(0, colon).strip();
            String domain = null;
            int bs = user.indexOf('\\');
            if (bs >= 0) {
                domain = user.substring(0, bs);
                user = user.substring(bs + 1);
            }
            accepted.add(new Scenario.Credential(domain, user, a.substring(colon + 1)));
        }
        int failState = -1;
        int failCode = 0;
        String fail = s.first("fail");
        if (fail != null) {
            String f = fail.strip().toLowerCase(Locale.ROOT);
            switch (f) {
                case "busy" -> { failCode = 676; failState = RasStates.CONNECT_DEVICE; }
                case "no-answer" -> { failCode = 678; failState = RasStates.CONNECT_DEVICE; }
                case "timeout" -> { failCode = 718; failState = RasStates.AUTHENTICATE; }
                default -> {
                    String[] parts = f.split("\\s+at\\s+");
                    Integer st = parts.length == 2 ? RasStates.parse(parts[1]) : null;
                    failCode = (int) number(parts[0], -1, where + "fail");
                    if (st == null || failCode <= 0) {
                        throw new ScenarioException(where + "fail must be busy, no-answer, timeout or CODE at STATE");
                    }
                    failState = st;
                }
            }
            final int fs = failState;
            if (steps.stream().noneMatch(x -> x.state() == fs)) {
                throw new ScenarioException(where + "fail names a state that is not in states");
            }
        }
        long drop = number(s.first("drop-after"), -1, where + "drop-after");
        return new Scenario.Plan(List.copyOf(steps), strip(s.first("device-type")), strip(s.first("device-name")),
            List.copyOf(accepted), failState, failCode, drop);
    }

    private static String strip(String v) { return v == null ? null : v.strip(); }

    static List<Scenario.Step> steps(String list, long defaultDelay) {
        List<Scenario.Step> out = new ArrayList<>();
        for (String item : list.split(",")) {
            String t = item.strip();
            if (t.isEmpty()) continue;
            long delay = defaultDelay;
            int colon = t.lastIndexOf(':');
            if (colon > 0) {
                try {
                    delay = Long.parseLong(t.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad delay in '" + t + "'");
                }
                t = t.substring(0, colon);
            }
            Integer state = RasStates.parse(t);
            if (state == null) throw new IllegalArgumentException("unknown state '" + t + "'");
            if (delay < 0 || delay > 3_600_000) throw new IllegalArgumentException("delay out of range in '" + item.strip() + "'");
            out.add(new Scenario.Step(state, delay));
        }
        return out;
    }

    private static List<Scenario.Step> withDelay(List<Scenario.Step> steps, long delay) {
        List<Scenario.Step> out = new ArrayList<>();
        for (Scenario.Step s : steps) out.add(new Scenario.Step(s.state(), delay));
        return out;
    }

    private static long number(String v, long dflt, String what) throws ScenarioException {
        if (v == null || v.isBlank()) return dflt;
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) throw new ScenarioException(what + " must not be negative");
            return n;
        } catch (NumberFormatException e) {
            throw new ScenarioException(what + " must be a whole number");
        }
    }
}
