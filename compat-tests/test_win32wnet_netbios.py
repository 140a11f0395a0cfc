"""The Netbios MAC-address recipe (NCBENUM, NCBRESET, NCBASTAT "*") returns this machine's real MAC
addresses; the emulation's return codes for bad input (spec backends.md 2.5)."""
import glob
import sys
import unittest

import netbios
import win32wnet
from _support import Case

LINUX = sys.platform.startswith('linux') or (
    sys.platform.startswith('java') and __import__('os').path.isdir('/sys/class/net'))


def sys_macs():
    """MACs of /sys/class/net interfaces: (all of them, the up Ethernet ones)."""
    every, up = set(), set()
    for path in glob.glob('/sys/class/net/*'):
        try:
            mac = open(path + '/address').read().strip().lower()
            state = open(path + '/operstate').read().strip()
            kind = open(path + '/type').read().strip()
        except (IOError, OSError):
            continue
        every.add(mac)
        if state == 'up' and kind == '1' and mac != '00:00:00:00:00:00':
            up.add(mac)
    return every, up


def netbios_macs():
    ncb = win32wnet.NCB()
    ncb.Command = netbios.NCBENUM
    la_enum = netbios.LANA_ENUM()
    ncb.Buffer = la_enum
    rc = netbios.Netbios(ncb)
    assert rc == 0, rc
    macs = []
    for i in range(la_enum.length):
        ncb.Reset()
        ncb.Command = netbios.NCBRESET
        ncb.Lana_num = bytearray(la_enum.lana)[i]
        assert netbios.Netbios(ncb) == 0
        ncb.Reset()
        ncb.Command = netbios.NCBASTAT
        ncb.Lana_num = bytearray(la_enum.lana)[i]
        ncb.Callname = "*".ljust(16)
        adapter = netbios.ADAPTER_STATUS()
        ncb.Buffer = adapter
        assert netbios.Netbios(ncb) == 0
        macs.append(':'.join(['%02x' % b for b in bytearray(adapter.adapter_address)]))
    return macs


class NetbiosTests(Case):
    @unittest.skipUnless(LINUX, "compares with /sys/class/net")
    def test_recipe_gives_real_macs(self):
        every, up = sys_macs()
        macs = netbios_macs()
        self.assertTrue(macs, "no LANA")
        for mac in macs:
            self.assertIn(mac, every)
        for mac in up:
            self.assertIn(mac, macs)

    def test_raw_ncbbuffer_and_counts(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBENUM
        buf = win32wnet.NCBBuffer(256)
        ncb.Buffer = buf
        self.assertEqual(win32wnet.Netbios(ncb), 0)
        self.assertEqual(ncb.Retcode, 0)
        self.assertTrue(bytearray(buf)[0] >= 1)

    def test_short_buffer_is_nrc_buflen(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBASTAT
        ncb.Callname = "*"
        ncb.Buffer = win32wnet.NCBBuffer(10)
        self.assertEqual(win32wnet.Netbios(ncb), netbios.NRC_BUFLEN)
        self.assertEqual(ncb.Retcode, netbios.NRC_BUFLEN)

    def test_bad_lana_is_nrc_bridge(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBRESET
        ncb.Lana_num = 200
        self.assertEqual(win32wnet.Netbios(ncb), netbios.NRC_BRIDGE)

    def test_unsupported_command_is_nrc_illcmd(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBCALL
        self.assertEqual(win32wnet.Netbios(ncb), netbios.NRC_ILLCMD)
        ncb.Command = netbios.NCBADDNAME
        self.assertEqual(win32wnet.Netbios(ncb), netbios.NRC_ILLCMD)

    def test_asynch_enum_completes(self):
        ncb = win32wnet.NCB()
        ncb.Command = netbios.NCBENUM | netbios.ASYNCH - 256      # 0xB7 as a signed char
        ncb.Buffer = netbios.LANA_ENUM()
        self.assertEqual(netbios.Netbios(ncb), 0)
        self.assertEqual(ncb.Cmd_cplt, 0)

    def test_struct_layouts(self):
        self.assertEqual(len(netbios.ADAPTER_STATUS()._buffer_), 60)
        self.assertEqual(len(netbios.LANA_ENUM()._buffer_), 256)
        self.assertEqual(len(netbios.NAME_BUFFER()._buffer_), 18)
        self.assertEqual(len(netbios.ACTION_HEADER()._buffer_), 8)
        self.assertRaises(AttributeError, setattr, netbios.LANA_ENUM(), 'nosuch', 1)
        self.assertEqual(netbios.NCB, win32wnet.NCB)
        self.assertEqual(netbios.NRC_PENDING, 0xFF)


if __name__ == '__main__':
    unittest.main()
