package org.pywin32jvm.fs.smb;

import java.util.Map;

import com.hierynomus.mssmb2.SMBApiException;

import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.smb.SmbErrorMap;

/** smbj failures of file operations -> Win32 codes (the file statuses first, then the WNet table). */
public final class FileErrors {
    private FileErrors() {}

    public static final int ERROR_FILE_NOT_FOUND = 2;
    public static final int ERROR_PATH_NOT_FOUND = 3;
    public static final int ERROR_ACCESS_DENIED = 5;
    public static final int ERROR_BAD_NETPATH = 53;
    public static final int ERROR_NOT_SAME_DEVICE = 17;
    public static final int ERROR_SHARING_VIOLATION = 32;
    public static final int ERROR_FILE_EXISTS = 80;
    public static final int ERROR_DISK_FULL = 112;
    public static final int ERROR_INVALID_NAME = 123;
    public static final int ERROR_DIR_NOT_EMPTY = 145;
    public static final int ERROR_ALREADY_EXISTS = 183;
    public static final int ERROR_DIRECTORY = 267;

    private static final Map<Long, Integer> FILE_STATUS = Map.ofEntries(
        Map.entry(0xC0000034L, ERROR_FILE_NOT_FOUND),      // STATUS_OBJECT_NAME_NOT_FOUND
        Map.entry(0xC000000FL, ERROR_FILE_NOT_FOUND),      // STATUS_NO_SUCH_FILE
        Map.entry(0xC000003AL, ERROR_PATH_NOT_FOUND),      // STATUS_OBJECT_PATH_NOT_FOUND
        Map.entry(0xC0000039L, ERROR_PATH_NOT_FOUND),      // STATUS_OBJECT_PATH_INVALID
        Map.entry(0xC0000035L, ERROR_ALREADY_EXISTS),      // STATUS_OBJECT_NAME_COLLISION
        Map.entry(0xC0000043L, ERROR_SHARING_VIOLATION),   // STATUS_SHARING_VIOLATION
        Map.entry(0xC0000101L, ERROR_DIR_NOT_EMPTY),       // STATUS_DIRECTORY_NOT_EMPTY
        Map.entry(0xC00000BAL, ERROR_ACCESS_DENIED),       // STATUS_FILE_IS_A_DIRECTORY
        Map.entry(0xC0000103L, ERROR_DIRECTORY),           // STATUS_NOT_A_DIRECTORY
        Map.entry(0xC0000033L, ERROR_INVALID_NAME),        // STATUS_OBJECT_NAME_INVALID
        Map.entry(0xC0000056L, ERROR_ACCESS_DENIED),       // STATUS_DELETE_PENDING
        Map.entry(0xC0000121L, ERROR_ACCESS_DENIED),       // STATUS_CANNOT_DELETE
        Map.entry(0xC000007FL, ERROR_DISK_FULL),           // STATUS_DISK_FULL
        Map.entry(0xC00000D4L, ERROR_NOT_SAME_DEVICE),     // STATUS_NOT_SAME_DEVICE
        Map.entry(0xC0000054L, 33));                       // STATUS_FILE_LOCK_CONFLICT -> ERROR_LOCK_VIOLATION

    /**
     * The errno CPython on Windows gives an OSError with this Win32 code (PC/errmap.h), as this
     * machine's errno value (so it compares equal to the engine's errno module): EINVAL when none.
     */
    public static int errno(int winerror) {
        return switch (winerror) {
            case 2, 3, 15, 18, 53, 67, 161, 206 -> 2;                 // ENOENT
            case 5, 32, 33, 65, 82, 108 -> 13;                        // EACCES
            case 80, 183 -> 17;                                       // EEXIST
            case 17 -> 18;                                            // EXDEV
            case 267 -> 20;                                           // ENOTDIR
            case 6 -> 9;                                              // EBADF
            case 8, 14 -> 12;                                         // ENOMEM
            case 4 -> 24;                                             // EMFILE
            case 112 -> 28;                                           // ENOSPC
            case 109, 232 -> 32;                                      // EPIPE
            case 145 -> 39;                                           // ENOTEMPTY
            default -> winerror >= 19 && winerror <= 36 ? 13 : 22;    // write-protect..sharing: EACCES
        };
    }

    public static int code(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Win32Exception w) return w.winerror;
            if (c instanceof SMBApiException e) {
                Integer code = FILE_STATUS.get(e.getStatusCode() & 0xFFFFFFFFL);
                if (code != null) return code;
                break;
            }
        }
        return SmbErrorMap.code(t);
    }

    public static Win32Exception of(Throwable t, String funcname) {
        if (t instanceof Win32Exception w && funcname.equals(w.funcname)) return w;
        return new Win32Exception(code(t), funcname);
    }
}
