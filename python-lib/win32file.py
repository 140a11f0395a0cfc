"""win32file: the drive and file functions that share and drive scripts call, with pywin32's names,
argument rules, return shapes and funcname strings.

Off Windows, local paths are files of this machine and network paths (\\\\server\\share\\...,
//server/share/..., \\\\?\\UNC\\..., drive letters mapped with WNetAddConnection2 / NetUseAdd in this
process) go to the share over SMB, with the session of the connection table.

Constants:
  DRIVE_*               the drive types GetDriveType returns: DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR (no such
                        root), DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE (a mapped share), DRIVE_CDROM,
                        DRIVE_RAMDISK.
  FILE_ATTRIBUTE_*      the attribute bits of GetFileAttributes and the FindFilesW tuples: READONLY, HIDDEN,
                        SYSTEM, DIRECTORY, ARCHIVE, NORMAL, TEMPORARY, COMPRESSED, OFFLINE.
  INVALID_HANDLE_VALUE  -1, the value of no handle (what a failed CreateFile returns in C; pywin32 raises
                        pywintypes.error instead).
"""
import _jvm
import _winargs as _args

error = __import__('pywintypes').error

DRIVE_UNKNOWN = 0
DRIVE_NO_ROOT_DIR = 1
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4
DRIVE_CDROM = 5
DRIVE_RAMDISK = 6

FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096

INVALID_HANDLE_VALUE = -1

_impl = [None]


def _files():
    if _impl[0] is None:
        _impl[0] = _jvm.jclass('org.pywin32jvm.fs.Win32Files')(_jvm.backend('filesOrNull'))
    return _impl[0]


def _call(method, *args):
    try:
        return method(*args)
    except _jvm.Win32Exception as e:
        err = _jvm.error(e)
    raise err


def _positional(name, args, kw, least, most):
    _args.no_keywords(name, kw)
    _args.arity(name, args, least, most)


def _keywords(name, names, args, kw, required):
    """PyArg_ParseTupleAndKeywords: positional then keywords, the first `required` needed."""
    if len(args) > len(names):
        raise TypeError("%s() takes at most %d arguments (%d given)" % (name, len(names), len(args) + len(kw)))
    values = list(args) + [None] * (len(names) - len(args))
    given = [True] * len(args) + [False] * (len(names) - len(args))
    for key, value in kw.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
        i = names.index(key)
        if given[i]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, key, i + 1))
        values[i], given[i] = value, True
    for i in range(required):
        if not given[i]:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    return values


def _no_transaction(transaction, funcname):
    if transaction is not None:
        raise error(120, funcname, 'This function is not supported on this system.')


def GetDriveType(*args, **kw):
    """GetDriveType(rootPathName): the DRIVE_* type of a root ("Z:\\\\", "\\\\\\\\server\\\\share\\\\").

    DRIVE_REMOTE for a letter mapped in this process or a UNC share root, DRIVE_FIXED for the local
    root ("/", and "C:\\\\" unless C: is mapped), DRIVE_NO_ROOT_DIR for anything else (never an error).
    """
    _positional('GetDriveType', args, kw, 1, 1)
    return int(_files().driveType(_args.as_wstr(args[0])))


def GetLogicalDrives(*args, **kw):
    """GetLogicalDrives(): the bitmask of drive letters (bit 0 is A:); off Windows, the letters mapped
    in this process."""
    _positional('GetLogicalDrives', args, kw, 0, 0)
    return int(_files().logicalDrives())


def GetDiskFreeSpaceEx(*args, **kw):
    """GetDiskFreeSpaceEx(rootPathName): (freeBytesAvailableToCaller, totalBytes, totalFreeBytes).

    A mapped drive or UNC root answers with the share's figures, a local directory with its file
    system's. rootPathName is required (None is refused, as in pywin32).
    """
    _positional('GetDiskFreeSpaceEx', args, kw, 1, 1)
    r = _call(_files().diskFreeSpace, _args.as_wstr(args[0]), 'GetDiskFreeSpaceEx')
    return (int(r[0]), int(r[1]), int(r[2]))


def CopyFile(*args, **kw):
    """CopyFile(from, to, bFailIfExists): copies a file (local or on a share, either way round).

    bFailIfExists true makes an existing target error 80 (ERROR_FILE_EXISTS). All three arguments are
    required.
    """
    _positional('CopyFile', args, kw, 3, 3)
    src, dst = _args.as_wstr(args[0]), _args.as_wstr(args[1])
    fail = _args.as_int(args[2])
    _call(_files().copy, src, dst, bool(fail), 'CopyFile')


