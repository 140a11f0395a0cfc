"""Report mapped network drives: connected now, and remembered for the next logon.

usage: mapped_drives.py [\\\\server\\share user drive]...   (maps these first, for a demonstration;
password from the environment variable SHARE_PASSWORD)
"""
from __future__ import print_function

import os
import sys

import win32api
import win32netcon
import win32wnet


def enumerate_scope(scope):
    handle = win32wnet.WNetOpenEnum(scope, win32netcon.RESOURCETYPE_DISK, 0, None)
    try:
        while True:
            items = win32wnet.WNetEnumResource(handle)
            if not items:
                return
            for item in items:
                yield item
    finally:
        win32wnet.WNetCloseEnum(handle)


def main(argv):
    args = argv[1:]
    mapped = []
    while len(args) >= 3:
        remote, user, drive = args[:3]
        args = args[3:]
        win32wnet.WNetAddConnection2(win32netcon.RESOURCETYPE_DISK, drive, remote, None, user,
                                     os.environ.get("SHARE_PASSWORD"))
        mapped.append(drive)
    try:
        print("User: %s on %s" % (win32api.GetUserName(), win32api.GetComputerName()))
        drives = [d for d in win32api.GetLogicalDriveStrings().split("\0") if d]
        print("Drives: %s" % (" ".join(drives) or "(none)"))
        print("Connected:")
        for item in enumerate_scope(win32netcon.RESOURCE_CONNECTED):
            user = win32wnet.WNetGetUser(item.lpLocalName or item.lpRemoteName)
            print("  %-4s %-30s as %s" % (item.lpLocalName or "-", item.lpRemoteName, user))
        print("Remembered:")
        for item in enumerate_scope(win32netcon.RESOURCE_REMEMBERED):
            print("  %-4s %s" % (item.lpLocalName, item.lpRemoteName))
    finally:
        for drive in mapped:
            win32wnet.WNetCancelConnection2(drive, 0, 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
