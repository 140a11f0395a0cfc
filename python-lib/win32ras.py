"""A module encapsulating the Windows Remote Access Service (RAS) API."""
# pywin32's docstring, exactly (the constant groups are described where help() shows them: the
# docstrings of GetConnectStatus and GetEapUserIdentity)
# pywin32's win32rasmodule.cpp, function by function: the same argument rules, conversion order,
# tuple shapes, funcnames and pseudo errors (spec pywin32-api.md section 1). The Java backend
# (org.pywin32jvm.ras.RasApi) does the work; this file only converts.
import sys as _sys
try:                                    # the low-level lock: importing threading costs Jython ~85 ms
    from _thread import allocate_lock as _allocate_lock
except ImportError:                     # Python 2 (Jython)
    from thread import allocate_lock as _allocate_lock

import _jvm
import _winargs
import pywintypes as _pywintypes

error = _pywintypes.error

RASCS_OpenPort = 0
RASCS_PortOpened = 1
RASCS_ConnectDevice = 2
RASCS_DeviceConnected = 3
RASCS_AllDevicesConnected = 4
RASCS_Authenticate = 5
RASCS_AuthNotify = 6
RASCS_AuthRetry = 7
RASCS_AuthCallback = 8
RASCS_AuthChangePassword = 9
RASCS_AuthProject = 10
RASCS_AuthLinkSpeed = 11
RASCS_AuthAck = 12
RASCS_ReAuthenticate = 13
RASCS_Authenticated = 14
RASCS_PrepareForCallback = 15
RASCS_WaitForModemReset = 16
RASCS_WaitForCallback = 17
RASCS_Projected = 18
RASCS_StartAuthentication = 19
RASCS_CallbackComplete = 20
RASCS_LogonNetwork = 21
RASCS_Interactive = 0x1000
RASCS_RetryAuthentication = 0x1001
RASCS_CallbackSetByCaller = 0x1002
RASCS_PasswordExpired = 0x1003
RASCS_Connected = 0x2000
RASCS_Disconnected = 0x2001
RASEAPF_NonInteractive = 2
RASEAPF_Logon = 4
RASEAPF_Preview = 8

_api = _jvm.backend('ras')
_hangUp = _api.hangUp
_enumConnections = _api.enumConnections
_enumEntries = _api.enumEntries
_getConnectStatus = _api.getConnectStatus
_getEntryDialParams = _api.getEntryDialParams
_setEntryDialParams = _api.setEntryDialParams
_getErrorString = _api.getErrorString
_createPhonebookEntry = _api.createPhonebookEntry
_editPhonebookEntry = _api.editPhonebookEntry
_getEapUserIdentity = _api.getEapUserIdentity

_DialParams = _jvm.jclass('org.pywin32jvm.ras.DialParams')
_RasFace = _jvm.jclass('org.pywin32jvm.ras.RasFace')
_face_dial = _RasFace.dial
# one host call each, the result packed in a NUL-separated string (RasFace): every host call and
# record accessor is costly in interpreted GraalPy
_face_status = _RasFace.connectStatus
_face_conns = _RasFace.enumConnections
_face_entry_params = _RasFace.entryDialParams
_JY = _jvm.IS_JYTHON
_DialExtensions = _jvm.jclass('org.pywin32jvm.ras.RasApi$DialExtensions')
_Sync = _jvm.jclass('org.pywin32jvm.ras.RasApi$Notifier$Sync')
_Func1 = _jvm.jclass('org.pywin32jvm.ras.RasApi$Notifier$Func1')
_Hwnd = _jvm.jclass('org.pywin32jvm.ras.RasApi$Notifier$Hwnd')
_SYNC = _Sync()
_Win32Exception = _jvm.Win32Exception
_s = _jvm.s

_WM_RASDIALEVENT = 0xCCCD
# pywin32 leaves dwSize 0, so Dial fails with 632 (fixed here): a non-zero dwSize asks the backend to
# set the structure's real size (the JNA backend writes 60 on x64, 40 on x86; native-layouts.md).
_RASDIALEXTENSIONS_SIZE = 60

