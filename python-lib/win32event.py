"""win32event (subset): the event objects RAS scripts wait on while callbacks arrive.

CreateEvent / SetEvent / ResetEvent / WaitForSingleObject on a Java event object, so a wait in
one thread (Python or Java) is released by a SetEvent from any other, under both engines.

Constants: INFINITE (wait without a time limit) and the results of WaitForSingleObject,
WAIT_OBJECT_0 (signalled), WAIT_TIMEOUT, WAIT_ABANDONED and WAIT_FAILED.
Close an event with win32api.CloseHandle(h) or h.Close().
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
    """CreateEvent(sa, bManualReset, bInitialState, name) -> PyHANDLE

    Creates an event object and returns its handle.
    sa: security attributes, ignored here (pass None).
    bManualReset: true for an event that stays signalled until ResetEvent; false for one that
      is cleared again as soon as one waiter is released.
    bInitialState: true to create it already signalled.
    name: a name for the event, or None for an unnamed one.
    The event is freed by CloseHandle/Close(), or when its handle is collected.
    """
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

    Signals an event made by CreateEvent, releasing its waiters (one waiter for an auto-reset
    event). handle: the event's PyHANDLE or its int value.
    """
    _winargs.no_keywords('SetEvent', kw)
    _winargs.arity('SetEvent', args, 1, 1)
    _event(args[0], 'SetEvent').set()


def ResetEvent(*args, **kw):
    """ResetEvent(handle)

    Clears the signal of an event made by CreateEvent, so later waits block again.
    handle: the event's PyHANDLE or its int value.
    """
    _winargs.no_keywords('ResetEvent', kw)
    _winargs.arity('ResetEvent', args, 1, 1)
    _event(args[0], 'ResetEvent').reset()


def WaitForSingleObject(*args, **kw):
    """WaitForSingleObject(handle, milliseconds) -> int

    Waits until the event is signalled or the time runs out; returns WAIT_OBJECT_0 when it was
    signalled (clearing an auto-reset event) and WAIT_TIMEOUT when the time ran out.
    handle: an event from CreateEvent. milliseconds: how long to wait at most; 0 only tests the
    state, INFINITE waits without limit. A handle that is not an open event raises
    pywintypes.error (ERROR_INVALID_HANDLE).
    """
    _winargs.no_keywords('WaitForSingleObject', kw)
    _winargs.arity('WaitForSingleObject', args, 2, 2)
    ev = _event(args[0], 'WaitForSingleObject')
    ms = _winargs.as_ulong(args[1])
    return int(ev.waitFor(ms))


# inspect.signature() and help() read these on Python 3: pywin32's parameters instead of (*args, **kw).
# test_docstrings checks that they match the docstrings' first lines.
CreateEvent.__text_signature__ = '(sa, bManualReset, bInitialState, name, /)'
ResetEvent.__text_signature__ = '(handle, /)'
SetEvent.__text_signature__ = '(handle, /)'
WaitForSingleObject.__text_signature__ = '(handle, milliseconds, /)'
