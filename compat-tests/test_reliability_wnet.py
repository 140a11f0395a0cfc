"""Issue 13, items 9 and 10, against the Samba fixture: an empty user name is no user (as Windows treats it), and
the default guest policy is Windows 10/11's (a guest session handed out for given credentials is refused, 1272)."""
import unittest

import pywintypes
import win32netcon
import win32wnet
from _support import SmbCase


class EmptyUserTests(SmbCase):
    def test_empty_user_and_password_connect_as_none_does(self):
        for user, password in ((None, None), ("", ""), ("", None)):
            win32wnet.WNetAddConnection2(win32netcon.RESOURCETYPE_DISK, None, self.server + "\\public", None, user, password, 0)
            self.mapped.append(self.server + "\\public")
            win32wnet.WNetCancelConnection2(self.server + "\\public", 0, 1)
        win32wnet.WNetAddConnection2(self.nr("Q:", "public"), "", "")
        self.mapped.append("Q:")
        self.assertEqual(win32wnet.WNetGetConnection("Q:"), self.server + "\\public")

    def test_default_guest_policy_refuses_guest_for_given_credentials(self):
        self.assertWinError(1272, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            self.nr("G:", "public"), "some-password", "nosuchuser")


if __name__ == '__main__':
    unittest.main()
