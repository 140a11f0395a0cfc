package org.pywin32jvm.ras;

import org.pywin32jvm.runtime.Config;
import org.pywin32jvm.win32.Win32Exception;

/** Chooses the RAS backend: {@code pywin32jvm.ras} = auto | none (more arrive with their issues). */
public final class RasBackends {
    private RasBackends() {}

    static final int ERROR_RASMAN_CANNOT_INITIALIZE = 711;

    public static RasApi create() {
        String name = Config.get("ras", "auto");
        if ("auto".equals(name) && Config.isWindows()) name = "windows";   // JNA is loaded only here
        switch (name) {
            case "windows":
                return new org.pywin32jvm.ras.windows.JnaRasApi();
            case "auto":
            case "none":
                return new UnavailableRas();
            default:
                throw new IllegalArgumentException("unknown RAS backend '" + name + "' (pywin32jvm.ras)");
        }
    }

    /** Placeholder until the phonebook backend lands: everything fails with 711. */
    static final class UnavailableRas implements RasApi {
        private static Win32Exception fail(String funcname) {
            return Win32Exception.ras(ERROR_RASMAN_CANNOT_INITIALIZE, funcname);
        }
        @Override public String describe() { return "none (RAS unavailable: 711)"; }
        @Override public DialResult dial(DialExtensions e, String pb, DialParams p, Notifier n) {
            return new DialResult(0, ERROR_RASMAN_CANNOT_INITIALIZE);
        }
        @Override public void hangUp(long h) { throw fail("RasHangup"); }
        @Override public Connection[] enumConnections() { return new Connection[0]; }
        @Override public String[] enumEntries(String r, String pb) { return new String[0]; }
        @Override public ConnectStatus getConnectStatus(long h) { throw fail("RasGetConnectStatus"); }
        @Override public EntryDialParams getEntryDialParams(String pb, String e) { throw fail("RasGetEntryDialParams"); }
        @Override public void setEntryDialParams(String pb, DialParams p, boolean r) { throw fail("SetEntryDialParams"); }
        @Override public String getErrorString(int code) { throw fail("RasGetErrorString"); }
        @Override public void createPhonebookEntry(long h, String pb) { throw fail("RasCreatePhonebookEntry"); }
        @Override public void editPhonebookEntry(long h, String pb, String e) { throw fail("RasEditPhonebookEntry"); }
        @Override public EapUserIdentity getEapUserIdentity(String pb, String e, int f, long h) { throw fail("RasGetEapUserIdentity"); }
    }
}
