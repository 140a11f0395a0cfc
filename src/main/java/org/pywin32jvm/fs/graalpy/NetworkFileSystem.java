package org.pywin32jvm.fs.graalpy;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.graalvm.polyglot.io.FileSystem;

import org.pywin32jvm.fs.FileInfo;
import org.pywin32jvm.fs.PathRouter;
import org.pywin32jvm.fs.WinPath;
import org.pywin32jvm.fs.smb.FileErrors;
import org.pywin32jvm.fs.smb.SmbFiles;
import org.pywin32jvm.win32.Win32Exception;

/**
 * GraalPy's file system: network paths ({@code \\host\share\...}, {@code //host/share/...},
 * {@code \\?\UNC\...}, mapped drive letters) go to the SMB layer, everything else to the file system
 * the engine had before (python-lib's virtual file system, then the host's). A network path is parsed
 * into a path under {@link #MOUNT} ({@code /.pywin32jvm-net/host/share/dir/f}), so the engine's own
 * path handling (resolve, parent, file name) keeps working on it; drive letters are resolved at parse
 * time through the WNet connection table.
 */
public final class NetworkFileSystem implements FileSystem {
    /** The directory network paths are mounted under. */
    public static final String MOUNT = "/.pywin32jvm-net";
    private static final Path MOUNT_PATH = Path.of(MOUNT);

    private final FileSystem local;
    private final Supplier<SmbFiles> files;
    /** Where python-lib's virtual file system is mounted: paths under it are not the host's. */
    private final Path vfsMount;
    private static final FileSystem HOST = FileSystem.newDefaultFileSystem();

    /**
     * {@code files} is asked only when a network path is met (it may return null: no SMB backend);
     * {@code vfsMount} is the mount point of the virtual file system inside {@code local}.
     */
    public NetworkFileSystem(FileSystem local, Supplier<SmbFiles> files, Path vfsMount) {
        this.local = local;
        this.files = files;
        this.vfsMount = vfsMount;
    }

    // ---- paths ----------------------------------------------------------------------------------

    @Override
    public Path parsePath(URI uri) { return local.parsePath(uri); }

    @Override
    public Path parsePath(String path) {
        if (PathRouter.looksNetwork(path)) {
            SmbFiles f = files.get();
            WinPath w;
            try {
                w = f == null ? null : f.route(path);
            } catch (Win32Exception e) {
                // a remembered drive that cannot be restored: a path whose every operation fails with the code
                return MOUNT_PATH.resolve(UNAVAILABLE + e.winerror).resolve(path.substring(0, 2));
            }
            if (w != null) return mounted(w);
        }
        return local.parsePath(path);
    }

    /** Where a network path is mounted. */
    private static Path mounted(WinPath w) {
        Path p = MOUNT_PATH.resolve(w.server()).resolve(w.share());
        for (String part : w.parts()) p = p.resolve(part);
        return p;
    }

    private static boolean isNet(Path p) {
        return p.isAbsolute() && p.startsWith(MOUNT_PATH) && p.getNameCount() >= 3;
    }

    /** The server part of a path that stands for a routing failure ("?1201"): no server name has a '?'. */
    private static final String UNAVAILABLE = "?";

    private static WinPath win(Path p) {
        String server = p.getName(1).toString();
        if (server.startsWith(UNAVAILABLE)) {
            throw new Win32Exception(Integer.parseInt(server.substring(UNAVAILABLE.length())), "CreateFile");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 3; i < p.getNameCount(); i++) parts.add(p.getName(i).toString());
        return new WinPath(p.getName(1).toString(), p.getName(2).toString(), parts, null);
    }

    private SmbFiles smb() {
        SmbFiles f = files.get();
        if (f == null) throw new IllegalStateException("no SMB backend");
        return f;
    }

