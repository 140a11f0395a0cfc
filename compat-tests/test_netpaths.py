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
from _support import Case, SmbCase, fixture, PY2

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

    def bases(self):
        """(UNC, mapped-letter) spellings of two fresh folders under the test folder: each operation runs on both."""
        for tag, base in (("u", self.unc), ("d", self.drv)):
            os.mkdir(base + "\\" + tag)
            yield base + "\\" + tag

    def test_open_text_and_binary(self):
        for b in self.bases():
            with open(b + "\\t.txt", 'w') as f:
                f.write("line one\nline two\n")
            with open(b + "\\t.txt") as f:
                self.assertEqual(f.read().splitlines(), ["line one", "line two"])
            self.write(b + "/b.bin", b"\x00\xff" * 1000)
            self.assertEqual(self.read(b + "\\B.BIN"), b"\x00\xff" * 1000)      # case-insensitive
            with open(b + "\\t.txt", 'a') as f:
                f.write("three\n")
            with io.open(b + "\\t.txt", 'r', encoding='utf-8') as f:
                self.assertEqual(f.readlines()[-1], u"three\n")
        # the same files through the other spelling
        self.assertEqual(self.read(self.drv + "\\u\\b.bin"), self.read(self.unc + "\\d\\b.bin"))

    def test_plus_modes_and_exclusive(self):
        for b in self.bases():
            self.write(b + "\\rw.bin", b"0123456789")
            with io.open(b + "\\rw.bin", 'r+b') as f:
                f.seek(4)
                f.write(b"xy")
                f.seek(0)
                self.assertEqual(f.read(), b"0123xy6789")
            with io.open(b + "\\wp.txt", 'w+') as f:            # w+ truncates, then reads back
                f.write(u"written")
                f.seek(0)
                self.assertEqual(f.read(), u"written")
            with io.open(b + "\\wp.txt", 'w+') as f:
                self.assertEqual(f.read(), u"")
            self.write(b + "\\ap.txt", b"start")
            with io.open(b + "\\ap.txt", 'a+') as f:            # a+ appends, reads from anywhere
                f.write(u"-end")
                f.seek(0)
                self.assertEqual(f.read(), u"start-end")
            with io.open(b + "\\new.bin", 'xb') as f:
                f.write(b"n")
            with io.open(b + "\\new.txt", 'x') as f:            # text 'x'
                f.write(u"text")
            self.assertEqual(self.read(b + "\\new.txt"), b"text")
            for name, mode in (("new.bin", 'xb'), ("new.txt", 'x')):
                try:
                    io.open(b + "\\" + name, mode)
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

    def test_listdir_scandir_stat_and_os_path(self):
        self.assertTrue(self.name in os.listdir(DRIVE + "\\"))            # the drive root
        self.assertTrue(self.name in os.listdir(DRIVE + "/"))
        self.assertTrue(os.path.isdir(DRIVE + "\\"))
        for b in self.bases():
            self.write(b + "\\a.txt", b"12345")
            os.mkdir(b + "\\sub")
            self.assertEqual(sorted(os.listdir(b)), ["a.txt", "sub"])
            if not PY2:
                entries = dict((e.name, e) for e in os.scandir(b))
                self.assertEqual(sorted(entries), ["a.txt", "sub"])
                self.assertTrue(entries["sub"].is_dir())
                self.assertTrue(entries["a.txt"].is_file())
                self.assertEqual(entries["a.txt"].stat().st_size, 5)
            for st in (os.stat(b + "\\a.txt"), os.lstat(b + "\\a.txt")):
                self.assertEqual(st.st_size, 5)
                self.assertTrue(st.st_mtime > 1e9)
            self.assertTrue(os.path.exists(b + "\\a.txt"))
            self.assertTrue(os.path.isfile(b + "\\a.txt"))
            self.assertTrue(os.path.isdir(b + "\\sub"))
            self.assertFalse(os.path.isdir(b + "\\a.txt"))
            self.assertFalse(os.path.exists(b + "\\nope"))
            self.assertEqual(os.path.getsize(b + "\\a.txt"), 5)
            self.assertTrue(abs(os.path.getmtime(b + "\\a.txt") - os.stat(b + "\\a.txt").st_mtime) < 1)
            self.assertEqual(os.path.basename(b + "\\a.txt"), "a.txt")
            self.assertEqual(os.path.dirname(b + "\\a.txt"), b)
            self.assertEqual(os.path.join(b, "a.txt"), b + "\\a.txt")

    def test_remove_unlink_rename_replace_mkdir_rmdir_makedirs(self):
        for b in self.bases():
            self.write(b + "\\r.txt")
            os.rename(b + "\\r.txt", b + "\\r2.txt")
            self.assertEqual(os.listdir(b), ["r2.txt"])
            if not PY2:
                self.write(b + "\\r3.txt", b"new")
                os.replace(b + "\\r3.txt", b + "\\r2.txt")
                self.assertEqual(self.read(b + "\\r2.txt"), b"new")
            os.remove(b + "\\r2.txt")
            self.assertEqual(os.listdir(b), [])
            self.write(b + "\\u.txt")
            os.unlink(b + "\\u.txt")
            self.assertEqual(os.listdir(b), [])
            os.mkdir(b + "\\m0")
            self.assertTrue(os.path.isdir(b + "\\m0"))
            os.makedirs(b + "\\m1\\m2\\m3")
            self.assertTrue(os.path.isdir(b + "\\m1\\m2\\m3"))
            os.rmdir(b + "\\m1\\m2\\m3")
            self.assertEqual(os.listdir(b + "\\m1\\m2"), [])
            os.rmdir(b + "\\m0")
            self.assertEqual(os.listdir(b), ["m1"])

    def test_walk_glob(self):
        for b in self.bases():
            os.makedirs(b + "\\w\\x")
            self.write(b + "\\w\\1.log")
            self.write(b + "\\w\\x\\2.log")
            seen = [(os.path.basename(root), sorted(files)) for root, dirs, files in os.walk(b + "\\w")]
            self.assertEqual(seen, [("w", ["1.log"]), ("x", ["2.log"])])
            self.assertEqual([os.path.basename(p) for p in glob.glob(b + "\\w\\*.log")], ["1.log"])
            self.assertEqual(sorted(os.path.basename(p) for p in glob.glob(b + "\\w\\*")), ["1.log", "x"])

    def test_shutil(self):
        for b in self.bases():
            self.write(b + "\\c.bin", b"c" * 200000)
            local = tempfile.mkdtemp(dir=self.local)
            shutil.copy(b + "\\c.bin", local)
            self.assertEqual(os.path.getsize(os.path.join(local, "c.bin")), 200000)
            shutil.copy2(os.path.join(local, "c.bin"), b + "\\c2.bin")
            shutil.copyfile(b + "\\c2.bin", b + "\\c3.bin")
            self.assertEqual(self.read(b + "\\c3.bin"), b"c" * 200000)
            shutil.move(b + "\\c3.bin", b + "\\c4.bin")
            shutil.move(b + "\\c4.bin", os.path.join(local, "c4.bin"))
            self.assertEqual(sorted(os.listdir(b)), ["c.bin", "c2.bin"])
            os.makedirs(b + "\\tree\\deep")
            self.write(b + "\\tree\\deep\\f.txt")
            shutil.copytree(b + "\\tree", os.path.join(local, "tree"))
            self.assertEqual(self.read(os.path.join(local, "tree", "deep", "f.txt")), b"abc")
            shutil.copytree(os.path.join(local, "tree"), b + "\\tree2")
            self.assertEqual(os.listdir(b + "\\tree2\\deep"), ["f.txt"])
            shutil.move(b + "\\tree2", b + "\\tree3")                  # a directory, within the share
            shutil.rmtree(b + "\\tree3")
            self.assertFalse(os.path.exists(b + "\\tree3"))

    def test_shutil_copies_of_share_files_stream_in_java_and_keep_copyfileobj_semantics(self):
        import _pywin32jvm_copy
        data = os.urandom(3 * 1024 * 1024 + 12345)          # several SMB requests and several 1 MiB pieces
        self.assertTrue(hasattr(shutil.copyfileobj, '_pywin32jvm_original'))
        for b in self.bases():
            self.write(b + "\\big.bin", data)
            local = os.path.join(self.local, os.path.basename(b) + ".bin")
            with open(b + "\\big.bin", 'rb') as fsrc:          # what shutil.copyfile hands over: the Java path
                with open(local, 'wb') as fdst:
                    self.assertIsNotNone(_pywin32jvm_copy._fast_pair(fsrc, fdst))
            shutil.copyfile(b + "\\big.bin", local)            # off the share
            self.assertEqual(self.read(local), data)
            shutil.copyfile(local, b + "\\back.bin")           # onto it
            self.assertEqual(self.read(b + "\\back.bin"), data)
            shutil.copyfile(b + "\\back.bin", b + "\\again.bin")  # share to share
            self.assertEqual(self.read(b + "\\again.bin"), data)
            # copyfileobj keeps its meaning for file objects already in use: from where the source stands, after
            # what the destination holds
            with open(b + "\\big.bin", 'rb') as fsrc:
                self.assertEqual(fsrc.read(10), data[:10])
                with open(local, 'wb') as fdst:
                    fdst.write(b"head")
                    shutil.copyfileobj(fsrc, fdst)
            self.assertEqual(self.read(local), b"head" + data[10:])
            with open(local, 'rb') as fsrc:                      # a local file read partly, onto the share
                fsrc.read(7)
                with open(b + "\\part.bin", 'wb') as fdst:
                    shutil.copyfileobj(fsrc, fdst)
            self.assertEqual(self.read(b + "\\part.bin"), (b"head" + data[10:])[7:])
            self.assertRaises(shutil.Error, shutil.copyfile, b + "\\big.bin", b + "\\big.bin")   # same file
            self.assertRaises((IOError, OSError), shutil.copyfile, b + "\\missing.bin", local)

    def assertOsError(self, fn, errno_, winerror, filename, text=None):
        """fn() raises the OSError CPython on Windows raises: errno, winerror, filename, Windows' text."""
        try:
            fn()
        except (IOError, OSError) as e:
            self.assertEqual((e.errno, getattr(e, 'winerror', None), e.filename), (errno_, winerror, filename),
                             repr(e))
            if text is not None:
                self.assertEqual(e.strerror, text)
            self.assertFalse("java" in str(e).lower(), str(e))
            if winerror is not None:
                self.assertFalse(e.strerror.endswith("."), e.strerror)
            return e
        self.fail("no error from %r" % fn)

    def test_errors(self):
        ENOENT, EACCES = errno.ENOENT, errno.EACCES
        for b in self.bases():
            missing, nodir = b + "\\missing.txt", b + "\\nodir"
            self.assertOsError(lambda: os.stat(missing), ENOENT, 2, missing, "The system cannot find the file specified")
            self.assertOsError(lambda: os.lstat(missing), ENOENT, 2, missing)
            self.assertOsError(lambda: os.stat(nodir + "\\f"), ENOENT, 3, nodir + "\\f",
                               "The system cannot find the path specified")
            self.assertOsError(lambda: os.listdir(nodir), ENOENT, 3, nodir)
            self.assertOsError(lambda: os.remove(missing), ENOENT, 2, missing)
            self.assertOsError(lambda: os.unlink(missing), ENOENT, 2, missing)
            self.assertOsError(lambda: os.rmdir(nodir), ENOENT, 2, nodir)
            e = self.assertOsError(lambda: os.rename(missing, b + "\\x"), ENOENT, 2, missing)
            self.assertEqual(getattr(e, 'filename2', b + "\\x"), b + "\\x")
            self.assertOsError(lambda: os.mkdir(b), errno.EEXIST, 183, b)
            os.mkdir(b + "\\full")
            self.write(b + "\\full\\f")
            self.assertOsError(lambda: os.rmdir(b + "\\full"), errno.ENOTEMPTY, 145, b + "\\full",
                               "The directory is not empty")
            self.assertOsError(lambda: os.rmdir(b + "\\full\\f"), errno.ENOTDIR, 267, b + "\\full\\f")
            if not PY2:
                self.assertOsError(lambda: os.scandir(nodir), ENOENT, 3, nodir)
            # open() goes through the C runtime on Windows: errno and its text, no winerror
            self.assertOsError(lambda: open(missing), ENOENT, None, missing)
            self.assertOsError(lambda: io.open(nodir + "\\f", 'w'), ENOENT, None, nodir + "\\f")
        srv = "\\\\" + self.server
        for path, errno_, code, text in (
                (srv + "\\nosuchshare\\x", ENOENT, 67, "The network name cannot be found"),
                (srv + "\\other", EACCES, 5, "Access is denied"),                  # another user's share
                ("\\\\%s\\data" % fixture('PYWIN32JVM_TEST_SMB_DEADSERVER'), ENOENT, 53,
                 "The network path was not found")):                             # nobody listens there
            self.assertOsError(lambda: os.listdir(path), errno_, code, path, text)
            self.assertOsError(lambda: os.stat(path + "\\f.txt"), errno_, code, path + "\\f.txt", text)
            self.assertOsError(lambda: open(path + "\\f.txt"), errno_, None, path + "\\f.txt")

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


