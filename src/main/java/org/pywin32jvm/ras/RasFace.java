package org.pywin32jvm.ras;

/**
 * Helpers for python-lib's win32ras: a whole call in one host call, because every host call is
 * costly in an interpreted engine (GraalPy on JDK 17). Plain delegation, no behaviour of its own.
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
}
