"""Print this machine's adapter MAC addresses with pywin32's Netbios recipe.

usage: netbios_mac.py     (no arguments)

NCBENUM lists the LANAs, then for each: NCBRESET, and NCBASTAT with the callname "*" fills an
ADAPTER_STATUS whose adapter_address is the MAC. Runs unchanged on Windows with pywin32.
"""
from __future__ import print_function

import sys

import netbios
import pywintypes


class NetbiosFailure(Exception):
    pass


def check(rc, command):
    if rc != netbios.NRC_GOODRET:
        raise NetbiosFailure("Netbios %s failed: return code %d" % (command, rc))


def adapter_macs():
    ncb = netbios.NCB()
    ncb.Command = netbios.NCBENUM
    la_enum = netbios.LANA_ENUM()
    ncb.Buffer = la_enum
    check(netbios.Netbios(ncb), "NCBENUM")
    for i in range(la_enum.length):
        lana = bytearray(la_enum.lana)[i]
        ncb.Reset()
        ncb.Command = netbios.NCBRESET
        ncb.Lana_num = lana
        check(netbios.Netbios(ncb), "NCBRESET")
        ncb.Reset()
        ncb.Command = netbios.NCBASTAT
        ncb.Lana_num = lana
        ncb.Callname = "*".ljust(16)
        adapter = netbios.ADAPTER_STATUS()
        ncb.Buffer = adapter
        netbios.Netbios(ncb)
        yield lana, adapter.adapter_address


def main(argv):
    if len(argv) > 1:
        print("netbios_mac.py: takes no arguments", file=sys.stderr)
        print(__doc__, file=sys.stderr)
        return 2
    count = 0
    try:
        for lana, address in adapter_macs():
            print("LANA %d: %s" % (lana, "-".join(["%02X" % b for b in bytearray(address)])))
            count += 1
    except NetbiosFailure as failure:
        print(failure, file=sys.stderr)
        return 1
    if not count:
        print("No network adapters found")
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except pywintypes.error as details:
        # one line, as a Windows tool reports a failed call
        sys.exit("%s failed: error %d - %s" % (details.funcname, details.winerror, details.strerror))
