"""The plumbing win32api and win32net share: a lazily chosen Java backend called by method name, with
Win32Exception turned into pywintypes.error, and the C view of a str."""
import _jvm

_Win32Exception = _jvm.Win32Exception


class Backend(object):
    """The backend a static Java `getter` class returns from get(), fetched on first use."""

    def __init__(self, class_name):
        self._class_name = class_name
        self._api = None

    def call(self, method, *args):
        """Calls a backend method by name; a Win32Exception becomes pywintypes.error."""
        try:
            if self._api is None:
                self._api = _jvm.jclass(self._class_name).get()
            return getattr(self._api, method)(*args)
        except _Win32Exception as e:
            err = _jvm.error(e)
        raise err


def fail(code, funcname):
    """pywintypes.error(code, funcname, system text); the thread's last error becomes code."""
    return _jvm.error(_Win32Exception(code, funcname))


def cut(text):
    """A Python str as the wide C API sees it: up to the first NUL (None stays None)."""
    if text is None:
        return None
    at = text.find(u'\0')
    return text if at < 0 else text[:at]