def MoveFile(*args, **kw):
    """MoveFile(existingFileName, newFileName): renames or moves a file or directory; an existing
    target is error 183. Between volumes (local and share, or two shares) a file is copied, then deleted."""
    _positional('MoveFile', args, kw, 2, 2)
    _call(_files().move, _args.as_wstr(args[0]), _args.as_wstr(args[1]), 'MoveFile')


def DeleteFile(*args, **kw):
    """DeleteFile(fileName): deletes a file (a directory is error 5, a missing file error 2)."""
    _positional('DeleteFile', args, kw, 1, 1)
    _call(_files().delete, _args.as_wstr(args[0]), 'DeleteFile')


def CreateDirectory(*args, **kw):
    """CreateDirectory(name, sa): creates one directory; sa (security attributes) must be None here.

    An existing name is error 183, a missing parent error 3.
    """
    _positional('CreateDirectory', args, kw, 2, 2)
    name = _args.as_wstr(args[0])
    if args[1] is not None:
        raise TypeError("The object is not a PySECURITY_ATTRIBUTES object")
    _call(_files().createDirectory, name, 'CreateDirectory')


def RemoveDirectory(*args, **kw):
    """RemoveDirectory(PathName, Transaction=None): removes an empty directory (145 when not empty).

    A Transaction handle is not supported off Windows (error 120).
    """
    path, transaction = _keywords('RemoveDirectory', ['PathName', 'Transaction'], args, kw, 1)
    path = _args.as_wstr(path)
    _no_transaction(transaction, 'RemoveDirectoryTransacted')
    _call(_files().removeDirectory, path, 'RemoveDirectory')


def GetFileAttributes(*args, **kw):
    """GetFileAttributes(fileName): the FILE_ATTRIBUTE_* mask, or -1 when the file cannot be read
    (pywin32 raises nothing here)."""
    _positional('GetFileAttributes', args, kw, 1, 1)
    return int(_files().attributes(_args.as_wstr(args[0])))


def FindFilesW(*args, **kw):
    """FindFilesW(FileName, Transaction=None): the entries matching a pattern (* and ? in the last part).

    Each is a 10-tuple (attributes, creationTime, lastAccessTime, lastWriteTime, nFileSizeHigh,
    nFileSizeLow, reserved0, reserved1, fileName, alternateFileName), times as pywintypes time objects.
    No match is [], a missing directory error 3 ('FindFirstFileW').
    """
    pattern, transaction = _keywords('FindFilesW', ['FileName', 'Transaction'], args, kw, 1)
    pattern = _args.as_wstr(pattern)
    _no_transaction(transaction, 'FindFirstFileTransacted')
    from _pywintime import from_filetime
    try:
        found = _files().find(pattern, 'FindFirstFileW')
    except _jvm.Win32Exception as e:
        if int(e.winerror) == 2:
            return []
        err = _jvm.error(e)
        raise err
    out = []
    for i in found:
        attrs = int(i.attributes())
        if attrs > 0x7FFFFFFF:
            attrs -= 1 << 32
        size = int(i.size())
        out.append((attrs, from_filetime(i.creationTime()), from_filetime(i.lastAccessTime()),
                    from_filetime(i.lastWriteTime()), int(size >> 32), int(size & 0xFFFFFFFF), 0, 0,
                    _jvm.s(i.name()), _jvm.s(i.shortName())))
    return out


# inspect.signature() and help() read these on Python 3: pywin32's parameters instead of (*args, **kw).
# test_docstrings checks that they match the docstrings' first lines (a parameter named by a reserved word
# gets a trailing "_").
CopyFile.__text_signature__ = '(from_, to, bFailIfExists, /)'
CreateDirectory.__text_signature__ = '(name, sa, /)'
DeleteFile.__text_signature__ = '(fileName, /)'
FindFilesW.__text_signature__ = '(FileName, Transaction=None)'
GetDiskFreeSpaceEx.__text_signature__ = '(rootPathName, /)'
GetDriveType.__text_signature__ = '(rootPathName, /)'
GetFileAttributes.__text_signature__ = '(fileName, /)'
GetLogicalDrives.__text_signature__ = '()'
MoveFile.__text_signature__ = '(existingFileName, newFileName, /)'
RemoveDirectory.__text_signature__ = '(PathName, Transaction=None)'