# (max characters, field) of the RASDIALPARAMS sequence items
_PARAM_LIMITS = (256, 128, 128, 256, 256, 15)

_INT_TYPES = _jvm.int_types


_STR = str
_EMPTY6 = ('',) * 6
# a signed pointer's range; both bounds fit a Java long (comparing with 1 << 63 would make GraalPy
# compare against a big integer on every call)
_PMIN = -(1 << 63)
_PMAX = (1 << 63) - 1
# Python 2's int is a C long, never wider than a pointer: no range check (on Jython, comparing the
# 32-bit int with the long bounds cost more than the rest of IsHandleValid)
_INT_IS_PTR = _sys.version_info[0] < 3
_NOARG = object()
_type = type
_int = int


def _params(ob):
    """PyObjectToRasDialParams: a 0..6 item sequence of str -> the 6 strings."""
    if type(ob) is tuple and len(ob) <= 6:
        # the common case with plain operations (cheapest in interpreted GraalPy); anything unusual
        # (other types, overlong items, other sequences) takes the itemised path below
        a, b, c, d, e, f = ob + _EMPTY6[len(ob):]
        if type(a) is _STR and type(b) is _STR and type(c) is _STR and type(d) is _STR and type(e) is _STR \
                and type(f) is _STR and len(a) <= 256 and len(b) <= 128 and len(c) <= 128 and len(d) <= 256 \
                and len(e) <= 256 and len(f) <= 15:
            return (a, b, c, d, e, f)
    t = type(ob)
    if t is tuple or t is list:
        items = ob
        n = len(ob)
    else:
        try:
            items = tuple(ob)
        except TypeError:
            raise TypeError("'%s' object is not iterable" % _winargs.type_name(ob))
        try:
            n = len(ob)                 # pywin32 reads the length from the original object
        except TypeError:
            n = len(items)
    return tuple(_params_checked(items, n))


def _params_checked(items, n):
    fields = [u''] * 6
    for i in range(min(n, 6, len(items))):
        value = _winargs.as_wstr(items[i])
        if len(value) > _PARAM_LIMITS[i]:
            raise ValueError("<RasDialParams conversion>: String size (%d) greater than acceptable size (%d)"
                             % (len(value), _PARAM_LIMITS[i]))
        fields[i] = value
    if n > 6:
        raise error(0, "<RasDialParams conversion>", "The RasDialParams sequence length must be less than 6")
    return fields


def _tuple6(p):
    return (_s(p.entryName()), _s(p.phoneNumber()), _s(p.callbackNumber()),
            _s(p.userName()), _s(p.password()), _s(p.domain()))


# ---------------------------------------------------------------- callbacks

_starting_lock = _allocate_lock()
_starting = [False]      # pywin32's dict entry under the key None: a callable "in the process of starting"

_CALLBACK_FAILED = "pywintypes.error: (0, '<RAS Callback handler>', 'RAS callback failed!')\n"


def _trampoline(fn):
    """The RasDialFunc1 the Java dialer calls, from its own thread, for one dial's callable."""
    def call(hrasconn, msg, state, err, exterr):
        try:
            fn(int(hrasconn), int(msg), int(state), int(err), int(exterr))
        except:                                                     # noqa: E722 (PyErr_Print takes all)
            try:
                info = _sys.exc_info()               # before the import: it may reset it (Jython)
                import traceback as _traceback     # only when a callback fails (heavy at start-up)
                # to this module's sys.stderr: imported on a Java thread, Jython gives traceback
                # another sys (the thread's) than the script's
                _traceback.print_exception(info[0], info[1], info[2], None, _sys.stderr)
                _sys.stderr.write(_CALLBACK_FAILED)
                _sys.stderr.flush()
            except Exception:
                pass
    return call


