"""win32api: the process, user, machine, path and environment functions networking and RAS scripts call.

Each function has pywin32's signature, argument rules, return shape and errors
(pywintypes.error(code, funcname, text)). On Windows the answers come from kernel32, advapi32,
secur32 and shell32; elsewhere from the JVM and the OS (README: "Differences from pywin32").
"""
import time as _time

import _backendcall
import _jvm
import _winargs as _args
import pywintypes as _pywintypes

error = _pywintypes.error

_LastError = _jvm.jclass('org.pywin32jvm.sys.LastError')
_INFINITE = 0xFFFFFFFF


_backend = _backendcall.Backend('org.pywin32jvm.sys.SystemBackends')
_call = _backend.call
_fail = _backendcall.fail
_cut = _backendcall.cut


def _noargs(name, args, kw):
    _args.no_keywords(name, kw)
    _args.arity(name, args, 0, 0)


def _one_wstr(name, args, kw):
    _args.no_keywords(name, kw)
    _args.arity(name, args, 1, 1)
    return _cut(_args.as_wstr(args[0]))


def _signed32(value):
    value &= 0xFFFFFFFF
    return int(value - (1 << 32) if value & 0x80000000 else value)


# ---- time, version, words -----------------------------------------------------------------------

def Sleep(*args, **kw):
    """Sleep(time, bAlertable=0)

    Suspends the calling thread for `time` milliseconds (-1 is INFINITE). Returns 0; it would return
    WAIT_IO_COMPLETION (192) only if an APC ended an alertable wait, which cannot happen here.
    """
    _args.no_keywords('Sleep', kw)
    _args.arity('Sleep', args, 1, 2)
    ms = _args.as_int(args[0]) & 0xFFFFFFFF
    if len(args) > 1:
        _args.as_int(args[1])
    if ms == _INFINITE:
        while True:
            _time.sleep(3600)
    _time.sleep(ms / 1000.0)
    return 0


def GetTickCount(*args, **kw):
    """GetTickCount()

    Milliseconds since the system started (GetTickCount64: does not wrap after 49.7 days).
    """
    _args.no_keywords('GetTickCount', kw)
    _args.arity('PyGetTickCount', args, 0, 0)
    return int(_call('tickCount'))


def GetVersion(*args, **kw):
    """GetVersion()

    The packed version DWORD as a signed int: major in the low byte, minor in the next, the build
    number in the high word.
    """
    _noargs('GetVersion', args, kw)
    v = _call('versionEx')
    return _signed32((int(v[0]) & 0xFF) | ((int(v[1]) & 0xFF) << 8) | ((int(v[2]) & 0xFFFF) << 16))


def GetVersionEx(*args, **kw):
    """GetVersionEx(format=0)

    format 0: (major, minor, build, platformId, csdVersion); format 1 adds
    (spMajor, spMinor, suiteMask, productType, reserved). Off Windows the version reported is
    Windows 10 22H2: 10.0.19045, VER_PLATFORM_WIN32_NT, a workstation.
    """
    _args.no_keywords('GetVersionEx', kw)
    _args.arity('GetVersionEx', args, 0, 1)
    fmt = _args.as_int(args[0]) if args else 0
    if fmt not in (0, 1):
        raise ValueError("format must be 0 or 1 (got %d)" % fmt)
    v = [int(x) for x in _call('versionEx')]
    csd = _jvm.s(_call('csdVersion'))
    if fmt == 0:
        return (v[0], v[1], v[2], v[3], csd)
    return (v[0], v[1], v[2], v[3], csd, v[4], v[5], v[6], v[7], v[8])


def LOWORD(*args, **kw):
    """LOWORD(val)

    The low 16 bits of a 32-bit signed int value.
    """
    _args.no_keywords('LOWORD', kw)
    _args.arity('LOWORD', args, 1, 1)
    return _args.as_int(args[0]) & 0xFFFF


def HIWORD(*args, **kw):
    """HIWORD(val)

    The high 16 bits of a 32-bit signed int value.
    """
    _args.no_keywords('HIWORD', kw)
    _args.arity('HIWORD', args, 1, 1)
    return (_args.as_int(args[0]) >> 16) & 0xFFFF


