"""A module that exposes the Windows Networking API."""
import sys as _sys
from itertools import repeat as _repeat

import _jvm
import _winargs
import pywintypes as _pywintypes
from pywintypes import PyHANDLE as _PyHANDLE

error = _pywintypes.error

_PY2 = _sys.version_info[0] == 2
_NetResource = _jvm.jclass('org.pywin32jvm.wnet.NetResource')
_enumerate = _jvm.jclass('org.pywin32jvm.wnet.NetResourceCodec').enumerate
_Ncb = _jvm.jclass('org.pywin32jvm.netbios.Ncb')
_Win32Exception = _jvm.Win32Exception
_s = _jvm.s
_osa = object.__setattr__
_as_wstr = _winargs.as_wstr

_api = None
_nb = None


def _wnet():
    """The WNet backend, created on first use (so importing never starts network I/O)."""
    global _api
    if _api is None:
        _api = _jvm.backend('wnet')
    return _api


class _Final(type):
    """pywin32's types have no Py_TPFLAGS_BASETYPE: they cannot be subclassed."""

    def __new__(mcs, name, bases, ns):
        for base in bases:
            if isinstance(base, _Final):
                raise TypeError("type '%s' is not an acceptable base type" % base.__name__)
        return type.__new__(mcs, name, bases, ns)


def _no_args(name, args, kw):
    """A type constructor parsed with an empty keyword list."""
    if args:
        raise TypeError("%s() takes at most 0 arguments (%d given)" % (name, len(args)))
    if kw:
        raise TypeError("'%s' is an invalid keyword argument for this function" % sorted(kw)[0])


# ---------------------------------------------------------------------------------------------
# PyNETRESOURCE (spec 2.3)

_NR_INTS = frozenset(('dwScope', 'dwType', 'dwDisplayType', 'dwUsage'))
_NR_STRS = frozenset(('lpLocalName', 'lpRemoteName', 'lpComment', 'lpProvider'))


# NETRESOURCE() is an empty object (no __init__: object() itself refuses any argument with a
# TypeError, and creating one costs no Python frame); a field never set is not stored, and reads
# its default (0 or None) through __getattr__, which Python calls only when the slot is empty.
_NR_DEFAULTS = dict([(_n, 0) for _n in _NR_INTS] + [(_n, None) for _n in _NR_STRS])


def _nr_getattr(self, name):
    try:
        return _NR_DEFAULTS[name]
    except KeyError:
        pass
    raise AttributeError("'PyNETRESOURCE' object has no attribute '%s'" % name)


def _nr_setattr(self, name, value):
    if type(value) is int and -0x80000000 <= value <= 0x7FFFFFFF and name in _NR_INTS:
        _osa(self, name, value)         # the common case, without the full conversion below
        return
    if name in _NR_INTS:
        value = _winargs.as_long(value)            # T_INT: signed 32-bit
    elif name in _NR_STRS:
        value = _as_wstr(value, True)
    _osa(self, name, value)


def _nr_delattr(self, name):
    raise AttributeError("can't delete NETRESOURCE attributes")


def _nr_repr(self):
    return '<PyNETRESOURCE object at 0x%x>' % id(self)


PyNETRESOURCE = _Final('PyNETRESOURCE', (object,), {
    '__slots__': ('dwScope', 'dwType', 'dwDisplayType', 'dwUsage',
                  'lpLocalName', 'lpRemoteName', 'lpComment', 'lpProvider', '__weakref__'),
    '__module__': '__builtin__' if _PY2 else 'builtins',
    '__doc__': """PyNETRESOURCE()

A Python object that encapsulates a Win32 NETRESOURCE structure: one network resource (a
domain, a server, a share or a printer) as WNetOpenEnum/WNetEnumResource return it and as
WNetAddConnection2/3 take it. Created empty (every field 0 or None); the fields are
dwScope (RESOURCE_*), dwType (RESOURCETYPE_*), dwDisplayType (RESOURCEDISPLAYTYPE_*),
dwUsage (RESOURCEUSAGE_*), and the strings lpLocalName (a drive such as 'Z:'),
lpRemoteName (the UNC name '\\\\server\\share'), lpComment and lpProvider.
""",
    '__getattr__': _nr_getattr,
    '__setattr__': _nr_setattr,
    '__delattr__': _nr_delattr,
    '__repr__': _nr_repr,
})
NETRESOURCE = NETRESOURCEType = PyNETRESOURCE