def Dial(*args, **kw):
    """Dial(dialExtensions, fileName, RasDialParams, callback) -> (hrasconn, rc)

    Starts a RAS connection. dialExtensions: None or a PyRASDIALEXTENSIONS; fileName: the phonebook
    (None: the default one); RasDialParams: the sequence (entryName, phoneNumber, callbackNumber,
    userName, password, domain), at most 6 strings; callback: None to dial synchronously, a
    function (hrasconn, msg, state, error, exterror) called on every state change, or an int
    window handle. Never raises for a RAS failure: returns the connection handle (close a non-zero
    one with HangUp, even when rc is not 0) and the return code.
    """
    if kw or len(args) != 4:
        _winargs.no_keywords('Dial', kw)
        _winargs.arity('Dial', args, 4, 4)
    dialExtensions, fileName, rasDialParams, callback = args
    if fileName is not None:
        fileName = _winargs.as_utf8_str(fileName, True)
    params = _params(rasDialParams)
    if dialExtensions is None:
        ext = None
    elif type(dialExtensions) is _PyRASDIALEXTENSIONS:
        ext = dialExtensions._java()
    else:
        raise TypeError("The object is not a PyRASDIALEXTENSIONS object")
    if callback is None:
        notifier = _SYNC
    elif callable(callback):
        notifier = _Func1(_trampoline(callback))
    elif isinstance(callback, _INT_TYPES):
        notifier = _Hwnd(_winargs.as_handle(callback))
    else:
        raise error(0, "<Dial param parsing>",
                    "The callback object must be an integer handle, None, or a callable object")
    a, b, c, d, e, f = params
    if notifier is _SYNC:
        r = _face_dial(_api, ext, fileName, a, b, c, d, e, f, notifier)
        return (int(r[0]), int(r[1]))
    with _starting_lock:
        if _starting[0]:
            raise RuntimeError("Another RAS callback is in the process of starting")
        _starting[0] = True
    try:
        r = _face_dial(_api, ext, fileName, a, b, c, d, e, f, notifier)
    finally:
        with _starting_lock:
            _starting[0] = False
    return (int(r[0]), int(r[1]))


def HangUp(*args, **kw):
    """HangUp(hras)

    Ends the RAS connection `hras` (a handle from Dial or EnumConnections).
    """
    if kw or len(args) != 1:
        _winargs.no_keywords('HangUp', kw)
        _winargs.arity('HangUp', args, 1, 1)
    h = args[0]
    if type(h) is not int or not (_INT_IS_PTR or _PMIN <= h <= _PMAX):
        h = _winargs.as_handle(h)
    try:
        _hangUp(h)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def IsHandleValid(*args):
    """IsHandleValid(hras) -> bool

    True when `hras` is a non-zero handle (no call to RAS is made).
    """
    # the cheapest checks first (interpreted GraalPy pays for every operation): no **kw (a keyword
    # is the engine's own TypeError, "unexpected keyword argument", where pywin32 says "takes no
    # keyword arguments"; packing them cost a third of the call), unpacking instead of len() + index,
    # the int fast path before PyWinObject_AsHANDLE's general conversion
    try:
        h, = args
    except ValueError:
        h = _NOARG      # the arity error outside the except clause: Python 3 would chain it to this one
    if h is _NOARG:
        _winargs.arity('IsHandleValid', args, 1, 1)
    # a 32-bit int needs no further check; a wider one takes as_handle's pointer-range check
    # (literal bounds: interpreted GraalPy loads globals and compares 64-bit ones much slower)
    if _type(h) is _int and (_INT_IS_PTR or -2147483648 <= h <= 2147483647):
        return h != 0
    return _winargs.as_handle(h) != 0


