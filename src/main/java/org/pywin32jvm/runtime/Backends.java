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

    private static final class WNetHolder { static final WNetApi API = WNetBackends.create(); }
    private static final class RasHolder { static final RasApi API = RasBackends.create(); }
    private static final class NetbiosHolder { static final NetbiosApi API = NetbiosBackends.create(); }

    public static WNetApi wnet() { return WNetHolder.API; }

    private static final class FilesHolder {
        static final SmbFiles FILES = wnet() instanceof SmbWNet smb ? new SmbFiles(smb) : null;
    }

    /**
     * Files on shares (the path router and the SMB file layer), or null when the WNet backend is not
     * the SMB one (on Windows the OS itself opens UNC paths and mapped drives).
     */
    public static SmbFiles files() { return FilesHolder.FILES; }

    /** {@link #files()}, or null when the WNet backend cannot start (its error shows on the WNet call). */
    public static SmbFiles filesOrNull() {
        try {
            return files();
        } catch (RuntimeException | ExceptionInInitializerError | NoClassDefFoundError e) {
            return null;
        }
    }

    public static RasApi ras() { return RasHolder.API; }

    public static NetbiosApi netbios() { return NetbiosHolder.API; }

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
        } catch (RuntimeException | ExceptionInInitializerError e) {
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            return "unavailable: " + cause.getMessage();
        }
    }
}