def _as_netresource(ob):
    """PyWinObject_AsNETRESOURCE without None."""
    if not isinstance(ob, PyNETRESOURCE):
        raise TypeError("The object is not a PyNETRESOURCE object")
    return _NetResource(ob.dwScope, ob.dwType, ob.dwDisplayType, ob.dwUsage,
                        ob.lpLocalName, ob.lpRemoteName, ob.lpComment, ob.lpProvider)


def _signed(v):
    v = int(v)
    return v - (1 << 32) if v > 0x7FFFFFFF else v


def _from_java(r):
    """A new, independent PyNETRESOURCE from a Java NetResource."""
    nr = object.__new__(PyNETRESOURCE)
    _osa(nr, 'dwScope', _signed(r.scope))
    _osa(nr, 'dwType', _signed(r.type))
    _osa(nr, 'dwDisplayType', _signed(r.displayType))
    _osa(nr, 'dwUsage', _signed(r.usage))
    _osa(nr, 'lpLocalName', _s(r.localName))
    _osa(nr, 'lpRemoteName', _s(r.remoteName))
    _osa(nr, 'lpComment', _s(r.comment))
    _osa(nr, 'lpProvider', _s(r.provider))
    return nr


# Slot descriptors' own setters: they store without PyNETRESOURCE.__setattr__ (the values come
# from the backend, already converted), and map() calls them with no Python bytecode per item.
_NR_COLUMNS = tuple((PyNETRESOURCE.__dict__[name].__set__, name in _NR_INTS)
                    for name in ('dwScope', 'dwType', 'dwDisplayType', 'dwUsage',
                                 'lpLocalName', 'lpRemoteName', 'lpComment', 'lpProvider'))
# Runs map(setter, ...) to the end: the setters return None, and any() stops only at a true value.
# (collections.deque(maxlen=0) would do too, but importing collections costs Jython ~150 ms at start-up.)
_drain = any


def _from_columns(text):
    """New, independent PyNETRESOURCEs from NetResourceCodec's column format (see there)."""
    parts = _s(text).split('\0')
    n = int(parts[0])
    items = list(map(object.__new__, _repeat(PyNETRESOURCE, n)))
    pos = 1
    for setter, is_int in _NR_COLUMNS:
        if not n:
            break
        tag = parts[pos]
        pos += 1
        if tag == 'N':
            column = _repeat(None, n)
        elif tag[0] == 'C':
            column = _repeat(int(tag[1:]) if is_int else tag[1:], n)
        else:
            column = parts[pos:pos + n]
            pos += n
            if is_int:
                column = map(int, column)
            elif tag == 'M':
                column = [f[1:] if f[:1] == 'S' else None for f in column]
        _drain(map(setter, items, column))
    return items


# ---------------------------------------------------------------------------------------------
# Argument parsing of the two keyword-aware functions (PyArg_ParseTupleAndKeywords)

def _parse_kw(fname, args, kw, names, required):
    if len(args) > len(names):
        raise TypeError("%s() takes at most %d arguments (%d given)" % (fname, len(names), len(args)))
    values = list(args) + [None] * (len(names) - len(args))
    given = [True] * len(args) + [False] * (len(names) - len(args))
    for key in kw:
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
        i = names.index(key)
        if given[i]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (fname, key, i + 1))
        values[i] = kw[key]
        given[i] = True
    for i in range(required):
        if not given[i]:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, names[i], i + 1))
    return values, given


def _legacy_parse(args):
    """WNetAddConnection2's first try, "iOO|OOOi": None when it does not fit."""
    if not 3 <= len(args) <= 7:
        return None
    try:
        dw_type = _winargs.as_int(args[0])
        flags = _winargs.as_int(args[6]) if len(args) == 7 else 0
    except (TypeError, OverflowError, ValueError):
        return None
    rest = list(args[1:6]) + [None] * (6 - len(args))
    return dw_type, rest[0], rest[1], rest[2], rest[3], rest[4], flags


# ---------------------------------------------------------------------------------------------
# The functions (spec 2.2)

