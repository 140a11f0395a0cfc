package org.pywin32jvm.wnet.windows;

import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.win32.jna.Handles;
import org.pywin32jvm.win32.jna.NativeBuffer;
import org.pywin32jvm.win32.jna.Scratch;
import org.pywin32jvm.win32.jna.Wide;
import org.pywin32jvm.win32.jna.WindowsNative;
import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.WNetApi;

/**
 * {@link WNetApi} over mpr.dll through JNA, with pywin32's protocols: the ERROR_MORE_DATA (234) size
 * negotiation of WNetGetUser/WNetGetConnection/WNetGetUniversalName/WNetGetResourceInformation/Parent,
 * WNetEnumResource in buffer-sized chunks ending at ERROR_NO_MORE_ITEMS (259), pywin32's funcnames.
 * Everything the DLL writes is read back bounded by the buffer we gave it ({@link NativeBuffer}).
 */
public final class JnaWNetApi implements WNetApi {
    static final int ERROR_INVALID_DATA = 13;
    static final int ERROR_MORE_DATA = 234;
    static final int ERROR_NO_MORE_ITEMS = 259;
    static final long MAX_BUFFER = 16L << 20;
    static final int ENUM_BUFFER = 64 * 1024;                 // pywin32's WNetEnumResource chunk
    private static final int RETRIES = 4;

    private final Mpr mpr;
    private final String description;

    public JnaWNetApi() {
        this(WindowsNative.load("mpr", Mpr.class), WindowsNative.describe("mpr"));
    }

    public JnaWNetApi(Mpr mpr, String description) {
        this.mpr = mpr;
        this.description = description;
    }

    @Override public String describe() { return description; }

    private static void check(int rc, String funcname) {
        if (rc != 0) throw new Win32Exception(rc, funcname);
    }

    @Override
    public void addConnection2(NetResource resource, String password, String userName, int flags) {
        List<Memory> keep = new ArrayList<>();
        Memory pw = Wide.of(password);
        try {
            check(mpr.WNetAddConnection2W(NETRESOURCEW.from(resource, keep), pw, Wide.of(userName), flags),
                "WNetAddConnection2");
        } finally {
            Wide.wipe(pw);
        }
    }

    @Override
    public void addConnection3(long hwndOwner, NetResource resource, String password, String userName, int flags) {
        List<Memory> keep = new ArrayList<>();
        Memory pw = Wide.of(password);
        try {
            check(mpr.WNetAddConnection3W(Handles.pointer(hwndOwner), NETRESOURCEW.from(resource, keep), pw,
                Wide.of(userName), flags), "WNetAddConnection3");
        } finally {
            Wide.wipe(pw);
        }
    }

    @Override
    public void cancelConnection2(String name, int flags, boolean force) {
        check(mpr.WNetCancelConnection2W(Wide.of(name), flags, force ? 1 : 0), "WNetCancelConnection2");
    }

    @Override
    public long openEnum(int scope, int type, int usage, NetResource container) {
        List<Memory> keep = new ArrayList<>();
        PointerByReference handle = new PointerByReference();
        check(mpr.WNetOpenEnumW(scope, type, usage, NETRESOURCEW.from(container, keep), handle), "WNetOpenEnum");
        return Handles.value(handle.getValue());
    }

