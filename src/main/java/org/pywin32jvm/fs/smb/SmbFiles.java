package org.pywin32jvm.fs.smb;

import static org.pywin32jvm.fs.smb.FileErrors.*;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileAllInformation;
import com.hierynomus.msfscc.fileinformation.FileBasicInformation;
import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;
import com.hierynomus.msfscc.fileinformation.ShareInfo;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2CreateOptions;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.share.DiskEntry;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;

import org.pywin32jvm.fs.FileInfo;
import org.pywin32jvm.fs.PathRouter;
import org.pywin32jvm.fs.WinPath;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.smb.SmbWNet;

/**
 * Files on shares: the operations the redirector (GraalPy's file system, Jython's hook) and win32file
 * need, over the tree connections SmbWNet hands out. Every failure is a {@link Win32Exception} with
 * the caller's funcname (or, from {@link SmbChannel}, an IOException of the matching java.nio type
 * whose cause is that Win32Exception).
 */
public final class SmbFiles {
    private static final Set<SMB2ShareAccess> SHARE_ALL = SMB2ShareAccess.ALL;

    private final SmbWNet wnet;
    private final PathRouter router;

    public SmbFiles(SmbWNet wnet) {
        this.wnet = wnet;
        this.router = new PathRouter(wnet::remoteOrRestore);
    }

    public PathRouter router() { return router; }

    /**
     * The network file the text names, or null (a local path, an unmapped drive letter). A remembered drive
     * is restored here, on its first use: a Win32Exception when it cannot be (1201, or the logon's code).
     */
    public WinPath route(String path) { return router.route(path); }

    /** True when the drive ("Z:") is connected in this process now (nothing is restored). */
    public boolean connected(String drive) { return wnet.remoteOf(drive) != null; }

    private DiskShare share(WinPath p, String fn) { return wnet.diskShare(p.server(), p.share(), fn); }

    private static <T> T call(String fn, Callable<T> step) {
        try {
            return step.call();
        } catch (Exception e) {
            throw FileErrors.of(e, fn);
        }
    }

    public FileInfo stat(WinPath p, String fn) {
        DiskShare s = share(p, fn);
        FileAllInformation all = call(fn, () -> s.getFileInformation(p.smbPath()));
        FileBasicInformation b = all.getBasicInformation();
        return new FileInfo(p.name(), (int) b.getFileAttributes(), all.getStandardInformation().getEndOfFile(),
            b.getCreationTime().getWindowsTimeStamp(), b.getLastAccessTime().getWindowsTimeStamp(),
            b.getLastWriteTime().getWindowsTimeStamp(), b.getChangeTime().getWindowsTimeStamp(), "",
            all.getInternalInformation().getIndexNumber(), volumeId(p));
    }

    private static long volumeId(WinPath p) { return p.shareKey().hashCode() & 0xFFFFFFFFL; }

    /** Stat that answers null for a missing file or directory instead of failing. */
    public FileInfo statOrNull(WinPath p, String fn) {
        try {
            return stat(p, fn);
        } catch (Win32Exception e) {
            if (e.winerror == ERROR_FILE_NOT_FOUND || e.winerror == ERROR_PATH_NOT_FOUND
                || e.winerror == ERROR_DIRECTORY) return null;
            throw e;
        }
    }

    /** The entries of a directory matching {@code pattern} (null: all), "." and ".." only when asked. */
    public List<FileInfo> list(WinPath dir, String pattern, boolean withDots, String fn) {
        DiskShare s = share(dir, fn);
        List<FileIdBothDirectoryInformation> raw;
        try {
            raw = call(fn, () -> s.list(dir.smbPath(), pattern));
        } catch (Win32Exception e) {
            // the directory itself is missing: Windows says "path not found"
            if (e.winerror == ERROR_FILE_NOT_FOUND) throw new Win32Exception(ERROR_PATH_NOT_FOUND, fn);
            throw e;
        }
        List<FileInfo> out = new ArrayList<>(raw.size());
        for (FileIdBothDirectoryInformation i : raw) {
            String n = i.getFileName();
            if (!withDots && (n.equals(".") || n.equals(".."))) continue;
            out.add(new FileInfo(n, (int) i.getFileAttributes(), i.getEndOfFile(),
                i.getCreationTime().getWindowsTimeStamp(), i.getLastAccessTime().getWindowsTimeStamp(),
                i.getLastWriteTime().getWindowsTimeStamp(), i.getChangeTime().getWindowsTimeStamp(),
                i.getShortName() == null ? "" : i.getShortName(), i.getFileId(), volumeId(dir)));
        }
        return out;
    }

