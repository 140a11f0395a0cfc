"""Network paths as files (the redirector), against the Samba fixture: open/os/os.path/glob/shutil on
UNC names, //-spelt names, \\\\?\\UNC names and a mapped drive letter; the errors a Windows script sees;
the pattern "connect, copy a tree off the share, write a report back, disconnect"."""
import errno
import glob
import io
import os
import shutil
import sys
import tempfile
import unittest

import pywintypes
import win32netcon
import win32wnet
from _support import Case, fixture, PY2

DRIVE = "N:"


class NetPathTests(Case):
    def setUp(self):
        self.server = fixture('PYWIN32JVM_TEST_SMB_SERVER')
        user, password = fixture('PYWIN32JVM_TEST_SMB_USER'), fixture('PYWIN32JVM_TEST_SMB_PASSWORD')
        nr = win32wnet.NETRESOURCE()
        nr.dwType, nr.lpLocalName = win32netcon.RESOURCETYPE_DISK, DRIVE
        nr.lpRemoteName = "\\\\%s\\data" % self.server
        win32wnet.WNetAddConnection2(nr, password, user)
        self.name = "np_%s_%d" % ("py2" if PY2 else "py3", os.getpid())
        self.unc = "\\\\%s\\data\\%s" % (self.server, self.name)
        self.drv = "%s\\%s" % (DRIVE, self.name)
        os.mkdir(self.unc)
        self.local = tempfile.mkdtemp()

    def tearDown(self):
        try:
            shutil.rmtree(self.unc)
        finally:
            shutil.rmtree(self.local, ignore_errors=True)
            win32wnet.WNetCancelConnection2(DRIVE, 0, 1)

    def write(self, path, data=b"abc"):
        with open(path, 'wb') as f:
            f.write(data)

    def read(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def test_open_text_and_binary_on_unc_and_drive(self):
        with open(self.unc + "\\t.txt", 'w') as f:
            f.write("line one\nline two\n")
        with open(self.drv + "\\t.txt") as f:
            self.assertEqual(f.read().splitlines(), ["line one", "line two"])
        self.write(self.drv + "/b.bin", b"\x00\xff" * 1000)
        self.assertEqual(self.read(self.unc + "\\B.BIN"), b"\x00\xff" * 1000)      # case-insensitive
        with open(self.drv + "\\t.txt", 'a') as f:
            f.write("three\n")
        with io.open(self.unc + "\\t.txt", 'r', encoding='utf-8') as f:
            self.assertEqual(f.readlines()[-1], u"three\n")

    def test_read_write_plus_and_exclusive(self):
        self.write(self.unc + "\\rw.bin", b"0123456789")
        with io.open(self.drv + "\\rw.bin", 'r+b') as f:
            f.seek(4)
            f.write(b"xy")
            f.seek(0)
            self.assertEqual(f.read(), b"0123xy6789")
        with io.open(self.unc + "\\new.bin", 'xb') as f:
            f.write(b"n")
        try:
            io.open(self.unc + "\\new.bin", 'xb')
            self.fail("exclusive create of an existing file succeeded")
        except (IOError, OSError) as e:
            self.assertEqual(e.errno, errno.EEXIST)

    def test_spellings(self):
        self.write(self.unc + "\\s.txt")
        fwd = self.unc.replace("\\", "/")
        long_form = "\\\\?\\UNC\\" + self.unc[2:]
        for p in (fwd + "/s.txt", long_form + "\\s.txt", self.unc + "/s.txt", DRIVE + self.name + "\\s.txt",
                  self.drv.lower() + "/./x/../s.txt"):
            self.assertEqual(self.read(p), b"abc", p)

    def test_listdir_stat_and_os_path(self):
        self.write(self.unc + "\\a.txt", b"12345")
        os.mkdir(self.drv + "\\sub")
        self.assertEqual(sorted(os.listdir(self.unc)), ["a.txt", "sub"])
        st = os.stat(self.drv + "\\a.txt")
        self.assertEqual(st.st_size, 5)
        self.assertTrue(st.st_mtime > 1e9)
        self.assertTrue(os.path.exists(self.unc + "\\a.txt"))
        self.assertTrue(os.path.isfile(self.drv + "\\a.txt"))
        self.assertTrue(os.path.isdir(self.unc + "\\sub"))
        self.assertFalse(os.path.isdir(self.unc + "\\a.txt"))
        self.assertFalse(os.path.exists(self.unc + "\\nope"))
        self.assertEqual(os.path.getsize(self.unc + "\\a.txt"), 5)
        self.assertTrue(os.path.getmtime(self.unc + "\\a.txt") > 1e9)
        self.assertTrue(os.path.isdir(DRIVE + "\\"))
        self.assertEqual(os.path.basename(self.unc + "\\a.txt"), "a.txt")
        self.assertEqual(os.path.dirname(self.drv + "\\a.txt"), self.drv)
        self.assertEqual(os.path.join(self.unc, "a.txt"), self.unc + "\\a.txt")

    def test_remove_rename_mkdir_rmdir(self):
        self.write(self.unc + "\\r.txt")
        os.rename(self.unc + "\\r.txt", self.unc + "\\r2.txt")
        self.assertEqual(os.listdir(self.unc), ["r2.txt"])
        if not PY2:
            self.write(self.unc + "\\r3.txt", b"new")
            os.replace(self.unc + "\\r3.txt", self.unc + "\\r2.txt")
            self.assertEqual(self.read(self.unc + "\\r2.txt"), b"new")
        os.remove(self.drv + "\\r2.txt")
        self.assertEqual(os.listdir(self.unc), [])
        os.makedirs(self.unc + "\\m1\\m2\\m3")
        self.assertTrue(os.path.isdir(self.drv + "\\m1\\m2\\m3"))
        os.rmdir(self.unc + "\\m1\\m2\\m3")
        self.assertEqual(os.listdir(self.unc + "\\m1\\m2"), [])

    def test_walk_glob_scandir(self):
        os.makedirs(self.unc + "\\w\\x")
        self.write(self.unc + "\\w\\1.log")
        self.write(self.unc + "\\w\\x\\2.log")
        seen = [(os.path.basename(root), sorted(files)) for root, dirs, files in os.walk(self.unc + "\\w")]
        self.assertEqual(seen, [("w", ["1.log"]), ("x", ["2.log"])])
        self.assertEqual([os.path.basename(p) for p in glob.glob(self.drv + "\\w\\*.log")], ["1.log"])
        if not PY2:
            self.assertEqual(sorted(e.name for e in os.scandir(self.unc + "\\w")), ["1.log", "x"])

    def test_shutil(self):
        self.write(self.unc + "\\c.bin", b"c" * 200000)
        shutil.copy(self.unc + "\\c.bin", self.local)
        self.assertEqual(os.path.getsize(os.path.join(self.local, "c.bin")), 200000)
        shutil.copy2(os.path.join(self.local, "c.bin"), self.drv + "\\c2.bin")
        shutil.copyfile(self.drv + "\\c2.bin", self.unc + "\\c3.bin")
        self.assertEqual(self.read(self.unc + "\\c3.bin"), b"c" * 200000)
        shutil.move(self.unc + "\\c3.bin", self.unc + "\\c4.bin")
        shutil.move(self.unc + "\\c4.bin", os.path.join(self.local, "c4.bin"))
        self.assertEqual(sorted(os.listdir(self.unc)), ["c.bin", "c2.bin"])
        os.makedirs(self.unc + "\\tree\\deep")
        self.write(self.unc + "\\tree\\deep\\f.txt")
        shutil.copytree(self.unc + "\\tree", os.path.join(self.local, "tree"))
        self.assertEqual(self.read(os.path.join(self.local, "tree", "deep", "f.txt")), b"abc")
        shutil.copytree(os.path.join(self.local, "tree"), self.drv + "\\tree2")
        self.assertEqual(os.listdir(self.unc + "\\tree2\\deep"), ["f.txt"])
        shutil.rmtree(self.drv + "\\tree2")
        self.assertFalse(os.path.exists(self.unc + "\\tree2"))

    def test_errors(self):
        for fn in (lambda: open(self.unc + "\\missing.txt"), lambda: os.stat(self.drv + "\\missing.txt"),
                   lambda: os.remove(self.unc + "\\missing.txt"), lambda: os.listdir(self.unc + "\\nodir")):
            try:
                fn()
                self.fail("no error")
            except (IOError, OSError) as e:
                self.assertEqual(e.errno, errno.ENOENT)
                self.assertTrue("missing" in e.filename or "nodir" in e.filename, e.filename)
                self.assertFalse("java" in str(e).lower(), str(e))
        try:
            os.listdir("\\\\%s\\nosuchshare\\x" % self.server)
            self.fail("no error for a missing share")
        except OSError as e:
            self.assertEqual(e.errno, errno.ENOENT)
            if hasattr(e, 'winerror') and e.winerror is not None:
                self.assertEqual(e.winerror, 67)
        try:
            os.listdir("\\\\%s\\other" % self.server)        # another user's share: denied
            self.fail("no error for a denied share")
        except OSError as e:
            self.assertEqual(e.errno, errno.EACCES)
        os.mkdir(self.unc + "\\full")
        self.write(self.unc + "\\full\\f")
        try:
            os.rmdir(self.unc + "\\full")
            self.fail("rmdir of a non-empty directory")
        except OSError as e:
            self.assertEqual(e.errno, errno.ENOTEMPTY)

    def test_windows_script_pattern(self):
        os.makedirs(self.unc + "\\logs\\day1")
        for i in range(3):
            self.write(self.unc + "\\logs\\day1\\%d.log" % i, b"entry %d\n" % i if not PY2 else "entry %d\n" % i)
        dest = os.path.join(self.local, "logs")
        shutil.copytree(r"%s\logs" % self.drv, dest)
        count = len(os.listdir(os.path.join(dest, "day1")))
        with open(self.drv + r"\out.txt", "w") as f:
            f.write("copied %d files\n" % count)
        self.assertEqual(self.read(self.unc + "\\out.txt").strip(), b"copied 3 files")


class NoSessionTests(Case):
    def test_unmapped_letter_is_a_local_name(self):
        # a letter nobody mapped is not a network path: the engine's own (local, relative) meaning
        self.assertFalse(os.path.exists("Q:\\surely\\not\\here"))

    def test_wrong_password_is_refused(self):
        server = fixture('PYWIN32JVM_TEST_SMB_SERVER')
        nr = win32wnet.NETRESOURCE()
        nr.dwType, nr.lpRemoteName = win32netcon.RESOURCETYPE_DISK, "\\\\%s\\data" % server
        self.assertWinError(1326, "WNetAddConnection2", win32wnet.WNetAddConnection2, nr, "wrong",
                            fixture('PYWIN32JVM_TEST_SMB_USER'))


if __name__ == '__main__':
    unittest.main()