def WNetAddConnection2(*args, **kw):
    """WNetAddConnection2(NetResource, Password=None, UserName=None, Flags=0) or WNetAddConnection2(dwType, lpLocalName, lpRemoteName, lpProviderName=None, Username=None, Password=None, flags=0)

    Connects a network resource, optionally to a local device. NetResource: a PyNETRESOURCE
    (lpRemoteName, and lpLocalName such as "Z:" or None); Password and UserName: None for the
    defaults; Flags: CONNECT_* (CONNECT_UPDATE_PROFILE remembers it). The first form takes its
    arguments by position or by these names. The second, older form is positional only and names
    the resource by its parts: a RESOURCETYPE_* type, the local device (or None), the remote name
    and the provider; note that the user name comes before the password there.
    """
    legacy = _legacy_parse(args)
    if legacy is not None:
        # the old positional form: keywords, if any, are ignored (pywin32 does the same)
        dw_type, local, remote, provider, user, password, flags = legacy
        local = _as_wstr(local, True)
        remote = _as_wstr(remote, False)
        provider = _as_wstr(provider, True)
        user = _as_wstr(user, True)
        password = _as_wstr(password, True)
        jnr = _NetResource(0, dw_type, 0, 0, local, remote, None, provider)
    else:
        values, given = _parse_kw('WNetAddConnection2', args, kw,
                                  ['NetResource', 'Password', 'UserName', 'Flags'], 1)
        jnr = _as_netresource(values[0])
        password = _as_wstr(values[1], True)
        user = _as_wstr(values[2], True)
        flags = _winargs.as_dword_signed(values[3]) if given[3] else 0
    try:
        _wnet().addConnection2(jnr, password, user, flags)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetAddConnection3(*args, **kw):
    """WNetAddConnection3(HwndOwner, NetResource, Password=None, UserName=None, Flags=0)

    WNetAddConnection2 with an owner window for any dialog (HwndOwner: a handle or 0); the same
    arguments otherwise, by position or by these names.
    """
    values, given = _parse_kw('WNetAddConnection3', args, kw,
                              ['HwndOwner', 'NetResource', 'Password', 'UserName', 'Flags'], 2)
    hwnd = _winargs.as_handle(values[0])
    jnr = _as_netresource(values[1])
    password = _as_wstr(values[2], True)
    user = _as_wstr(values[3], True)
    flags = _winargs.as_dword_signed(values[4]) if given[4] else 0
    try:
        _wnet().addConnection3(hwnd, jnr, password, user, flags)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetCancelConnection2(*args, **kw):
    """WNetCancelConnection2(name, flags, force)

    Removes a connection. name: a local device ("Z:") or a remote name; flags: 0 or
    CONNECT_UPDATE_PROFILE (forget the remembered connection too); force: true to disconnect even
    with open files.
    """
    _winargs.no_keywords('WNetCancelConnection2', kw)
    _winargs.arity('WNetCancelConnection2', args, 3, 3)
    name = _as_wstr(args[0], False)
    flags = _winargs.as_dword_signed(args[1])
    force = _winargs.as_ulong(args[2]) != 0
    try:
        _wnet().cancelConnection2(name, flags, force)
        return None
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


_enum_token = _jvm.jclass('org.pywin32jvm.wnet.WNetFace').enumToken


def _close_enum(value):
    try:
        _wnet().closeEnum(value)
        return
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetOpenEnum(*args, **kw):
    """WNetOpenEnum(scope, type, usage, resource) -> PyHANDLE

    Starts an enumeration of network resources. scope: RESOURCE_CONNECTED, RESOURCE_REMEMBERED or
    RESOURCE_GLOBALNET; type: RESOURCETYPE_*; usage: 0 or RESOURCEUSAGE_*; resource: None (the top)
    or a container PyNETRESOURCE.
    """
    _winargs.no_keywords('WNetOpenEnum', kw)
    _winargs.arity('WNetOpenEnum', args, 4, 4)
    scope = _winargs.as_int(args[0])
    dw_type = _winargs.as_int(args[1])
    usage = _winargs.as_int(args[2])
    jnr = None if args[3] is None else _as_netresource(args[3])
    try:
        value = int(_wnet().openEnum(scope, dw_type, usage, jnr))
    except _Win32Exception as e:
        value = None
        err = _jvm.error(e)
    if value is None:
        raise err
    return _PyHANDLE._make(value, _close_enum, 'PyNetEnumHANDLE', _enum_token(_wnet(), value))


def WNetCloseEnum(*args, **kw):
    """WNetCloseEnum(handle)

    Ends an enumeration started by WNetOpenEnum.
    """
    _winargs.no_keywords('WNetCloseEnum', kw)
    _winargs.arity('WNetCloseEnum', args, 1, 1)
    handle = args[0]
    if not isinstance(handle, _PyHANDLE):
        raise TypeError("Not a handle object")
    handle.Close()


