"""win32file: argument rules, return shapes, funcnames and errors, on local paths and (Samba fixture)
on a mapped drive and UNC names."""
import datetime
import os
import shutil
import tempfile
import unittest

import pywintypes
import win32file
import win32netcon
import win32wnet
from _support import Case, fixture

DRIVE = "O:"


class LocalTests(Case):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def p(self, *names):
        return os.path.join(self.dir, *names)

    def test_constants(self):
        self.assertEqual((win32file.DRIVE_UNKNOWN, win32file.DRIVE_NO_ROOT_DIR, win32file.DRIVE_REMOVABLE,
                          win32file.DRIVE_FIXED, win32file.DRIVE_REMOTE, win32file.DRIVE_CDROM,
                          win32file.DRIVE_RAMDISK), (0, 1, 2, 3, 4, 5, 6))
        self.assertEqual((win32file.FILE_ATTRIBUTE_READONLY, win32file.FILE_ATTRIBUTE_DIRECTORY,
                          win32file.FILE_ATTRIBUTE_ARCHIVE, win32file.FILE_ATTRIBUTE_NORMAL,
                          win32file.FILE_ATTRIBUTE_OFFLINE), (1, 16, 32, 128, 4096))

    def test_drive_types_and_argument_rules(self):
        self.assertEqual(win32file.GetDriveType("Q:\\"), win32file.DRIVE_NO_ROOT_DIR)
        self.assertEqual(win32file.GetDriveType("/"), win32file.DRIVE_FIXED)
        self.assertEqual(win32file.GetDriveType("C:\\"), win32file.DRIVE_FIXED)
        self.assertEqual(win32file.GetDriveType(""), win32file.DRIVE_NO_ROOT_DIR)
        self.assertRaises(TypeError, win32file.GetDriveType, None)
        self.assertRaises(TypeError, win32file.GetDriveType, 1)
        self.assertRaisesMsg(TypeError, "GetDriveType() takes no keyword arguments",
                             win32file.GetDriveType, rootPathName="C:\\")
        self.assertRaises(TypeError, win32file.GetDriveType)
        self.assertTrue(isinstance(win32file.GetLogicalDrives(), int))
        self.assertRaises(TypeError, win32file.CopyFile, "a", "b")        # bFailIfExists is required
        self.assertRaises(TypeError, win32file.CreateDirectory, self.p("x"))  # sa is required
        self.assertRaises(TypeError, win32file.GetDiskFreeSpaceEx, None)

    def test_file_functions(self):
        with open(self.p("a.txt"), "w") as f:
            f.write("hello")
        win32file.CopyFile(self.p("a.txt"), self.p("b.txt"), 0)
        self.assertWinError(80, "CopyFile", win32file.CopyFile, self.p("a.txt"), self.p("b.txt"), 1)
        self.assertWinError(2, "CopyFile", win32file.CopyFile, self.p("none"), self.p("c.txt"), 0)
        win32file.MoveFile(self.p("b.txt"), self.p("c.txt"))
        self.assertWinError(183, "MoveFile", win32file.MoveFile, self.p("a.txt"), self.p("c.txt"))
        win32file.DeleteFile(self.p("c.txt"))
        self.assertWinError(2, "DeleteFile", win32file.DeleteFile, self.p("c.txt"))
        win32file.CreateDirectory(self.p("d"), None)
        self.assertWinError(183, "CreateDirectory", win32file.CreateDirectory, self.p("d"), None)
        self.assertWinError(3, "CreateDirectory", win32file.CreateDirectory, self.p("no", "d"), None)
        self.assertEqual(win32file.GetFileAttributes(self.p("d")) & 16, 16)
        self.assertEqual(win32file.GetFileAttributes(self.p("none")), -1)
        found = win32file.FindFilesW(self.p("*.txt"))
        self.assertEqual(len(found), 1)
        t = found[0]
        self.assertEqual(len(t), 10)
        self.assertEqual((t[4], t[5], t[8]), (0, 5, "a.txt"))
        self.assertTrue(isinstance(t[3], datetime.datetime))
        names = sorted(x[8] for x in win32file.FindFilesW(FileName=self.p("*")))
        self.assertEqual(names, [".", "..", "a.txt", "d"])
        self.assertEqual(win32file.FindFilesW(self.p("*.none")), [])
        self.assertWinError(3, "FindFirstFileW", win32file.FindFilesW, self.p("nodir", "*"))
        with open(self.p("d", "f"), "w") as f:
            f.write("x")
        self.assertWinError(145, "RemoveDirectory", win32file.RemoveDirectory, self.p("d"))
        os.remove(self.p("d", "f"))
        win32file.RemoveDirectory(PathName=self.p("d"))
        free = win32file.GetDiskFreeSpaceEx(self.dir)
        self.assertEqual(len(free), 3)
        self.assertTrue(free[1] >= free[2] > 0)
        self.assertWinError(3, "GetDiskFreeSpaceEx", win32file.GetDiskFreeSpaceEx, self.p("nodir"))


