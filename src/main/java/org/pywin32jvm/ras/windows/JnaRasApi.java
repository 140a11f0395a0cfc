package org.pywin32jvm.ras.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import org.pywin32jvm.ras.DialParams;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.RasDialFunc1;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.win32.jna.Handles;
import org.pywin32jvm.win32.jna.Scratch;
import org.pywin32jvm.win32.jna.Wide;
import org.pywin32jvm.win32.jna.WindowsNative;

/**
 * {@link RasApi} over rasapi32.dll through JNA, following the protocols pywin32 uses: dwSize set to
 * the WINVER 0x601 sizes, the ERROR_BUFFER_TOO_SMALL (603) retry loops of RasEnumConnections and
 * RasEnumEntries, RasGetErrorString texts, pywin32's funcnames, handles as signed pointer-sized values.
 */
public final class JnaRasApi implements RasApi {
    static final int ERROR_BUFFER_TOO_SMALL = 603;
    static final int ERROR_INVALID_SIZE = 632;
    static final int RASCS_CONNECTED = 0x2000;
    static final int RASCS_DISCONNECTED = 0x2001;
    /** Larger answers than this are a broken DLL, not a real connection list. */
    static final long MAX_BUFFER = 16L << 20;
    private static final int RETRIES = 4;

    private final Rasapi32 ras;
    private final String description;
    /**
     * Callbacks of dials in progress. The native side holds only a code pointer, so the JNA callback
     * object must stay reachable until RAS stops calling it: after the terminal state (Connected,
     * Disconnected, or an error). A dial hung up before that keeps its callback, as pywin32 does.
     */
    private final Set<Func1Bridge> liveCallbacks = ConcurrentHashMap.newKeySet();

    public JnaRasApi() {
        this(WindowsNative.load("rasapi32", Rasapi32.class), WindowsNative.describe("rasapi32"));
    }

    public JnaRasApi(Rasapi32 ras, String description) {
        this.ras = ras;
        this.description = description;
        WindowsNative.installMessages(this::nativeErrorString);
    }

    @Override public String describe() { return description; }

    /** Callbacks kept alive right now (for tests). */
    public int liveCallbackCount() { return liveCallbacks.size(); }

    // ---- RasDial ----

    @Override
    public DialResult dial(DialExtensions extensions, String phonebook, DialParams params, Notifier notifier) {
        RASDIALPARAMSW p = new RASDIALPARAMSW().set(params);
        RASDIALEXTENSIONS ext = extensions == null ? null : new RASDIALEXTENSIONS(extensions);
        Memory pb = Wide.of(phonebook);
        PointerByReference handle = new PointerByReference();   // *lphRasConn must be NULL on entry
        int rc;
        try {
            if (notifier instanceof Notifier.Func1 f) {
                Func1Bridge bridge = new Func1Bridge(f.callback());
                liveCallbacks.add(bridge);
                rc = STDCALL
                    ? ras.RasDialW(ext, pb, p, Rasapi32.NOTIFIER_FUNC1, bridge.stdcall, handle)
                    : ras.RasDialW(ext, pb, p, Rasapi32.NOTIFIER_FUNC1, bridge.cdecl, handle);
                if (handle.getValue() == null) liveCallbacks.remove(bridge);   // RAS will never call it
            } else if (notifier instanceof Notifier.Hwnd h) {
                rc = ras.RasDialW(ext, pb, p, Rasapi32.NOTIFIER_HWND, Handles.pointer(h.hwnd()), handle);
            } else {
                rc = ras.RasDialW(ext, pb, p, Rasapi32.NOTIFIER_NONE, (Pointer) null, handle);
            }
        } finally {
            p.wipe();
        }
        return new DialResult(Handles.value(handle.getValue()), rc);
    }

    /** WINAPI callbacks are __stdcall only on 32-bit Windows. */
    private static final boolean STDCALL = Platform.isWindows() && !Platform.is64Bit();

    /**
     * Delivers RasDialFunc1 on the RAS thread; nothing thrown in Java may unwind into native code.
     * Holds both JNA callback objects (only the one of this platform's convention is ever handed out).
     */
    final class Func1Bridge {
        private final RasDialFunc1 target;
        final Rasapi32.RasDialFunc1W cdecl = this::deliver;
        final Rasapi32.RasDialFunc1WStdCall stdcall = this::deliver;

        Func1Bridge(RasDialFunc1 target) { this.target = target; }

