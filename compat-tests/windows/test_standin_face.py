"""win32ras / win32wnet / Netbios through the Windows (JNA) backend, against the native stand-in.

Not part of the default compatibility suite (it lives in a subfolder): StandinFaceTest runs it in a
child JVM configured with -Dpywin32jvm.{ras,wnet,netbios}=windows and
-Dpywin32jvm.windows.library=<the stand-in>, under Jython and GraalPy. The stand-in's data
(native/standin): phonebook entries "Office VPN" and "Home ISP" (password "secret"), server
\\\\standin with shares share1, share2 and printer.
"""
import sys
import threading
import time
import unittest

import pywintypes
import win32ras
import win32net
import win32wnet

GOOD = ('Office VPN', '', '', 'alice', 'secret')
SHARE1 = '\\\\standin\\share1'


def byte_at(buf, i):
    x = buf[i]
    return x if isinstance(x, int) else ord(x)


class Base(unittest.TestCase):
    def assertWinError(self, code, funcname, fn, *args):
        try:
            fn(*args)
        except pywintypes.error as e:
            self.assertEqual((e.winerror, e.funcname), (code, funcname), repr(e.args))
            self.assertTrue(e.strerror)
            return e
        self.fail('pywintypes.error(%d, %r) not raised' % (code, funcname))


class RasTest(Base):
    def tearDown(self):
        for c in win32ras.EnumConnections():
            win32ras.HangUp(c[0])

    def test_enum_entries_is_a_tuple_of_names(self):
        self.assertEqual(win32ras.EnumEntries(), ('Office VPN', 'Home ISP'))

    def test_sync_dial_status_enum_hangup(self):
        h, rc = win32ras.Dial(None, None, GOOD, None)
        self.assertEqual(rc, 0)
        self.assertTrue(h != 0 and win32ras.IsHandleValid(h))
        self.assertEqual(win32ras.GetConnectStatus(h)[:2], (win32ras.RASCS_Connected, 0))
        self.assertEqual(win32ras.EnumConnections(), [(h, 'Office VPN', 'vpn', 'Stand-in VPN (PPTP)')])
        win32ras.HangUp(h)
        self.assertWinError(6, 'RasHangup', win32ras.HangUp, h)
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, h)

    def test_failed_sync_dial_returns_handle_and_code(self):
        h, rc = win32ras.Dial(None, None, ('Office VPN', '', '', 'alice', 'wrong'), None)
        self.assertEqual(rc, 691)
        self.assertNotEqual(h, 0)
        win32ras.HangUp(h)

    def test_callback_sequence(self):
        seen = []
        done = threading.Event()

        def callback(hras, msg, state, error, exterror):
            seen.append((msg, state, error, threading.current_thread().name))
            if state == win32ras.RASCS_Connected:
                done.set()
        h, rc = win32ras.Dial(None, None, GOOD, callback)
        self.assertEqual(rc, 0)
        done.wait(20)
        self.assertEqual([s[1] for s in seen], [0, 1, 2, 3, 4, 5, 14, win32ras.RASCS_Connected])
        self.assertEqual(set(s[0] for s in seen), set([0xCCCD]))
        win32ras.HangUp(h)

    def test_dial_extensions_get_their_dwsize(self):
        # pywin32 never sets dwSize (rc 632); this face fixes that (README, differences-ras)
        h, rc = win32ras.Dial(win32ras.RASDIALEXTENSIONS(), None, GOOD, None)
        try:
            self.assertNotEqual(h, 0)
            self.assertEqual(rc, 0)
        finally:
            win32ras.HangUp(h)

    def test_too_long_item(self):
        try:
            win32ras.Dial(None, None, ('x' * 257,), None)
        except ValueError as e:
            self.assertEqual(str(e), '<RasDialParams conversion>: String size (257) greater than acceptable size (256)')
        else:
            self.fail('ValueError not raised')

    def test_entry_dial_params(self):
        win32ras.SetEntryDialParams(None, ('Office VPN', '', '', 'alice', 'secret', 'CORP'), 0)
        params, retrieved = win32ras.GetEntryDialParams(None, 'Office VPN')
        self.assertTrue(retrieved is True)
        self.assertEqual((params[0], params[3], params[5]), ('Office VPN', 'alice', 'CORP'))
        self.assertWinError(623, 'RasGetEntryDialParams', win32ras.GetEntryDialParams, None, 'Nowhere')

    def test_error_string(self):
        self.assertEqual(win32ras.GetErrorString(623),
                         'The system could not find the phone book entry for this connection.')


