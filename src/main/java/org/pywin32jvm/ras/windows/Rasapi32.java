package org.pywin32jvm.ras.windows;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * rasapi32.dll, the wide ("W") functions win32ras calls, in the portable style: wide strings are
 * {@link Pointer}s to UTF-16LE memory ({@code Wide.of}), handles are {@link Pointer}s, DWORDs are ints.
 * jna-platform's Rasapi32 lacks RasEnumEntries/RasSetEntryDialParams/the phonebook dialogs, takes only
 * RasDialFunc2 and has the wrong RASCONN/RASDIALEXTENSIONS layouts on Win64, so this is our own.
 */
public interface Rasapi32 extends Library {
    int NOTIFIER_NONE = 0;
    int NOTIFIER_FUNC1 = 1;
    int NOTIFIER_HWND = 0xFFFFFFFF;

    /** RasDialFunc1: void (HRASCONN, UINT unMsg, RASCONNSTATE, DWORD dwError, DWORD dwExtendedError). */
    interface RasDialFunc1W extends Callback {
        void invoke(Pointer hrasconn, int unMsg, int rasconnstate, int dwError, int dwExtendedError);
    }

    /** The same, as WINAPI (__stdcall) for 32-bit Windows; JNA rejects stdcall everywhere else. */
    interface RasDialFunc1WStdCall extends StdCallLibrary.StdCallCallback {
        void invoke(Pointer hrasconn, int unMsg, int rasconnstate, int dwError, int dwExtendedError);
    }

    /** RasDial with a RasDialFunc1 notifier (type 1). */
    int RasDialW(RASDIALEXTENSIONS extensions, Pointer phonebook, RASDIALPARAMSW params, int notifierType,
                 RasDialFunc1W notifier, PointerByReference hrasconn);

    /** RasDial with a stdcall RasDialFunc1 notifier (32-bit Windows). */
    int RasDialW(RASDIALEXTENSIONS extensions, Pointer phonebook, RASDIALPARAMSW params, int notifierType,
                 RasDialFunc1WStdCall notifier, PointerByReference hrasconn);

    /** RasDial with no notifier (synchronous) or an HWND notifier (type 0xFFFFFFFF). */
    int RasDialW(RASDIALEXTENSIONS extensions, Pointer phonebook, RASDIALPARAMSW params, int notifierType,
                 Pointer notifier, PointerByReference hrasconn);

    int RasHangUpW(Pointer hrasconn);

    int RasEnumConnectionsW(Pointer rasconn, IntByReference cb, IntByReference connections);

    int RasEnumEntriesW(Pointer reserved, Pointer phonebook, Pointer rasentryname, IntByReference cb,
                        IntByReference entries);

    /** status: RASCONNSTATUSW.SIZE bytes with dwSize set (read at the RASCONNSTATUSW offsets). */
    int RasGetConnectStatusW(Pointer hrasconn, Pointer status);

    int RasGetEntryDialParamsW(Pointer phonebook, RASDIALPARAMSW params, IntByReference passwordRetrieved);

    int RasSetEntryDialParamsW(Pointer phonebook, RASDIALPARAMSW params, int removePassword);

    int RasGetErrorStringW(int error, Pointer buffer, int bufferChars);

    int RasCreatePhonebookEntryW(Pointer hwnd, Pointer phonebook);

    int RasEditPhonebookEntryW(Pointer hwnd, Pointer phonebook, Pointer entryName);

    int RasGetEapUserIdentityW(Pointer phonebook, Pointer entry, int flags, Pointer hwnd, PointerByReference identity);

    void RasFreeEapUserIdentityW(Pointer identity);
}
