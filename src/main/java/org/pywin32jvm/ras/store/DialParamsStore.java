package org.pywin32jvm.ras.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.Set;

import org.pywin32jvm.win32.Win32Exception;

/**
 * The per-user dial-parameter store (Windows keeps these in LSA secrets): user, domain, phone and
 * callback numbers per (phonebook, entry) and, only when saved, the password. One properties file,
 * owner-only (0600, created so; its directory 0700), rewritten atomically. A store that others can
 * read is repaired to 0600 with a warning on stderr; one owned by another user is refused
 * (ERROR_ACCESS_DENIED). Passwords never appear in a message, log or toString.
 */
public final class DialParamsStore {
    public static final int ERROR_ACCESS_DENIED = 5;
    public static final int ERROR_CANNOT_WRITE_PHONEBOOK = 624;

    static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** What is stored for one entry; password null when none is saved. */
    public record Stored(String phoneNumber, String callbackNumber, String userName, String domain, String password) {
        @Override
        public String toString() {
            return "Stored[user=" + userName + ", domain=" + domain + ", password=" + (password == null ? "none" : "saved") + "]";
        }
    }

    private final Path path;
    // the last file read, reused while its identity, size and modification time are unchanged
    private Object cachedKey;
    private long cachedMtime = -1;
    private long cachedSize = -1;
    private Properties cached;

    public DialParamsStore(Path path) { this.path = path; }

    public Path path() { return path; }

    /** The stored parameters of an entry, or null. */
    public synchronized Stored get(String phonebookKey, String entry, String funcname) {
        Properties p = read(funcname);
        String k = key(phonebookKey, entry);
        if (p.getProperty(k + ".user") == null) return null;
        return new Stored(p.getProperty(k + ".phone", ""), p.getProperty(k + ".callback", ""),
            p.getProperty(k + ".user", ""), p.getProperty(k + ".domain", ""), p.getProperty(k + ".password"));
    }

    /** Replaces an entry's parameters; password null removes the saved password. */
    public synchronized void put(String phonebookKey, String entry, Stored s, String funcname) {
        Properties p = read(funcname);
        String k = key(phonebookKey, entry);
        p.setProperty(k + ".phone", s.phoneNumber());
        p.setProperty(k + ".callback", s.callbackNumber());
        p.setProperty(k + ".user", s.userName());
        p.setProperty(k + ".domain", s.domain());
        if (s.password() == null) p.remove(k + ".password");
        else p.setProperty(k + ".password", s.password());
        write(p, funcname);
    }

    private static String key(String phonebookKey, String entry) {
        // entry names compare case-insensitively in RAS
        return phonebookKey + "|" + entry.toLowerCase(java.util.Locale.ROOT);
    }

    /** The file's properties (a copy the caller may change); ownership and permissions checked every time. */
    private Properties read(String funcname) {
        Properties p = new Properties();
        if (!path.toFile().exists()) {        // no exception on the common "nothing saved yet" path
            cached = null;
            return p;
        }
        try {
            BasicFileAttributes a = POSIX ? Files.readAttributes(path, PosixFileAttributes.class)
                : Files.readAttributes(path, BasicFileAttributes.class);
            if (a instanceof PosixFileAttributes pa) checkOwnership(pa, funcname);
            long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (cached == null || !Objects.equals(cachedKey, a.fileKey()) || cachedMtime != mtime || cachedSize != a.size()) {
                Properties fresh = new Properties();
                fresh.load(new StringReader(Files.readString(path, StandardCharsets.UTF_8)));
                cached = fresh;
                cachedKey = a.fileKey();
                cachedMtime = mtime;
                cachedSize = a.size();
            }
            p.putAll(cached);
        } catch (NoSuchFileException e) {
            cached = null;
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw Win32Exception.ras(ERROR_ACCESS_DENIED, funcname);
        }
        return p;
    }

    /** Owner must be us; permissions wider than 0600 are repaired (and reported on stderr). */
    private void checkOwnership(PosixFileAttributes a, String funcname) throws IOException {
        UserPrincipal owner = a.owner();
        String me = System.getProperty("user.name");
        if (me != null && !owner.getName().equals(me)) {
            System.err.println("pywin32-jvm: refusing the RAS dial-parameter store " + path
                + ": it belongs to " + owner.getName() + ", not " + me);
            throw Win32Exception.ras(ERROR_ACCESS_DENIED, funcname);
        }
        Set<PosixFilePermission> perms = a.permissions();
        if (!perms.equals(FILE_PERMS)) {
            Files.setPosixFilePermissions(path, FILE_PERMS);
            System.err.println("pywin32-jvm: the RAS dial-parameter store " + path + " had permissions "
                + PosixFilePermissions.toString(perms) + "; repaired to rw-------");
        }
    }

    private void write(Properties p, String funcname) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                if (POSIX) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
                else Files.createDirectories(dir);
            }
            StringWriter w = new StringWriter();
            p.store(w, "pywin32-jvm RAS dial parameters (owner-only; do not share)");
            FileAttribute<?>[] attrs = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMS)} : new FileAttribute<?>[0];
            Path tmp = Files.createTempFile(dir, ".dialparams", ".tmp", attrs);   // created 0600, never wider
            try {
                Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw Win32Exception.ras(ERROR_CANNOT_WRITE_PHONEBOOK, funcname);
        }
    }

    @Override
    public String toString() { return "DialParamsStore[" + path + "]"; }
}
