package org.pywin32jvm.wnet.smb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pywin32jvm.config.Config;
import org.pywin32jvm.config.RegularFiles;
import org.pywin32jvm.config.SettingException;

/**
 * The SMB backend's configuration (system property {@code pywin32jvm.KEY} or env {@code PYWIN32JVM_KEY}):
 * <ul>
 * <li>{@code wnet.hosts} NAME=HOST[:PORT],... (UNC names have no port)</li>
 * <li>{@code wnet.user}, {@code wnet.domain}: default credentials when a call gives user None;
 *     the password comes from the environment variable named by {@code wnet.password.env}
 *     (default PYWIN32JVM_WNET_PASSWORD) or the file named by {@code wnet.password.file} — never a property</li>
 * <li>{@code wnet.timeout}: milliseconds for every network call (default 10000)</li>
 * <li>{@code wnet.remembered}: the remembered-connections file (default ~/.config/pywin32-jvm/remembered.properties)</li>
 * <li>{@code wnet.guest}: {@code block} (default, as Windows 10/11, which refuse insecure guest logons: error 1272
 *     when a server gives a guest session although credentials were given) or {@code allow}</li>
 * <li>{@code wnet.servers}: the servers listed under "Microsoft Windows Network" (default: the hosts map names)</li>
 * <li>{@code wnet.browse.idle}: milliseconds a share enumeration's own logon is kept for the next
 *     enumeration of that server (default 30000; 0 logs off at once)</li>
 * </ul>
 */
public record SmbSettings(HostMap hosts, String defaultUser, String defaultDomain, char[] defaultPassword,
                          int timeoutMs, Path rememberedFile, boolean blockGuest, List<String> servers) {

    public static SmbSettings fromConfig() {
        HostMap hosts = HostMap.parse(Config.get("wnet.hosts", ""));
        String user = Config.get("wnet.user", null);
        String domain = Config.get("wnet.domain", null);
        char[] password = readPassword();
        int timeout = Config.getInt("wnet.timeout", 10000, 1, Integer.MAX_VALUE);
        String remembered = Config.get("wnet.remembered", null);
        Path file = remembered != null ? Path.of(remembered)
            : Path.of(System.getProperty("user.home"), ".config", "pywin32-jvm", "remembered.properties");
        boolean block = "block".equals(Config.choice("wnet.guest", "block", "allow", "block"));
        List<String> servers = new ArrayList<>();
        String list = Config.get("wnet.servers", null);
        if (list != null) {
            for (String s : list.split("[,;]")) if (!s.isBlank()) servers.add(s.trim());
        } else {
            servers.addAll(hosts.names());
        }
        SmbSettings settings = new SmbSettings(hosts, user, domain, password, timeout, file, block, servers);
        settings.browseIdleMs();       // a bad value is reported when the backend starts, not mid-enumeration
        return settings;
    }

    private static char[] readPassword() {
        String file = Config.get("wnet.password.file", null);
        if (file != null) {
            try {
                // a FIFO would block and /dev/zero never end: only a regular file of a bounded size is read
                byte[] raw = RegularFiles.read(Path.of(file));
                String s = new String(raw, StandardCharsets.UTF_8);
                java.util.Arrays.fill(raw, (byte) 0);
                return s.strip().toCharArray();
            } catch (IOException | java.nio.file.InvalidPathException e) {
                String why = e instanceof RegularFiles.NotUsable nu ? nu.getMessage() : e.getClass().getSimpleName();
                throw new SettingException("wnet.password.file", file, "a readable file holding the password ("
                    + why + ")");
            }
        }
        String env = System.getenv(Config.get("wnet.password.env", "PYWIN32JVM_WNET_PASSWORD"));
        return env == null ? null : env.toCharArray();
    }

    /** How long a share enumeration's own logon is kept unused (BrowseSessions). */
    public int browseIdleMs() {
        return Config.getInt("wnet.browse.idle", 30000, 0, Integer.MAX_VALUE);
    }

    /** The credentials used when a call passes UserName None. */
    public Credentials defaults() {
        return defaultUser == null ? null : Credentials.user(defaultUser, defaultDomain, defaultPassword);
    }

    @Override
    public String toString() {   // no password, ever
        return "SmbSettings[user=" + defaultUser + ", timeoutMs=" + timeoutMs + ", remembered=" + rememberedFile + "]";
    }
}
