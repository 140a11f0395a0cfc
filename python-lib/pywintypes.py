"""pywintypes: the error class and the PyHANDLE type shared by win32ras and win32wnet."""


class error(Exception):
    """pywintypes.error: args are (winerror, funcname, strerror)."""

    def __init__(self, *args, **kw):
        nargs = len(args)
        self.winerror = args[0] if nargs > 0 else None
        self.funcname = args[1] if nargs > 1 else None
        self.strerror = args[2] if nargs > 2 else None
        Exception.__init__(self, *args, **kw)


class com_error(Exception):
    """pywintypes.com_error exists in pywin32; nothing here raises it."""


def _bad_operand(*args):
    raise TypeError("bad operand type")


class PyHANDLE(object):
    """A Win32 handle: int() gives the value, Close() releases it, Detach() gives it up.

    Subsystems create handles that close themselves their own way (e.g. WNetOpenEnum's
    enumeration handle) through the private `_closer` and `_typename` slots; their Python
    type is still PyHANDLE, as in pywin32.
    """
    __slots__ = ('_value', '_closer', '_typename', '__weakref__')

    def __init__(self, value=0):
        self._value = _handle_value(value)
        self._closer = None
        self._typename = 'PyHANDLE'

    @classmethod
    def _make(cls, value, closer, typename):
        h = cls(value)
        h._closer = closer
        h._typename = typename
        return h

    @property
    def handle(self):
        return self._value

    def Close(self):
        value = self._value
        if value and self._closer is not None:
            self._closer(value)
        self._value = 0

    close = Close

    def Detach(self):
        value = self._value
        self._value = 0
        return value

    def __int__(self):
        return self._value

    def __long__(self):
        return self._value

    def __bool__(self):
        return self._value != 0

    __nonzero__ = __bool__

    def __eq__(self, other):
        if isinstance(other, PyHANDLE):
            return self._value == other._value
        if isinstance(other, _INT_TYPES) and not isinstance(other, bool):
            return self._value == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        return '<%s:%d>' % (self._typename, self._value)

    __str__ = __repr__

    def __del__(self):
        try:
            self.Close()
        except Exception:
            pass

    __add__ = __radd__ = __iadd__ = _bad_operand
    __sub__ = __rsub__ = __isub__ = _bad_operand
    __mul__ = __rmul__ = __imul__ = _bad_operand
    __mod__ = __rmod__ = __imod__ = _bad_operand
    __divmod__ = __rdivmod__ = _bad_operand
    __pow__ = __rpow__ = __ipow__ = _bad_operand
    __lshift__ = __rlshift__ = __ilshift__ = _bad_operand
    __rshift__ = __rrshift__ = __irshift__ = _bad_operand
    __and__ = __rand__ = __iand__ = _bad_operand
    __xor__ = __rxor__ = __ixor__ = _bad_operand
    __or__ = __ror__ = __ior__ = _bad_operand
    __neg__ = __pos__ = __invert__ = __abs__ = _bad_operand
    __float__ = _bad_operand


try:
    _INT_TYPES = (int, long)
except NameError:
    _INT_TYPES = (int,)

_MIN_PTR = -(1 << 63)
_MAX_UPTR = (1 << 64) - 1


def _handle_value(ob):
    """PyWinObject_AsHANDLE: None -> 0, PyHANDLE -> its value, else PyNumber_Long at pointer width."""
    if ob is None:
        return 0
    if type(ob) is PyHANDLE:
        return ob._value
    try:
        value = int(ob)
    except (TypeError, ValueError):
        raise TypeError("The object is not a PyHANDLE object")
    if value < _MIN_PTR or value > _MAX_UPTR:
        raise OverflowError("Python int too large to convert to C pointer")
    if value > (1 << 63) - 1:
        value -= 1 << 64          # signed first, then unsigned: keep the pointer's bit pattern
    return int(value)


def HANDLE(*args):
    """pywintypes.HANDLE(value=0) -> PyHANDLE."""
    if len(args) > 1:
        raise TypeError("HANDLE() takes at most 1 argument (%d given)" % len(args))
    return PyHANDLE(args[0] if args else 0)


HANDLEType = PyHANDLE
