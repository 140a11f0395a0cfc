package org.pywin32jvm.ras;

/**
 * Helpers for python-lib's win32ras: a whole call in one host call, because every host call is
 * costly in an interpreted engine (GraalPy on JDK 17). Plain delegation, no behaviour of its own.
 *
 * <p>Multi-field results come back as one string, fields separated by NUL (which no Win32 string
 * holds), ints as signed decimals, so the face splits it once instead of calling a record accessor
 * per field. A result that cannot be packed that way (a null or NUL-holding string, which no Windows
 * backend produces) comes back as null and the face reads the record itself.
 */
public final class RasFace {
    private RasFace() {}

    /** RasDial with the six RASDIALPARAMS strings; returns {handle, rc}. */
    public static long[] dial(RasApi api, RasApi.DialExtensions ext, String fileName, String entryName,
                              String phoneNumber, String callbackNumber, String userName, String password,
                              String domain, RasApi.Notifier notifier) {
        RasApi.DialResult r = api.dial(ext, fileName,
            new DialParams(entryName, phoneNumber, callbackNumber, userName, password, domain), notifier);
        return new long[] {r.handle(), r.rc()};
    }

    /** RasGetConnectStatus: "state NUL error NUL deviceType NUL deviceName", or null (see above). */
    public static String connectStatus(RasApi api, long hrasconn) {
        RasApi.ConnectStatus st = api.getConnectStatus(hrasconn);
        if (!packable(st.deviceType()) || !packable(st.deviceName())) return null;
        return st.state() + "\0" + st.error() + '\0' + st.deviceType() + '\0' + st.deviceName();
    }

    /**
     * RasEnumConnections: four fields per connection (handle, entryName, deviceType, deviceName), each
     * followed by NUL; "" when there is none; null (see above).
     */
    public static String enumConnections(RasApi api) {
        RasApi.Connection[] conns = api.enumConnections();
        StringBuilder b = new StringBuilder(conns.length * 48);
        for (RasApi.Connection c : conns) {
            if (!packable(c.entryName()) || !packable(c.deviceType()) || !packable(c.deviceName())) return null;
            b.append(c.handle()).append('\0').append(c.entryName()).append('\0')
                .append(c.deviceType()).append('\0').append(c.deviceName()).append('\0');
        }
        return b.toString();
    }

    /**
     * RasGetEntryDialParams: "1" or "0" (password retrieved), then the six RASDIALPARAMS strings,
     * NUL-separated; null (see above).
     */
    public static String entryDialParams(RasApi api, String phonebook, String entryName) {
        RasApi.EntryDialParams r = api.getEntryDialParams(phonebook, entryName);
        DialParams p = r.params();
        StringBuilder b = new StringBuilder(64).append(r.passwordRetrieved() ? '1' : '0');
        for (String f : p.toArray()) {
            if (!packable(f)) return null;
            b.append('\0').append(f);
        }
        return b.toString();
    }

    private static boolean packable(String s) {
        return s != null && s.indexOf('\0') < 0;
    }
}
