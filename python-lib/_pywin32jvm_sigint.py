"""Ctrl-C on the command line: KeyboardInterrupt in the main thread, as in CPython.

Apart from the console so that a script run from the command line pays only for this: it imports
neither `code` nor `traceback`, nor Jython's `signal` module (which imports threading); GraalPy's
`_signal` is built in (its `signal` wrapper would import enum).
"""
import sys as _sys

import _jvm

_Interrupts = _jvm.jclass('org.pywin32jvm.runtime.Interrupts')


def install():
    """Ctrl-C while Python runs raises KeyboardInterrupt in the main thread."""
    if _jvm.IS_JYTHON:
        _Interrupts.onSigint(_jython_interrupter())
    else:
        import _signal
        _signal.signal(_signal.SIGINT, _graalpy_interrupt)
    # a Java call blocked in a wait is woken too (org.pywin32jvm.runtime.Interrupts)
    _Interrupts.wakeBlockedCalls()


def _graalpy_interrupt(signum, frame):
    # GraalPy runs the handler in the main thread between bytecodes
    if _Interrupts.handlerShouldRaise():
        raise KeyboardInterrupt


def _jython_interrupter():
    """Jython would run a signal handler on a thread of its own: reach into the main thread.

    The main thread's frames get a one-shot trace function that raises KeyboardInterrupt at the
    next line (a busy loop, or the line after a blocked call that Interrupts woke).
    """
    import thread    # Jython's is built in; its ident is the key of sys._current_frames()
    ident = thread.get_ident()

    def handler():
        pending = [True]

        def trace(frame, event, arg):
            if pending[0]:
                pending[0] = False
                if _Interrupts.handlerShouldRaise():
                    raise KeyboardInterrupt
            return None

        frame = _sys._current_frames().get(ident)
        # the program's frames only: the runner's and the console's own must not raise it
        while frame is not None and not _is_runner(frame.f_code):
            frame.f_trace = trace
            frame = frame.f_back
    return handler


def _is_runner(code):
    # the command line's and the console's frames; python-lib's helpers (the file hooks of
    # _pywin32jvm_jyfiles, a call blocked in them) are the program's and are armed too
    name = code.co_filename
    return '_pywin32jvm_main' in name or '_pywin32jvm_console' in name or code.co_name == 'runcode'
