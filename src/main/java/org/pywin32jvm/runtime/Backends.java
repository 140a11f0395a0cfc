package org.pywin32jvm.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pywin32jvm.fs.smb.SmbFiles;
import org.pywin32jvm.netbios.NetbiosApi;
import org.pywin32jvm.netbios.NetbiosBackends;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.RasBackends;
import org.pywin32jvm.wnet.WNetApi;
import org.pywin32jvm.wnet.WNetBackends;
import org.pywin32jvm.wnet.smb.SmbWNet;

/**
 * The backends of this JVM, chosen once, on first use, from {@link org.pywin32jvm.config.Config}. python-lib reaches
 * them through {@code _jvm.backend(area)}; nothing above this class knows which one runs.
 */
public final class Backends {
    private Backends() {}

    // Created on first success only (no class-initialiser holders): a bad setting throws a
    // SettingException at each use until it is fixed, and the next use after the fix works.
    private static final Lazy<WNetApi> WNET = new Lazy<>(WNetBackends::create);
    private static final Lazy<RasApi> RAS = new Lazy<>(RasBackends::create);
    private static final Lazy<NetbiosApi> NETBIOS = new Lazy<>(NetbiosBackends::create);

    public static WNetApi wnet() { return WNET.get(); }

    public static RasApi ras() { return RAS.get(); }

    private static final Lazy<SmbFiles> FILES = new Lazy<>(() -> wnet() instanceof SmbWNet smb ? new SmbFiles(smb) : null);

    /**
     * Files on shares (the path router and the SMB file layer), or null when the WNet backend is not
     * the SMB one (on Windows the OS itself opens UNC paths and mapped drives).
     */
    public static SmbFiles files() { return FILES.get(); }

    /** {@link #files()}, or null when the WNet backend cannot start (its error shows on the WNet call). */
    public static SmbFiles filesOrNull() {
        try {
            return files();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static NetbiosApi netbios() { return NETBIOS.get(); }

    /** A value made on the first call that succeeds; a failed attempt is not remembered. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) { this.make = make; }

        T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) value = make.get();
                return value;
            }
        }
    }

    /** What --version and --backends print: area -> description, without starting network I/O. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("win32wnet", safeDescribe(() -> wnet().describe()));
        m.put("win32ras", safeDescribe(() -> ras().describe()));
        m.put("netbios", safeDescribe(() -> netbios().describe()));
        return m;
    }

    private static String safeDescribe(java.util.function.Supplier<String> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return "unavailable: " + e.getMessage();
        }
    }
}
