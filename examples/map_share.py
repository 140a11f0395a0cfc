"""Map a share to a drive letter, show what it is mapped to, and unmap it.

usage: map_share.py \\\\server\\share [user [password]] [drive]
Passwords can also come from the environment variable SHARE_PASSWORD (kept out of the process list).
"""
from __future__ import print_function

import os
import sys

import win32netcon
import win32wnet


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    remote = argv[1]
    user = argv[2] if len(argv) > 2 else None
    password = os.environ.get("SHARE_PASSWORD")
    drive = argv[3] if len(argv) > 3 else "Z:"

    nr = win32wnet.NETRESOURCE()
    nr.dwType = win32netcon.RESOURCETYPE_DISK
    nr.lpLocalName = drive
    nr.lpRemoteName = remote
    try:
        win32wnet.WNetAddConnection2(nr, password, user, 0)
    except win32wnet.error as details:
        print("Could not map %s: error %d (%s)" % (remote, details.winerror, details.strerror))
        return 1
    try:
        print("%s is mapped to %s" % (drive, win32wnet.WNetGetConnection(drive)))
        print("Connected as %s" % win32wnet.WNetGetUser(drive))
        print("Universal name of %s\\docs: %s" % (drive, win32wnet.WNetGetUniversalName(drive + "\\docs")))
    finally:
        win32wnet.WNetCancelConnection2(drive, 0, 1)
        print("%s unmapped" % drive)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