class WNetTest(Base):
    def nr(self, local, remote):
        r = win32wnet.NETRESOURCE()
        r.dwType = 1
        r.lpLocalName = local
        r.lpRemoteName = remote
        return r

    def test_connect_ask_cancel(self):
        win32wnet.WNetAddConnection2(self.nr('Z:', SHARE1), None, 'bob')
        try:
            self.assertEqual(win32wnet.WNetGetUser('Z:'), 'bob')
            self.assertEqual(win32wnet.WNetGetConnection('Z:'), SHARE1)
            self.assertEqual(win32wnet.WNetGetUniversalName('Z:\\dir\\f.txt'), SHARE1 + '\\dir\\f.txt')
            self.assertEqual(win32wnet.WNetGetUniversalName('Z:\\dir\\f.txt', 2),
                             (SHARE1 + '\\dir\\f.txt', SHARE1, '\\dir\\f.txt'))
        finally:
            win32wnet.WNetCancelConnection2('Z:', 0, 1)
        self.assertWinError(2250, 'WNetCancelConnection2', win32wnet.WNetCancelConnection2, 'Z:', 0, 1)
        self.assertWinError(2250, 'WNetGetUniversalName (for buffer size)', win32wnet.WNetGetUniversalName, 'Z:\\x')

    def test_errors(self):
        self.assertWinError(86, 'WNetAddConnection2', win32wnet.WNetAddConnection2, self.nr('Y:', SHARE1), 'wrong', None)
        self.assertWinError(67, 'WNetAddConnection2', win32wnet.WNetAddConnection2, self.nr('Y:', '\\\\standin\\no'))

    def test_user(self):
        self.assertEqual(win32wnet.WNetGetUser(), 'standinuser')

    def test_enumeration(self):
        h = win32wnet.WNetOpenEnum(2, 0, 0, None)
        servers = win32wnet.WNetEnumResource(h, 64)
        self.assertEqual([s.lpRemoteName for s in servers], ['\\\\standin'])
        self.assertEqual(win32wnet.WNetEnumResource(h), [])
        win32wnet.WNetCloseEnum(h)
        h = win32wnet.WNetOpenEnum(2, 0, 0, servers[0])
        names = []
        while True:
            got = win32wnet.WNetEnumResource(h, 1)
            if not got:
                break
            names.extend(r.lpRemoteName for r in got)
        win32wnet.WNetCloseEnum(h)
        self.assertEqual(names, [SHARE1, '\\\\standin\\share2', '\\\\standin\\printer'])

    def test_netbios_enum(self):
        ncb = win32wnet.NCB()
        ncb.Command = 0x37                              # NCBENUM
        buf = win32wnet.NCBBuffer(256)
        ncb.Buffer = buf
        self.assertEqual(win32wnet.Netbios(ncb), 0)
        self.assertEqual(byte_at(buf, 0), 1)


class NetTest(Base):
    """win32net over netapi32 (the stand-in's lmnet.c): paging, dicts, one connection table with WNet."""

    def test_share_enum_paged_and_get_info(self):
        names, resume = [], 0
        while True:
            shares, total, resume = win32net.NetShareEnum('\\\\standin', 1, resume, 1)
            names.extend(s['netname'] for s in shares)
            if not resume:
                break
        self.assertEqual(names, ['share1', 'share2', 'printer'])
        info = win32net.NetShareGetInfo(None, 'share1', 2)
        self.assertEqual((info['netname'], info['path']), ('share1', 'C:\\standin\\share1'))
        self.assertWinError(2310, 'NetShareGetInfo', win32net.NetShareGetInfo, None, 'nothing', 1)
        self.assertEqual(win32net.NetServerGetInfo(None, 101)['name'], 'STANDIN')

    def test_use_and_wnet_share_one_table(self):
        win32net.NetUseAdd(None, 2, {'local': 'Z:', 'remote': SHARE1, 'asg_type': 0, 'username': 'bob'})
        try:
            self.assertEqual(win32wnet.WNetGetConnection('Z:'), SHARE1)
            self.assertEqual(win32net.NetUseGetInfo(None, 'Z:', 2)['username'], 'bob')
        finally:
            win32wnet.WNetCancelConnection2('Z:', 0, 1)
        self.assertWinError(2250, 'NetUseGetInfo', win32net.NetUseGetInfo, None, 'Z:', 2)


if __name__ == '__main__':
    unittest.main()
