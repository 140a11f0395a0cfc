"""The interactive console and Ctrl-C, the same on both engines.

Lines come from org.pywin32jvm.runtime.LineConsole (JLine 3: editing, history, completion) when
stdin is a terminal, else from plain input. Ctrl-C raises KeyboardInterrupt: at the prompt
(JLine reports it) and while a statement runs (SIGINT, see install_sigint).
"""
from __future__ import print_function

import code as _code
import sys as _sys

import _jvm
import _pywin32jvm_traceback

try:
    _input = raw_input
except NameError:
    _input = input


class Console(_code.InteractiveConsole):
    """code.InteractiveConsole reading through JLine, with readable tracebacks."""

    def __init__(self, namespace, compile_fn):
        _code.InteractiveConsole.__init__(self, namespace)
        self.compile = compile_fn(self.compile)
        self._lines = _jvm.jclass('org.pywin32jvm.runtime.LineConsole').open(_completer(namespace))

    def raw_input(self, prompt=''):
        if self._lines is None:
            return _input(prompt)
        line = self._lines.readLine(prompt)
        if line is None:
            if self._lines.wasInterrupted():
                raise KeyboardInterrupt
            raise EOFError
        return _jvm.s(line)

    def close(self):
        if self._lines is not None:
            self._lines.close()
            self._lines = None

    def showtraceback(self):
        etype, value, tb = _sys.exc_info()
        _sys.last_type, _sys.last_value, _sys.last_traceback = etype, value, tb
        # drop the console's own frame, as CPython's console does
        if tb is not None:
            tb = tb.tb_next
        _pywin32jvm_traceback.print_exception(etype, value, tb)

    def showsyntaxerror(self, filename=None, **kw):
        etype, value, tb = _sys.exc_info()
        _sys.last_type, _sys.last_value, _sys.last_traceback = etype, value, tb
        _pywin32jvm_traceback.print_exception(etype, value, None)


def _completer(namespace):
    """Names and attributes for the text before the cursor (Python's rlcompleter), one per line.

    A plain function: both engines turn it into LineConsole.Completions (Jython only functions).
    """
    import rlcompleter
    inner = rlcompleter.Completer(namespace)

    def complete(text):
        text = _jvm.s(text)
        matches = []
        state = 0
        while state < 500:
            m = inner.complete(text, state)
            if m is None:
                break
            if m not in matches:
                matches.append(m)
            state += 1
        return '\n'.join(matches)
    return complete


def install_sigint():
    """Ctrl-C while Python runs raises KeyboardInterrupt in the main thread, as in CPython."""
    import signal
    if _jvm.IS_JYTHON:
        signal.signal(signal.SIGINT, _jython_interrupter())
    else:
        signal.signal(signal.SIGINT, _graalpy_interrupt)
    # a Java call blocked in a wait is woken too (org.pywin32jvm.runtime.Interrupts)
    _jvm.jclass('org.pywin32jvm.runtime.Interrupts').wakeBlockedCalls()


_Thread = _jvm.jclass('java.lang.Thread')


def _graalpy_interrupt(signum, frame):
    # GraalPy runs the handler in the main thread between bytecodes
    _Thread.interrupted()    # the interrupt that woke a blocked call is spent
    raise KeyboardInterrupt


def _jython_interrupter():
    """Jython runs signal handlers on a thread of their own: reach into the main thread.

    The main thread's frames get a one-shot trace function that raises KeyboardInterrupt at the
    next line (a busy loop, or the line after a blocked call that Interrupts woke).
    """
    import threading
    ident = threading.current_thread().ident

    def handler(signum, frame):
        pending = [True]

        def trace(frame, event, arg):
            if pending[0]:
                pending[0] = False
                _Thread.interrupted()    # the interrupt that woke a blocked call is spent
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