# ---- last error, messages ---------------------------------------------------------------------

def GetLastError(*args, **kw):
    """GetLastError()

    The calling thread's last-error code, as a signed int. It is set by SetLastError and by every
    call of these modules that fails with a pywintypes.error. Extra arguments are ignored, as in pywin32.
    """
    _args.no_keywords('GetLastError', kw)
    return _signed32(int(_LastError.get()))


def SetLastError(*args, **kw):
    """SetLastError(errVal)

    Sets the calling thread's last-error code (masked to 32 bits).
    """
    _args.no_keywords('SetLastError', kw)
    _args.arity('SetLastError', args, 1, 1)
    _LastError.set(_signed32(_args.as_ulong(args[0])))


_FORMAT_MESSAGE_IGNORE_INSERTS = 0x200
_FORMAT_MESSAGE_FROM_STRING = 0x400
_FORMAT_MESSAGE_FROM_HMODULE = 0x800
_FORMAT_MESSAGE_FROM_SYSTEM = 0x1000


def FormatMessage(*args, **kw):
    """FormatMessage(errCode=0) or FormatMessage(flags, source, messageId, languageID, inserts)

    The first form returns the system message text of a Win32 code (0: GetLastError()) with its
    trailing CR/LF. The second formats a message from the system table (FORMAT_MESSAGE_FROM_SYSTEM)
    or from `source` (FORMAT_MESSAGE_FROM_STRING), replacing %1.. with the `inserts` strings.
    Unknown codes raise error(317, 'FormatMessageW').
    """
    _args.no_keywords('FormatMessage', kw)
    if len(args) <= 1 and (not args or isinstance(args[0], _jvm.int_types)):
        code = _args.as_ulong(args[0]) if args else 0
        if code == 0:
            code = int(_LastError.get()) & 0xFFFFFFFF
        return _jvm.s(_call('formatMessage', _signed32(code)))
    _args.arity('FormatMessage', args, 5, 5)
    flags = _args.as_ulong(args[0])
    source, message_id = args[1], _args.as_ulong(args[2])
    _args.as_ulong(args[3])
    inserts = args[4]
    if inserts is not None:
        inserts = list(inserts)
        for s in inserts:
            if not isinstance(s, _jvm.text_types):
                raise TypeError("All inserts must be strings")
    if flags & _FORMAT_MESSAGE_FROM_STRING:
        text = _args.as_wstr(source)
    elif flags & _FORMAT_MESSAGE_FROM_SYSTEM:
        text = _jvm.s(_call('formatMessage', _signed32(message_id)))
    else:
        # FROM_HMODULE: no message-table DLLs off Windows
        raise _fail(1813, 'FormatMessageW')       # ERROR_RESOURCE_TYPE_NOT_FOUND
    if flags & _FORMAT_MESSAGE_IGNORE_INSERTS:
        return text
    return _insert(text, inserts or [])


