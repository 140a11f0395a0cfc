"""pywin32's argument rules, once, for every module of the face.

Each helper mirrors one C converter: PyArg_ParseTuple formats ("i", "k", "s", "z") and pywin32's
own PyWinObject_As* functions, raising the exception type (and, for pywin32's fixed texts, the
message) that pywin32 raises.
"""
import sys

from pywintypes import _handle_value

PY2 = sys.version_info[0] == 2
if PY2:
    _TEXT = (str, unicode)      # noqa: F821 (Python 2 only)
    _INT = (int, long)          # noqa: F821
else:
    _TEXT = (str,)
    _INT = (int,)

_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1


def type_name(ob):
    """The tp_name pywin32 puts into its messages."""
    name = type(ob).__name__
    if PY2 and name == 'str':
        return 'bytes'
    return name


def no_keywords(name, kwargs):
    """METH_VARARGS functions refuse any keyword."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


def arity(name, args, least, most):
    """The argument count rule of a PyArg_ParseTuple format."""
    n = len(args)
    if least <= n <= most:
        return
    if least == most:
        raise TypeError("%s() takes exactly %d argument%s (%d given)" % (name, least, '' if least == 1 else 's', n))
    if n < least:
        raise TypeError("%s() takes at least %d argument%s (%d given)" % (name, least, '' if least == 1 else 's', n))
    raise TypeError("%s() takes at most %d argument%s (%d given)" % (name, most, '' if most == 1 else 's', n))


def as_int(ob):
    """Format "i": an int in C int range; floats are TypeError, out of range OverflowError."""
    if not isinstance(ob, _INT):
        if isinstance(ob, float) or not hasattr(ob, '__index__'):
            raise TypeError("an integer is required (got type %s)" % type_name(ob))
        ob = ob.__index__()
    if ob > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if ob < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return int(ob)


def as_long(ob):
    """PyLong_AsLong with Windows' 32-bit C long (structmember T_INT/T_LONG stores, attribute setters):
    an int (or __index__) is required, outside -2**31..2**31-1 is an OverflowError."""
    if not isinstance(ob, _INT):
        if isinstance(ob, float) or not hasattr(ob, '__index__'):
            raise TypeError("an integer is required (got type %s)" % type_name(ob))
        ob = ob.__index__()
    if ob < _INT_MIN or ob > _INT_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return int(ob)


def as_ulong(ob):
    """Format "k": an int, masked to 32 bits (a Windows unsigned long); never OverflowError."""
    if not isinstance(ob, _INT):
        raise TypeError("an integer is required (got type %s)" % type_name(ob))
    return int(ob & 0xFFFFFFFF)


def as_dword_signed(ob):
    """A DWORD passed to Java as its 32-bit pattern in a signed int."""
    value = as_ulong(ob)
    return value - (1 << 32) if value > _INT_MAX else value


def as_wstr(ob, none_ok=False):
    """PyWinObject_AsWCHAR: str only (embedded NULs allowed); None only where pywin32 says 'None OK'."""
    if ob is None:
        if none_ok:
            return None
        raise TypeError("None is not a valid string in this context")
    if isinstance(ob, _TEXT):
        if not PY2 and not ob.isascii():
            _no_surrogates(ob)
        return ob
    raise TypeError("Objects of type '%s' can not be converted to Unicode." % type_name(ob))


_SURROGATE = None


def _no_surrogates(ob, codec='utf-16-le'):
    """A lone surrogate cannot become a Windows wide string: UnicodeEncodeError, as encoding the text to
    UTF-16 does (the JVM would otherwise carry it on into a file name or a protocol field)."""
    global _SURROGATE
    if _SURROGATE is None:
        import re
        _SURROGATE = re.compile('[' + chr(0xD800) + '-' + chr(0xDFFF) + ']')   # Python 3 only; Jython cannot parse the literal
    m = _SURROGATE.search(ob)
    if m is not None:
        raise UnicodeEncodeError(codec, ob, m.start(), m.start() + 1, 'surrogates not allowed')


def as_utf8_str(ob, none_ok=False):
    """Formats "s"/"z": a str (None for "z"); an embedded NUL is a ValueError."""
    if ob is None:
        if none_ok:
            return None
        raise TypeError("argument must be str, not None")
    if not isinstance(ob, _TEXT):
        raise TypeError("argument must be str, not %s" % type_name(ob))
    if not PY2 and not ob.isascii():
        _no_surrogates(ob, 'utf-8')        # format "s" encodes to UTF-8: CPython refuses a lone surrogate
    if u'\0' in ob:
        raise ValueError("embedded null character")
    return ob


def as_handle(ob):
    """PyWinObject_AsHANDLE: None, a PyHANDLE, or anything int() accepts, at pointer width."""
    return _handle_value(ob)
