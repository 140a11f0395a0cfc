"""win32api: argument rules, return shapes and errors of the functions networking and RAS scripts call."""
import os
import sys
import tempfile
import threading
import time
import unittest

import pywintypes
import win32api
import win32con
import win32event

from _support import Case

try:
    INT_TYPES = (int, long)
except NameError:
    INT_TYPES = (int,)
ON_WINDOWS = os.environ.get('OS') == 'Windows_NT'


class TimeVersionWordsTest(Case):
    def test_sleep(self):
        t = time.time()
        self.assertEqual(win32api.Sleep(50), 0)
        self.assertTrue(time.time() - t >= 0.04)
        self.assertEqual(win32api.Sleep(0, 1), 0)
        self.assertRaises(TypeError, win32api.Sleep)
        self.assertRaises(TypeError, win32api.Sleep, 1.5)
        self.assertRaises(TypeError, win32api.Sleep, None)
        self.assertRaises(TypeError, win32api.Sleep, time=1)
        self.assertRaises(OverflowError, win32api.Sleep, 1 << 40)

    def test_tick_count(self):
        a = win32api.GetTickCount()
        win32api.Sleep(20)
        b = win32api.GetTickCount()
        self.assertTrue(isinstance(a, INT_TYPES) and a > 0)
        self.assertTrue(b - a >= 15, (a, b))
        self.assertRaisesMsg(TypeError, "PyGetTickCount() takes exactly 0 arguments (1 given)", win32api.GetTickCount, 1)

    def test_version(self):
        v = win32api.GetVersionEx()
        self.assertEqual(len(v), 5)
        major, minor, build, platform, csd = v
        self.assertEqual(platform, 2)                      # VER_PLATFORM_WIN32_NT
        self.assertTrue(isinstance(csd, str))
        self.assertEqual(win32api.GetVersionEx(0), v)
        v1 = win32api.GetVersionEx(1)
        self.assertEqual(len(v1), 10)
        self.assertEqual(v1[:5], v)
        if not ON_WINDOWS:
            self.assertEqual(v1, (10, 0, 19045, 2, '', 0, 0, 256, 1, 0))
        packed = win32api.GetVersion()
        self.assertEqual((packed & 0xFF, (packed >> 8) & 0xFF, (packed >> 16) & 0xFFFF), (major, minor, build & 0xFFFF))
        self.assertRaisesMsg(ValueError, "format must be 0 or 1 (got 2)", win32api.GetVersionEx, 2)
        self.assertRaises(TypeError, win32api.GetVersionEx, '1')
        self.assertRaises(TypeError, win32api.GetVersion, 1)

    def test_words(self):
        self.assertEqual(win32api.LOWORD(0x12345678), 0x5678)
        self.assertEqual(win32api.HIWORD(0x12345678), 0x1234)
        self.assertEqual(win32api.LOWORD(-1), 0xFFFF)
        self.assertEqual(win32api.HIWORD(-1), 0xFFFF)
        self.assertRaises(OverflowError, win32api.LOWORD, 0xFFFFFFFF)
        self.assertRaises(TypeError, win32api.HIWORD, None)
        self.assertRaises(TypeError, win32api.HIWORD, 1.0)
        self.assertRaises(TypeError, win32api.LOWORD)


class LastErrorMessageTest(Case):
    def test_set_get(self):
        win32api.SetLastError(5)
        self.assertEqual(win32api.GetLastError(), 5)
        win32api.SetLastError(0x80070005)
        self.assertEqual(win32api.GetLastError(), -2147024891)
        win32api.SetLastError(-1)
        self.assertEqual(win32api.GetLastError(), -1)
        self.assertEqual(win32api.GetLastError(1, 2), -1)       # extra arguments are ignored
        self.assertRaises(TypeError, win32api.SetLastError, 'x')
        self.assertRaises(TypeError, win32api.SetLastError)

    def test_per_thread(self):
        win32api.SetLastError(87)
        seen = []

        def other():
            seen.append(win32api.GetLastError())
            win32api.SetLastError(2)
            seen.append(win32api.GetLastError())
        t = threading.Thread(target=other)
        t.start()
        t.join(10)
        self.assertEqual(seen, [0, 2])
        self.assertEqual(win32api.GetLastError(), 87)

    def test_failed_call_sets_it(self):
        win32api.SetLastError(0)
        self.assertRaises(pywintypes.error, win32api.GetLongPathName, os.path.join(tempfile.gettempdir(), 'no-such-file-8'))
        self.assertEqual(win32api.GetLastError(), 2)

    def test_format_message(self):
        self.assertEqual(win32api.FormatMessage(5), 'Access is denied.\r\n')
        self.assertEqual(win32api.FormatMessage(2), 'The system cannot find the file specified.\r\n')
        win32api.SetLastError(53)
        self.assertEqual(win32api.FormatMessage(), win32api.FormatMessage(53))
        self.assertEqual(win32api.FormatMessage(0), win32api.FormatMessage(53))
        e = self.assertWinError(317, 'FormatMessageW', win32api.FormatMessage, 0x1FFFF)
        self.assertEqual(e.winerror, 317)
        # form 2
        self.assertEqual(win32api.FormatMessage(win32con.FORMAT_MESSAGE_FROM_STRING, 'a %1 and %2%n', 0, 0, ['x', 'y']),
                         'a x and y\r\n')
        self.assertEqual(win32api.FormatMessage(win32con.FORMAT_MESSAGE_FROM_SYSTEM, None, 5, 0, None),
                         'Access is denied.\r\n')
        self.assertRaises(TypeError, win32api.FormatMessage, win32con.FORMAT_MESSAGE_FROM_STRING, 'a %1', 0, 0, [1])
        self.assertRaises(TypeError, win32api.FormatMessage, 'x')
        self.assertRaises(TypeError, win32api.FormatMessage, 1, 2)