_ENUM_DEFAULT_COUNT = 64


def WNetEnumResource(*args, **kw):
    """WNetEnumResource(handle, maxExtries=64) -> [PyNETRESOURCE, ...]

    The next resources of an enumeration, at most maxExtries (0: all that remain); [] at the end.
    """
    _winargs.no_keywords('WNetEnumResource', kw)
    _winargs.arity('WNetEnumResource', args, 1, 2)
    handle = args[0]
    if not isinstance(handle, _PyHANDLE):
        raise TypeError("argument 1 must be PyHANDLE, not %s" % _winargs.type_name(handle))
    wanted = _winargs.as_int(args[1]) if len(args) > 1 else _ENUM_DEFAULT_COUNT
    if wanted == 0:
        wanted = _ENUM_DEFAULT_COUNT
    elif wanted < 0:
        wanted &= 0xFFFFFFFF        # a DWORD count: negative means "as many as there are"
    # pywin32 ends the list on any API error and never raises: NetResourceCodec.enumerate does so
    return _from_columns(_enumerate(_wnet(), handle._value, wanted))


def WNetGetUser(*args, **kw):
    """WNetGetUser(connection=None) -> str

    The user name of a connection (a local device or remote name), or the current user's.
    """
    if kw:
        _winargs.no_keywords('WNetGetUser', kw)
    if args:
        _winargs.arity('WNetGetUser', args, 0, 1)
        name = _as_wstr(args[0], True)
    else:
        name = None
    try:
        if _JY:
            return _s(_get_user(name))
        return _get_user(name)          # GraalPy hands a Java String over as a str already
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def _first_get_user(name):
    """The first WNetGetUser binds the backend's method (a foreign member lookup costs every time)."""
    global _get_user
    _get_user = _wnet().getUser
    return _get_user(name)


_get_user = _first_get_user
_JY = _jvm.IS_JYTHON
_WNetFace = _jvm.jclass('org.pywin32jvm.wnet.WNetFace')
_face_universal = _WNetFace.universalName
_face_last_error = _WNetFace.lastError


def _unpack(text):
    """The fields of a WNetFace string: "S" + text -> text, "N" -> None."""
    if _JY:
        text = _s(text)
        if type(text) is not str:
            return [_s(f[1:]) if f[:1] == u'S' else None for f in text.split(u'\0')]
    return [f[1:] if f[:1] == 'S' else None for f in text.split('\0')]


def WNetGetUniversalName(*args, **kw):
    """WNetGetUniversalName(localPath, infoLevel=UNIVERSAL_NAME_INFO_LEVEL) -> str or (str, str, str)

    The UNC form of a path on a mapped drive. infoLevel UNIVERSAL_NAME_INFO_LEVEL: the UNC name;
    REMOTE_NAME_INFO_LEVEL: (universal name, connection name, remaining path).
    """
    if kw or not 1 <= len(args) <= 2:
        _winargs.no_keywords('WNetGetUniversalName', kw)
        _winargs.arity('WNetGetUniversalName', args, 1, 2)
    path = _as_wstr(args[0], False)
    level = _winargs.as_int(args[1]) if len(args) > 1 else 1
    try:
        text = _face_universal(_api or _wnet(), path, level)
        if text is None:
            result = _wnet().getUniversalName(path, level)
            result = [_s(result[i]) for i in range(min(len(result), 3))]
        else:
            result = _unpack(text)
        if level == 1:
            return result[0]
        if level == 2:
            return (result[0], result[1], result[2])
        err = TypeError("Unsupported infoLevel")
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetGetResourceInformation(*args, **kw):
    """WNetGetResourceInformation(NetResource) -> (PyNETRESOURCE, str or None)

    Finds the type and provider of a network resource: the resource as the provider describes it
    and the part of the name the provider does not own.
    """
    _winargs.no_keywords('WNetGetResourceInformation', kw)
    _winargs.arity('WNetGetResourceInformation', args, 1, 1)
    if not isinstance(args[0], PyNETRESOURCE):
        raise TypeError("argument 1 must be PyNETRESOURCE, not %s" % _winargs.type_name(args[0]))
    jnr = _as_netresource(args[0])
    try:
        info = _wnet().getResourceInformation(jnr)
        return (_from_java(info.resource()), _s(info.system()))
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetGetResourceParent(*args, **kw):
    """WNetGetResourceParent(NetResource) -> PyNETRESOURCE

    The parent of a network resource in the browse hierarchy (the server of a share, ...).
    """
    _winargs.no_keywords('WNetGetResourceParent', kw)
    _winargs.arity('WNetGetResourceParent', args, 1, 1)
    jnr = _as_netresource(args[0])
    try:
        return _from_java(_wnet().getResourceParent(jnr))
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetGetLastError(*args, **kw):
    """WNetGetLastError() -> (extendedError, description, providerName)

    The extended error a network provider reported for the last WNet call that failed with
    ERROR_EXTENDED_ERROR.
    """
    if kw or args:
        _winargs.no_keywords('WNetGetLastError', kw)
        _winargs.arity('WNetGetLastError', args, 0, 0)
    try:
        text = _face_last_error(_api or _wnet())
        if text is None:
            last = _wnet().getLastError()
            return (int(last.error()) & 0xFFFFFFFF, _s(last.description()), _s(last.provider()))
        code, desc, provider = _unpack(text)
        return (int(code) & 0xFFFFFFFF, desc, provider)     # a long on Python 2, as before
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


