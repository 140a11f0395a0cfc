"""Issue 8's "done when": a script written for Windows imports win32con, win32api, win32file and win32net
next to win32wnet, maps a drive with either API, lists it with the other, asks for its drive type and free
space, and lists a server's shares with NetShareEnum -- against the Samba fixture, under both engines.

The win32file part is skipped (with a message) while win32file is not importable: it arrives with the
Windows-paths work (path router + win32file); remove nothing here when it does, the skip just stops."""
import unittest

import pywintypes
import win32api
import win32con
import win32net
import win32netcon
import win32wnet
from _support import SmbCase

try:
    import win32file
except ImportError:
    win32file = None

NO_WIN32FILE = "win32file is not importable yet: its drive-type/free-space checks run once it is merged"


class DoneWhenScript(SmbCase):
    def setUp(self):
        SmbCase.setUp(self)
        self.remote = self.server + "\\data"

    def map_with_wnet(self, drive):
        self.map(drive, 'data', self.password, self.user)

    def map_with_net(self, drive):
        win32net.NetUseAdd(None, 2, {'remote': self.remote, 'local': drive, 'password': self.password,
                                     'username': self.user, 'asg_type': 0})
        self.mapped.append(drive)

    def check_drive(self, drive):
        """What the script asks about a mapped drive."""
        self.assertIn(drive + "\\\0", win32api.GetLogicalDriveStrings())
        self.assertTrue(win32api.GetLogicalDrives() & (1 << (ord(drive[0]) - ord('A'))))
        if win32file is None:
            return
        self.assertEqual(win32file.GetDriveType(drive + "\\"), win32con.DRIVE_REMOTE)
        free, total, total_free = win32file.GetDiskFreeSpaceEx(drive + "\\")
        self.assertTrue(0 < free <= total and 0 < total_free <= total, (free, total, total_free))
        unc_free = win32file.GetDiskFreeSpaceEx(self.remote + "\\")
        self.assertEqual(unc_free[1], total)

    def test_wnet_map_net_list(self):
        self.map_with_wnet("U:")
        uses = win32net.NetUseEnum(None, 2)[0]
        mine = [u for u in uses if u['local'] == "U:"]
        self.assertEqual([(u['remote'], u['username']) for u in mine], [(self.remote, self.user)])
        self.check_drive("U:")
        win32net.NetUseDel(None, "U:", win32net.USE_NOFORCE)
        self.assertWinError(2250, 'WNetGetConnection', win32wnet.WNetGetConnection, "U:")

    def test_net_map_wnet_list(self):
        self.map_with_net("V:")
        self.assertEqual(win32wnet.WNetGetConnection("V:"), self.remote)
        h = win32wnet.WNetOpenEnum(win32netcon.RESOURCE_CONNECTED, win32netcon.RESOURCETYPE_DISK, 0, None)
        try:
            listed = [(r.lpLocalName, r.lpRemoteName) for r in win32wnet.WNetEnumResource(h, 0)]
        finally:
            win32wnet.WNetCloseEnum(h)
        self.assertIn(("V:", self.remote), listed)
        self.check_drive("V:")
        win32wnet.WNetCancelConnection2("V:", 0, True)
        self.assertWinError(2250, 'NetUseGetInfo', win32net.NetUseGetInfo, None, "V:")

    def test_unused_letter(self):
        if win32file is None:
            self.skipTest(NO_WIN32FILE)
        self.assertEqual(win32file.GetDriveType("W:\\"), win32con.DRIVE_NO_ROOT_DIR)

    def test_share_list(self):
        resume, names = 0, []
        while True:
            shares, total, resume = win32net.NetShareEnum(self.server, 1, resume)
            names.extend(s['netname'] for s in shares if s['type'] & 0xFF == win32netcon.STYPE_DISKTREE)
            if not resume:
                break
        self.assertTrue(set(['public', 'data', 'other']) <= set(names), names)

    @unittest.skipIf(win32file is None, NO_WIN32FILE)
    def test_win32file_present(self):
        self.assertTrue(hasattr(win32file, 'GetDiskFreeSpaceEx'))


if __name__ == '__main__':
    unittest.main()