    @Override
    public NetResource[] enumResource(long handle, int count) {
        long bytes = ENUM_BUFFER;
        for (int attempt = 0; ; attempt++) {
            Memory buf = new Memory(bytes);
            buf.clear();
            IntByReference n = new IntByReference(count);          // -1 = as many as fit
            IntByReference size = new IntByReference((int) bytes);
            int rc = mpr.WNetEnumResourceW(Handles.pointer(handle), n, buf, size);
            if (rc == ERROR_NO_MORE_ITEMS) return new NetResource[0];
            if (rc == ERROR_MORE_DATA) {                            // not even one entry fits
                long need = size.getValue() & 0xFFFFFFFFL;
                if (need <= bytes || need > MAX_BUFFER || attempt == RETRIES) throw new Win32Exception(rc, "WNetEnumResource");
                bytes = need;
                continue;
            }
            check(rc, "WNetEnumResource");
            int got = n.getValue();
            if (got < 0 || (long) got * NETRESOURCEW.SIZE > bytes || Integer.compareUnsigned(got, count) > 0) {
                throw new Win32Exception(ERROR_INVALID_DATA, "WNetEnumResource");
            }
            NativeBuffer answer = new NativeBuffer(buf);
            NetResource[] out = new NetResource[got];
            try {
                for (int i = 0; i < got; i++) out[i] = new NETRESOURCEW(buf.share((long) i * NETRESOURCEW.SIZE)).toJava(answer);
            } catch (NativeBuffer.BadAnswer e) {
                throw new Win32Exception(ERROR_INVALID_DATA, "WNetEnumResource");
            }
            return out;
        }
    }

    @Override
    public void closeEnum(long handle) {
        check(mpr.WNetCloseEnum(Handles.pointer(handle)), "WNetCloseEnum");
    }

    /** The shape of WNetGetUser and WNetGetConnection: (name, buffer, &characters). */
    private interface CharsCall {
        int call(Pointer name, Pointer buffer, IntByReference chars);
    }

    /** pywin32's protocol: a NULL-buffer call for the length, then the real call (retried if it grew). */
    private static String askChars(String funcname, String name, CharsCall call) {
        Memory n = Wide.of(name);
        Scratch scratch = Scratch.get();
        IntByReference len = scratch.number(0);
        int rc = call.call(n, null, len);
        long chars = len.getValue() & 0xFFFFFFFFL;
        if (chars == 0) throw new Win32Exception(rc != 0 ? rc : Native.getLastError(), funcname);
        for (int attempt = 0; ; attempt++) {
            if (chars * 2 > MAX_BUFFER) throw new Win32Exception(rc != 0 ? rc : ERROR_INVALID_DATA, funcname);
            Memory buf = scratch.buffer(chars * 2);
            len.setValue((int) chars);
            rc = call.call(n, buf, len);
            long again = len.getValue() & 0xFFFFFFFFL;
            if (rc == ERROR_MORE_DATA && again > chars && attempt < RETRIES) {
                chars = again;
                continue;
            }
            check(rc, funcname);
            return Wide.read(buf, chars);
        }
    }

    @Override
    public String getUser(String name) {
        return askChars("WNetGetUser", name, mpr::WNetGetUserW);
    }

    @Override
    public String getConnection(String localName) {
        return askChars("WNetGetConnection", localName, mpr::WNetGetConnectionW);
    }

    @Override
    public String[] getUniversalName(String localPath, int level) {
        Memory path = Wide.of(localPath);
        IntByReference size = new IntByReference(0);
        int rc = mpr.WNetGetUniversalNameW(path, level, new Memory(1), size);
        long bytes = size.getValue() & 0xFFFFFFFFL;
        if (rc != ERROR_MORE_DATA || bytes == 0) throw new Win32Exception(rc, "WNetGetUniversalName (for buffer size)");
        for (int attempt = 0; ; attempt++) {
            if (bytes > MAX_BUFFER) throw new Win32Exception(ERROR_MORE_DATA, "WNetGetUniversalName");
            Memory buf = new Memory(bytes);
            buf.clear();
            size.setValue((int) bytes);
            rc = mpr.WNetGetUniversalNameW(path, level, buf, size);
            long again = size.getValue() & 0xFFFFFFFFL;
            if (rc == ERROR_MORE_DATA && again > bytes && attempt < RETRIES) {
                bytes = again;
                continue;
            }
            check(rc, "WNetGetUniversalName");
            NativeBuffer answer = new NativeBuffer(buf);
            try {
                if (level == 1) {
                    answer.check(0, new UNIVERSAL_NAME_INFOW().size(), "UNIVERSAL_NAME_INFO");
                    return new String[] {answer.string(new UNIVERSAL_NAME_INFOW(buf).lpUniversalName, "lpUniversalName")};
                }
                if (level == 2) {
                    answer.check(0, new REMOTE_NAME_INFOW().size(), "REMOTE_NAME_INFO");
                    REMOTE_NAME_INFOW r = new REMOTE_NAME_INFOW(buf);
                    return new String[] {answer.string(r.lpUniversalName, "lpUniversalName"),
                        answer.string(r.lpConnectionName, "lpConnectionName"),
                        answer.string(r.lpRemainingPath, "lpRemainingPath")};
                }
                return new String[0];                              // python-lib: "Unsupported infoLevel"
            } catch (NativeBuffer.BadAnswer e) {
                throw new Win32Exception(ERROR_INVALID_DATA, "WNetGetUniversalName");
            }
        }
    }

