"""The runtime adapter: the only module that knows Jython from GraalPy.

Everything runtime-specific lives here: how a Java class is obtained, how Java strings,
longs, byte arrays and exceptions come back into Python. The rest of python-lib is plain
Python 2.7/3 code that calls these helpers.

Callbacks need no helper: a plain Python callable passed where a Java method expects a
functional interface (e.g. ras.RasDialFunc1, java.util.function.*) is converted by both engines,
and Java may call it from any thread, during the Java call or later while Python runs on
(src/test/java/org/pywin32jvm/runtime/CrossThreadCallbackTest.java). Arguments arrive as Java
values: pass strings through s() and longs through int(). An exception the callable raises
reaches the Java caller as a RuntimeException carrying the Python message.
"""
import sys

IS_JYTHON = sys.platform.startswith('java')
PY2 = sys.version_info[0] == 2

if IS_JYTHON:
    from java.lang import Class as _Class
    from org.python.core import Py as _Py

    def jclass(name):
        """The Java class `name`, callable and with its static members."""
        return _Py.java2py(_Class.forName(name))

    def s(value):
        """A Java String as pywin32 on Python 2 gives it: str when ASCII, else unicode; None stays."""
        if value is None:
            return None
        value = unicode(value)
        try:
            return value.encode('ascii')
        except UnicodeError:
            return value

    def to_bytes(jbytes):
        """A Java byte[] as a Python byte string."""
        if jbytes is None:
            return None
        return jbytes.tostring()

    def from_bytes(data):
        """Python bytes/bytearray/memoryview -> Java byte[] (bytes >= 0x80 become negative Java bytes)."""
        from org.python.core.util import StringUtil
        if isinstance(data, memoryview):
            data = data.tobytes()
        return StringUtil.toBytes(str(data) if isinstance(data, bytearray) else data)

    text_types = (str, unicode)
    int_types = (int, long)
else:
    import java as _java

    def jclass(name):
        """The Java class `name`, callable and with its static members."""
        return _java.type(name)

    def s(value):
        """A Java String as a Python str (host strings already arrive as str)."""
        return value if value is None else str(value)

    def to_bytes(jbytes):
        """A Java byte[] (a foreign list of signed ints) as Python bytes."""
        if jbytes is None:
            return None
        return bytes(bytearray([b & 0xff for b in jbytes]))

    _ByteArray = None

    def from_bytes(data):
        """Python bytes/bytearray/memoryview -> Java byte[]."""
        global _ByteArray
        if _ByteArray is None:
            _ByteArray = _java.type('byte[]')
        raw = bytes(data)
        out = _ByteArray(len(raw))
        for i, b in enumerate(bytearray(raw)):
            out[i] = b - 256 if b > 127 else b
        return out

    text_types = (str,)
    int_types = (int,)


Win32Exception = jclass('org.pywin32jvm.win32.Win32Exception')
_Backends = jclass('org.pywin32jvm.runtime.Backends')


_SettingException = jclass('org.pywin32jvm.config.SettingException')


class SettingError(ValueError):
    """A pywin32-jvm setting (system property or environment variable) with a value that cannot be used.

    The message names the setting, the bad value and the accepted values; fix the setting and call again.
    """


def setting_error(java_exc):
    """SettingError built from a Java SettingException (raise it outside the except block)."""
    return SettingError(s(java_exc.getMessage()))


def backend(area):
    """The Java backend object for an area: 'wnet', 'ras' or 'netbios' (chosen once per JVM).

    A bad setting raises SettingError (a ValueError) each time until the setting is fixed.
    """
    try:
        return getattr(_Backends, area)()
    except _SettingException as e:
        err = setting_error(e)
    raise err


_Interrupts = None


def error(java_exc):
    """pywintypes.error built from a Java Win32Exception (raise it outside the except block).

    KeyboardInterrupt instead when Ctrl-C on the command line woke the call that failed (CPython
    raises it once the call returns; see org.pywin32jvm.runtime.Interrupts).
    """
    global _Interrupts
    if _Interrupts is None:     # loaded on the first error only: nothing more at start-up
        _Interrupts = jclass('org.pywin32jvm.runtime.Interrupts')
    if _Interrupts.takeWokenCall():
        return KeyboardInterrupt()
    import pywintypes
    return pywintypes.error(int(java_exc.winerror), s(java_exc.funcname), s(java_exc.strerror))


def jlong(value):
    """A Java long (Jython gives 'long') as a plain Python int where it fits."""
    return int(value)