def EnumConnections(*args, **kw):
    """EnumConnections() -> [(hrasconn, entryName, deviceType, deviceName), ...]

    The active RAS connections.
    """
    if kw or args:
        _winargs.no_keywords('EnumConnections', kw)
        _winargs.arity('EnumConnections', args, 0, 0)
    try:
        text = _face_conns(_api)
        conns = _enumConnections() if text is None else None
    except _Win32Exception as e:
        err = _jvm.error(e)
    else:
        err = None
    if err is not None:
        raise err
    if conns is not None:
        return [(int(c.handle()), _s(c.entryName()), _s(c.deviceType()), _s(c.deviceName())) for c in conns]
    if _JY:
        text = _s(text)
    if not text:
        return []
    f = text.split('\0')
    if _JY and type(text) is not _STR:
        f = [_s(x) for x in f]
    return [(int(f[i]), f[i + 1], f[i + 2], f[i + 3]) for i in range(0, len(f) - 1, 4)]


def EnumEntries(*args, **kw):
    """EnumEntries(reserved=None, fileName=None) -> (entryName, ...)

    The entry names of a phonebook. reserved must be None; fileName: the phonebook (None: the
    default one).
    """
    _winargs.no_keywords('EnumEntries', kw)
    _winargs.arity('EnumEntries', args, 0, 2)
    reserved = _winargs.as_wstr(args[0], True) if len(args) > 0 else None
    fileName = _winargs.as_wstr(args[1], True) if len(args) > 1 else None
    try:
        names = _enumEntries(reserved, fileName)
    except _Win32Exception as e:
        err = _jvm.error(e)
    else:
        err = None
    if err is not None:
        raise err
    return tuple([_s(n) for n in names])


def GetConnectStatus(*args, **kw):
    """GetConnectStatus(hrasconn) -> (rasconnstate, dwError, deviceType, deviceName)

    The state of a connection: a RASCS_* value, its error code (0 for none) and the device used.

    RASCS_* are the connection states (RASCONNSTATE), also the state a Dial callback receives:
    RASCS_OpenPort (0) to RASCS_LogonNetwork (21), the paused states RASCS_Interactive,
    RASCS_RetryAuthentication, RASCS_CallbackSetByCaller, RASCS_PasswordExpired (0x1000 on), and
    RASCS_Connected (0x2000) / RASCS_Disconnected.
    """
    if kw or len(args) != 1:
        _winargs.no_keywords('GetConnectStatus', kw)
        _winargs.arity('GetConnectStatus', args, 1, 1)
    h = args[0]
    if type(h) is not int or not (_INT_IS_PTR or _PMIN <= h <= _PMAX):
        h = _winargs.as_handle(h)
    try:
        text = _face_status(_api, h)
        if text is not None:
            if _JY:
                text = _s(text)
                if type(text) is not _STR:
                    state, code, dtype, dname = [_s(x) for x in text.split(u'\0')]
                    return (int(state), int(code), dtype, dname)
            state, code, dtype, dname = text.split('\0')
            return (int(state), int(code), dtype, dname)
        st = _getConnectStatus(h)
        return (int(st.state()), int(st.error()), _s(st.deviceType()), _s(st.deviceName()))
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def GetEntryDialParams(*args, **kw):
    """GetEntryDialParams(fileName, entryName) -> ((entryName, phoneNumber, callbackNumber, userName, password, domain), passwordRetrieved)

    The dial parameters saved for a phonebook entry. fileName: the phonebook (None: the default
    one). The password is never returned: when one is saved, a stand-in and True come back.
    """
    if kw or len(args) != 2:
        _winargs.no_keywords('GetEntryDialParams', kw)
        _winargs.arity('GetEntryDialParams', args, 2, 2)
    fileName = _winargs.as_wstr(args[0], True)
    entryName = _winargs.as_wstr(args[1])
    try:
        text = _face_entry_params(_api, fileName, entryName[:256])
        r = _getEntryDialParams(fileName, entryName[:256]) if text is None else None
    except _Win32Exception as e:
        err = _jvm.error(e)
    else:
        err = None
    if err is not None:
        raise err
    if r is not None:
        return (_tuple6(r.params()), bool(r.passwordRetrieved()))
    if _JY:
        text = _s(text)
        if type(text) is not _STR:
            f = [_s(x) for x in text.split(u'\0')]
            return (tuple(f[1:]), f[0] == u'1')
    retrieved, a, b, c, d, e, g = text.split('\0')
    return ((a, b, c, d, e, g), retrieved == '1')


