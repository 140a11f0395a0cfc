"""win32wnet against the Samba fixture (scripts/fixtures/samba.sh): map with good and bad
credentials, map twice (1219), cancel, enumerate connected / remembered / global, universal names,
resource information and parent, the user of a connection."""
import unittest

import pywintypes
import win32api
import win32netcon
import win32wnet
from _support import SmbCase


class SmbTests(SmbCase):
    cancel_flags = win32netcon.CONNECT_UPDATE_PROFILE

    def enum(self, scope, rtype=0, container=None):
        h = win32wnet.WNetOpenEnum(scope, rtype, 0, container)
        out = []
        try:
            while True:
                items = win32wnet.WNetEnumResource(h, 2)
                if not items:
                    return out
                out.extend(items)
        finally:
            h.Close()

    def test_map_good_credentials_and_cancel(self):
        self.map("M:", "data", self.password, self.user)
        self.assertEqual(win32wnet.WNetGetConnection("M:"), self.server + "\\data")
        self.assertEqual(win32wnet.WNetGetUser("M:"), self.user)
        self.assertIn("M:\\\0", win32api.GetLogicalDriveStrings())
        win32wnet.WNetCancelConnection2("M:", 0, 0)
        self.assertWinError(2250, "WNetGetConnection", win32wnet.WNetGetConnection, "M:")

    def test_keyword_form_user_only_and_connection3(self):
        win32wnet.WNetAddConnection2(NetResource=self.nr("N:", "data"), UserName=self.user, Password=self.password)
        self.mapped.append("N:")
        win32wnet.WNetAddConnection3(0, self.nr("O:", "data"), self.password, self.user)
        self.mapped.append("O:")
        self.assertEqual(win32wnet.WNetGetUser("O:"), self.user)

    def test_legacy_form_with_user_then_password(self):
        win32wnet.WNetAddConnection2(1, "L:", self.server + "\\data", None, self.user, self.password)
        self.mapped.append("L:")
        self.assertEqual(win32wnet.WNetGetConnection("l:"), self.server + "\\data")

    def test_bad_password_is_1326_without_the_password(self):
        e = self.assertWinError(1326, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                                self.nr("K:", "data"), "Wr0ng-pass", self.user)
        self.assertNotIn("Wr0ng-pass", str(e) + repr(e.args))

    def test_no_such_share_is_67(self):
        self.assertWinError(67, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            self.nr(None, "nosuchshare"), self.password, self.user)

    def test_guest_cannot_reach_the_user_share(self):
        self.assertWinError(5, "WNetAddConnection2", win32wnet.WNetAddConnection2, self.nr("J:", "data"))

    def test_public_share_with_default_credentials(self):
        self.map("P:", "public")
        self.assertEqual(win32wnet.WNetGetConnection("P:"), self.server + "\\public")

    def test_encrypt_required_share(self):
        self.map("S:", "secure", self.password, self.user)
        self.assertEqual(win32wnet.WNetGetUniversalName("S:\\f"), self.server + "\\secure\\f")

    def test_map_twice_and_second_user_are_1219(self):
        self.map(None, "data", self.password, self.user)
        self.assertWinError(1219, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            self.nr(None, "data"), self.password, self.user)
        self.assertWinError(1219, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            self.nr(None, "other"), self.password2, self.user2)
        self.assertEqual(win32wnet.WNetGetUser(self.server + "\\data"), self.user)

    def test_local_name_in_use_is_85(self):
        self.map("R:", "data", self.password, self.user)
        self.assertWinError(85, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            self.nr("r:", "public"), self.password, self.user)

    def test_enumerate_connected_and_remembered(self):
        self.map("T:", "data", self.password, self.user, win32netcon.CONNECT_UPDATE_PROFILE)
        connected = [(i.lpLocalName, i.lpRemoteName, i.dwScope) for i in self.enum(win32netcon.RESOURCE_CONNECTED)]
        self.assertIn(("T:", self.server + "\\data", 1), connected)
        remembered = [(i.lpLocalName, i.lpRemoteName, i.dwScope) for i in self.enum(win32netcon.RESOURCE_REMEMBERED)]
        self.assertIn(("T:", self.server + "\\data", 3), remembered)
        win32wnet.WNetCancelConnection2("T:", win32netcon.CONNECT_UPDATE_PROFILE, 0)
        self.assertEqual([i for i in self.enum(win32netcon.RESOURCE_REMEMBERED) if i.lpLocalName == "T:"], [])

    def test_enumerate_global_network(self):
        root = self.enum(win32netcon.RESOURCE_GLOBALNET)
        servers = self.enum(win32netcon.RESOURCE_GLOBALNET, 0, root[0])
        self.assertIn(self.server.upper(), [s.lpRemoteName.upper() for s in servers])
        container = win32wnet.NETRESOURCE()
        container.lpRemoteName = self.server
        shares = self.enum(win32netcon.RESOURCE_GLOBALNET, win32netcon.RESOURCETYPE_DISK, container)
        names = [s.lpRemoteName for s in shares]
        for share in ("public", "data", "secure"):
            self.assertIn(self.server + "\\" + share, names)
        self.assertNotIn(self.server + "\\hidden$", names)
        comments = dict((s.lpRemoteName, s.lpComment) for s in shares)
        self.assertEqual(comments[self.server + "\\public"], "Public share")
        for s in shares:
            self.assertEqual((s.dwScope, s.dwDisplayType, s.dwUsage), (2, 3, 1))

    def test_enumeration_in_small_batches(self):
        container = win32wnet.NETRESOURCE()
        container.lpRemoteName = self.server
        h = win32wnet.WNetOpenEnum(2, 0, 0, container)
        first = win32wnet.WNetEnumResource(h, 1)
        self.assertEqual(len(first), 1)
        rest = win32wnet.WNetEnumResource(h, -1)
        self.assertTrue(len(rest) >= 3)
        self.assertEqual(win32wnet.WNetEnumResource(h), [])
        win32wnet.WNetCloseEnum(h)
        self.assertEqual(win32wnet.WNetEnumResource(h), [])

    def test_share_is_not_a_container(self):
        self.assertWinError(1207, "WNetOpenEnum", win32wnet.WNetOpenEnum, 2, 0, 0, self.nr(None, "data"))

    def test_universal_names(self):
        self.map("U:", "data", self.password, self.user)
        self.assertEqual(win32wnet.WNetGetUniversalName("U:\\dir\\readme.txt"), self.server + "\\data\\dir\\readme.txt")
        self.assertEqual(win32wnet.WNetGetUniversalName("u:\\x", win32netcon.REMOTE_NAME_INFO_LEVEL),
                         (self.server + "\\data\\x", self.server + "\\data", "\\x"))
        self.assertWinError(2250, "WNetGetUniversalName (for buffer size)", win32wnet.WNetGetUniversalName, "/tmp")

    def test_resource_information_and_parent(self):
        nr = win32wnet.NETRESOURCE()
        nr.lpRemoteName = self.server + "\\public\\some\\file.txt"
        info, system = win32wnet.WNetGetResourceInformation(nr)
        self.assertEqual(info.lpRemoteName, self.server + "\\public")
        self.assertEqual(info.dwDisplayType, win32netcon.RESOURCEDISPLAYTYPE_SHARE)
        self.assertEqual(info.lpProvider, "Microsoft Windows Network")
        self.assertEqual(system, "\\some\\file.txt")
        self.assertFalse(info is nr)
        nr.lpRemoteName = self.server
        info, system = win32wnet.WNetGetResourceInformation(nr)
        self.assertTrue(system is None)
        self.assertEqual(info.dwDisplayType, win32netcon.RESOURCEDISPLAYTYPE_SERVER)
        nr.lpRemoteName = self.server + "\\nosuchshare"
        self.assertWinError(67, "WNetGetResourceInformation", win32wnet.WNetGetResourceInformation, nr)
        nr.lpRemoteName = self.server + "\\data"
        self.assertEqual(win32wnet.WNetGetResourceParent(nr).lpRemoteName, self.server)

    def test_refused_host_is_53(self):
        self.assertWinError(53, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            0, None, "\\\\127.0.0.1\\x", None, self.user, self.password)


if __name__ == '__main__':
    unittest.main()
