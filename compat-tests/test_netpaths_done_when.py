"""Issue 9's "done when", as a Windows script writes it: WNetAddConnection2, then
shutil.copytree(r'\\TESTSRV\data\logs', 'logs') into a relative destination (after chdir to a temp folder) and
open(r'Z:\out.txt', 'w') at the drive's root, then disconnect. TESTSRV is the fixture's server name (wnet.hosts)."""
import os
import shutil
import tempfile
import unittest

import win32netcon
import win32wnet
from _support import SmbCase, fixture


class DoneWhen(SmbCase):
    def setUp(self):
        SmbCase.setUp(self)
        self.assertEqual(fixture('PYWIN32JVM_TEST_SMB_SERVER'), "TESTSRV")
        self.cwd = os.getcwd()
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        os.chdir(self.cwd)
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.map(None, "data", self.password, self.user)      # a session to clean the share up with
        if os.path.exists(r"\\TESTSRV\data\out.txt"):
            os.remove(r"\\TESTSRV\data\out.txt")
        if os.path.isdir(r"\\TESTSRV\data\logs"):
            shutil.rmtree(r"\\TESTSRV\data\logs")
        SmbCase.tearDown(self)

    def test_done_when(self):
        nr = win32wnet.NETRESOURCE()
        nr.dwType = win32netcon.RESOURCETYPE_DISK
        nr.lpLocalName = "Z:"
        nr.lpRemoteName = r"\\TESTSRV\data"
        win32wnet.WNetAddConnection2(nr, self.password, self.user)
        self.mapped.append("Z:")
        # what the server holds before the script runs
        os.makedirs(r"\\TESTSRV\data\logs\2024")
        for name in ("app.log", r"2024\jan.log"):
            with open(r"\\TESTSRV\data\logs" + "\\" + name, "w") as f:
                f.write("entry of %s\n" % name)

        # the script
        os.chdir(self.tmp)
        shutil.copytree(r'\\TESTSRV\data\logs', 'logs')
        with open(r'Z:\out.txt', 'w') as f:
            f.write("copied\n")
        with open(r"\\TESTSRV\data\out.txt") as f:
            written = f.read()
        win32wnet.WNetCancelConnection2("Z:", 0, True)
        self.mapped.remove("Z:")

        self.assertEqual(written, "copied\n")
        self.assertEqual(sorted(os.listdir(os.path.join(self.tmp, "logs"))), ["2024", "app.log"])
        with open(os.path.join(self.tmp, "logs", "2024", "jan.log")) as f:
            self.assertEqual(f.read(), "entry of 2024\\jan.log\n")
        self.assertFalse(os.path.exists(r"Z:\out.txt"))    # no longer mapped: a local name again


if __name__ == '__main__':
    unittest.main()
