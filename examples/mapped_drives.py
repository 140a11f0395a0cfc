"""Report mapped network drives: connected now, and remembered for the next logon.

usage: mapped_drives.py [\\\\server\\share user drive]...   (maps these first, for a demonstration;
password from the environment variable SHARE_PASSWORD; a drive is a letter and a colon, e.g. X:)
"""
from __future__ import print_function

import os
import sys

import pywintypes
import win32api
import win32netcon
import win32wnet


def usage(problem):
    print("mapped_drives.py: %s" % problem, file=sys.stderr)
    print(__doc__, file=sys.stderr)
    return 2


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


def parse(args):
    """The (share, user, drive) groups, or an error message."""
    if len(args) % 3:
        return "the arguments come in groups of three: \\\\server\\share user drive"
    groups = [tuple(args[i:i + 3]) for i in range(0, len(args), 3)]
    for remote, user, drive in groups:
        if not remote.startswith("\\\\"):
            return "%r is not a \\\\server\\share name" % remote
        if not (len(drive) == 2 and drive[1] == ":" and drive[0].isalpha()):
            return "%r is not a drive (a letter and a colon, e.g. X:)" % drive
    return groups


def report():
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


def main(argv):
    groups = parse(argv[1:])
    if not isinstance(groups, list):
        return usage(groups)
    mapped = []
    try:
        for remote, user, drive in groups:
            try:
                win32wnet.WNetAddConnection2(win32netcon.RESOURCETYPE_DISK, drive, remote, None, user,
                                             os.environ.get("SHARE_PASSWORD"))
            except win32wnet.error as details:
                print("Could not map %s: error %d (%s)" % (remote, details.winerror, details.strerror),
                      file=sys.stderr)
                return 1
            mapped.append(drive)
        report()
    finally:
        for drive in mapped:
            win32wnet.WNetCancelConnection2(drive, 0, 1)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except pywintypes.error as details:
        # one line, as a Windows tool reports a failed call
        sys.exit("%s failed: error %d - %s" % (details.funcname, details.winerror, details.strerror))