        private void deliver(Pointer hrasconn, int unMsg, int rasconnstate, int dwError, int dwExtendedError) {
            try {
                target.call(Handles.value(hrasconn), unMsg, rasconnstate, dwError, dwExtendedError);
            } catch (Throwable t) {
                // python-lib reports callback failures itself (pywin32 prints them); never unwind into RAS
            } finally {
                if (rasconnstate == RASCS_CONNECTED || rasconnstate == RASCS_DISCONNECTED || dwError != 0) {
                    liveCallbacks.remove(this);
                }
            }
        }
    }

    @Override
    public void hangUp(long hrasconn) {
        int rc = ras.RasHangUpW(Handles.pointer(hrasconn));
        if (rc != 0) throw Win32Exception.ras(rc, "RasHangup");
    }

    // ---- enumerations with the 603 protocol ----

    @Override
    public Connection[] enumConnections() {
        int size = RASCONNW.SIZE;
        Memory buf = sized(size, size);
        IntByReference cb = new IntByReference(size);
        IntByReference count = new IntByReference(0);
        int rc = ras.RasEnumConnectionsW(buf, cb, count);
        if (rc != 0 && rc != ERROR_BUFFER_TOO_SMALL) throw Win32Exception.ras(rc, "RasEnumConnections(NULL)");
        for (int attempt = 0; rc == ERROR_BUFFER_TOO_SMALL; attempt++) {
            long need = cb.getValue() & 0xFFFFFFFFL;
            if (need == 0) {
                int last = Native.getLastError();
                throw Win32Exception.ras(last, "RasEnumConnections buffer size is invalid");
            }
            if (need > MAX_BUFFER || attempt == RETRIES) throw Win32Exception.ras(rc, "RasEnumConnections");
            buf = sized(need, size);
            cb.setValue((int) buf.size());
            rc = ras.RasEnumConnectionsW(buf, cb, count);
            if (rc != 0 && rc != ERROR_BUFFER_TOO_SMALL) throw Win32Exception.ras(rc, "RasEnumConnections");
        }
        int n = checkedCount(count.getValue(), size, buf, "RasEnumConnections");
        Connection[] out = new Connection[n];
        for (int i = 0; i < n; i++) {
            RASCONNW c = new RASCONNW(buf.share((long) i * size));
            out[i] = new Connection(Handles.value(c.hrasconn), Wide.get(c.szEntryName), Wide.get(c.szDeviceType),
                Wide.get(c.szDeviceName));
        }
        return out;
    }

