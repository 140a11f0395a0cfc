"""Print this machine's adapter MAC addresses with pywin32's Netbios recipe.

NCBENUM lists the LANAs, then for each: NCBRESET, and NCBASTAT with the callname "*" fills an
ADAPTER_STATUS whose adapter_address is the MAC. Runs unchanged on Windows with pywin32.
"""
from __future__ import print_function

import sys

import netbios
import win32wnet


def adapter_macs():
    ncb = netbios.NCB()
    ncb.Command = netbios.NCBENUM
    la_enum = netbios.LANA_ENUM()
    ncb.Buffer = la_enum
    rc = netbios.Netbios(ncb)
    if rc != netbios.NRC_GOODRET:
        raise RuntimeError("Unexpected result %d" % (rc,))
    for i in range(la_enum.length):
        lana = bytearray(la_enum.lana)[i]
        ncb.Reset()
        ncb.Command = netbios.NCBRESET
        ncb.Lana_num = lana
        rc = netbios.Netbios(ncb)
        if rc != netbios.NRC_GOODRET:
            raise RuntimeError("Unexpected result %d" % (rc,))
        ncb.Reset()
        ncb.Command = netbios.NCBASTAT
        ncb.Lana_num = lana
        ncb.Callname = "*".ljust(16)
        adapter = netbios.ADAPTER_STATUS()
        ncb.Buffer = adapter
        netbios.Netbios(ncb)
        yield lana, adapter.adapter_address


def main():
    count = 0
    for lana, address in adapter_macs():
        print("LANA %d: %s" % (lana, "-".join(["%02X" % b for b in bytearray(address)])))
        count += 1
    if not count:
        print("No network adapters found")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