    /** The WNetGetResourceInformation/Parent loop: grow while ERROR_MORE_DATA. */
    private interface ResourceCall {
        int call(Memory buffer, IntByReference cb);
    }

    private static NativeBuffer askResource(String funcname, ResourceCall call) {
        long bytes = 2L * NETRESOURCEW.SIZE;                    // usually too small: the 234 loop is the norm
        for (int attempt = 0; ; attempt++) {
            Memory buf = new Memory(bytes);
            buf.clear();
            IntByReference cb = new IntByReference((int) bytes);
            int rc = call.call(buf, cb);
            if (rc == ERROR_MORE_DATA) {
                long need = cb.getValue() & 0xFFFFFFFFL;
                if (need <= bytes || need > MAX_BUFFER || attempt == RETRIES) throw new Win32Exception(rc, funcname);
                bytes = need;
                continue;
            }
            check(rc, funcname);
            NativeBuffer answer = new NativeBuffer(buf);
            answer.check(0, NETRESOURCEW.SIZE, "NETRESOURCE");
            return answer;
        }
    }

    @Override
    public ResourceInformation getResourceInformation(NetResource resource) {
        List<Memory> keep = new ArrayList<>();
        NETRESOURCEW in = NETRESOURCEW.from(resource, keep);
        PointerByReference system = new PointerByReference();
        try {
            NativeBuffer answer = askResource("WNetGetResourceInformation", (buf, cb) -> {
                system.setValue(null);
                return mpr.WNetGetResourceInformationW(in, buf, cb, system);
            });
            NetResource out = new NETRESOURCEW(answer.memory()).toJava(answer);
            return new ResourceInformation(out, answer.string(system.getValue(), "lplpSystem"));
        } catch (NativeBuffer.BadAnswer e) {
            throw new Win32Exception(ERROR_INVALID_DATA, "WNetGetResourceInformation");
        }
    }

    @Override
    public NetResource getResourceParent(NetResource resource) {
        List<Memory> keep = new ArrayList<>();
        NETRESOURCEW in = NETRESOURCEW.from(resource, keep);
        try {
            NativeBuffer answer = askResource("WNetGetResourceParent", (buf, cb) -> mpr.WNetGetResourceParentW(in, buf, cb));
            return new NETRESOURCEW(answer.memory()).toJava(answer);
        } catch (NativeBuffer.BadAnswer e) {
            throw new Win32Exception(ERROR_INVALID_DATA, "WNetGetResourceParent");
        }
    }

    @Override
    public LastError getLastError() {
        IntByReference error = new IntByReference();
        Memory desc = new Memory(1024 * 2);
        Memory name = new Memory(256 * 2);
        desc.clear();
        name.clear();
        check(mpr.WNetGetLastErrorW(error, desc, 1024, name, 256), "WNetGetLastError");
        return new LastError(error.getValue(), Wide.read(desc, 1023), Wide.read(name, 255));
    }
}