    /** The names in a directory, without "." and "..". */
    public String[] names(WinPath dir, String fn) {
        List<FileInfo> l = list(dir, null, false, fn);
        String[] out = new String[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = l.get(i).name();
        return out;
    }

    public void mkdir(WinPath p, String fn) {
        if (p.isShareRoot()) throw new Win32Exception(ERROR_ACCESS_DENIED, fn);
        DiskShare s = share(p, fn);
        call(fn, () -> { s.mkdir(p.smbPath()); return null; });
    }

    public void rmdir(WinPath p, String fn) {
        if (p.isShareRoot()) throw new Win32Exception(ERROR_ACCESS_DENIED, fn);
        DiskShare s = share(p, fn);
        call(fn, () -> { s.rmdir(p.smbPath(), false); return null; });
    }

    public void delete(WinPath p, String fn) {
        DiskShare s = share(p, fn);
        FileInfo info = stat(p, fn);
        if (info.isDirectory()) throw new Win32Exception(ERROR_ACCESS_DENIED, fn);   // DeleteFile on a directory
        call(fn, () -> { s.rm(p.smbPath()); return null; });
    }

    /** Renames within one share; a target on another share is ERROR_NOT_SAME_DEVICE (the caller copies). */
    public void rename(WinPath from, WinPath to, boolean replace, String fn) {
        if (!from.shareKey().equals(to.shareKey())) throw new Win32Exception(ERROR_NOT_SAME_DEVICE, fn);
        DiskShare s = share(from, fn);
        call(fn, () -> {
            try (DiskEntry e = s.open(from.smbPath(), EnumSet.of(AccessMask.DELETE, AccessMask.FILE_READ_ATTRIBUTES),
                null, SHARE_ALL, SMB2CreateDisposition.FILE_OPEN, null)) {
                e.rename(to.smbPath(), replace);
            }
            return null;
        });
    }

    /** Free space of the share: {callerFree, total, totalFree} in bytes. */
    public long[] diskFree(WinPath p, String fn) {
        DiskShare s = share(p, fn);
        ShareInfo i = call(fn, s::getShareInformation);
        return new long[] {i.getCallerFreeSpace(), i.getTotalSpace(), i.getFreeSpace()};
    }

    /**
     * Opens a file as java.nio would ({@link StandardOpenOption}s: READ, WRITE, APPEND, CREATE,
     * CREATE_NEW, TRUNCATE_EXISTING). An existing file with CREATE_NEW is ERROR_FILE_EXISTS (80).
     */
    public SmbChannel open(WinPath p, Set<? extends OpenOption> options, String fn) {
        boolean append = options.contains(StandardOpenOption.APPEND);
        boolean write = append || options.contains(StandardOpenOption.WRITE);
        boolean read = options.contains(StandardOpenOption.READ) || !write;
        SMB2CreateDisposition d;
        if (options.contains(StandardOpenOption.CREATE_NEW)) d = SMB2CreateDisposition.FILE_CREATE;
        else if (options.contains(StandardOpenOption.CREATE)) {
            d = options.contains(StandardOpenOption.TRUNCATE_EXISTING) && write
                ? SMB2CreateDisposition.FILE_OVERWRITE_IF : SMB2CreateDisposition.FILE_OPEN_IF;
        } else if (options.contains(StandardOpenOption.TRUNCATE_EXISTING) && write) {
            d = SMB2CreateDisposition.FILE_OVERWRITE;
        } else {
            d = SMB2CreateDisposition.FILE_OPEN;
        }
        EnumSet<AccessMask> access = EnumSet.of(AccessMask.FILE_READ_ATTRIBUTES, AccessMask.SYNCHRONIZE);
        if (read) access.add(AccessMask.GENERIC_READ);
        if (write) access.add(AccessMask.GENERIC_WRITE);
        if (p.isShareRoot()) throw new Win32Exception(ERROR_ACCESS_DENIED, fn);
        DiskShare s = share(p, fn);
        SMB2CreateDisposition disposition = d;
        File f;
        try {
            f = s.openFile(p.smbPath(), access, EnumSet.of(FileAttributes.FILE_ATTRIBUTE_NORMAL), SHARE_ALL,
                disposition, EnumSet.of(SMB2CreateOptions.FILE_NON_DIRECTORY_FILE));
        } catch (Exception e) {
            int code = FileErrors.code(e);
            if (code == ERROR_ALREADY_EXISTS && disposition == SMB2CreateDisposition.FILE_CREATE) code = ERROR_FILE_EXISTS;
            throw new Win32Exception(code, fn);
        }
        var negotiated = s.getTreeConnect().getNegotiatedProtocol();
        int chunk = SmbChannel.chunk(negotiated.getMaxReadSize(), negotiated.getMaxWriteSize());
        try {
            return new SmbChannel(RemoteFile.of(f), p.unc(), read, write, append, chunk);
        } catch (IOException e) {
            f.closeNoWait();
            throw new Win32Exception(FileErrors.code(e), fn);
        }
    }

    /** Opens with a Python mode ("r", "wb", "a+", "x" ...; 'b' and 't' are the caller's business). */
    public SmbChannel open(WinPath p, String mode, String fn) {
        Set<StandardOpenOption> o = EnumSet.noneOf(StandardOpenOption.class);
        boolean plus = mode.indexOf('+') >= 0;
        switch (mode.replace("b", "").replace("t", "").replace("+", "").replace("U", "")) {
            case "w" -> o.addAll(EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING));
            case "a" -> o.addAll(EnumSet.of(StandardOpenOption.APPEND, StandardOpenOption.CREATE));
            case "x" -> o.addAll(EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
            case "r", "" -> o.add(StandardOpenOption.READ);
            default -> throw new IllegalArgumentException("invalid mode: '" + mode + "'");
        }
        if (plus) {
            o.add(StandardOpenOption.READ);
            o.add(StandardOpenOption.WRITE);
        }
        return open(p, o, fn);
    }

    // ---- IOException face (the channel and the polyglot file system) -----------------------------

    interface IoStep<T> { T run() throws Exception; }

    /** Runs a step of an open file; a failure is the java.nio exception for its Win32 code. */
    static <T> T io(String name, IoStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw ioException(FileErrors.code(e), name, null, e);
        }
    }

    /**
     * The java.nio exception for a Win32 code (its cause carries the code). GraalPy turns it into an
     * OSError by its type, else by its reason text: the type or text is the one of the errno CPython on
     * Windows gives for the code ({@link FileErrors#errno}), so the errno is right on every path.
     */
    public static IOException ioException(int code, String file, String other, Throwable cause) {
        FileSystemException x = switch (FileErrors.errno(code)) {
            case 2 -> new NoSuchFileException(file, other, null);
            case 17 -> new FileAlreadyExistsException(file, other, null);
            case 13 -> new AccessDeniedException(file, other, null);
            case 39 -> new DirectoryNotEmptyException(file);
            case 20 -> new NotDirectoryException(file);
            case 18 -> new FileSystemException(file, other, "Cross-device link");
            case 28 -> new FileSystemException(file, other, "No space left on device");
            case 24 -> new FileSystemException(file, other, "Too many open files");
            case 32 -> new FileSystemException(file, other, "Broken pipe");
            default -> new FileSystemException(file, other, "Invalid argument");
        };
        Win32Exception w = cause instanceof Win32Exception we ? we : new Win32Exception(code, "CreateFile");
        x.initCause(w);
        return x;
    }
}