def _insert(text, inserts):
    """%1..%99 (an optional !fmt! after the number is dropped), %% and %n, %0 ends the message."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = text[i + 1]
        if d.isdigit() and d != '0':
            j = i + 2
            if j < n and text[j].isdigit():
                j += 1
            k = int(text[i + 1:j])
            if j < n and text[j] == '!':
                end = text.find('!', j + 1)
                j = end + 1 if end > 0 else j
            if k > len(inserts):
                raise SystemError("Access violation (probably due to missing string inserts)")
            out.append(inserts[k - 1])
            i = j
            continue
        if d == '0':
            break
        out.append({'n': '\r\n', 't': '\t', 'r': '\r', 'b': ' ', '.': '.', '!': '!', '%': '%'}.get(d, d))
        i += 2
    return ''.join(out)


# ---- user and machine -------------------------------------------------------------------------

def GetUserName(*args, **kw):
    """GetUserName()

    The name of the user this process runs as (what win32wnet.WNetGetUser() answers too).
    """
    _noargs('GetUserName', args, kw)
    return _jvm.s(_call('userName'))


def GetUserNameEx(*args, **kw):
    """GetUserNameEx(NameFormat)

    The user name in an EXTENDED_NAME_FORMAT (win32con.NameSamCompatible, NameDisplay,
    NameUserPrincipal, ...). Off a domain: NameSamCompatible is COMPUTER\\user, NameDisplay the
    account's full name (1332 when there is none), NameUserPrincipal 1332, the directory forms 1355.
    """
    _args.no_keywords('GetUserNameEx', kw)
    _args.arity('GetUserNameEx', args, 1, 1)
    return _jvm.s(_call('userNameEx', _args.as_int(args[0])))


def GetComputerName(*args, **kw):
    """GetComputerName()

    The NetBIOS name of this computer (upper case, at most 15 characters).
    """
    _noargs('GetComputerName', args, kw)
    return _jvm.s(_call('computerName'))


def GetComputerNameEx(*args, **kw):
    """GetComputerNameEx(NameType)

    The computer's name in a COMPUTER_NAME_FORMAT (win32con.ComputerNameNetBIOS,
    ComputerNameDnsHostname, ComputerNameDnsDomain, ComputerNameDnsFullyQualified, the Physical forms).
    """
    _args.no_keywords('GetComputerNameEx', kw)
    _args.arity('GetComputerNameEx', args, 1, 1)
    return _jvm.s(_call('computerNameEx', _args.as_int(args[0])))


def GetDomainName(*args, **kw):
    """GetDomainName()

    The domain of the current user's account; for a local account, the computer name.
    """
    _noargs('GetDomainName', args, kw)
    return _jvm.s(_call('domainName'))


def GetCurrentProcessId(*args, **kw):
    """GetCurrentProcessId()

    The process id of this process.
    """
    _noargs('GetCurrentProcessId', args, kw)
    return int(_call('currentProcessId'))


# ---- drives, paths, environment ---------------------------------------------------------------

def GetLogicalDriveStrings(*args, **kw):
    """GetLogicalDriveStrings()

    The drive roots as one string, each "X:\\" followed by a NUL (pywin32's raw form). Off Windows
    these are the drive letters mapped by win32wnet/win32net in this process.
    """
    _noargs('GetLogicalDriveStrings', args, kw)
    return ''.join([_jvm.s(d) + '\0' for d in _call('logicalDriveStrings')])


def GetLogicalDrives(*args, **kw):
    """GetLogicalDrives()

    The drives as a bitmask: bit 0 is A:, bit 25 is Z:.
    """
    _noargs('GetLogicalDrives', args, kw)
    return int(int(_call('logicalDrives')) & 0xFFFFFFFF)


def GetShortPathName(*args, **kw):
    """GetShortPathName(path)

    The 8.3 form of an existing path (off Windows there are no 8.3 names: the path itself).
    """
    return _jvm.s(_call('shortPathName', _one_wstr('GetShortPathName', args, kw)))


def GetLongPathName(*args, **kw):
    """GetLongPathName(fileName)

    The long form of an existing path.
    """
    return _jvm.s(_call('longPathName', _one_wstr('GetLongPathName', args, kw)))


def GetFullPathName(*args, **kw):
    """GetFullPathName(fileName)

    The absolute form of a path, "." and ".." resolved; the path need not exist.
    """
    return _jvm.s(_call('fullPathName', _one_wstr('GetFullPathName', args, kw)))


def GetTempPath(*args, **kw):
    """GetTempPath()

    The directory for temporary files, ending in a path separator.
    """
    _noargs('GetTempPath', args, kw)
    return _jvm.s(_call('tempPath'))


def GetEnvironmentVariable(*args, **kw):
    """GetEnvironmentVariable(Name)

    The value of an environment variable of this process, or None when it is not set.
    """
    return _jvm.s(_call('environmentVariable', _one_wstr('GetEnvironmentVariable', args, kw)))


def ExpandEnvironmentStrings(*args, **kw):
    """ExpandEnvironmentStrings(in)

    `in` with every %NAME% of a set variable replaced by its value; unknown references stay as they are.
    """
    return _jvm.s(_call('expandEnvironmentStrings', _one_wstr('ExpandEnvironmentStrings', args, kw)))


# ---- handles and programs ---------------------------------------------------------------------

_event_close = _jvm.jclass('org.pywin32jvm.win32.EventTable').close


def CloseHandle(*args, **kw):
    """CloseHandle(handle)

    Closes a handle: a PyHANDLE through its own Close (closing twice is harmless), an int as a
    kernel handle (0 is ignored; one that is not open raises error(6, 'CloseHandle')).
    """
    _args.no_keywords('CloseHandle', kw)
    _args.arity('CloseHandle', args, 1, 1)
    h = args[0]
    if isinstance(h, _pywintypes.PyHANDLE):
        h.Close()
        return None
    value = _args.as_handle(h)
    if value == 0:
        return None
    if _event_close(value):         # a win32event handle (events live in Java, org.pywin32jvm.win32.EventTable)
        return None
    _call('closeHandle', value)
    return None


def ShellExecute(*args, **kw):
    """ShellExecute(hwnd, op, file, params, dir, bShow)

    Opens `file` with the verb `op` (None means "open"): a program is started with `params` in `dir`,
    a document or URL goes to its associated application. Returns a value > 32; a failure raises
    error(code, 'ShellExecute') with the SE_ERR_* code (2: not found, 3: path not found, 31: no association).
    """
    _args.no_keywords('ShellExecute', kw)
    _args.arity('ShellExecute', args, 6, 6)
    hwnd = _args.as_handle(args[0])
    op = _args.as_wstr(args[1], True)
    fname = _cut(_args.as_wstr(args[2]))
    params = _args.as_wstr(args[3], True)
    directory = _args.as_wstr(args[4], True)
    show = _args.as_int(args[5])
    rc = int(_call('shellExecute', _jvm.jlong(hwnd), op and _cut(op), fname, params and _cut(params),
                   '' if directory is None else _cut(directory), show))
    if rc <= 32:
        raise _fail(rc, 'ShellExecute')
    return rc


def WinExec(*args, **kw):
    """WinExec(cmdLine, show=SW_SHOWNORMAL)

    Starts the program of a command line (the first word, quoted if it has blanks; found on PATH).
    Returns None; a program that cannot be started raises error(code, 'WinExec'), e.g. 2 when it
    does not exist.
    """
    _args.no_keywords('WinExec', kw)
    _args.arity('WinExec', args, 1, 2)
    cmd = _args.as_utf8_str(args[0])
    show = _args.as_int(args[1]) if len(args) > 1 else 1
    rc = int(_call('winExec', cmd, show))
    if rc <= 32:
        raise _fail(rc, 'WinExec')
    return None


# inspect.signature() and help() read these on Python 3: pywin32's parameters instead of (*args, **kw).
# test_docstrings checks that they match the docstrings' first lines (the first form where there are two;
# a constant default is given by its value; a parameter named by a reserved word gets a trailing "_").
CloseHandle.__text_signature__ = '(handle, /)'
ExpandEnvironmentStrings.__text_signature__ = '(in_, /)'
FormatMessage.__text_signature__ = '(errCode=0, /)'
GetComputerName.__text_signature__ = '()'
GetComputerNameEx.__text_signature__ = '(NameType, /)'
GetCurrentProcessId.__text_signature__ = '()'
GetDomainName.__text_signature__ = '()'
GetEnvironmentVariable.__text_signature__ = '(Name, /)'
GetFullPathName.__text_signature__ = '(fileName, /)'
GetLastError.__text_signature__ = '()'
GetLogicalDriveStrings.__text_signature__ = '()'
GetLogicalDrives.__text_signature__ = '()'
GetLongPathName.__text_signature__ = '(fileName, /)'
GetShortPathName.__text_signature__ = '(path, /)'
GetTempPath.__text_signature__ = '()'
GetTickCount.__text_signature__ = '()'
GetUserName.__text_signature__ = '()'
GetUserNameEx.__text_signature__ = '(NameFormat, /)'
GetVersion.__text_signature__ = '()'
GetVersionEx.__text_signature__ = '(format=0, /)'
HIWORD.__text_signature__ = '(val, /)'
LOWORD.__text_signature__ = '(val, /)'
SetLastError.__text_signature__ = '(errVal, /)'
ShellExecute.__text_signature__ = '(hwnd, op, file, params, dir, bShow, /)'
Sleep.__text_signature__ = '(time, bAlertable=0, /)'
WinExec.__text_signature__ = '(cmdLine, show=1, /)'
