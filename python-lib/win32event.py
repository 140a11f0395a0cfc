"""win32event (subset): the event objects RAS scripts wait on while callbacks arrive.

CreateEvent / SetEvent / ResetEvent / WaitForSingleObject on a Java event object, so a wait in
one thread (Python or Java) is released by a SetEvent from any other, under both engines.
"""
import threading as _threading

import _jvm
import _winargs
import pywintypes as _pywintypes

INFINITE = 0xFFFFFFFF
WAIT_OBJECT_0 = 0
WAIT_ABANDONED = 0x80
WAIT_TIMEOUT = 0x102
WAIT_FAILED = 0xFFFFFFFF

_Event = _jvm.jclass('org.pywin32jvm.win32.Event')
_Win32Exception = _jvm.Win32Exception
_ERROR_INVALID_HANDLE = 6

_lock = _threading.Lock()
_events = {}          # handle value -> Java Event
_named = {}           # name -> handle value (CreateEvent of an existing name opens it)
_next = [0x1000]


def _close(value):
    with _lock:
        ev = _events.pop(value, None)
        for name, v in list(_named.items()):
            if v == value:
                del _named[name]
    if ev is None:
        raise _invalid('CloseHandle')


def _invalid(funcname):
    return _pywintypes.error(_ERROR_INVALID_HANDLE, funcname, _jvm.s(_Win32Exception(_ERROR_INVALID_HANDLE, funcname).strerror))


def _event(h, funcname):
    value = _winargs.as_handle(h)
    ev = _events.get(value)
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
    with _lock:
        if name is not None and name in _named:
            value = _named[name]
        else:
            value = _next[0]
            _next[0] += 4
            _events[value] = _Event(manual != 0, initial != 0)
            if name is not None:
                _named[name] = value
    return _pywintypes.PyHANDLE._make(value, _close, 'PyHANDLE')


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
