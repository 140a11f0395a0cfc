"""pywintypes: the types shared by every module: error, PyHANDLE/HANDLE and Time.

error       the exception every module function raises for a Win32 failure.
com_error   pywin32's COM exception (defined for scripts that name it; nothing raises it).
PyHANDLE    a Win32 handle object (HANDLE() makes one, HANDLEType is the type).
Time        pywin32's time object (a datetime subclass), as file times come back.
"""
import sys as _sys


class error(Exception):
    """error(winerror, funcname, strerror)

    The exception raised when a Win32 call fails (win32wnet.error, win32ras.error, ... are this
    class). Its args are a 3-tuple, also readable by name:
      winerror  the Win32 error code (an int, e.g. 5 for ERROR_ACCESS_DENIED; see winerror),
      funcname  the name of the API function that failed (e.g. 'WNetAddConnection2'),
      strerror  the system's text for the code.
    Catch it with `except pywintypes.error as e:` and test e.winerror.
    """

    def __init__(self, *args, **kw):
        nargs = len(args)
        self.winerror = args[0] if nargs > 0 else None
        self.funcname = args[1] if nargs > 1 else None
        self.strerror = args[2] if nargs > 2 else None
        Exception.__init__(self, *args, **kw)


class com_error(Exception):
    """com_error(hresult, strerror, excepinfo, argerror)

    pywin32's exception for failed COM calls. It is defined so that scripts naming it in an
    `except` clause still import; nothing in this product raises it (there is no COM).
    """


def _bad_operand(*args):
    raise TypeError("bad operand type")


class PyHANDLE(object):
    """PyHANDLE(value=0)

    A Win32 handle (the type of pywintypes.HANDLE(), CreateEvent(), WNetOpenEnum(), ...).
    int(h) or h.handle gives the value; a handle is true when non-zero and compares equal to
    its int value; arithmetic on it raises TypeError, as in pywin32.
    Close() releases what it refers to and sets it to 0; Detach() gives the value up without
    closing it. value: an int, None (0) or another PyHANDLE.

    Subsystems create handles that close themselves their own way (e.g. WNetOpenEnum's
    enumeration handle) with `PyHANDLE._make(value, closer, typename)`; their Python type is
    still named PyHANDLE, as in pywin32. A plain PyHANDLE owns nothing, so it has no __del__
    (a finalizer makes every handle several times dearer to create on both engines).
    """
    # `handle` is a slot, so reading h.handle runs no Python code; __setattr__ keeps it read-only
    __slots__ = ('handle', '__weakref__')
    _typename = 'PyHANDLE'
    _closer = None

    def __init__(self, value=0):
        # fast path: an int that already fits a signed pointer
        if type(value) is int and (_INT_IS_PTR or _MIN_PTR <= value <= _MAX_PTR):
            _set_handle(self, value)
        else:
            _set_handle(self, _handle_value(value))

    @classmethod
    def _make(cls, value, closer, typename, token=None):
        """A handle closed by closer(value); token: a Java Reclaimer.Token freeing it if never closed."""
        h = _ClosingHANDLE(value)
        h._closer = closer
        h._typename = typename
        h._token = token
        return h

    def __setattr__(self, name, value):
        if name == 'handle':
            raise AttributeError("attribute 'handle' of 'PyHANDLE' objects is not writable")
        object.__setattr__(self, name, value)

    @property
    def _value(self):
        """The value (the name python-lib used before `handle` became the slot)."""
        return self.handle

    def Close(self):
        """Close()

        Closes the handle (for a handle made by a module function, the way that module closes it)
        and sets its value to 0. Closing a 0 handle does nothing.
        """
        value = self.handle
        if value and self._closer is not None:
            try:
                self._closer(value)
            finally:
                token = getattr(self, '_token', None)
                if token is not None:
                    token.disarm()
        _set_handle(self, 0)

    close = Close

    def Detach(self):
        """Detach() -> int

        Gives up the handle: returns its value and sets the object to 0 without closing it, so
        the caller owns the underlying handle from then on.
        """
        value = self.handle
        _set_handle(self, 0)
        return value

    def __int__(self):
        return self.handle

    def __long__(self):
        return self.handle

    def __bool__(self):
        return self.handle != 0

    __nonzero__ = __bool__

    def __eq__(self, other):
        if isinstance(other, PyHANDLE):
            return self.handle == other.handle
        if isinstance(other, _INT_TYPES) and not isinstance(other, bool):
            return self.handle == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        return '<%s:%d>' % (self._typename, self.handle)

    __str__ = __repr__

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


class _ClosingHANDLE(PyHANDLE):
    """A handle with its own closer (PyHANDLE._make): closed when collected, as in pywin32.

    Collection is seen through `_token` (a Java Reclaimer.Token) on both engines, not __del__: GraalPy does not
    run __del__ reliably, and a finalizer makes every handle dearer. Detach() disarms it (the value is given away).
    """
    __slots__ = ('_closer', '_typename', '_token')

    def Detach(self):
        """Detach() -> int

        Gives up the handle without closing it (see PyHANDLE.Detach); it is then no longer closed when collected.
        """
        token = self._token
        if token is not None:
            token.disarm()
        return PyHANDLE.Detach(self)


_ClosingHANDLE.__name__ = 'PyHANDLE'
_set_handle = PyHANDLE.__dict__['handle'].__set__

try:
    _INT_TYPES = (int, long)
except NameError:
    _INT_TYPES = (int,)

_MIN_PTR = -(1 << 63)
_MAX_PTR = (1 << 63) - 1
_MAX_UPTR = (1 << 64) - 1
# Python 2's int is a C long, never wider than a pointer: the range check is for Python 3 only
_INT_IS_PTR = _sys.version_info[0] < 3


def _handle_value(ob):
    """PyWinObject_AsHANDLE: None -> 0, PyHANDLE -> its value, else PyNumber_Long at pointer width."""
    if ob is None:
        return 0
    if type(ob) is PyHANDLE or type(ob) is _ClosingHANDLE:
        return ob.handle
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
    """HANDLE(value=0) -> PyHANDLE

    A PyHANDLE holding value: an int (at most pointer width), None for 0, or a PyHANDLE
    (whose value is copied). It owns nothing: Close() on it only sets it to 0.
    """
    try:
        value, = args
    except ValueError:
        value = _NOARG      # the error outside the except clause: Python 3 would chain it to this one
    if value is _NOARG:
        if args:
            raise TypeError("HANDLE() takes at most 1 argument (%d given)" % len(args))
        return PyHANDLE(0)
    # hot path without the __init__ frame (GraalPy interprets every Python call)
    h = _new_object(PyHANDLE)
    # a 32-bit int is stored as it is, a wider one checked by _handle_value (literal bounds: interpreted
    # GraalPy loads globals and compares 64-bit ones much slower)
    if type(value) is int and (_INT_IS_PTR or -2147483648 <= value <= 2147483647):
        _set_handle(h, value)
    else:
        _set_handle(h, _handle_value(value))
    return h


HANDLE.__text_signature__ = '(value=0, /)'     # for inspect.signature()/help() on Python 3
HANDLEType = PyHANDLE
_new_object = object.__new__
_NOARG = object()


def Time(timeRepr):
    """Time(timeRepr) -> pywintypes.datetime

    pywintypes' time object (a datetime.datetime subclass with pywin32's Format(fmt) method).
    timeRepr: a datetime (its fields and tzinfo are kept), a time tuple as time.localtime()
    gives, or seconds since the epoch (an int or float, read as local time).
    """
    import _pywintime
    return _pywintime.Time(timeRepr)
