"""Helpers shared by the compat-tests files (not a test file itself)."""
import os
import sys
import unittest

PY2 = sys.version_info[0] == 2
IS_JYTHON = sys.platform.startswith('java')


def fixture(name):
    """A setting published by scripts/fixtures/*.sh. Missing: skip, or fail under scripts/test.sh."""
    value = os.environ.get(name)
    if value:
        return value
    msg = "fixture setting %s is not set (run scripts/test.sh)" % name
    if os.environ.get('PYWIN32JVM_REQUIRE_FIXTURES') == '1':
        raise AssertionError(msg)
    raise unittest.SkipTest(msg)


class Case(unittest.TestCase):
    """unittest.TestCase plus the checks pywin32's fixed messages need."""

    def assertRaisesMsg(self, exc_type, message, fn, *args, **kw):
        """fn(*args, **kw) raises exc_type whose str() is exactly message."""
        try:
            fn(*args, **kw)
        except exc_type as e:
            self.assertEqual(str(e), message)
            return e
        self.fail("%s not raised" % exc_type.__name__)

    def assertWinError(self, code, funcname, fn, *args, **kw):
        """fn raises pywintypes.error with this winerror and funcname (and a non-empty strerror)."""
        import pywintypes
        try:
            fn(*args, **kw)
        except pywintypes.error as e:
            self.assertEqual((e.winerror, e.funcname), (code, funcname), repr(e.args))
            self.assertTrue(e.strerror)
            return e
        self.fail("pywintypes.error(%d, %r) not raised" % (code, funcname))