def WNetGetConnection(*args, **kw):
    """WNetGetConnection(connection=None) -> str

    The remote name of the network resource a local device ("Z:") is connected to.
    """
    _winargs.no_keywords('WNetGetConnection', kw)
    _winargs.arity('WNetGetConnection', args, 0, 1)
    name = _as_wstr(args[0], True) if args else None
    try:
        return _s(_wnet().getConnection(name))
    except _Win32Exception as e:
        err = _jvm.error(e)
    raise err


# ---------------------------------------------------------------------------------------------
# Netbios: NCBBuffer, PyNCB (spec 2.4), Netbios()

_MAX_JAVA_ARRAY = (1 << 31) - 9


def NCBBuffer(*args, **kw):
    """NCBBuffer(size) -> buffer

    A writable buffer of `size` bytes to use as an NCB's Buffer.
    """
    _winargs.no_keywords('NCBBuffer', kw)
    _winargs.arity('NCBBuffer', args, 1, 1)
    size = _winargs.as_int(args[0])
    if size < 0:
        raise SystemError("Negative size passed to PyByteArray_FromStringAndSize")
    if size > _MAX_JAVA_ARRAY:
        # a Java array holds at most this many bytes; CPython fails such an allocation with MemoryError too
        raise MemoryError()
    if _jvm.IS_JYTHON:
        # Jython's memoryview cannot be written through; Python 2 pywin32 gave a buffer object anyway
        return bytearray(size)
    return memoryview(bytearray(size))


class _Memory(object):
    """The writable memory behind an NCB buffer: read it as bytes, write results back."""
    __slots__ = ('view', 'obj', 'nbytes')

    def __init__(self, ob):
        self.obj = ob
        if isinstance(ob, bytearray):
            self.view = None
            self.nbytes = len(ob)
            return
        if _PY2 and isinstance(ob, (str, unicode)) or not _PY2 and isinstance(ob, bytes):  # noqa: F821
            raise BufferError("Object is not writable.")
        try:
            view = memoryview(ob)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % _winargs.type_name(ob))
        if view.readonly:
            raise BufferError("Object is not writable.")
        if not _PY2 and (view.format != 'B' or view.ndim != 1):
            view = view.cast('B')
        self.view = view
        self.nbytes = view.nbytes if hasattr(view, 'nbytes') else len(view)

    def read(self):
        if self.view is None:
            return bytes(self.obj)
        return self.view.tobytes()

    def write(self, data):
        if self.view is None:
            self.obj[:] = data
        elif _PY2:
            for i, b in enumerate(bytearray(data)):
                self.view[i] = chr(b)
        else:
            self.view[:] = data


_NCB_BYTES = frozenset(('Command', 'Retcode', 'Lsn', 'Num', 'Rto', 'Sto', 'Lana_num', 'Cmd_cplt'))
_NCB_LONGS = frozenset(('Event', 'Post'))
_NCB_MEMBERS = ['Buffer', 'Bufflen', 'Callname', 'Cmd_cplt', 'Command', 'Event', 'Lana_num', 'Lsn', 'Name',
                'Num', 'Post', 'Retcode', 'Rto', 'Sto']