class ShareTests(Case):
    def setUp(self):
        self.server = fixture('PYWIN32JVM_TEST_SMB_SERVER')
        nr = win32wnet.NETRESOURCE()
        nr.dwType, nr.lpLocalName = win32netcon.RESOURCETYPE_DISK, DRIVE
        nr.lpRemoteName = "\\\\%s\\data" % self.server
        win32wnet.WNetAddConnection2(nr, fixture('PYWIN32JVM_TEST_SMB_PASSWORD'), fixture('PYWIN32JVM_TEST_SMB_USER'))
        self.unc = "\\\\%s\\data\\wf_%d_%s" % (self.server, os.getpid(), str(id(self)))
        win32file.CreateDirectory(self.unc, None)
        self.drv = DRIVE + self.unc[len("\\\\%s\\data" % self.server):]
        self.local = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.unc, ignore_errors=True)
        shutil.rmtree(self.local, ignore_errors=True)
        try:
            win32wnet.WNetCancelConnection2(DRIVE, 0, 1)
        except pywintypes.error:
            pass        # the test cancelled it itself

    def test_drive_type_free_space_and_drives(self):
        self.assertEqual(win32file.GetDriveType(DRIVE + "\\"), win32file.DRIVE_REMOTE)
        self.assertEqual(win32file.GetDriveType("\\\\%s\\data\\" % self.server), win32file.DRIVE_REMOTE)
        self.assertTrue(win32file.GetLogicalDrives() & (1 << (ord(DRIVE[0]) - ord('A'))))
        free = win32file.GetDiskFreeSpaceEx(DRIVE + "\\")
        self.assertTrue(free[1] >= free[2] > 0, free)
        self.assertEqual(len(win32file.GetDiskFreeSpaceEx("\\\\%s\\data\\" % self.server)), 3)
        win32wnet.WNetCancelConnection2(DRIVE, 0, 1)
        self.assertEqual(win32file.GetDriveType(DRIVE + "\\"), win32file.DRIVE_NO_ROOT_DIR)

    def test_files_on_the_share(self):
        src = os.path.join(self.local, "s.txt")
        with open(src, "w") as f:
            f.write("share me")
        win32file.CopyFile(src, self.drv + "\\s.txt", 1)
        self.assertWinError(80, "CopyFile", win32file.CopyFile, src, self.unc + "\\s.txt", 1)
        win32file.CopyFile(self.unc + "\\s.txt", os.path.join(self.local, "back.txt"), 0)
        with open(os.path.join(self.local, "back.txt")) as f:
            self.assertEqual(f.read(), "share me")
        win32file.MoveFile(self.drv + "\\s.txt", self.unc + "\\t.txt")
        self.assertEqual(win32file.GetFileAttributes(self.unc + "\\s.txt"), -1)
        self.assertEqual(win32file.GetFileAttributes(self.unc + "\\t.txt") & 16, 0)
        win32file.CreateDirectory(self.drv + "\\sub", None)
        entries = dict((t[8], t) for t in win32file.FindFilesW(self.unc + "\\*"))
        self.assertEqual(sorted(entries), [".", "..", "sub", "t.txt"])
        self.assertEqual(entries["t.txt"][5], 8)
        self.assertEqual(entries["sub"][0] & 16, 16)
        self.assertWinError(3, "FindFirstFileW", win32file.FindFilesW, self.unc + "\\nodir\\*")
        win32file.RemoveDirectory(self.drv + "\\sub")
        win32file.DeleteFile(self.unc + "\\t.txt")
        self.assertWinError(2, "DeleteFile", win32file.DeleteFile, self.unc + "\\t.txt")

    def test_missing_and_denied_shares(self):
        self.assertWinError(67, "GetDiskFreeSpaceEx", win32file.GetDiskFreeSpaceEx,
                            "\\\\%s\\nosuchshare\\" % self.server)
        self.assertWinError(5, "CreateDirectory", win32file.CreateDirectory,
                            "\\\\%s\\other\\x" % self.server, None)
        self.assertEqual(win32file.GetFileAttributes("\\\\%s\\nosuchshare\\x" % self.server), -1)


if __name__ == '__main__':
    unittest.main()
