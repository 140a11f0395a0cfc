package org.pywin32jvm.wnet.smb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

import org.pywin32jvm.win32.Win32Exception;

/**
 * Remembered (persistent) connections, the equivalent of HKCU\Network: a per-user properties file,
 * one line per local device ({@code Z\:=\\\\srv\\share|user|type}), written with owner-only
 * permissions. No password is ever stored. Read on every use, so other processes see changes.
 */
public final class RememberedStore {
    public record Remembered(String localName, String remoteName, String user, int type) {}

    private final Path file;

    public RememberedStore(Path file) { this.file = file; }

    public Path file() { return file; }

    public synchronized List<Remembered> list() {
        List<Remembered> out = new ArrayList<>();
        for (var e : load().entrySet()) {
            String[] parts = e.getValue().split("\\|", -1);
            String user = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
            int type = parts.length > 2 ? parseInt(parts[2]) : 1;
            out.add(new Remembered(e.getKey(), parts[0], user, type));
        }
        return out;
    }

    public synchronized Remembered find(String localName) {
        String key = localName.toUpperCase(Locale.ROOT);
        for (Remembered r : list()) if (r.localName().equals(key)) return r;
        return null;
    }

    public synchronized void put(String localName, String remoteName, String user, int type, String funcname) {
        TreeMap<String, String> map = load();
        map.put(localName.toUpperCase(Locale.ROOT), remoteName + "|" + (user == null ? "" : user) + "|" + type);
        save(map, funcname);
    }

    /** True when an entry was removed. */
    public synchronized boolean remove(String localName, String funcname) {
        TreeMap<String, String> map = load();
        boolean removed = map.remove(localName.toUpperCase(Locale.ROOT)) != null;
        if (removed) save(map, funcname);
        return removed;
    }

    private TreeMap<String, String> load() {
        TreeMap<String, String> map = new TreeMap<>();
        if (!Files.isRegularFile(file)) return map;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return map;     // an unreadable profile reads as empty, like a missing HKCU\Network
        }
        for (String k : p.stringPropertyNames()) map.put(k, p.getProperty(k));
        return map;
    }

    private void save(TreeMap<String, String> map, String funcname) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".remembered", ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                Properties p = new Properties();
                p.putAll(map);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    p.store(out, "pywin32-jvm remembered network connections (no passwords)");
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Win32Exception(SmbErrorMap.ERROR_CANNOT_OPEN_PROFILE, funcname);
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
