"""Issue 13, items 2, 5, 6, 9 and 11: file names and arguments that used to end in a Java exception, a hang or the
wrong error type. Each test here failed (or hung) before its fix."""
import os
import subprocess
import sys
import time
import unittest

import _badinput
import _jvm
import netbios
import pywintypes
import win32ras
import win32wnet
from _rasfix import RasFixture
from _support import Case, IS_JYTHON, PY2

_System = _jvm.jclass('java.lang.System')


def _lone_surrogate():
    return None if IS_JYTHON else chr(0xDC80)     # Jython's unicode cannot hold one at all


class FilesTests(Case):
    def setUp(self):
        self.fx = RasFixture().start(dialer='sim')

    def tearDown(self):
        self.fx.stop()

    def fifo(self):
        path = os.path.join(self.fx.dir, 'fifo.pbk')
        if subprocess.call(['mkfifo', path]) != 0:
            self.skipTest('mkfifo failed')
        return path

    def test_fifo_phonebook_is_621_at_once(self):
        path = self.fifo()
        t0 = time.time()
        self.assertWinError(621, 'RasEnumEntries', win32ras.EnumEntries, None, path)
        self.assertWinError(621, 'RasGetEntryDialParams', win32ras.GetEntryDialParams, path, 'Work VPN')
        self.assertWinError(621, 'SetEntryDialParams', win32ras.SetEntryDialParams, path, ('Work VPN',), 0)
        handle, rc = win32ras.Dial(None, path, ('Work VPN', '', '', 'alice', 's3cret', ''), None)
        self.assertEqual(rc, 621)
        self.assertTrue(time.time() - t0 < 5)

    def test_device_phonebook_never_raises_from_dial(self):
        self.assertWinError(621, 'RasEnumEntries', win32ras.EnumEntries, None, '/dev/zero')
        handle, rc = win32ras.Dial(None, '/dev/zero', ('Work VPN', '', '', 'alice', 's3cret', ''), None)
        self.assertEqual(rc, 621)

    def test_fifo_store_is_621_at_once(self):
        self.fx.set('ras.store', self.fifo())
        self.assertWinError(621, 'RasGetEntryDialParams', win32ras.GetEntryDialParams, None, 'Work VPN')
        handle, rc = win32ras.Dial(None, None, ('Work VPN', '', '', 'alice', 's3cret', ''), None)
        self.assertEqual(rc, 621)

    def bounded(self, what, fn, *args):
        """fn(*args) under the watchdog: its result, or ('raised', winerror, funcname); a hang fails at once."""
        def call():
            try:
                return fn(*args)
            except pywintypes.error as e:
                return ('raised', e.winerror, e.funcname)
        t0 = time.time()
        out = _badinput.Watchdog(10).call(call)
        self.assertTrue(out is not None, '%s hung' % what)
        self.assertTrue(time.time() - t0 < 5, '%s took %.1fs' % (what, time.time() - t0))
        return out

    def four_calls(self, phonebook):
        """The four functions that read a phonebook or the store, with what each gave."""
        dial = self.bounded('Dial', win32ras.Dial, None, phonebook, ('Work VPN', '', '', 'alice', 's3cret', ''), None)
        if isinstance(dial, tuple) and dial[0] != 'raised':
            handle, rc = dial
            if rc == 0:
                win32ras.HangUp(handle)
            dial = ('rc', rc)
        return [
            ('EnumEntries', self.bounded('EnumEntries', win32ras.EnumEntries, None, phonebook)),
            ('GetEntryDialParams', self.bounded('GetEntryDialParams', win32ras.GetEntryDialParams, phonebook,
                                                'Work VPN')),
            ('SetEntryDialParams', self.bounded('SetEntryDialParams', win32ras.SetEntryDialParams, phonebook,
                                                ('Work VPN', '', '', 'alice', 's3cret', ''), 0)),
            ('Dial', dial),
        ]

    def unusable(self):
        """(name, path) of each file that is no regular file, and a sparse one over the 16 MiB cap."""
        big = os.path.join(self.fx.dir, 'big.pbk')
        f = open(big, 'wb')
        f.seek(17 * 1024 * 1024 - 1)               # sparse: 17 MiB on paper, one block on disk
        f.write(b'\n')
        f.close()
        return [('FIFO', self.fifo()), ('/dev/zero', '/dev/zero'), ('17 MiB file', big)]

    def test_unusable_phonebook_matrix(self):
        # a FIFO or device: 621 (the phonebook cannot be opened); over the size cap: 625 (not a phonebook)
        for kind, path in self.unusable():
            code = 625 if kind.startswith('17') else 621
            expected = [('EnumEntries', ('raised', code, 'RasEnumEntries')),
                        ('GetEntryDialParams', ('raised', code, 'RasGetEntryDialParams')),
                        ('SetEntryDialParams', ('raised', code, 'SetEntryDialParams')),
                        ('Dial', ('rc', code))]
            self.assertEqual(self.four_calls(path), expected, kind)

    def test_unusable_store_matrix(self):
        # the phonebook is fine: EnumEntries never reads the store, the other three give 621 at once
        for kind, path in self.unusable():
            self.fx.set('ras.store', path)
            got = self.four_calls(self.fx.phonebook)
            self.assertEqual(got[0], ('EnumEntries', ('Work VPN', 'ISP', 'EAP Office')), kind)
            self.assertEqual(got[1:], [('GetEntryDialParams', ('raised', 621, 'RasGetEntryDialParams')),
                                       ('SetEntryDialParams', ('raised', 621, 'SetEntryDialParams')),
                                       ('Dial', ('rc', 621))], kind)

    def test_store_setting_the_jvm_cannot_use_is_621(self):
        # a NUL, or (GraalPy) a lone surrogate the file-name encoding cannot hold: no Java exception, 621 at once
        bad = [self.fx.dir + '/store\0x']
        if not IS_JYTHON:
            bad.append(self.fx.dir + '/store' + _lone_surrogate())
        for value in bad:
            _System.setProperty('pywin32jvm.ras.store', value)
            self.assertEqual(self.four_calls(self.fx.phonebook)[1:], [
                ('GetEntryDialParams', ('raised', 621, 'RasGetEntryDialParams')),
                ('SetEntryDialParams', ('raised', 621, 'SetEntryDialParams')),
                ('Dial', ('rc', 621))], repr(value))
            self.assertWinError(621, 'RasGetEapUserIdentity', win32ras.GetEapUserIdentity, None, 'EAP Office', 0, 0)

    def test_nul_in_phonebook_name_is_621(self):
        self.assertWinError(621, 'RasEnumEntries', win32ras.EnumEntries, None, self.fx.phonebook + '\0x')

    def test_non_ascii_phonebook_name(self):
        name = u'caf\u00e9-\u4e2d\u6587.pbk'
        folder = self.fx.dir.decode('utf-8') if PY2 else self.fx.dir
        path = folder + u'/' + name
        with open(self.fx.phonebook, 'rb') as src:
            data = src.read()
        # written through Java, so the test does not depend on how the engine encodes file names
        out = _jvm.jclass('java.io.FileOutputStream')(path)
        out.write(_jvm.from_bytes(data))
        out.close()
        self.assertEqual(win32ras.EnumEntries(None, path), ('Work VPN', 'ISP', 'EAP Office'))

    @unittest.skipIf(IS_JYTHON, "Jython's unicode cannot hold a lone surrogate")
    def test_lone_surrogate_is_unicode_encode_error(self):
        bad = _lone_surrogate()
        calls = [
            (win32ras.EnumEntries, (None, self.fx.dir + '/x' + bad + '.pbk')),
            (win32ras.GetEntryDialParams, (self.fx.dir + '/x' + bad, 'Work VPN')),
            (win32ras.GetEntryDialParams, (None, 'Work' + bad)),
            (win32ras.SetEntryDialParams, (self.fx.dir + bad, ('Work VPN',), 0)),
            (win32ras.EditPhonebookEntry, (0, None, 'a' + bad)),
            (win32ras.EditPhonebookEntry, (0, self.fx.dir + bad, 'a')),
            (win32ras.CreatePhonebookEntry, (0, self.fx.dir + bad)),
            (win32ras.GetEapUserIdentity, (self.fx.dir + bad, 'Work VPN', 0, 0)),
            (win32wnet.WNetGetConnection, ('Z' + bad,)),
            (win32wnet.WNetGetUser, ('Z' + bad,)),
        ]
        for fn, args in calls:
            try:
                fn(*args)
            except UnicodeEncodeError:
                continue
            except Exception as e:
                self.fail('%s%r raised %s %s' % (fn.__name__, args, type(e).__name__, e))
            self.fail('%s%r raised nothing' % (fn.__name__, args))