class EncryptedShareTests(SmbCase):
    """File data over a share that requires encryption (AES-GCM on every message): written, read, copied."""

    def test_read_write_and_copy_a_few_mib(self):
        self.map("S:", "secure", self.password, self.user)
        name = "S:\\enc_%s_%d.bin" % ("py2" if PY2 else "py3", os.getpid())
        data = os.urandom(3 * 1024 * 1024 + 777)
        local = tempfile.mkdtemp()
        try:
            with open(name, 'wb') as f:
                f.write(data)
            self.assertEqual(os.path.getsize(name), len(data))
            with open(name, 'rb') as f:
                self.assertEqual(f.read(), data)
            shutil.copyfile(name, os.path.join(local, "c.bin"))
            with open(os.path.join(local, "c.bin"), 'rb') as f:
                self.assertEqual(f.read(), data)
            shutil.copyfile(os.path.join(local, "c.bin"), name + ".2")
            with open(name + ".2", 'rb') as f:
                self.assertEqual(f.read(), data)
        finally:
            for n in (name, name + ".2"):
                if os.path.exists(n):
                    os.remove(n)
            shutil.rmtree(local, ignore_errors=True)


class NoSessionTests(Case):
    def test_unmapped_letter_is_a_local_name(self):
        # a letter nobody mapped is not a network path: "Q:note.txt" is a local file of that name, relative
        # to the current directory (a mapped letter with the same spelling goes to the share: NetPathTests)
        d = tempfile.mkdtemp()
        old = os.getcwd()
        os.chdir(d)
        try:
            with open("Q:note.txt", "w") as f:
                f.write("local")
            self.assertEqual(os.listdir(d), ["Q:note.txt"])
            self.assertTrue(os.path.isfile("Q:note.txt"))
            self.assertEqual(os.path.getsize(os.path.join(d, "Q:note.txt")), 5)
            os.remove("Q:note.txt")
            self.assertEqual(os.listdir(d), [])
        finally:
            os.chdir(old)
            shutil.rmtree(d, ignore_errors=True)

    def test_local_rename_and_replace_pass_through(self):
        # local names go through the redirector to the host: os.rename and os.replace (an atomic move,
        # which GraalPy's own virtual file system refused between two host files) work as on CPython
        d = tempfile.mkdtemp()
        try:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            with open(a, "w") as f:
                f.write("one")
            os.rename(a, b)
            self.assertEqual(os.listdir(d), ["b.txt"])
            if not PY2:
                with open(a, "w") as f:
                    f.write("two")
                os.replace(a, b)
                self.assertEqual(os.listdir(d), ["b.txt"])
                with open(b) as f:
                    self.assertEqual(f.read(), "two")
        finally:
            shutil.rmtree(d, ignore_errors=True)

    def test_prompt_without_a_terminal_is_1223(self):
        # this interpreter's stdin is no terminal: CONNECT_PROMPT cannot ask, as Windows with no dialog
        server = fixture('PYWIN32JVM_TEST_SMB_SERVER')
        nr = win32wnet.NETRESOURCE()
        nr.dwType, nr.lpLocalName = win32netcon.RESOURCETYPE_DISK, "P:"
        nr.lpRemoteName = "\\\\%s\\data" % server
        for flags in (win32netcon.CONNECT_INTERACTIVE | win32netcon.CONNECT_PROMPT,):
            self.assertWinError(1223, "WNetAddConnection2", win32wnet.WNetAddConnection2, nr, None, None, flags)
        self.assertWinError(2250, "WNetGetConnection", win32wnet.WNetGetConnection, "P:")

    def test_wrong_password_is_refused(self):
        server = fixture('PYWIN32JVM_TEST_SMB_SERVER')
        nr = win32wnet.NETRESOURCE()
        nr.dwType, nr.lpRemoteName = win32netcon.RESOURCETYPE_DISK, "\\\\%s\\data" % server
        self.assertWinError(1326, "WNetAddConnection2", win32wnet.WNetAddConnection2, nr, "wrong",
                            fixture('PYWIN32JVM_TEST_SMB_USER'))


