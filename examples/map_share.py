"""Map a share to a drive letter, show what it is mapped to, and unmap it.

usage: map_share.py \\\\server\\share [user [password]] [drive]
The drive is a letter and a colon (Z: when omitted). The password can also come from the
environment variable SHARE_PASSWORD (kept out of the process list).
"""
from __future__ import print_function

import os
import sys

import pywintypes
import win32netcon
import win32wnet


def usage(problem):
    print("map_share.py: %s" % problem, file=sys.stderr)
    print(__doc__, file=sys.stderr)
    return 2


def is_drive(arg):
    return len(arg) == 2 and arg[1] == ":" and arg[0].isalpha()


def main(argv):
    args = argv[1:]
    if not args:
        return usage("the share is needed")
    remote, args = args[0], args[1:]
    if not remote.startswith("\\\\"):
        return usage("%r is not a \\\\server\\share name" % remote)
    drive = "Z:"
    if args and is_drive(args[-1]):
        drive, args = args[-1], args[:-1]
    if len(args) > 2:
        return usage("too many arguments (a drive is a letter and a colon, e.g. Y:)")
    user = args[0] if args else None
    password = args[1] if len(args) > 1 else os.environ.get("SHARE_PASSWORD")

    nr = win32wnet.NETRESOURCE()
    nr.dwType = win32netcon.RESOURCETYPE_DISK
    nr.lpLocalName = drive
    nr.lpRemoteName = remote
    try:
        win32wnet.WNetAddConnection2(nr, password, user, 0)
    except win32wnet.error as details:
        print("Could not map %s: error %d (%s)" % (remote, details.winerror, details.strerror), file=sys.stderr)
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
    try:
        sys.exit(main(sys.argv))
    except pywintypes.error as details:
        # one line, as a Windows tool reports a failed call
        sys.exit("%s failed: error %d - %s" % (details.funcname, details.winerror, details.strerror))
