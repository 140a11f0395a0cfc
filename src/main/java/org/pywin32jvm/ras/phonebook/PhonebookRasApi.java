package org.pywin32jvm.ras.phonebook;

import java.nio.file.Path;
import java.util.List;

import org.pywin32jvm.ras.DialParams;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.dialer.Dialer;
import org.pywin32jvm.ras.dialer.DialRequest;
import org.pywin32jvm.ras.dialer.DialerSelector;
import org.pywin32jvm.ras.store.DialParamsStore;
import org.pywin32jvm.config.Config;
import org.pywin32jvm.win32.ErrorMessages;
import org.pywin32jvm.win32.Win32Exception;

/**
 * RAS off Windows: entries from real .pbk files, dial parameters from the per-user store, and
 * dialing delegated to a {@link Dialer} (none or sim). File locations are read from {@link Config}
 * on every call, so an embedding application (or a test) may point them elsewhere at run time.
 * <p>
 * Like Windows, GetEntryDialParams does not give the saved password back: it returns
 * {@link #SAVED_PASSWORD} in its place, which Dial and SetEntryDialParams accept as "the saved one".
 */
public final class PhonebookRasApi implements RasApi {
    public static final int ERROR_INVALID_HANDLE = 6;
    public static final int ERROR_INVALID_PARAMETER = 87;
    public static final int ERROR_CANNOT_FIND_PHONEBOOK_ENTRY = 623;
    public static final int ERROR_INVALID_SIZE = 632;
    public static final int ERROR_INTERACTIVE_MODE = 703;
    public static final int ERROR_INVALID_FUNCTION_FOR_ENTRY = 780;
    /** The stand-in for a saved password (Windows returns an opaque handle there too). */
    public static final String SAVED_PASSWORD = "****************";

    static final String NOT_A_WINDOW = "The first parameter must be a valid window handle";
    static final String KEY_PHONEBOOK = "ras.phonebook";
    static final String KEY_STORE = "ras.store";

    private final DialerSelector dialers;

    public PhonebookRasApi(DialerSelector dialers) { this.dialers = dialers; }

    /** The dialers (for diagnostics and the benchmark's latency probe). */
    public DialerSelector dialers() { return dialers; }