class RememberedTests(SmbCase):
    """A remembered drive that is not connected (CONNECT_UPDATE_PROFILE, then cancelled without forgetting) is
    restored by its first use, as Windows does, when the backend can log on for it; else 1201."""
    cancel_flags = win32netcon.CONNECT_UPDATE_PROFILE       # tearDown forgets what the tests remembered

    def remember(self, drive, share, password=None, user=None):
        self.map(drive, share, password, user, win32netcon.CONNECT_UPDATE_PROFILE)
        win32wnet.WNetCancelConnection2(drive, 0, 1)         # disconnected, still remembered
        self.assertWinError(1201, "WNetGetConnection", win32wnet.WNetGetConnection, drive)

    def test_restored_on_first_use(self):
        self.remember("R:", "public")                         # no user: the default (guest) logon restores it
        self.assertTrue(isinstance(os.listdir("R:\\"), list))
        self.assertEqual(win32wnet.WNetGetConnection("R:"), self.server + "\\public")

    def test_no_credentials_is_1201(self):
        self.remember("S:", "data", self.password, self.user)   # no password is remembered: cannot restore
        for fn in (lambda: os.listdir("S:\\"), lambda: os.stat("S:\\x.txt"), lambda: os.mkdir("S:\\d")):
            try:
                fn()
                self.fail("a remembered drive without credentials was used")
            except OSError as e:
                self.assertEqual((e.errno, getattr(e, 'winerror', None)), (errno.EINVAL, 1201), repr(e))
                self.assertEqual(e.strerror, "The device is not currently connected but it is a remembered connection")
        self.assertWinError(1201, "WNetGetConnection", win32wnet.WNetGetConnection, "S:")


if __name__ == '__main__':
    unittest.main()
