"""win32api: the subset win32wnet scripts call alongside (GetUserName, GetComputerName, GetLogicalDriveStrings)."""
import _jvm
import _winargs

error = __import__('pywintypes').error

_SystemInfo = _jvm.jclass('org.pywin32jvm.win32.SystemInfo')


def GetUserName(*args, **kw):
    """Returns the current user name (what win32wnet.WNetGetUser() answers too)."""
    _winargs.no_keywords('GetUserName', kw)
    _winargs.arity('GetUserName', args, 0, 0)
    return _jvm.s(_SystemInfo.userName())


def GetComputerName(*args, **kw):
    """Returns the local computer name (NetBIOS style: upper case, at most 15 characters)."""
    _winargs.no_keywords('GetComputerName', kw)
    _winargs.arity('GetComputerName', args, 0, 0)
    return _jvm.s(_SystemInfo.computerName())


def GetLogicalDriveStrings(*args, **kw):
    """The drive roots as one string, each "X:\\" followed by a NUL (pywin32's raw form).

    Off Windows these are the drive letters mapped by win32wnet in this process.
    """
    _winargs.no_keywords('GetLogicalDriveStrings', kw)
    _winargs.arity('GetLogicalDriveStrings', args, 0, 0)
    return ''.join([_jvm.s(d) + '\0' for d in _SystemInfo.logicalDrives()])