    @Override
    public Path toAbsolutePath(Path path) { return isNet(path) ? path : local.toAbsolutePath(path); }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        if (!isNet(path)) return local.toRealPath(path, options);
        stat(path, "toRealPath");
        return path.normalize();
    }

    // ---- operations -----------------------------------------------------------------------------

    /**
     * A failed operation on a network path, as this thread last saw it: GraalPy makes an OSError of an
     * IOException from its type or text alone (errno and strerror), so python-lib's _pywin32jvm_gpfiles
     * takes the Win32 code from here to add winerror and the Windows text.
     */
    public record Failure(Win32Exception error, String file, String other) {}

    private static final ThreadLocal<Failure> LAST = new ThreadLocal<>();

    /** The last failure of this thread, or null; cleared by the call. */
    public static Failure takeLastFailure() {
        Failure f = LAST.get();
        LAST.remove();
        return f;
    }

    private static IOException io(Win32Exception e, Path p, Path other) {
        String file = winName(p), second = other == null ? null : winName(other);
        LAST.set(new Failure(e, file, second));
        return SmbFiles.ioException(e.winerror, file, second, e);
    }

    private static String winName(Path p) {
        if (!isNet(p)) return p.toString();
        if (p.getName(1).toString().startsWith(UNAVAILABLE)) return p.getName(2).toString();    // "Z:"
        return win(p).unc();
    }

    private FileInfo stat(Path p, String fn) throws IOException {
        try {
            return smb().stat(win(p), fn);
        } catch (Win32Exception e) {
            throw io(e, p, null);
        }
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (!isNet(path)) {
            local.checkAccess(path, modes, options);
            return;
        }
        FileInfo i = stat(path, "GetFileAttributes");
        if (modes.contains(AccessMode.WRITE) && (i.attributes() & FileInfo.FILE_ATTRIBUTE_READONLY) != 0
            && !i.isDirectory()) {
            throw new AccessDeniedException(winName(path));
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        if (!isNet(dir)) {
            local.createDirectory(dir, attrs);
            return;
        }
        try {
            smb().mkdir(win(dir), "CreateDirectory");
        } catch (Win32Exception e) {
            throw io(e, dir, null);
        }
    }

    @Override
    public void delete(Path path) throws IOException {
        if (!isNet(path)) {
            local.delete(path);
            return;
        }
        try {
            WinPath w = win(path);
            if (smb().stat(w, "DeleteFile").isDirectory()) smb().rmdir(w, "RemoveDirectory");
            else smb().delete(w, "DeleteFile");
        } catch (Win32Exception e) {
            throw io(e, path, null);
        }
    }

    /**
     * The channels this thread opened last, newest first, by absolute path: python-lib's shutil fast path
     * (_pywin32jvm_copy) finds here the channels behind the two files shutil.copyfile has just opened, which a
     * GraalPy file object does not show. Weak: a record never keeps a channel alive.
     */
    private record Opened(Path path, java.lang.ref.WeakReference<SeekableByteChannel> channel) {}

    private static final int OPENED_KEPT = 4;
    private static final ThreadLocal<ArrayDeque<Opened>> OPENED = ThreadLocal.withInitial(ArrayDeque::new);

    private static SeekableByteChannel opened(Path path, SeekableByteChannel ch) {
        ArrayDeque<Opened> q = OPENED.get();
        if (q.size() >= OPENED_KEPT) q.removeLast();
        q.addFirst(new Opened(path, new java.lang.ref.WeakReference<>(ch)));
        return ch;
    }

    private static SeekableByteChannel openedAt(Path path) {
        for (Opened o : OPENED.get()) {
            SeekableByteChannel ch = o.channel().get();
            if (o.path().equals(path)) return ch != null && ch.isOpen() ? ch : null;
        }
        return null;
    }

    /** The open channel this thread opened last on the network path {@code w} (among its last few), or null. */
    public static SeekableByteChannel openedChannel(WinPath w) { return openedAt(mounted(w)); }

    /** The open channel this thread opened last on the local file {@code absolute} (among its last few), or null. */
    public static SeekableByteChannel openedChannel(String absolute) {
        return openedAt(Path.of(absolute).toAbsolutePath().normalize());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (!isNet(path)) {
            return opened(local.toAbsolutePath(path).normalize(), local.newByteChannel(path, options, attrs));
        }
        if (options.contains(java.nio.file.StandardOpenOption.APPEND)
            && !options.contains(java.nio.file.StandardOpenOption.READ)) {
            // GraalPy opens O_APPEND without READ whatever the mode (java.nio forbids the pair): ask for it, so
            // 'a+' reads as on Windows ('a' never reads: Python's file object refuses first)
            Set<OpenOption> o = new java.util.HashSet<>(options);
            o.add(java.nio.file.StandardOpenOption.READ);
            options = o;
        }
        try {
            return opened(path.normalize(), smb().open(win(path), options, "CreateFile"));
        } catch (Win32Exception e) {
            // os.open() of a directory (shutil.rmtree's fd walk): a handle with nothing to read, as on Linux
            if (e.winerror == 5 && !options.contains(java.nio.file.StandardOpenOption.WRITE)
                && !options.contains(java.nio.file.StandardOpenOption.APPEND)
                && stat(path, "CreateFile").isDirectory()) {
                return new DirectoryChannel(winName(path));
            }
            throw io(e, path, null);
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        if (!isNet(dir)) return local.newDirectoryStream(dir, filter);
        List<Path> out = new ArrayList<>();
        try {
            for (String n : smb().names(win(dir), "FindFirstFile")) {
                Path p = dir.resolve(n);
                if (filter == null || filter.accept(p)) out.add(p);
            }
        } catch (Win32Exception e) {
            throw io(e, dir, null);
        }
        return new DirectoryStream<>() {
            @Override public Iterator<Path> iterator() { return out.iterator(); }
            @Override public void close() {}
        };
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (!isNet(path)) return local.readAttributes(path, attributes, options);
        return Attributes.of(stat(path, "GetFileAttributesEx"), path, attributes);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        if (!isNet(path)) {
            local.setAttribute(path, attribute, value, options);
            return;
        }
        // times and modes of files on a share are the server's business (shutil.copy2 sets them: ignored)
        if (!(value instanceof FileTime) && !(value instanceof Set<?>) && !(value instanceof Integer)) {
            throw new UnsupportedOperationException(attribute);
        }
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        boolean netS = isNet(source), netT = isNet(target);
        if (!netS && !netT) {
            try {
                local.move(source, target, options);
            } catch (AtomicMoveNotSupportedException e) {
                // GraalPy's VFS joins itself and the host in a composite file system, which refuses ATOMIC_MOVE
                // even between two host paths: os.replace, os.rename and the engine's .pyc writes need it
                if (inVfs(source) || inVfs(target)) throw e;
                HOST.move(source, target, options);
            }
            return;
        }
        if (netS != netT) throw io(new Win32Exception(FileErrors.ERROR_NOT_SAME_DEVICE, "MoveFileEx"), source, target);
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING) replace = true;
        try {
            smb().rename(win(source), win(target), replace, "MoveFileEx");
        } catch (Win32Exception e) {
            throw io(e, source, target);
        }
    }

    private boolean inVfs(Path p) {
        return local.toAbsolutePath(p).normalize().startsWith(vfsMount);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        if (!isNet(source) && !isNet(target)) {
            local.copy(source, target, options);
            return;
        }
        FileSystem.super.copy(source, target, options);      // through newByteChannel, streaming
    }

    @Override
    public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
        if (!isNet(path1) && !isNet(path2)) return local.isSameFile(path1, path2, options);
        return path1.normalize().toString().equalsIgnoreCase(path2.normalize().toString());
    }

    @Override public void setCurrentWorkingDirectory(Path dir) { local.setCurrentWorkingDirectory(dir); }

    @Override public String getSeparator() { return local.getSeparator(); }

    @Override public String getPathSeparator() { return local.getPathSeparator(); }

    @Override public String getMimeType(Path path) { return isNet(path) ? null : local.getMimeType(path); }

    @Override public java.nio.charset.Charset getEncoding(Path path) { return isNet(path) ? null : local.getEncoding(path); }

    @Override public Path getTempDirectory() { return local.getTempDirectory(); }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        if (!isNet(link)) return local.readSymbolicLink(link);
        throw io(new Win32Exception(4390, "DeviceIoControl"), link, null);    // ERROR_NOT_A_REPARSE_POINT
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        if (isNet(link) || isNet(existing)) throw new UnsupportedOperationException("links on a share");
        local.createLink(link, existing);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        if (isNet(link)) throw new UnsupportedOperationException("links on a share");
        local.createSymbolicLink(link, target, attrs);
    }

    @Override
    public long getFileStoreTotalSpace(Path path) throws IOException {
        return isNet(path) ? free(path)[1] : local.getFileStoreTotalSpace(path);
    }

    @Override
    public long getFileStoreUnallocatedSpace(Path path) throws IOException {
        return isNet(path) ? free(path)[2] : local.getFileStoreUnallocatedSpace(path);
    }

    @Override
    public long getFileStoreUsableSpace(Path path) throws IOException {
        return isNet(path) ? free(path)[0] : local.getFileStoreUsableSpace(path);
    }

    @Override
    public long getFileStoreBlockSize(Path path) throws IOException {
        return isNet(path) ? 4096 : local.getFileStoreBlockSize(path);
    }

    @Override
    public boolean isFileStoreReadOnly(Path path) throws IOException {
        return isNet(path) ? false : local.isFileStoreReadOnly(path);
    }

    private long[] free(Path p) throws IOException {
        try {
            return smb().diskFree(win(p), "GetDiskFreeSpaceEx");
        } catch (Win32Exception e) {
            throw io(e, p, null);
        }
    }

    /** What os.open() of a directory gives: a handle that has no bytes (reading it is EISDIR). */
    private static final class DirectoryChannel implements SeekableByteChannel {
        private final String name;
        private boolean open = true;

        DirectoryChannel(String name) { this.name = name; }

        @Override public int read(java.nio.ByteBuffer dst) throws IOException {
            throw new java.nio.file.FileSystemException(name, null, "Is a directory");
        }
        @Override public int write(java.nio.ByteBuffer src) throws IOException {
            throw new java.nio.channels.NonWritableChannelException();
        }
        @Override public long position() { return 0; }
        @Override public SeekableByteChannel position(long p) { return this; }
        @Override public long size() { return 0; }
        @Override public SeekableByteChannel truncate(long size) { throw new java.nio.channels.NonWritableChannelException(); }
        @Override public boolean isOpen() { return open; }
        @Override public void close() { open = false; }
    }

    /** The attribute views GraalPy asks for ("basic:*", "posix:*", "unix:*" and single names). */
    static final class Attributes {
        private Attributes() {}

        static Map<String, Object> of(FileInfo i, Path path, String spec) {
            Map<String, Object> all = new HashMap<>();
            FileTime m = time(i.lastWriteTime()), a = time(i.lastAccessTime()), c = time(i.creationTime());
            boolean dir = i.isDirectory();
            all.put("size", i.size());
            all.put("lastModifiedTime", m);
            all.put("lastAccessTime", a);
            all.put("creationTime", c);
            all.put("ctime", time(i.changeTime() != 0 ? i.changeTime() : i.lastWriteTime()));
            all.put("isRegularFile", !dir);
            all.put("isDirectory", dir);
            all.put("isSymbolicLink", false);
            all.put("isOther", false);
            all.put("fileKey", null);
            boolean ro = (i.attributes() & FileInfo.FILE_ATTRIBUTE_READONLY) != 0;
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            // what CPython on Windows reports: 0o666 or 0o444 for files, plus 0o111 for directories
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ));
            if (!ro) perms.addAll(EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_WRITE));
            if (dir) perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE));
            all.put("permissions", perms);
            int mode = (dir ? 0040000 : 0100000);
            for (PosixFilePermission p : perms) mode |= 1 << (8 - p.ordinal());
            all.put("mode", mode);
            all.put("ino", i.fileId());
            all.put("dev", i.volumeId());
            all.put("rdev", 0L);
            all.put("nlink", 1);
            all.put("uid", 0);
            all.put("gid", 0);
            all.put("owner", (java.nio.file.attribute.UserPrincipal) () -> "");
            all.put("group", (java.nio.file.attribute.GroupPrincipal) () -> "");
            String names = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : spec;
            if (names.equals("*")) return all;
            Map<String, Object> out = new HashMap<>();
            for (String n : names.split(",")) if (all.containsKey(n)) out.put(n, all.get(n));
            return out;
        }

        private static FileTime time(long filetime) {
            long hundredNs = filetime - FileInfo.EPOCH_DIFF;
            return FileTime.from(java.time.Instant.ofEpochSecond(Math.floorDiv(hundredNs, 10_000_000L),
                Math.floorMod(hundredNs, 10_000_000L) * 100));
        }
    }
}