    @Override
    public String[] enumEntries(String reserved, String phonebook) {
        int size = RASENTRYNAMEW.SIZE;
        Memory res = Wide.of(reserved);
        Memory pb = Wide.of(phonebook);
        long bytes = 3L * size;                              // pywin32 starts with three entries
        IntByReference cb = new IntByReference();
        IntByReference count = new IntByReference();
        Memory buf;
        int rc;
        int attempt = 0;
        do {
            buf = sized(bytes, size);
            cb.setValue((int) bytes);
            rc = ras.RasEnumEntriesW(res, pb, buf, cb, count);
            if (rc == ERROR_BUFFER_TOO_SMALL) {
                long need = cb.getValue() & 0xFFFFFFFFL;
                bytes = Math.max(need, bytes + size);
                if (bytes > MAX_BUFFER || ++attempt > RETRIES) break;
            }
        } while (rc == ERROR_BUFFER_TOO_SMALL);
        if (rc != 0) throw Win32Exception.ras(rc, "RasEnumEntries");
        int n = checkedCount(count.getValue(), size, buf, "RasEnumEntries");
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) names.add(Wide.get(new RASENTRYNAMEW(buf.share((long) i * size)).szEntryName));
        return names.toArray(new String[0]);
    }

    /** A zeroed buffer of whole structures, each with dwSize set (Windows reads the first one's). */
    private static Memory sized(long bytes, int size) {
        long n = Math.max(1, (bytes + size - 1) / size);
        Memory m = new Memory(n * size);
        m.clear();
        for (long i = 0; i < n; i++) m.setInt(i * size, size);
        return m;
    }

    /** A count the DLL wrote must fit the buffer it was given; anything else is a wrong size (632). */
    private static int checkedCount(int count, int size, Memory buf, String funcname) {
        if (count < 0 || (long) count * size > buf.size()) throw Win32Exception.ras(ERROR_INVALID_SIZE, funcname);
        return count;
    }

    // ---- single calls ----

    @Override
    public ConnectStatus getConnectStatus(long hrasconn) {
        // A plain buffer read at the structure's offsets: a JNA Structure round trip of these 608 bytes
        // costs about ten times the native call.
        Memory s = Scratch.get().buffer(RASCONNSTATUSW.SIZE);
        s.setInt(0, RASCONNSTATUSW.SIZE);
        int rc = ras.RasGetConnectStatusW(Handles.pointer(hrasconn), s);
        if (rc != 0) throw Win32Exception.ras(rc, "RasGetConnectStatus");   // s is not read after this
        return new ConnectStatus(s.getInt(RASCONNSTATUSW.OFF_STATE), s.getInt(RASCONNSTATUSW.OFF_ERROR),
            Wide.read(s.share(RASCONNSTATUSW.OFF_DEVICE_TYPE), 16), Wide.read(s.share(RASCONNSTATUSW.OFF_DEVICE_NAME), 128));
    }

    @Override
    public EntryDialParams getEntryDialParams(String phonebook, String entryName) {
        RASDIALPARAMSW p = new RASDIALPARAMSW();
        Wide.putTruncated(p.szEntryName, entryName);          // pywin32 cuts it to RAS_MaxEntryName silently
        IntByReference retrieved = new IntByReference();
        try {
            int rc = ras.RasGetEntryDialParamsW(Wide.of(phonebook), p, retrieved);
            if (rc != 0) throw Win32Exception.ras(rc, "RasGetEntryDialParams");
            return new EntryDialParams(p.get(), retrieved.getValue() != 0);
        } finally {
            p.wipe();
        }
    }

    @Override
    public void setEntryDialParams(String phonebook, DialParams params, boolean removePassword) {
        RASDIALPARAMSW p = new RASDIALPARAMSW().set(params);
        try {
            int rc = ras.RasSetEntryDialParamsW(Wide.of(phonebook), p, removePassword ? 1 : 0);
            if (rc != 0) throw Win32Exception.ras(rc, "SetEntryDialParams");
        } finally {
            p.wipe();
        }
    }

    /** RasGetErrorString(code, buf, 512): the text, or null when RAS has none (for ErrorMessages). */
    String nativeErrorString(int code) {
        Memory buf = new Memory(512 * 2);
        buf.clear();
        return ras.RasGetErrorStringW(code, buf, 512) == 0 ? Wide.read(buf, 511) : null;
    }

    @Override
    public String getErrorString(int code) {
        Memory buf = new Memory(512 * 2);
        buf.clear();
        int rc = ras.RasGetErrorStringW(code, buf, 512);
        if (rc != 0) {
            int last = Native.getLastError();                  // pywin32 reports GetLastError(), not rc
            throw Win32Exception.ras(last != 0 ? last : rc, "RasGetErrorString");
        }
        return Wide.read(buf, 511);
    }

    @Override
    public void createPhonebookEntry(long hwnd, String phonebook) {
        int rc = ras.RasCreatePhonebookEntryW(Handles.pointer(hwnd), Wide.of(phonebook));
        if (rc != 0) throw Win32Exception.ras(rc, "RasCreatePhonebookEntry");
    }

    @Override
    public void editPhonebookEntry(long hwnd, String phonebook, String entryName) {
        int rc = ras.RasEditPhonebookEntryW(Handles.pointer(hwnd), Wide.of(phonebook), Wide.of(entryName));
        if (rc != 0) throw Win32Exception.ras(rc, "RasEditPhonebookEntry");
    }

    private static final RASEAPUSERIDENTITYW EAP_LAYOUT = new RASEAPUSERIDENTITYW();

    @Override
    public EapUserIdentity getEapUserIdentity(String phonebook, String entryName, int flags, long hwnd) {
        PointerByReference out = new PointerByReference();
        int rc = ras.RasGetEapUserIdentityW(Wide.of(phonebook), Wide.of(entryName), flags, Handles.pointer(hwnd), out);
        if (rc != 0) throw Win32Exception.ras(rc, "RasGetEapUserIdentity");
        Pointer id = out.getValue();
        if (id == null) return null;
        try {
            String user = Wide.read(id, 256);
            int offset = EAP_LAYOUT.eapInfoOffset();
            int n = id.getInt(EAP_LAYOUT.eapSizeOffset());
            if (n < 0 || n > MAX_BUFFER) throw Win32Exception.ras(ERROR_INVALID_SIZE, "RasGetEapUserIdentity");
            return new EapUserIdentity(user, id.getByteArray(offset, n));
        } finally {
            ras.RasFreeEapUserIdentityW(id);
        }
    }
}
