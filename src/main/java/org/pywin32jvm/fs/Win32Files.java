package org.pywin32jvm.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pywin32jvm.fs.smb.FileErrors;
import org.pywin32jvm.fs.smb.SmbFiles;
import org.pywin32jvm.win32.Win32Exception;

/**
 * win32file's file and drive functions off Windows, on local paths (java.nio) and on network paths
 * (UNC names, mapped letters) through the SMB layer. Plain Java values in, Win32Exception out.
 * Local roots: "/" (and "C:\" when nothing maps C:) is DRIVE_FIXED; an unmapped letter is
 * DRIVE_NO_ROOT_DIR. {@code files} may be null (no SMB backend): network paths then fail with 53/67.
 */
public final class Win32Files {
    public static final int DRIVE_UNKNOWN = 0, DRIVE_NO_ROOT_DIR = 1, DRIVE_FIXED = 3, DRIVE_REMOTE = 4;
    public static final int FILE_ATTRIBUTE_READONLY = 1, FILE_ATTRIBUTE_HIDDEN = 2, FILE_ATTRIBUTE_DIRECTORY = 16,
        FILE_ATTRIBUTE_ARCHIVE = 32;

    private final SmbFiles files;

    public Win32Files(SmbFiles files) { this.files = files; }

    private WinPath net(String path) { return files == null ? null : files.route(path); }

    /** A network form that did not route (no SMB backend, unmapped letter handled by the caller). */
    private static boolean uncForm(String p) {
        return p.length() >= 2 && (p.charAt(0) == '\\' || p.charAt(0) == '/') && (p.charAt(1) == '\\' || p.charAt(1) == '/');
    }

    private static Path local(String path, String fn) {
        if (uncForm(path)) throw new Win32Exception(FileErrors.ERROR_BAD_NETPATH, fn);
        try {
            return Path.of(path);
        } catch (RuntimeException e) {
            throw new Win32Exception(FileErrors.ERROR_INVALID_NAME, fn);
        }
    }

    // ---- drives ---------------------------------------------------------------------------------

    public int driveType(String root) {
        if (root == null || root.isEmpty()) return DRIVE_NO_ROOT_DIR;
        String drive = PathRouter.driveKey(root);
        if (drive != null) {
            String rest = root.substring(2);
            if (!rest.isEmpty() && !rest.equals("\\") && !rest.equals("/")) return DRIVE_NO_ROOT_DIR;
            if (files != null && files.connected(drive)) return DRIVE_REMOTE;
            return "C:".equals(drive) ? DRIVE_FIXED : DRIVE_NO_ROOT_DIR;
        }
        PathRouter.Parsed p = PathRouter.parse(root);
        if (p != null) return p.share() != null && p.parts().isEmpty() ? DRIVE_REMOTE : DRIVE_NO_ROOT_DIR;
        return root.equals("/") || root.equals("\\") ? DRIVE_FIXED : DRIVE_NO_ROOT_DIR;
    }

    /** Bit 0 = A: ... for the letters mapped in this process. */
    public int logicalDrives() {
        int mask = 0;
        if (files == null) return 0;
        for (char c = 'A'; c <= 'Z'; c++) {
            if (files.connected(c + ":")) mask |= 1 << (c - 'A');
        }
        return mask;
    }

    /** {callerFree, total, totalFree}. */
    public long[] diskFreeSpace(String root, String fn) {
        WinPath w = net(root);
        if (w != null) return files.diskFree(w, fn);
        Path p = local(root, fn);
        if (!Files.isDirectory(p)) throw new Win32Exception(FileErrors.ERROR_PATH_NOT_FOUND, fn);
        try {
            FileStore s = Files.getFileStore(p);
            return new long[] {s.getUsableSpace(), s.getTotalSpace(), s.getUnallocatedSpace()};
        } catch (IOException e) {
            throw local(e, fn);
        }
    }

    // ---- files ----------------------------------------------------------------------------------

    /** FILE_ATTRIBUTE_* bits, or -1 (INVALID_FILE_ATTRIBUTES as pywin32 shows it) when it cannot be read. */
    public int attributes(String path) {
        try {
            WinPath w = net(path);
            if (w != null) return files.stat(w, "GetFileAttributes").attributes();
            return info(local(path, "GetFileAttributes"), "GetFileAttributes").attributes();
        } catch (Win32Exception e) {
            return -1;
        }
    }