class NetbiosTests(Case):
    def test_huge_ncbbuffer_is_memory_error(self):
        self.assertRaises(MemoryError, win32wnet.NCBBuffer, 2 ** 31 - 1)

    def test_buffer_with_high_bytes(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBENUM
        buf = win32wnet.NCBBuffer(8)
        for i in range(8):
            buf[i] = b'\xff' if PY2 else 0xff
        ncb.Buffer = buf
        self.assertEqual(win32wnet.Netbios(ncb), 0)

    def test_adapter_status_buffer_reused_after_a_mac(self):
        ncb = win32wnet.NCB()
        status = netbios.ADAPTER_STATUS()
        status.adapter_address = b'\x80\xff\x90\xa0\xb0\xc0'
        ncb.Command = netbios.NCBENUM
        ncb.Buffer = status
        rc = netbios.Netbios(ncb)
        self.assertTrue(isinstance(rc, int))

    def test_lana_elements_are_ints(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBENUM
        la = netbios.LANA_ENUM()
        ncb.Buffer = la
        self.assertEqual(netbios.Netbios(ncb), 0)
        lanas = [la.lana[i] for i in range(la.length)]
        for x in lanas + list(bytearray(la.lana[:2])):
            self.assertTrue(isinstance(x, int if not PY2 else (int, str)), type(x))
        if not PY2:
            self.assertTrue(all(type(x) is int for x in la.lana))


if __name__ == '__main__':
    unittest.main()
