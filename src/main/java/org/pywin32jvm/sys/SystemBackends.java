package org.pywin32jvm.sys;

import org.pywin32jvm.config.Config;

/**
 * The win32api backend of this JVM, chosen once on first use: {@code pywin32jvm.sys} = auto | portable |
 * windows (auto: windows on Windows, else portable).
 */
public final class SystemBackends {
    private SystemBackends() {}

    private static final class Holder { static final SystemApi API = create(); }

    public static SystemApi get() { return Holder.API; }

    static SystemApi create() {
        String name = Config.get("sys", "auto");
        if ("auto".equals(name)) name = Config.isWindows() ? "windows" : "portable";
        switch (name) {
            case "windows":     // kernel32/advapi32/secur32/shell32 through JNA: JNA is loaded only here
                return new org.pywin32jvm.sys.windows.JnaSystem();
            case "portable":
                return new PortableSystem();
            default:
                throw new IllegalArgumentException("unknown win32api backend '" + name + "' (pywin32jvm.sys)");
        }
    }
}
