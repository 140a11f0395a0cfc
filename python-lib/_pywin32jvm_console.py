"""The interactive console and Ctrl-C, the same on both engines.

Lines come from org.pywin32jvm.runtime.LineConsole (JLine 3: editing, history, completion) when
stdin is a terminal, else from plain input. Ctrl-C raises KeyboardInterrupt: at the prompt
(JLine reports it) and while a statement runs (SIGINT, see _pywin32jvm_sigint).
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
