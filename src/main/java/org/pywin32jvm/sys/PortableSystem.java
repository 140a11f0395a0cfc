package org.pywin32jvm.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.pywin32jvm.win32.ErrorMessages;
import org.pywin32jvm.win32.SystemInfo;
import org.pywin32jvm.win32.Win32Exception;

/**
 * win32api off Windows: the JVM's and the OS's view of the same facts, with the answers a
 * stand-alone (non-domain) Windows 10 machine gives where there is no such fact here.
 */
public class PortableSystem implements SystemApi {
    /** The Windows version reported: Windows 10 22H2 (10.0.19045), NT platform, workstation. */
    static final int[] VERSION = {10, 0, 19045, 2, 0, 0, 0x100 /* VER_SUITE_SINGLEUSERTS */, 1 /* VER_NT_WORKSTATION */, 0};

    private static final int ERROR_FILE_NOT_FOUND = 2;
    private static final int ERROR_PATH_NOT_FOUND = 3;
    private static final int ERROR_INVALID_HANDLE = 6;
    private static final int ERROR_INVALID_PARAMETER = 87;
    private static final int ERROR_INVALID_NAME = 123;
    private static final int ERROR_MR_MID_NOT_FOUND = 317;
    private static final int ERROR_NONE_MAPPED = 1332;
    private static final int ERROR_NO_SUCH_DOMAIN = 1355;

    @Override
    public String describe() { return "portable (JVM)"; }

    @Override
    public String userName() { return SystemInfo.userName(); }

    @Override
    public String userNameEx(int format) {
        switch (format) {
            case 2:     // NameSamCompatible: "MACHINE\\" + user for a local account
                return computerName() + "\\" + userName();
            case 3: {   // NameDisplay: the account's full name, where the system has one
                String full = HostFacts.fullName(userName());
                if (full == null || full.isEmpty()) throw new Win32Exception(ERROR_NONE_MAPPED, "GetUserNameExW");
                return full;
            }
            case 8:     // NameUserPrincipal: a local account has none
                throw new Win32Exception(ERROR_NONE_MAPPED, "GetUserNameExW");
            case 1: case 6: case 7: case 9: case 10: case 12: case 13: case 14:
                // directory-service forms: no domain to ask
                throw new Win32Exception(ERROR_NO_SUCH_DOMAIN, "GetUserNameExW");
            default:
                throw new Win32Exception(ERROR_INVALID_PARAMETER, "GetUserNameExW");
        }
    }

    @Override
    public String computerName() { return SystemInfo.computerName(); }

    @Override
    public String computerNameEx(int type) {
        String host = HostFacts.hostName();
        int dot = host.indexOf('.');
        String label = dot > 0 ? host.substring(0, dot) : host;
        String domain = dot > 0 ? host.substring(dot + 1) : "";
        switch (type) {
            case 0: case 4: return computerName();
            case 1: case 5: return label;
            case 2: case 6: return domain;
            case 3: case 7: return domain.isEmpty() ? label : label + "." + domain;
            default: throw new Win32Exception(ERROR_INVALID_PARAMETER, "GetComputerNameExW");
        }
    }

    @Override
    public String domainName() { return computerName(); }

    @Override
    public String[] logicalDriveStrings() { return SystemInfo.logicalDrives(); }

    @Override
    public int logicalDrives() {
        int mask = 0;
        for (String root : logicalDriveStrings()) {
            char c = Character.toUpperCase(root.charAt(0));
            if (c >= 'A' && c <= 'Z') mask |= 1 << (c - 'A');
        }
        return mask;
    }

    @Override
    public String shortPathName(String path) { return existing(path, "GetShortPathNameW"); }

    @Override
    public String longPathName(String path) { return existing(path, "GetLongPathNameW"); }

    /** There are no 8.3 names here: an existing path is its own short and long name. */
    private static String existing(String path, String funcname) {
        Path p = parse(path, funcname);
        if (Files.exists(p)) return path;
        Path parent = p.toAbsolutePath().getParent();
        throw new Win32Exception(parent == null || Files.isDirectory(parent) ? ERROR_FILE_NOT_FOUND : ERROR_PATH_NOT_FOUND, funcname);
    }

    @Override
    public String fullPathName(String path) {
        if (WindowsPaths.isWindowsAbsolute(path)) return WindowsPaths.normalize(path);
        return parse(path, "GetFullPathName").toAbsolutePath().normalize().toString()
            + (path.endsWith("/") && path.length() > 1 ? "/" : "");
    }

    private static Path parse(String path, String funcname) {
        if (path.isEmpty() || path.indexOf('\0') >= 0) throw new Win32Exception(ERROR_INVALID_NAME, funcname);
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new Win32Exception(ERROR_INVALID_NAME, funcname);
        }
    }

    @Override
    public String tempPath() {
        String dir = System.getProperty("java.io.tmpdir", "/tmp");
        return dir.endsWith("/") ? dir : dir + "/";
    }

    @Override
    public String environmentVariable(String name) { return name.isEmpty() ? null : System.getenv(name); }

    @Override
    public String expandEnvironmentStrings(String text) { return WindowsPaths.expand(text, System::getenv); }

    @Override
    public long currentProcessId() { return ProcessHandle.current().pid(); }

    @Override
    public long tickCount() { return HostFacts.uptimeMillis(); }

    @Override
    public int[] versionEx() { return VERSION.clone(); }

    @Override
    public String csdVersion() { return ""; }

    @Override
    public String formatMessage(int code) {
        // the catalogue has no text for 0: pywin32's code-0 errors use a fixed one instead
        String text = code == 0 ? "The operation completed successfully." : ErrorMessages.system(code);
        if (ErrorMessages.NO_MESSAGE.equals(text)) throw new Win32Exception(ERROR_MR_MID_NOT_FOUND, "FormatMessageW");
        return text + "\r\n";
    }

    @Override
    public long shellExecute(long hwnd, String operation, String file, String parameters, String directory, int show) {
        return Launcher.shellExecute(operation, file, parameters, directory);
    }

    @Override
    public int winExec(String commandLine, int show) { return Launcher.winExec(commandLine); }

    @Override
    public void closeHandle(long handle) {
        // the JVM hands out no kernel handles; the handles Python objects own are closed by them
        throw new Win32Exception(ERROR_INVALID_HANDLE, "CloseHandle");
    }

    /** Facts read from the OS without network look-ups (no DNS: a resolver may hang). */
    static final class HostFacts {
        private HostFacts() {}

        static String hostName() {
            String name = read("/proc/sys/kernel/hostname");
            if (name == null) name = System.getenv("HOSTNAME");
            if (name == null || name.isBlank()) name = System.getenv("COMPUTERNAME");
            return name == null || name.isBlank() ? "localhost" : name.trim();
        }

        static String fullName(String user) {
            try {
                for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                    String[] f = line.split(":", -1);
                    if (f.length > 4 && f[0].equals(user)) {
                        String gecos = f[4];
                        int comma = gecos.indexOf(',');
                        return (comma >= 0 ? gecos.substring(0, comma) : gecos).trim();
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return null;
        }

        static long uptimeMillis() {
            String up = read("/proc/uptime");
            if (up != null) {
                try {
                    return (long) (Double.parseDouble(up.trim().split("\\s+")[0]) * 1000);
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            return System.nanoTime() / 1_000_000L;      // monotonic, since an arbitrary origin
        }

        private static String read(String file) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file));
                return lines.isEmpty() ? null : lines.get(0).toLowerCase(Locale.ROOT).equals("(none)") ? null : lines.get(0);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
