package org.pywin32jvm.ras.sim;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A simulated RAS server's behaviour, per phonebook entry (section "*" for the others).
 * toString never shows the accepted passwords.
 */
public record Scenario(Map<String, Plan> plans, Plan fallback) {

    /** One state the dial passes through, entered after delayMs. */
    public record Step(int state, long delayMs) {}

    /** An accepted user: domain null accepts any domain. */
    public record Credential(String domain, String user, String password) {
        boolean matches(String d, String u, String p) {
            return user.equalsIgnoreCase(u) && password.equals(p) && (domain == null || domain.equalsIgnoreCase(d));
        }

        @Override
        public String toString() { return "Credential[" + (domain == null ? "" : domain + "\\") + user + "]"; }
    }

    /**
     * steps end with Connected; failState/failCode (0 = none) stop the dial with that error on
     * that state; accepted empty = any credentials; dropAfterMs (-1 = never) is a remote drop (629).
     */
    public record Plan(List<Step> steps, String deviceType, String deviceName, List<Credential> accepted,
                       int failState, int failCode, long dropAfterMs) {
        boolean accepts(String domain, String user, String password) {
            if (accepted.isEmpty()) return true;
            for (Credential c : accepted) if (c.matches(domain, user, password)) return true;
            return false;
        }

        /** Where credentials are checked: Authenticate when the plan has it, else Connected. */
        int authState() {
            for (Step s : steps) if (s.state() == RasStates.AUTHENTICATE) return RasStates.AUTHENTICATE;
            return RasStates.CONNECTED;
        }
    }

    /** The default plan: the usual VPN states, no delays, any credentials. */
    static final Plan DEFAULT = new Plan(
        ScenarioParser.steps("OpenPort, PortOpened, ConnectDevice, DeviceConnected, AllDevicesConnected, "
            + "Authenticate, AuthNotify, AuthProject, Authenticated, Connected", 0),
        null, null, List.of(), -1, 0, -1);

    public Plan planFor(String entry) {
        Plan p = plans.get(entry.toLowerCase(Locale.ROOT));
        return p != null ? p : fallback;
    }
}