def SetEntryDialParams(*args, **kw):
    """SetEntryDialParams(fileName, RasDialParams, bRemovePassword)

    Saves the dial parameters of an entry. RasDialParams: as for Dial; bRemovePassword: true to
    forget the saved password instead of storing the given one.
    """
    _winargs.no_keywords('SetEntryDialParams', kw)
    _winargs.arity('SetEntryDialParams', args, 3, 3)
    remove = _winargs.as_int(args[2])
    params = _DialParams(*_params(args[1]))
    fileName = _winargs.as_wstr(args[0], True)
    try:
        _setEntryDialParams(fileName, params, remove != 0)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def GetErrorString(*args, **kw):
    """GetErrorString(error) -> str

    The message text of a RAS error code (600-799) or of a Win32 error code.
    """
    _winargs.no_keywords('GetErrorString', kw)
    _winargs.arity('GetErrorString', args, 1, 1)
    code = _winargs.as_int(args[0])
    try:
        return _s(_getErrorString(code))
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def CreatePhonebookEntry(*args, **kw):
    """CreatePhonebookEntry(hWnd, fileName=None)

    Shows the dialog that creates a phonebook entry (Windows only: elsewhere an error).
    """
    _winargs.no_keywords('CreatePhoneBookEntry', kw)
    _winargs.arity('CreatePhoneBookEntry', args, 1, 2)
    fileName = _winargs.as_utf8_str(args[1]) if len(args) > 1 else None
    hwnd = _winargs.as_handle(args[0])
    try:
        _createPhonebookEntry(hwnd, fileName)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def EditPhonebookEntry(*args, **kw):
    """EditPhonebookEntry(hWnd, fileName, entryName)

    Shows the dialog that edits a phonebook entry (Windows only: elsewhere an error).
    """
    _winargs.no_keywords('EditPhoneBookEntry', kw)
    _winargs.arity('EditPhoneBookEntry', args, 3, 3)
    fileName = _winargs.as_utf8_str(args[1], True)
    entryName = _winargs.as_utf8_str(args[2])
    hwnd = _winargs.as_handle(args[0])
    try:
        _editPhonebookEntry(hwnd, fileName, entryName)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def GetEapUserIdentity(*args, **kw):
    """GetEapUserIdentity(phoneBook, entry, flags, hwnd=None) -> PyRASEAPUSERIDENTITY

    The EAP identity of the user for a phonebook entry (szUserName, pbEapInfo). flags: RASEAPF_*,
    RASEAPF_NonInteractive (no user interface), RASEAPF_Logon (Winlogon's credentials),
    RASEAPF_Preview (ask before dialling).
    """
    _winargs.no_keywords('GetEapUserIdentity', kw)
    _winargs.arity('GetEapUserIdentity', args, 3, 4)
    flags = _winargs.as_int(args[2])
    hwnd = _winargs.as_handle(args[3]) if len(args) > 3 else 0
    phoneBook = _winargs.as_wstr(args[0], True)
    entry = _winargs.as_wstr(args[1])
    try:
        ident = _getEapUserIdentity(phoneBook, entry, flags, hwnd)
    except _Win32Exception as e:
        err = _jvm.error(e)
    else:
        err = None
    if err is not None:
        raise err
    if ident is None:
        return None
    return _PyRASEAPUSERIDENTITY(_s(ident.userName()), _jvm.to_bytes(ident.eapInfo()))


def RASDIALEXTENSIONS(*args, **kw):
    """RASDIALEXTENSIONS() -> PyRASDIALEXTENSIONS

    A new RASDIALEXTENSIONS structure (dwfOptions, hwndParent, reserved, reserved1, RasEapInfo) to
    pass as Dial's first argument.
    """
    _winargs.no_keywords('RASDIALEXTENSIONS', kw)
    _winargs.arity('RASDIALEXTENSIONS', args, 0, 0)
    return _PyRASDIALEXTENSIONS()