_MBCS = 'cp1252'


def _t_byte(value):
    """structmember T_BYTE: truncated to a signed char, with pywin32/CPython's RuntimeWarning."""
    value = _winargs.as_long(value)
    if value < -128 or value > 127:
        import warnings as _warnings     # only on truncation: not at start-up
        _warnings.warn("Truncation of value to char", RuntimeWarning, stacklevel=3)
        value &= 0xFF
        if value > 127:
            value -= 256
    return value


def _as_chars(value):
    """PyWinObject_AsChars: bytes as is, str encoded with the ANSI code page."""
    if value is None:
        raise TypeError("None is not a valid string in this context")
    if _PY2:
        if isinstance(value, str):
            return value
        if isinstance(value, unicode):  # noqa: F821
            return value.encode(_MBCS)
    else:
        if isinstance(value, bytes):
            return value
        if isinstance(value, str):
            return value.encode(_MBCS)
    raise TypeError("Expected 'bytes', got '%s'" % _winargs.type_name(value))


def _pad16(value):
    """Callname/Name: 16 spaces, then strncpy of at most 16 bytes (NUL-padded after a NUL)."""
    raw = bytearray(_as_chars(value)[:16])
    field = bytearray(b' ' * 16)
    seen_nul = False
    for i, b in enumerate(raw):
        if b == 0:
            seen_nul = True
        field[i] = 0 if seen_nul else b
    if not raw:
        field[0] = 0
    return field


def _unpad(field):
    raw = bytes(field)
    nul = raw.find(b'\0')
    if nul >= 0:
        raw = raw[:nul]
    if _PY2:
        return raw
    return raw.decode(_MBCS, 'ignore')


def _ncb_init(self, *args, **kw):
    _no_args('NCB', args, kw)
    _ncb_zero(self)


def _ncb_zero(self):
    for name in _NCB_BYTES:
        _osa(self, name, 0)
    _osa(self, 'Event', 0)
    _osa(self, 'Post', 0)
    _osa(self, '_bufflen', 0)
    _osa(self, '_callname', bytearray(16))
    _osa(self, '_name', bytearray(16))
    _osa(self, '_buffer', None)
    _osa(self, '_mem', None)


def _ncb_reset(self, *args):
    """Reset() - zeroes the NCB and drops the buffer."""
    if args:
        raise TypeError("Reset() takes no arguments (%d given)" % len(args))
    _ncb_zero(self)


def _ncb_setattr(self, name, value):
    if name in _NCB_BYTES:
        value = _t_byte(value)
    elif name in _NCB_LONGS:
        value = _winargs.as_long(value)        # T_LONG over a pointer field: 32 bits (bug-compatible)
    elif name == 'Bufflen':
        raise AttributeError("readonly attribute")
    elif name[:1] == '_':
        raise AttributeError("'PyNCB' object has no attribute '%s'" % name)
    _osa(self, name, value)


def _ncb_delattr(self, name):
    raise AttributeError("can't delete NCB attributes")


def _get_bufflen(self):
    n = self._bufflen & 0xFFFF
    return n - 0x10000 if n > 0x7FFF else n


def _get_callname(self):
    return _unpad(self._callname)


def _set_callname(self, value):
    _osa(self, '_callname', _pad16(value))


def _get_name(self):
    return _unpad(self._name)


def _set_name(self, value):
    # pywin32 NULs Callname[0] for an empty Name (spec 7.2 item 6); fixed here: Name's own byte
    _osa(self, '_name', _pad16(value))


def _get_buffer(self):
    return self._buffer


def _set_buffer(self, value):
    if value is None:
        raise TypeError("Buffer cannot be None")
    ob = value._buffer_ if hasattr(value, '_buffer_') else value
    mem = _Memory(ob)
    if mem.nbytes > 65535:
        raise ValueError("Buffer can be at most 65535 bytes")
    _osa(self, '_buffer', value)
    _osa(self, '_mem', mem)
    _osa(self, '_bufflen', mem.nbytes)


def _ncb_dir(self):
    return sorted(_NCB_MEMBERS[1:] + ['Reset'])


def _ncb_repr(self):
    return '<PyNCB object at 0x%x>' % id(self)