class UserMachineTest(Case):
    def test_names(self):
        user = win32api.GetUserName()
        self.assertTrue(user and isinstance(user, str))
        comp = win32api.GetComputerName()
        self.assertTrue(comp and len(comp) <= 15)
        self.assertEqual(win32api.GetComputerNameEx(win32con.ComputerNameNetBIOS), comp)
        self.assertEqual(win32api.GetComputerNameEx(win32con.ComputerNameDnsHostname).upper()[:15], comp)
        fq = win32api.GetComputerNameEx(win32con.ComputerNameDnsFullyQualified)
        self.assertTrue(fq.lower().startswith(win32api.GetComputerNameEx(win32con.ComputerNameDnsHostname).lower()))
        self.assertEqual(win32api.GetUserNameEx(win32con.NameSamCompatible).lower(),
                         (win32api.GetDomainName() + '\\' + user).lower())
        self.assertRaises(TypeError, win32api.GetUserName, 1)
        self.assertRaises(TypeError, win32api.GetUserNameEx, None)
        self.assertRaises(TypeError, win32api.GetComputerNameEx)
        self.assertWinError(87, 'GetComputerNameExW', win32api.GetComputerNameEx, 99)

    @unittest.skipIf(ON_WINDOWS, "a domain member answers these")
    def test_user_name_ex_off_domain(self):
        self.assertWinError(1332, 'GetUserNameExW', win32api.GetUserNameEx, win32con.NameUserPrincipal)
        self.assertWinError(1355, 'GetUserNameExW', win32api.GetUserNameEx, win32con.NameFullyQualifiedDN)
        self.assertWinError(87, 'GetUserNameExW', win32api.GetUserNameEx, win32con.NameUnknown)
        try:
            self.assertTrue(win32api.GetUserNameEx(win32con.NameDisplay))
        except pywintypes.error as e:
            self.assertEqual(e.winerror, 1332)
        self.assertEqual(win32api.GetDomainName(), win32api.GetComputerName())

    def test_process_id(self):
        pid = win32api.GetCurrentProcessId()
        self.assertTrue(isinstance(pid, INT_TYPES) and pid > 0)
        if hasattr(os, 'getpid') and not sys.platform.startswith('java'):
            self.assertEqual(pid, os.getpid())


