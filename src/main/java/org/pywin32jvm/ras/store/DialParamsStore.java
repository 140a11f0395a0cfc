package org.pywin32jvm.ras.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

import org.pywin32jvm.config.RegularFiles;
import org.pywin32jvm.win32.Win32Exception;

/**
 * The per-user dial-parameter store (Windows keeps these in LSA secrets): user, domain, phone and
 * callback numbers per (phonebook, entry) and, only when saved, the password. One properties file,
 * owner-only (0600, created so; its directory 0700), rewritten atomically under a cross-process lock
 * ({@code <store>.lock}), keeping the user's comment lines. A store that others can
 * read is repaired to 0600 with a warning on stderr; one owned by another user is refused
 * (ERROR_ACCESS_DENIED). Passwords never appear in a message, log or toString.
 */
public final class DialParamsStore {
    public static final int ERROR_ACCESS_DENIED = 5;
    public static final int ERROR_CANNOT_OPEN_PHONEBOOK = 621;
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

    /** How long a writer waits for another process's lock on the store before giving up (624). */
    static final long LOCK_WAIT_MS = 30_000;
    private static final String HEADER = "pywin32-jvm RAS dial parameters (owner-only; do not share)";
    private static final String[] FIELDS = {"phone", "callback", "user", "domain", "password"};
    // one monitor per store file in this JVM: FileChannel.lock is per process, a second lock of the
    // same file from this JVM would throw OverlappingFileLockException
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> MONITORS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path path;
    private final Object monitor;
    // the last file read, reused while its identity, size and modification time are unchanged
    private Object cachedKey;
    private long cachedMtime = -1;
    private long cachedSize = -1;
    private Properties cached;

    public DialParamsStore(Path path) {
        this.path = path;
        this.monitor = MONITORS.computeIfAbsent(path.toAbsolutePath().normalize(), k -> new Object());
    }

    public Path path() { return path; }

    /** The stored parameters of an entry, or null. */
    public Stored get(String phonebookKey, String entry, String funcname) {
        synchronized (monitor) {
            Properties p = read(funcname, false).props;
            String k = recordKey(p, phonebookKey, entry);
            if (k == null) return null;
            return new Stored(p.getProperty(k + ".phone", ""), p.getProperty(k + ".callback", ""),
                p.getProperty(k + ".user", ""), p.getProperty(k + ".domain", ""), p.getProperty(k + ".password"));
        }
    }

    /**
     * Replaces an entry's parameters; password null removes the saved password. Read-modify-write under a
     * lock on {@code <store>.lock} shared with other processes, the file re-read under it, then replaced atomically.
     */
    public void put(String phonebookKey, String entry, Stored s, String funcname) {
        synchronized (monitor) {
            try (FileChannel lock = lockFile(funcname)) {
                Read r = read(funcname, true);
                Properties p = r.props;
                String old = recordKey(p, phonebookKey, entry);
                if (old != null) for (String f : FIELDS) p.remove(old + "." + f);   // an old-format record moves
                String k = key(phonebookKey, entry);
                p.setProperty(k + ".phone", s.phoneNumber());
                p.setProperty(k + ".callback", s.callbackNumber());
                p.setProperty(k + ".user", s.userName());
                p.setProperty(k + ".domain", s.domain());
                if (s.password() == null) p.remove(k + ".password");
                else p.setProperty(k + ".password", s.password());
                write(StoreText.rewrite(r.text, p, HEADER), funcname);
            } catch (IOException e) {        // closing the lock channel
                throw Win32Exception.ras(ERROR_CANNOT_WRITE_PHONEBOOK, funcname);
            }
        }
    }

    /**
     * The record key: "v2|" + phonebook + "|" + entry, with '%' and '|' escaped in both parts, so phonebook
     * {@code a} + entry {@code b|c} and phonebook {@code a|b} + entry {@code c} are different records.
     * Entry names compare case-insensitively in RAS.
     */
    static String key(String phonebookKey, String entry) {
        return "v2|" + escape(phonebookKey) + "|" + escape(entry.toLowerCase(java.util.Locale.ROOT));
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("|", "%7C");
    }

    /** The key under which the entry is stored: the v2 key, else the ambiguous old one (phonebook|entry), else null. */
    private static String recordKey(Properties p, String phonebookKey, String entry) {
        String k = key(phonebookKey, entry);
        if (p.getProperty(k + ".user") != null) return k;
        String legacy = phonebookKey + "|" + entry.toLowerCase(java.util.Locale.ROOT);
        return p.getProperty(legacy + ".user") != null ? legacy : null;
    }

    /** Takes the cross-process lock (bounded wait); the channel's close releases it. */
    private FileChannel lockFile(String funcname) {
        Path lockPath = path.resolveSibling(path.getFileName() + ".lock");
        try {
            makeDirectory();
            FileChannel ch = POSIX
                ? FileChannel.open(lockPath, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(FILE_PERMS))
                : FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCK_WAIT_MS);
            try {
                while (true) {
                    if (ch.tryLock() != null) return ch;
                    if (System.nanoTime() - deadline > 0) break;
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            ch.close();
        } catch (IOException | RuntimeException e) {
            // cannot create or lock the lock file: reported below
        }
        throw Win32Exception.ras(ERROR_CANNOT_WRITE_PHONEBOOK, funcname);
    }

    private record Read(String text, Properties props) {}

    /**
     * The file's text and properties (a copy the caller may change); ownership and permissions checked every
     * time. {@code fresh}: read the file even when the cached copy looks current (under the write lock).
     */
    private Read read(String funcname, boolean fresh) {
        if (!path.toFile().exists()) {        // no exception on the common "nothing saved yet" path
            cached = null;
            return new Read(null, new Properties());
        }
        Properties p = new Properties();
        String text = null;
        try {
            BasicFileAttributes a = POSIX ? Files.readAttributes(path, PosixFileAttributes.class)
                : Files.readAttributes(path, BasicFileAttributes.class);
            if (!a.isRegularFile()) throw Win32Exception.ras(ERROR_CANNOT_OPEN_PHONEBOOK, funcname);   // FIFO, device
            if (a instanceof PosixFileAttributes pa) checkOwnership(pa, funcname);
            long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (fresh || cached == null || !Objects.equals(cachedKey, a.fileKey()) || cachedMtime != mtime
                    || cachedSize != a.size()) {
                text = new String(RegularFiles.read(path), StandardCharsets.UTF_8);
                Properties loaded = StoreText.parse(text);
                cached = loaded;
                cachedKey = a.fileKey();
                cachedMtime = mtime;
                cachedSize = a.size();
            }
            p.putAll(cached);
        } catch (NoSuchFileException e) {
            cached = null;
            return new Read(null, p);
        } catch (RegularFiles.NotUsable e) {
            throw Win32Exception.ras(ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        } catch (IOException | IllegalArgumentException e) {
            throw Win32Exception.ras(ERROR_ACCESS_DENIED, funcname);
        }
        return new Read(text, p);
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

    private void makeDirectory() throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
            else Files.createDirectories(dir);
        }
    }

    private void write(String text, String funcname) {
        try {
            makeDirectory();
            Path dir = path.toAbsolutePath().getParent();
            FileAttribute<?>[] attrs = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMS)} : new FileAttribute<?>[0];
            Path tmp = Files.createTempFile(dir, ".dialparams", ".tmp", attrs);   // created 0600, never wider
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            cached = null;
        } catch (IOException e) {
            throw Win32Exception.ras(ERROR_CANNOT_WRITE_PHONEBOOK, funcname);
        }
    }

    @Override
    public String toString() { return "DialParamsStore[" + path + "]"; }
}
