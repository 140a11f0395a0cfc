package org.pywin32jvm.ras;

/**
 * The Remote Access Service calls win32ras makes, with Java types. One implementation per platform:
 * rasapi32.dll through JNA on Windows; elsewhere a phonebook (.pbk files) plus a dialer
 * (none, sim). Failures throw {@link org.pywin32jvm.win32.Win32Exception} with pywin32's funcname
 * and the RAS message text; handles are pointer-sized signed values.
 */
public interface RasApi {
    int WM_RASDIALEVENT = 0xCCCD;

    /** For --version: e.g. "phonebook + sim dialer (scenario: ...)". */
    String describe();

    /** How RasDial is notified: none (synchronous), RasDialFunc1, or an HWND (0xFFFFFFFF). */
    sealed interface Notifier permits Notifier.Sync, Notifier.Func1, Notifier.Hwnd {
        record Sync() implements Notifier {}
        record Func1(RasDialFunc1 callback) implements Notifier {}
        record Hwnd(long hwnd) implements Notifier {}
    }

    /**
     * RASDIALEXTENSIONS fields pywin32 exposes. dwSize 0 reproduces pywin32's unset size (632); any other
     * value asks the backend to send the structure's real size for this platform.
     */
    record DialExtensions(int dwSize, int options, long hwndParent, long reserved, long reserved1) {}

    /**
     * RasDial. Never throws for a RAS failure: returns the handle (0 if none) and the return code;
     * a non-zero handle with a non-zero rc must still be hung up. extensions and phonebook may be null.
     */
    DialResult dial(DialExtensions extensions, String phonebook, DialParams params, Notifier notifier);

    record DialResult(long handle, int rc) {}

    /** RasHangUp; an unknown handle fails with ERROR_INVALID_HANDLE (6), funcname "RasHangup". */
    void hangUp(long hrasconn);

    /** RasEnumConnections. */
    Connection[] enumConnections();

    record Connection(long handle, String entryName, String deviceType, String deviceName) {}

    /** RasEnumEntries(reserved, phonebook): the entry names. */
    String[] enumEntries(String reserved, String phonebook);

    /** RasGetConnectStatus. */
    ConnectStatus getConnectStatus(long hrasconn);

    record ConnectStatus(int state, int error, String deviceType, String deviceName) {}

    /** RasGetEntryDialParams(phonebook, entryName). */
    EntryDialParams getEntryDialParams(String phonebook, String entryName);

    record EntryDialParams(DialParams params, boolean passwordRetrieved) {}

    /** RasSetEntryDialParams: removePassword is Win32's fRemovePassword. Funcname "SetEntryDialParams". */
    void setEntryDialParams(String phonebook, DialParams params, boolean removePassword);

    /** RasGetErrorString; fails with the code, funcname "RasGetErrorString", for unknown codes. */
    String getErrorString(int code);

    /** RasCreatePhonebookEntry: a dialog on Windows. */
    void createPhonebookEntry(long hwnd, String phonebook);

    /** RasEditPhonebookEntry: a dialog on Windows. */
    void editPhonebookEntry(long hwnd, String phonebook, String entryName);

    /** RasGetEapUserIdentity; null when the API returns no identity. */
    EapUserIdentity getEapUserIdentity(String phonebook, String entryName, int flags, long hwnd);

    record EapUserIdentity(String userName, byte[] eapInfo) {}
}