class PathEnvironmentTest(Case):
    def test_drives(self):
        s = win32api.GetLogicalDriveStrings()
        self.assertTrue(s == '' or s.endswith('\0'))
        mask = win32api.GetLogicalDrives()
        letters = [r[0].upper() for r in s.split('\0') if r]
        self.assertEqual(mask, sum(1 << (ord(c) - ord('A')) for c in letters))

    def test_paths(self):
        tmp = win32api.GetTempPath()
        self.assertTrue(tmp.endswith(os.sep))
        self.assertTrue(os.path.isdir(tmp))
        d = tempfile.mkdtemp()
        try:
            self.assertEqual(os.path.normcase(win32api.GetLongPathName(d)), os.path.normcase(d))
            self.assertTrue(win32api.GetShortPathName(d))
            missing = os.path.join(d, 'missing')
            self.assertWinError(2, 'GetShortPathNameW', win32api.GetShortPathName, missing)
            self.assertWinError(3, 'GetLongPathNameW', win32api.GetLongPathName, os.path.join(missing, 'x'))
            self.assertEqual(win32api.GetFullPathName(os.path.join(d, 'a', '..', 'b')), os.path.join(d, 'b'))
        finally:
            os.rmdir(d)
        self.assertEqual(win32api.GetFullPathName('C:\\x\\..\\y/z'), 'C:\\y\\z')
        self.assertEqual(win32api.GetFullPathName('\\\\srv\\share\\..\\..\\a'), '\\\\srv\\share\\a')
        for f in (win32api.GetShortPathName, win32api.GetLongPathName, win32api.GetFullPathName):
            self.assertRaisesMsg(TypeError, "None is not a valid string in this context", f, None)
            self.assertRaises(TypeError, f, 1)
            self.assertRaises(TypeError, f)

    def test_environment(self):
        name, value = [(k, v) for k, v in os.environ.items() if k.isalnum() and v][0]
        self.assertEqual(win32api.GetEnvironmentVariable(name), value)
        self.assertEqual(win32api.GetEnvironmentVariable('PYWIN32JVM_SURELY_UNSET_8'), None)
        self.assertEqual(win32api.ExpandEnvironmentStrings('<%' + name + '%>'), '<' + value + '>')
        self.assertEqual(win32api.ExpandEnvironmentStrings('%PYWIN32JVM_SURELY_UNSET_8%x%'), '%PYWIN32JVM_SURELY_UNSET_8%x%')
        self.assertEqual(win32api.ExpandEnvironmentStrings('100%'), '100%')
        self.assertRaises(TypeError, win32api.GetEnvironmentVariable, None)
        self.assertRaises(TypeError, win32api.ExpandEnvironmentStrings, b'x' if str is not bytes else 1)


class HandlesProgramsTest(Case):
    def test_close_handle(self):
        self.assertEqual(win32api.CloseHandle(0), None)
        self.assertEqual(win32api.CloseHandle(None), None)
        ev = win32event.CreateEvent(None, 0, 0, None)
        win32api.CloseHandle(ev)
        self.assertEqual(int(ev), 0)
        win32api.CloseHandle(ev)                            # twice is harmless
        ev2 = win32event.CreateEvent(None, 0, 0, None)
        value = int(ev2)
        win32api.CloseHandle(value)
        self.assertWinError(6, 'WaitForSingleObject', win32event.WaitForSingleObject, value, 0)
        self.assertWinError(6, 'CloseHandle', win32api.CloseHandle, 0x7FFF0)
        self.assertRaises(TypeError, win32api.CloseHandle, 'x')

    @unittest.skipIf(ON_WINDOWS, "the missing-program case is what is checked here")
    def test_missing_program(self):
        self.assertWinError(2, 'WinExec', win32api.WinExec, 'rasphone -d "Office VPN"')
        self.assertWinError(2, 'WinExec', win32api.WinExec, 'rasphone.exe')
        self.assertWinError(2, 'ShellExecute', win32api.ShellExecute, 0, None, 'rasphone.exe', '-d x', None, 1)
        self.assertWinError(2, 'ShellExecute', win32api.ShellExecute, 0, 'open', '/no/such/doc.txt', None, '', 1)
        self.assertWinError(3, 'ShellExecute', win32api.ShellExecute, 0, None, 'x', None, '/no/such/dir', 1)

    @unittest.skipIf(ON_WINDOWS, "runs a POSIX program")
    def test_start_program(self):
        d = tempfile.mkdtemp()
        try:
            marker = os.path.join(d, 'ran')
            self.assertEqual(win32api.WinExec('touch "%s"' % marker), None)
            self.assertTrue(win32api.ShellExecute(0, None, 'touch', '"%s2"' % marker, d, 1) > 32)
            for _ in range(100):
                if os.path.exists(marker) and os.path.exists(marker + '2'):
                    break
                time.sleep(0.05)
            self.assertTrue(os.path.exists(marker) and os.path.exists(marker + '2'))
        finally:
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
            os.rmdir(d)

    def test_program_arguments(self):
        self.assertRaises(TypeError, win32api.ShellExecute, 0, None, None, None, None, 1)
        self.assertRaises(TypeError, win32api.ShellExecute, 0, None, 'x', None, None)
        self.assertRaises(TypeError, win32api.WinExec, None)
        self.assertRaises(ValueError, win32api.WinExec, 'a\0b')
        self.assertRaises(TypeError, win32api.WinExec, 'x', 'y')
        self.assertRaises(TypeError, win32api.WinExec, cmdLine='x')


if __name__ == '__main__':
    unittest.main()
