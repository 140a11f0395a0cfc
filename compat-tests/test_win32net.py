"""win32net against the Samba fixture: shares at every level with paging, share info, server and
workstation info, NetUse* on the same connection table as win32wnet (both ways), errors and bad input."""
import unittest

import pywintypes
import win32net
import win32netcon
import win32wnet
from _support import Case, SmbCase

try:
    INT_TYPES = (int, long)
    TEXT = (str, unicode)
except NameError:
    INT_TYPES = (int,)
    TEXT = (str,)

SHARE_KEYS = {
    0: ['netname'],
    1: ['netname', 'type', 'remark'],
    2: ['netname', 'type', 'remark', 'permissions', 'max_uses', 'current_uses', 'path', 'passwd'],
    501: ['netname', 'type', 'remark', 'flags'],
    502: ['netname', 'type', 'remark', 'permissions', 'max_uses', 'current_uses', 'path', 'passwd',
          'reserved', 'security_descriptor'],
}
USE_KEYS = {
    0: ['local', 'remote'],
    1: ['local', 'remote', 'password', 'status', 'asg_type', 'refcount', 'usecount'],
    2: ['local', 'remote', 'password', 'status', 'asg_type', 'refcount', 'usecount', 'username', 'domainname'],
}


class ModuleTest(Case):
    def test_constants(self):
        self.assertEqual((win32net.USE_NOFORCE, win32net.USE_FORCE, win32net.USE_LOTS_OF_FORCE), (0, 1, 2))
        self.assertEqual(win32net.SERVICE_SERVER, 'LanmanServer')
        self.assertEqual(win32net.SERVICE_WORKSTATION, 'LanmanWorkstation')
        self.assertTrue(win32net.error is pywintypes.error)
        self.assertFalse(hasattr(win32netcon, 'USE_FORCE'))

    def test_bad_levels_before_any_call(self):
        # the level is checked before the server is contacted: an unknown server still gives ValueError
        bad = r'\\no-such-host-8'
        msg = "This information level is not supported"
        self.assertRaisesMsg(ValueError, msg, win32net.NetShareEnum, bad, 503)
        self.assertRaisesMsg(ValueError, msg, win32net.NetShareEnum, bad, 3)
        self.assertRaisesMsg(ValueError, msg, win32net.NetShareGetInfo, bad, 'x', 7)
        self.assertRaisesMsg(ValueError, msg, win32net.NetShareAdd, bad, 9, {})
        self.assertRaisesMsg(ValueError, msg, win32net.NetServerGetInfo, bad, 99)
        self.assertRaisesMsg(ValueError, msg, win32net.NetWkstaGetInfo, bad, 302)
        self.assertRaisesMsg(ValueError, msg, win32net.NetUseEnum, None, 4)
        self.assertRaisesMsg(ValueError, msg, win32net.NetUseGetInfo, None, 'Z:', 5)
        self.assertRaisesMsg(ValueError, msg, win32net.NetUseAdd, None, 4, {})

    def test_bad_types(self):
        self.assertRaises(TypeError, win32net.NetShareEnum, 1)
        self.assertRaises(TypeError, win32net.NetShareEnum, None, '1')
        self.assertRaises(TypeError, win32net.NetShareEnum, None, 1.0)
        self.assertRaises(TypeError, win32net.NetShareEnum)
        self.assertRaises(TypeError, win32net.NetShareEnum, None, 1, None, -1, 5)
        self.assertRaises(TypeError, win32net.NetShareEnum, server=None)
        self.assertRaises(OverflowError, win32net.NetShareEnum, None, 1 << 40)
        self.assertRaisesMsg(TypeError, "None is not a valid string in this context",
                             win32net.NetShareGetInfo, None, None, 1)
        self.assertRaises(TypeError, win32net.NetShareGetInfo, None, 'x')
        self.assertRaisesMsg(TypeError, "The object must be a mapping", win32net.NetUseAdd, None, 2, [1])
        self.assertRaisesMsg(TypeError, "The mapping attribute 'asg_type' must be an unsigned 32 bit int",
                             win32net.NetUseAdd, None, 2, {'remote': r'\\x\y', 'asg_type': 'disk'})
        self.assertRaises(TypeError, win32net.NetUseAdd, None, 2, {'remote': 5})
        self.assertRaisesMsg(TypeError, "None is not a valid string in this context", win32net.NetUseDel, None, None)
        self.assertRaises(TypeError, win32net.NetUseEnum, None, 0, None)      # resumeHandle must be an int here
        self.assertRaises(TypeError, win32net.NetUseDel, None, 'Z:', 'force')
        self.assertRaises(TypeError, win32net.NetServerGetInfo, None)
        self.assertRaises(TypeError, win32net.NetWkstaGetInfo, b'x' if str is not bytes else 1, 100)

    def test_local_machine(self):
        info = win32net.NetWkstaGetInfo(None, 100)
        self.assertEqual(sorted(info), sorted(['platform_id', 'computername', 'langroup', 'ver_major', 'ver_minor']))
        self.assertEqual(info['platform_id'], 500)
        import win32api
        self.assertEqual(info['computername'], win32api.GetComputerName())
        s = win32net.NetServerGetInfo(None, 101)
        self.assertEqual(sorted(s), sorted(['platform_id', 'name', 'version_major', 'version_minor', 'type', 'comment']))
        self.assertEqual(sorted(win32net.NetServerGetInfo(None, 100)), ['name', 'platform_id'])
        self.assertWinError(124, 'NetServerGetInfo', win32net.NetServerGetInfo, None, 102)

    def test_use_not_found(self):
        self.assertWinError(2250, 'NetUseDel', win32net.NetUseDel, None, 'Y:')
        self.assertWinError(2250, 'NetUseGetInfo', win32net.NetUseGetInfo, None, 'Y:', 1)
        self.assertWinError(124, 'NetUseAdd', win32net.NetUseAdd, None, 0, {'remote': r'\\x\y'})
        self.assertWinError(87, 'NetUseAdd', win32net.NetUseAdd, None, 1, {'local': 'Y:'})