    /** The per-user directory: $XDG_CONFIG_HOME/pywin32-jvm, else ~/.config/pywin32-jvm. */
    static Path userDir() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("pywin32-jvm");
    }

    public static Path defaultPhonebook() {
        String p = Config.get(KEY_PHONEBOOK, null);
        return p != null ? Path.of(p) : userDir().resolve("rasphone.pbk");
    }

    private static final java.util.Map<Path, DialParamsStore> STORES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The store's path (null: ras.store names no path this JVM can open, a NUL or unencodable characters). */
    static Path storePath() {
        String p = Config.get(KEY_STORE, null);
        if (p == null) return userDir().resolve("ras-dialparams.properties");
        if (p.isEmpty() || p.indexOf('\0') >= 0) return null;
        try {
            return Path.of(p);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The store, or 621 under funcname (as for a phonebook it cannot open) when ras.store is no usable path. */
    static DialParamsStore store(String funcname) {
        Path path = storePath();
        if (path == null) throw Win32Exception.ras(PbkFiles.ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        if (STORES.size() > 64) STORES.clear();
        return STORES.computeIfAbsent(path, DialParamsStore::new);
    }

    private static Path phonebookPath(String fileName) {
        return fileName == null ? defaultPhonebook() : Path.of(fileName);
    }

    /**
     * The phonebook's path, or 621 (what Windows gives for a phonebook it cannot open) for a name this JVM
     * cannot turn into a path: a NUL, or characters the file-name encoding cannot hold (a non-UTF-8 locale).
     */
    private static Path phonebookPath(String fileName, String funcname) {
        try {
            return phonebookPath(fileName);
        } catch (java.nio.file.InvalidPathException e) {
            throw Win32Exception.ras(PbkFiles.ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        }
    }

    private PbkFile load(String fileName, String funcname) {
        // no file named: a dialer with its own entries (NetworkManager's profiles) supplies them
        if (fileName == null && dialers.current() instanceof PhonebookSource src) return src.phonebook(funcname);
        if (fileName != null && (fileName.isEmpty() || fileName.indexOf('\0') >= 0)) {
            throw Win32Exception.ras(PbkFiles.ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        }
        return PbkFiles.loadCached(phonebookPath(fileName, funcname), fileName == null, funcname);
    }

    private PbkFile.Section entry(String fileName, String name, String funcname) {
        PbkFile.Section s = load(fileName, funcname).entry(name);
        if (s == null) throw Win32Exception.ras(ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, funcname);
        return s;
    }

    private String storeKey(String fileName) {
        if (fileName == null && dialers.current() instanceof PhonebookSource src) return src.storeKey();
        return phonebookPath(fileName, "RasGetEntryDialParams").toAbsolutePath().normalize().toString();
    }

    @Override
    public String describe() {
        return "phonebook " + defaultPhonebook() + ", dial-params store " + (storePath() == null ? "(unusable ras.store)" : storePath()) + ", dialer " + dialers.describe();
    }

    @Override
    public DialResult dial(DialExtensions ext, String fileName, DialParams p, Notifier notifier) {
        if (ext != null && ext.dwSize() == 0) return new DialResult(0, ERROR_INVALID_SIZE);
        Dialer dialer = dialers.current();
        if (dialer == null) return new DialResult(0, 711);
        if (!dialer.dials()) return dialer.dial(null, notifier);
        String entryName = p.entryName();
        String phone = p.phoneNumber();
        String type = null;
        String device = null;
        DialParamsStore.Stored stored = null;
        try {
            if (!entryName.isEmpty()) {
                PbkFile.Section s = entry(fileName, entryName, "RasDial");
                entryName = s.name();
                type = s.firstExact("DEVICE");
                device = s.firstExact("Device");
                if (phone.isEmpty()) phone = nz(s.first("PhoneNumber"));
                stored = store("RasDial").get(storeKey(fileName), entryName, "RasDial");
            } else if (phone.isEmpty()) {
                return new DialResult(0, ERROR_CANNOT_FIND_PHONEBOOK_ENTRY);
            } else {
                entryName = phone;
            }
        } catch (Win32Exception e) {
            return new DialResult(0, e.winerror);
        }
        // RASDIALPARAMS: an empty string means "use the stored value"; SAVED_PASSWORD means the saved password
        String user = p.userName().isEmpty() && stored != null ? stored.userName() : p.userName();
        String domain = p.domain().isEmpty() && stored != null ? stored.domain() : p.domain();
        String password = p.password();
        if ((password.isEmpty() || password.equals(SAVED_PASSWORD)) && stored != null && stored.password() != null) {
            password = stored.password();
        }
        return dialer.dial(new DialRequest(entryName, phone, type, device, user, password, domain), notifier);
    }

    private Dialer owner(long h) {
        for (Dialer d : dialers.created()) if (d.owns(h)) return d;
        return null;
    }

    @Override
    public void hangUp(long h) {
        Dialer d = owner(h);
        if (d == null) throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasHangup");
        d.hangUp(h);
    }

    @Override
    public Connection[] enumConnections() {
        List<Dialer> all = dialers.created();
        if (all.size() == 1) return all.get(0).enumConnections();
        java.util.ArrayList<Connection> out = new java.util.ArrayList<>();
        for (Dialer d : all) out.addAll(List.of(d.enumConnections()));
        return out.toArray(new Connection[0]);
    }

    @Override
    public ConnectStatus getConnectStatus(long h) {
        Dialer d = owner(h);
        if (d == null) throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasGetConnectStatus");
        return d.getConnectStatus(h);
    }

    @Override
    public String[] enumEntries(String reserved, String fileName) {
        if (reserved != null) throw Win32Exception.ras(ERROR_INVALID_PARAMETER, "RasEnumEntries");
        return load(fileName, "RasEnumEntries").entryNames().toArray(new String[0]);
    }

    @Override
    public EntryDialParams getEntryDialParams(String fileName, String entryName) {
        String name = entryName.length() > 256 ? entryName.substring(0, 256) : entryName;
        PbkFile.Section s = entry(fileName, name, "RasGetEntryDialParams");
        DialParamsStore.Stored st = store("RasGetEntryDialParams").get(storeKey(fileName), s.name(), "RasGetEntryDialParams");
        if (st == null) return new EntryDialParams(new DialParams(s.name(), "", "", "", "", ""), false);
        boolean saved = st.password() != null;
        return new EntryDialParams(new DialParams(s.name(), st.phoneNumber(), st.callbackNumber(), st.userName(),
            saved ? SAVED_PASSWORD : "", st.domain()), saved);
    }

    @Override
    public void setEntryDialParams(String fileName, DialParams p, boolean removePassword) {
        PbkFile.Section s = entry(fileName, p.entryName(), "SetEntryDialParams");
        DialParamsStore store = store("SetEntryDialParams");
        String key = storeKey(fileName);
        String password = p.password();
        if (removePassword) {
            password = null;
        } else if (password.equals(SAVED_PASSWORD)) {
            DialParamsStore.Stored old = store.get(key, s.name(), "SetEntryDialParams");
            password = old == null ? null : old.password();
        }
        store.put(key, s.name(), new DialParamsStore.Stored(p.phoneNumber(), p.callbackNumber(), p.userName(),
            p.domain(), password), "SetEntryDialParams");
    }

    @Override
    public String getErrorString(int code) {
        String text = ErrorMessages.rasOnly(code);
        if (text == null && code != 0) {
            String sys = ErrorMessages.system(code);
            if (!sys.equals(ErrorMessages.NO_MESSAGE)) text = sys;
        }
        if (text == null) throw Win32Exception.ras(ERROR_INVALID_PARAMETER, "RasGetErrorString");
        return text;
    }

    @Override
    public void createPhonebookEntry(long hwnd, String fileName) {
        // The Windows call is a dialog; there is no UI here, and no window handle is valid.
        if (hwnd != 0) throw new Win32Exception(0, "<CreatePhonebookEntry param conversion>", NOT_A_WINDOW);
        load(fileName, "RasCreatePhonebookEntry");
        throw Win32Exception.ras(ERROR_INTERACTIVE_MODE, "RasCreatePhonebookEntry");
    }

    @Override
    public void editPhonebookEntry(long hwnd, String fileName, String entryName) {
        if (hwnd != 0) throw new Win32Exception(0, "<EditPhonebookEntry param parsing>", NOT_A_WINDOW);
        entry(fileName, entryName, "RasEditPhonebookEntry");
        throw Win32Exception.ras(ERROR_INTERACTIVE_MODE, "RasEditPhonebookEntry");
    }

    @Override
    public EapUserIdentity getEapUserIdentity(String fileName, String entryName, int flags, long hwnd) {
        PbkFile.Section s = entry(fileName, entryName, "RasGetEapUserIdentity");
        String eap = s.first("CustomAuthKey");
        if (eap == null || eap.isBlank() || eap.strip().equals("0") || eap.strip().equals("-1")) {
            throw Win32Exception.ras(ERROR_INVALID_FUNCTION_FOR_ENTRY, "RasGetEapUserIdentity");
        }
        DialParamsStore.Stored st = store("RasGetEapUserIdentity").get(storeKey(fileName), s.name(), "RasGetEapUserIdentity");
        if (st == null || st.userName().isEmpty()) {
            throw Win32Exception.ras(ERROR_INTERACTIVE_MODE, "RasGetEapUserIdentity");
        }
        String user = st.domain().isEmpty() ? st.userName() : st.domain() + "\\" + st.userName();
        return new EapUserIdentity(user, new byte[0]);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
