package org.pywin32jvm.wnet;

/**
 * Helpers for python-lib's win32wnet: a multi-field result in one host call, because every host call
 * (and every array index or record accessor) is costly in an interpreted engine (GraalPy on JDK 17).
 * Plain delegation to {@link WNetApi}, no behaviour of its own.
 *
 * <p>The fields come back as one string, separated by NUL (which no Win32 string holds); a string
 * field is "S" + text, a null one "N"; ints are decimals. A string holding a NUL cannot be packed:
 * the helper returns null and the face reads the result the long way.
 */
public final class WNetFace {
    private WNetFace() {}

    /** The reclaimer token of an enumeration handle: a handle the script drops unclosed frees its snapshot. */
    public static org.pywin32jvm.win32.Reclaimer.Token enumToken(WNetApi api, long handle) {
        return org.pywin32jvm.win32.Reclaimer.token(api::closeEnum, handle);
    }

    /** WNetGetUniversalName: the level's elements (1 for level 1, 3 for level 2), or null (see above). */
    public static String universalName(WNetApi api, String localPath, int level) {
        String[] r = api.getUniversalName(localPath, level);
        StringBuilder b = new StringBuilder(96);
        for (int i = 0; i < r.length; i++) {
            if (i > 0) b.append('\0');
            if (!str(b, r[i])) return null;
        }
        return b.toString();
    }

    /** WNetGetLastError: error (unsigned 32-bit, as a string field), description, provider; or null. */
    public static String lastError(WNetApi api) {
        WNetApi.LastError last = api.getLastError();
        StringBuilder b = new StringBuilder(64).append('S').append(last.error() & 0xFFFFFFFFL).append('\0');
        if (!str(b, last.description())) return null;
        b.append('\0');
        if (!str(b, last.provider())) return null;
        return b.toString();
    }

    private static boolean str(StringBuilder b, String s) {
        if (s == null) {
            b.append('N');
            return true;
        }
        if (s.indexOf('\0') >= 0) return false;
        b.append('S').append(s);
        return true;
    }
}
