"""win32event (subset): the event objects RAS scripts wait on while callbacks arrive.

CreateEvent / SetEvent / ResetEvent / WaitForSingleObject on a Java event object, so a wait in
one thread (Python or Java) is released by a SetEvent from any other, under both engines.
"""
import _jvm
import _winargs
import pywintypes as _pywintypes

INFINITE = 0xFFFFFFFF
WAIT_OBJECT_0 = 0
WAIT_ABANDONED = 0x80
WAIT_TIMEOUT = 0x102
WAIT_FAILED = 0xFFFFFFFF

_Win32Exception = _jvm.Win32Exception
_ERROR_INVALID_HANDLE = 6

_EventTable = _jvm.jclass('org.pywin32jvm.win32.EventTable')
_table_get = _EventTable.get


def _close(value):
    if not _EventTable.close(value):
        raise _invalid('CloseHandle')


def _invalid(funcname):
    return _pywintypes.error(_ERROR_INVALID_HANDLE, funcname, _jvm.s(_Win32Exception(_ERROR_INVALID_HANDLE, funcname).strerror))


def _event(h, funcname):
    ev = _table_get(_winargs.as_handle(h))
    if ev is None:
        raise _invalid(funcname)
    return ev


def CreateEvent(*args, **kw):
    """CreateEvent(sa, bManualReset, bInitialState, name) -> PyHANDLE"""
    _winargs.no_keywords('CreateEvent', kw)
    _winargs.arity('CreateEvent', args, 4, 4)
    sa, manual, initial, name = args
    manual = _winargs.as_int(manual)
    initial = _winargs.as_int(initial)
    name = _winargs.as_wstr(name, True)
    # the events live in Java (EventTable), so one the script never closes is freed when its handle is collected
    value = int(_EventTable.create(manual != 0, initial != 0, name))
    return _pywintypes.PyHANDLE._make(value, _close, 'PyHANDLE', _EventTable.token(value))


def SetEvent(*args, **kw):
    """SetEvent(handle)

    Signals an event made by CreateEvent.
    """
    _winargs.no_keywords('SetEvent', kw)
    _winargs.arity('SetEvent', args, 1, 1)
    _event(args[0], 'SetEvent').set()


def ResetEvent(*args, **kw):
    """ResetEvent(handle)

    Clears the signal of an event made by CreateEvent.
    """
    _winargs.no_keywords('ResetEvent', kw)
    _winargs.arity('ResetEvent', args, 1, 1)
    _event(args[0], 'ResetEvent').reset()


def WaitForSingleObject(*args, **kw):
    """WaitForSingleObject(handle, milliseconds) -> WAIT_OBJECT_0 or WAIT_TIMEOUT"""
    _winargs.no_keywords('WaitForSingleObject', kw)
    _winargs.arity('WaitForSingleObject', args, 2, 2)
    ev = _event(args[0], 'WaitForSingleObject')
    ms = _winargs.as_ulong(args[1])
    return int(ev.waitFor(ms))