PyNCB = _Final('PyNCB', (object,), {
    '__slots__': ('Command', 'Retcode', 'Lsn', 'Num', 'Rto', 'Sto', 'Lana_num', 'Cmd_cplt', 'Event', 'Post',
                  '_bufflen', '_callname', '_name', '_buffer', '_mem', '__weakref__'),
    '__module__': '__builtin__' if _PY2 else 'builtins',
    '__doc__': """PyNCB()

A Python object that encapsulates a Win32 NCB structure: the Network Control Block passed to
Netbios(). Set Command (an NCB* code of the netbios module), Lana_num, Callname/Name (16
bytes, blank padded), Buffer (an NCBBuffer, or a netbios structure) and the timeouts Rto/Sto,
call win32wnet.Netbios(ncb), then read Retcode (NRC_*), Lsn, Num and Cmd_cplt.
Reset() clears every field for the next command.
""",
    '__init__': _ncb_init,
    '__setattr__': _ncb_setattr,
    '__delattr__': _ncb_delattr,
    '__dir__': _ncb_dir,
    '__repr__': _ncb_repr,
    'Reset': _ncb_reset,
    'Bufflen': property(_get_bufflen),
    'Callname': property(_get_callname, _set_callname),
    'Name': property(_get_name, _set_name),
    'Buffer': property(_get_buffer, _set_buffer),
})
NCB = NCBType = PyNCB


def _byte(v):
    v = int(v)
    return v - 256 if v > 127 else v


def Netbios(*args, **kw):
    """Netbios(ncb) -> int

    Runs the Netbios command of a PyNCB and returns its NRC_* return code.
    """
    global _nb
    _winargs.no_keywords('Netbios', kw)
    _winargs.arity('Netbios', args, 1, 1)
    ncb = args[0]
    if not isinstance(ncb, PyNCB):
        raise TypeError("Netbios() argument 1 must be PyNCB, not %s" % _winargs.type_name(ncb))
    if _nb is None:
        _nb = _jvm.backend('netbios')
    j = _Ncb()
    j.command = ncb.Command
    j.retcode = ncb.Retcode
    j.lsn = ncb.Lsn
    j.num = ncb.Num
    j.rto = ncb.Rto
    j.sto = ncb.Sto
    j.lanaNum = ncb.Lana_num
    j.cmdCplt = ncb.Cmd_cplt
    j.event = ncb.Event
    j.post = ncb.Post
    j.callname = _jvm.from_bytes(ncb._callname)
    j.name = _jvm.from_bytes(ncb._name)
    mem = ncb._mem
    if mem is not None:
        j.buffer = _jvm.from_bytes(mem.read())
    rc = int(_nb.netbios(j)) & 0xFF
    _osa(ncb, 'Retcode', _byte(j.retcode))
    _osa(ncb, 'Cmd_cplt', _byte(j.cmdCplt))
    _osa(ncb, 'Lsn', _byte(j.lsn))
    _osa(ncb, 'Num', _byte(j.num))
    _osa(ncb, '_callname', bytearray(_jvm.to_bytes(j.callname)))
    _osa(ncb, '_name', bytearray(_jvm.to_bytes(j.name)))
    if mem is not None and j.buffer is not None:
        mem.write(_jvm.to_bytes(j.buffer))
    return rc


# inspect.signature() and help() read these on Python 3: pywin32's parameters instead of (*args, **kw).
# test_docstrings checks that they match the docstrings' first lines (the first form where there are two;
# a constant default is given by its value).
NCBBuffer.__text_signature__ = '(size, /)'
Netbios.__text_signature__ = '(ncb, /)'
WNetAddConnection2.__text_signature__ = '(NetResource, Password=None, UserName=None, Flags=0)'
WNetAddConnection3.__text_signature__ = '(HwndOwner, NetResource, Password=None, UserName=None, Flags=0)'
WNetCancelConnection2.__text_signature__ = '(name, flags, force, /)'
WNetCloseEnum.__text_signature__ = '(handle, /)'
WNetEnumResource.__text_signature__ = '(handle, maxExtries=64, /)'
WNetGetConnection.__text_signature__ = '(connection=None, /)'
WNetGetLastError.__text_signature__ = '()'
WNetGetUniversalName.__text_signature__ = '(localPath, infoLevel=1, /)'
WNetGetResourceInformation.__text_signature__ = '(NetResource, /)'
WNetGetResourceParent.__text_signature__ = '(NetResource, /)'
WNetGetUser.__text_signature__ = '(connection=None, /)'
WNetOpenEnum.__text_signature__ = '(scope, type, usage, resource, /)'