# ---------------------------------------------------------------- object types

class PyRASDIALEXTENSIONS(object):
    """An object that describes a Win32 RASDIALEXTENSIONS structure"""
    __slots__ = ('_f',)

    def __init__(self):
        object.__setattr__(self, '_f', {'dwfOptions': 0, 'hwndParent': 0, 'reserved': 0,
                                        'reserved1': 0, 'RasEapInfo': None})

    def __getattr__(self, name):
        f = object.__getattribute__(self, '_f')
        if name == 'fOptions':
            name = 'dwfOptions'
        if name == 'hwndParent':
            return f[name] & 0xFFFFFFFFFFFFFFFF          # PyLong_FromVoidPtr: unsigned
        if name in f:
            return f[name]
        raise AttributeError("'PyRASDIALEXTENSIONS' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        f = object.__getattribute__(self, '_f')
        if name in ('dwfOptions', 'fOptions'):
            f['dwfOptions'] = _winargs.as_long(value)
        elif name == 'hwndParent':
            f['hwndParent'] = _winargs.as_handle(value)
        elif name in ('reserved', 'reserved1'):
            f[name] = _winargs.as_long(value)
        elif name == 'RasEapInfo':
            # pywin32 dereferences NULL for None; here None clears it (fixed)
            if value is not None and type(value) is not _PyRASEAPUSERIDENTITY:
                raise TypeError("The object is not a PyRASEAPUSERIDENTITY object")
            f['RasEapInfo'] = value
        else:
            raise AttributeError("'PyRASDIALEXTENSIONS' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("can't delete OVERLAPPED attributes")

    def _java(self):
        f = object.__getattribute__(self, '_f')
        return _DialExtensions(_RASDIALEXTENSIONS_SIZE, f['dwfOptions'], f['hwndParent'],
                               f['reserved'], f['reserved1'])


class PyRASEAPUSERIDENTITY(object):
    """An object that describes a Win32 RASDIALEXTENSIONS structure"""
    __slots__ = ('_user', '_info')

    def __init__(self, user, info):
        object.__setattr__(self, '_user', user)
        object.__setattr__(self, '_info', info)

    @property
    def szUserName(self):
        return self._user

    userName = szUserName

    @property
    def pbEapInfo(self):
        return memoryview(self._info)

    eapInfo = pbEapInfo

    def __setattr__(self, name, value):
        raise AttributeError("'PyRASEAPUSERIDENTITY' object attributes are read-only")


_PyRASDIALEXTENSIONS = PyRASDIALEXTENSIONS
_PyRASEAPUSERIDENTITY = PyRASEAPUSERIDENTITY
del PyRASDIALEXTENSIONS, PyRASEAPUSERIDENTITY        # pywin32 does not expose the types


# inspect.signature() and help() read these on Python 3: pywin32's parameters instead of (*args, **kw).
# test_docstrings checks that they match the docstrings' first lines.
CreatePhonebookEntry.__text_signature__ = '(hWnd, fileName=None, /)'
Dial.__text_signature__ = '(dialExtensions, fileName, RasDialParams, callback, /)'
EditPhonebookEntry.__text_signature__ = '(hWnd, fileName, entryName, /)'
EnumConnections.__text_signature__ = '()'
EnumEntries.__text_signature__ = '(reserved=None, fileName=None, /)'
GetConnectStatus.__text_signature__ = '(hrasconn, /)'
GetEapUserIdentity.__text_signature__ = '(phoneBook, entry, flags, hwnd=None, /)'
GetEntryDialParams.__text_signature__ = '(fileName, entryName, /)'
GetErrorString.__text_signature__ = '(error, /)'
HangUp.__text_signature__ = '(hras, /)'
IsHandleValid.__text_signature__ = '(hras, /)'
RASDIALEXTENSIONS.__text_signature__ = '()'
SetEntryDialParams.__text_signature__ = '(fileName, RasDialParams, bRemovePassword, /)'