class SambaTest(SmbCase):
    def test_share_enum_old_form(self):
        shares = win32net.NetShareEnum(self.server)
        self.assertTrue(isinstance(shares, list))
        names = [s[0] for s in shares]
        for n in ('public', 'data', 'other', 'secure', 'hidden$', 'IPC$'):
            self.assertIn(n, names)
        ipc = [s for s in shares if s[0] == 'IPC$'][0]
        self.assertEqual(len(ipc), 3)
        self.assertTrue(ipc[1] < 0)                                    # built with "i": special shares negative
        self.assertEqual(ipc[1] & 0xFF, win32netcon.STYPE_IPC)
        self.assertEqual([s for s in shares if s[0] == 'data'][0][1:], (0, 'Data share'))

    def test_share_enum_levels(self):
        for level in (0, 1, 2, 501, 502):
            items, total, resume = win32net.NetShareEnum(self.server, level)
            self.assertEqual((total, resume), (len(items), 0))
            for d in items:
                self.assertEqual(sorted(d), sorted(SHARE_KEYS[level]), level)
            by = dict((d['netname'], d) for d in items)
            self.assertIn('public', by)
            if level >= 1:
                self.assertEqual(by['IPC$']['type'] & 0xFFFFFFFF, by['IPC$']['type'])   # positive here
                self.assertTrue(by['IPC$']['type'] & win32netcon.STYPE_SPECIAL)
                self.assertEqual(by['public']['remark'], 'Public share')
            if level in (2, 502):
                self.assertEqual(by['data']['max_uses'], 4294967295)
                self.assertTrue(by['data']['path'].lower().replace('\\', '/').endswith('share/data'))
            if level == 502:
                self.assertEqual(by['data']['security_descriptor'], None)

    def test_share_enum_paging(self):
        everything = win32net.NetShareEnum(self.server, 1)[0]
        seen, resume, calls = [], None, 0
        while True:
            items, total, resume = win32net.NetShareEnum(self.server, 1, resume, 60)
            calls += 1
            self.assertEqual(total, len(everything))
            self.assertTrue(items)
            seen.extend(items)
            if not resume:
                break
            self.assertTrue(calls < 50)
        self.assertTrue(calls > 1)
        self.assertEqual(seen, everything)
        self.assertEqual(win32net.NetShareEnum(self.server, 1, 1000), ([], len(everything), 0))

    def test_share_get_info(self):
        d = win32net.NetShareGetInfo(self.server, 'public', 2)
        self.assertEqual(sorted(d), sorted(SHARE_KEYS[2]))
        self.assertEqual((d['netname'], d['type'], d['remark']), ('public', 0, 'Public share'))
        self.assertEqual(win32net.NetShareGetInfo(self.server, 'data', 0), {'netname': 'data'})
        # Windows servers answer 2310 (NERR_NetNameNotFound); Samba's srvsvc answers 123 (WERR_INVALID_NAME)
        try:
            win32net.NetShareGetInfo(self.server, 'no-such-share', 1)
            self.fail('no error')
        except pywintypes.error as e:
            self.assertEqual(e.funcname, 'NetShareGetInfo')
            self.assertIn(e.winerror, (2310, 123))

    def test_errors(self):
        self.assertWinError(53, 'NetShareEnum', win32net.NetShareEnum, r'\\no-such-host-8', 1)
        self.assertWinError(53, 'NetShareEnum', win32net.NetShareEnum, 'no-such-host-8')
        self.assertWinError(53, 'NetServerGetInfo', win32net.NetServerGetInfo, r'\\no-such-host-8', 101)
        self.assertWinError(5, 'NetShareAdd', win32net.NetShareAdd, self.server, 2,
                            {'netname': 'new8', 'type': 0, 'path': 'C:\\tmp', 'remark': None})
        self.assertWinError(124, 'NetShareAdd', win32net.NetShareAdd, self.server, 1, {'netname': 'new8'})
        self.assertWinError(5, 'NetShareDel', win32net.NetShareDel, self.server, 'public')
        self.assertWinError(2114, 'NetShareEnum', win32net.NetShareEnum, None, 1)   # no Server service here

    def test_server_info(self):
        d = win32net.NetServerGetInfo(self.server, 101)
        self.assertEqual(d['platform_id'], 500)
        self.assertEqual(d['name'], self.server[2:].upper())
        self.assertTrue(d['type'] & win32netcon.SV_TYPE_SERVER)

    def test_use_add_then_wnet(self):
        remote = self.server + '\\data'
        win32net.NetUseAdd(None, 2, {'remote': remote, 'local': 'N:', 'password': self.password,
                                     'username': self.user, 'asg_type': 0})
        self.mapped.append('N:')
        self.assertEqual(win32wnet.WNetGetConnection('N:'), remote)
        self.assertEqual(win32wnet.WNetGetUser('N:'), self.user)
        d = win32net.NetUseGetInfo(None, 'N:', 2)
        self.assertEqual(sorted(d), sorted(USE_KEYS[2]))
        self.assertEqual((d['local'], d['remote'], d['password'], d['asg_type'], d['username']),
                         ('N:', remote, None, 0, self.user))
        self.assertEqual(win32net.NetUseGetInfo(None, remote), {'local': 'N:', 'remote': remote})
        self.assertWinError(85, 'NetUseAdd', win32net.NetUseAdd, None, 1, {'remote': remote, 'local': 'N:'})
        win32wnet.WNetCancelConnection2('N:', 0, 0)
        self.assertWinError(2250, 'NetUseGetInfo', win32net.NetUseGetInfo, None, 'N:')

    def test_wnet_add_then_use_enum(self):
        remote = self.server + '\\data'
        self.map('O:', 'data', self.password, self.user)
        items, total, resume = win32net.NetUseEnum(None, 1)
        self.assertEqual(resume, 0)
        mine = [d for d in items if d['local'] == 'O:']
        self.assertEqual(len(mine), 1)
        self.assertEqual(sorted(mine[0]), sorted(USE_KEYS[1]))
        self.assertEqual((mine[0]['remote'], mine[0]['status'], mine[0]['asg_type']), (remote, 0, 0))
        win32net.NetUseDel(None, 'O:', win32net.USE_LOTS_OF_FORCE)
        self.assertWinError(2250, 'WNetGetConnection', win32wnet.WNetGetConnection, 'O:')
        self.assertEqual([d for d in win32net.NetUseEnum(None, 0)[0] if d['local'] == 'O:'], [])

    def test_use_add_bad_password_and_share(self):
        self.assertWinError(1326, 'NetUseAdd', win32net.NetUseAdd, None, 2,
                            {'remote': self.server + '\\data', 'local': 'P:', 'password': 'wrong-8',
                             'username': self.user})
        self.assertWinError(67, 'NetUseAdd', win32net.NetUseAdd, None, 1,
                            {'remote': self.server + '\\no-such-share', 'local': 'P:'})
        self.assertWinError(2250, 'NetUseGetInfo', win32net.NetUseGetInfo, None, 'P:')

    def test_use_enum_paging(self):
        for local, share in (('K:', 'public'), ('L:', 'data')):
            win32net.NetUseAdd(None, 2, {'remote': self.server + '\\' + share, 'local': local,
                                         'password': self.password, 'username': self.user})
            self.mapped.append(local)
        items, total, resume = win32net.NetUseEnum(None, 0, 0, 10)
        self.assertEqual((len(items), resume), (1, 1))
        rest, total2, resume = win32net.NetUseEnum(None, 0, resume, 10)
        self.assertEqual(total, total2)
        self.assertEqual(sorted(d['local'] for d in items + rest if d['local'] in ('K:', 'L:')), ['K:', 'L:'])


if __name__ == '__main__':
    unittest.main()