    public void copy(String from, String to, boolean failIfExists, String fn) {
        WinPath ws = net(from), wd = net(to);
        if (ws == null && wd == null) {
            Path s = local(from, fn), d = local(to, fn);
            if (Files.isDirectory(s)) throw new Win32Exception(FileErrors.ERROR_ACCESS_DENIED, fn);
            try {
                if (failIfExists) Files.copy(s, d, StandardCopyOption.COPY_ATTRIBUTES);
                else Files.copy(s, d, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (FileAlreadyExistsException e) {
                throw new Win32Exception(FileErrors.ERROR_FILE_EXISTS, fn);     // CopyFile says 80, not 183
            } catch (IOException e) {
                throw local(e, fn);
            }
            return;
        }
        if ((ws != null ? files.stat(ws, fn) : info(local(from, fn), fn)).isDirectory()) {
            throw new Win32Exception(FileErrors.ERROR_ACCESS_DENIED, fn);
        }
        try (InputStream in = open(from, ws, false, false, fn); OutputStream out = open(to, wd, true, failIfExists, fn)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw e.getCause() instanceof Win32Exception ? new Win32Exception(FileErrors.code(e), fn) : local(e, fn);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T open(String path, WinPath w, boolean write, boolean failIfExists, String fn) {
        if (w != null) {
            var ch = files.open(w, write ? (failIfExists ? "x" : "w") : "r", fn);
            return (T) (write ? Channels.newOutputStream(ch) : Channels.newInputStream(ch));
        }
        Path p = local(path, fn);
        try {
            if (!write) return (T) Files.newInputStream(p);
            return (T) Files.newOutputStream(p, failIfExists
                ? EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW).toArray(new StandardOpenOption[0])
                : new StandardOpenOption[0]);
        } catch (IOException e) {
            Win32Exception x = local(e, fn);
            if (failIfExists && x.winerror == FileErrors.ERROR_ALREADY_EXISTS) {
                throw new Win32Exception(FileErrors.ERROR_FILE_EXISTS, fn);
            }
            throw x;
        }
    }

    public void move(String from, String to, String fn) {
        WinPath ws = net(from), wd = net(to);
        if (ws == null && wd == null) {
            Path s = local(from, fn), d = local(to, fn);
            if (Files.exists(d, LinkOption.NOFOLLOW_LINKS)) throw new Win32Exception(FileErrors.ERROR_ALREADY_EXISTS, fn);
            try {
                Files.move(s, d);
            } catch (IOException e) {
                throw local(e, fn);
            }
            return;
        }
        if (ws != null && wd != null && ws.shareKey().equals(wd.shareKey())) {
            files.rename(ws, wd, false, fn);
            return;
        }
        // another volume: MoveFile copies a file and deletes the original (directories cannot move)
        boolean exists = wd != null ? files.statOrNull(wd, fn) != null : Files.exists(local(to, fn));
        if (exists) throw new Win32Exception(FileErrors.ERROR_ALREADY_EXISTS, fn);
        if ((ws != null ? files.stat(ws, fn) : info(local(from, fn), fn)).isDirectory()) {
            throw new Win32Exception(FileErrors.ERROR_ACCESS_DENIED, fn);
        }
        copy(from, to, true, fn);
        delete(from, fn);
    }

    public void delete(String path, String fn) {
        WinPath w = net(path);
        if (w != null) {
            files.delete(w, fn);
            return;
        }
        Path p = local(path, fn);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw new Win32Exception(FileErrors.ERROR_ACCESS_DENIED, fn);
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw local(e, fn);
        }
    }

    public void createDirectory(String path, String fn) {
        WinPath w = net(path);
        if (w != null) {
            files.mkdir(w, fn);
            return;
        }
        try {
            Files.createDirectory(local(path, fn));
        } catch (IOException e) {
            throw local(e, fn);
        }
    }

    public void removeDirectory(String path, String fn) {
        WinPath w = net(path);
        if (w != null) {
            files.rmdir(w, fn);
            return;
        }
        Path p = local(path, fn);
        if (Files.exists(p) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new Win32Exception(FileErrors.ERROR_DIRECTORY, fn);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw local(e, fn);
        }
    }

    /**
     * FindFirstFile/FindNextFile: the entries matching a pattern (wildcards * and ? in the last
     * component), "." and ".." included when they match; no match or a missing file is an empty list,
     * a missing directory is ERROR_PATH_NOT_FOUND.
     */
    public List<FileInfo> find(String pattern, String fn) {
        String norm = pattern.replace('/', '\\');
        int cut = norm.lastIndexOf('\\');
        String dir = cut < 0 ? (PathRouter.driveKey(norm) != null ? norm.substring(0, 2) : ".") : pattern.substring(0, cut + 1);
        String mask = cut < 0 ? (PathRouter.driveKey(norm) != null ? norm.substring(2) : norm) : norm.substring(cut + 1);
        if (mask.isEmpty()) throw new Win32Exception(FileErrors.ERROR_FILE_NOT_FOUND, fn);
        Pattern re = wildcard(mask);
        WinPath w = net(dir);
        List<FileInfo> all = new ArrayList<>();
        if (w != null) {
            all.addAll(files.list(w, null, !w.isShareRoot(), fn));
        } else {
            Path d = local(dir, fn);
            if (!Files.isDirectory(d)) throw new Win32Exception(FileErrors.ERROR_PATH_NOT_FOUND, fn);
            if (d.getParent() != null || !d.isAbsolute()) {
                all.add(rename(info(d, fn), "."));
                all.add(rename(info(d.toAbsolutePath().getParent() == null ? d : d.toAbsolutePath().getParent(), fn), ".."));
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : (Iterable<Path>) s::iterator) all.add(info(p, fn));
            } catch (IOException e) {
                throw local(e, fn);
            }
        }
        List<FileInfo> out = new ArrayList<>();
        for (FileInfo i : all) if (re.matcher(i.name()).matches()) out.add(i);
        return out;
    }

    private static FileInfo rename(FileInfo i, String name) {
        return new FileInfo(name, i.attributes(), i.size(), i.creationTime(), i.lastAccessTime(), i.lastWriteTime(),
            i.changeTime(), "", i.fileId(), i.volumeId());
    }

    /** Windows wildcard matching, case-insensitive; "*.*" matches names without a dot too. */
    static Pattern wildcard(String mask) {
        if (mask.equals("*.*")) mask = "*";
        StringBuilder re = new StringBuilder();
        for (char c : mask.toCharArray()) {
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static FileInfo info(Path p, String fn) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            int attrs = a.isDirectory() ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_ARCHIVE;
            if (!a.isDirectory() && !Files.isWritable(p)) attrs |= FILE_ATTRIBUTE_READONLY;
            Path name = p.getFileName();
            String n = name == null ? p.toString() : name.toString();
            if (n.startsWith(".") && !n.equals(".") && !n.equals("..")) attrs |= FILE_ATTRIBUTE_HIDDEN;
            Object key = a.fileKey();
            return new FileInfo(n, attrs, a.isDirectory() ? 0 : a.size(), filetime(a.creationTime()),
                filetime(a.lastAccessTime()), filetime(a.lastModifiedTime()), filetime(a.lastModifiedTime()), "",
                key == null ? 0 : key.hashCode(), 0);
        } catch (IOException e) {
            throw local(e, fn);
        }
    }

    private static long filetime(java.nio.file.attribute.FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 10_000_000L + i.getNano() / 100 + FileInfo.EPOCH_DIFF;
    }

    /** A local java.nio failure as Windows would report it. */
    private static Win32Exception local(IOException e, String fn) {
        int code;
        if (e instanceof NoSuchFileException n) {
            Path parent = n.getFile() == null ? null : Path.of(n.getFile()).getParent();
            code = parent != null && !Files.isDirectory(parent) ? FileErrors.ERROR_PATH_NOT_FOUND : FileErrors.ERROR_FILE_NOT_FOUND;
        } else if (e instanceof FileAlreadyExistsException) code = FileErrors.ERROR_ALREADY_EXISTS;
        else if (e instanceof DirectoryNotEmptyException) code = FileErrors.ERROR_DIR_NOT_EMPTY;
        else if (e instanceof AccessDeniedException) code = FileErrors.ERROR_ACCESS_DENIED;
        else if (e instanceof NotDirectoryException) code = FileErrors.ERROR_DIRECTORY;
        else {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            code = m.contains("not a directory") ? FileErrors.ERROR_PATH_NOT_FOUND
                : m.contains("no space") ? FileErrors.ERROR_DISK_FULL : FileErrors.ERROR_ACCESS_DENIED;
        }
        return new Win32Exception(code, fn);
    }
}
