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


class SmbCase(Case):
    """A Case against the Samba fixture (scripts/fixtures/samba.sh): self.server ("\\\\TESTSRV"), the two accounts
    (self.user/self.password, self.user2/self.password2), nr() and map(). Every name in self.mapped (a drive or a
    remote name) is cancelled by tearDown, with cancel_flags (CONNECT_UPDATE_PROFILE also forgets it)."""
    cancel_flags = 0

    def setUp(self):
        self.server = "\\\\" + fixture('PYWIN32JVM_TEST_SMB_SERVER')
        self.user = fixture('PYWIN32JVM_TEST_SMB_USER')
        self.password = fixture('PYWIN32JVM_TEST_SMB_PASSWORD')
        self.user2 = fixture('PYWIN32JVM_TEST_SMB_USER2')
        self.password2 = fixture('PYWIN32JVM_TEST_SMB_PASSWORD2')
        self.mapped = []

    def tearDown(self):
        import pywintypes
        import win32wnet
        for name in reversed(self.mapped):
            try:
                win32wnet.WNetCancelConnection2(name, self.cancel_flags, 1)
            except pywintypes.error:
                pass

    def nr(self, local, share):
        """A disk NETRESOURCE for local (None: deviceless) and \\\\server\\share."""
        import win32netcon
        import win32wnet
        nr = win32wnet.NETRESOURCE()
        nr.dwType = win32netcon.RESOURCETYPE_DISK
        nr.lpLocalName = local
        nr.lpRemoteName = self.server + "\\" + share
        return nr

    def map(self, local, share, password=None, user=None, flags=0):
        """WNetAddConnection2 of nr(local, share); tearDown cancels it."""
        import win32wnet
        win32wnet.WNetAddConnection2(self.nr(local, share), password, user, flags)
        self.mapped.append(local or self.server + "\\" + share)
