"""List the shares of a server, as Explorer's network view shows them.

usage: list_shares.py \\\\server [user]     (password from the environment variable SHARE_PASSWORD)
"""
from __future__ import print_function

import os
import sys

import pywintypes
import win32netcon
import win32wnet


def usage(problem):
    print("list_shares.py: %s" % problem, file=sys.stderr)
    print(__doc__, file=sys.stderr)
    return 2


def shares(server):
    nr = win32wnet.NETRESOURCE()
    nr.lpRemoteName = server
    handle = win32wnet.WNetOpenEnum(win32netcon.RESOURCE_GLOBALNET, win32netcon.RESOURCETYPE_ANY, 0, nr)
    try:
        while 1:
            items = win32wnet.WNetEnumResource(handle, 0)
            if not items:
                break
            for item in items:
                yield item
    finally:
        handle.Close()


def main(argv):
    if len(argv) < 2:
        return usage("the server is needed")
    if len(argv) > 3:
        return usage("too many arguments")
    server = argv[1]
    if not server.startswith("\\\\") or "\\" in server[2:].rstrip("\\"):
        return usage("%r is not a \\\\server name" % server)
    logged_on = False
    try:
        if len(argv) > 2:
            # log on first, so that the enumeration uses these credentials
            win32wnet.WNetAddConnection2(0, None, server, None, argv[2], os.environ.get("SHARE_PASSWORD"))
            logged_on = True
        count = 0
        for share in shares(server):
            kind = "Disk" if share.dwType == win32netcon.RESOURCETYPE_DISK else "Print"
            print("%-30s %-6s %s" % (share.lpRemoteName, kind, share.lpComment or ""))
            count += 1
        print("%d shares" % count)
    except win32wnet.error as details:
        print("Cannot list %s: error %d (%s)" % (server, details.winerror, details.strerror), file=sys.stderr)
        return 1
    finally:
        if logged_on:
            win32wnet.WNetCancelConnection2(server, 0, 1)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except pywintypes.error as details:
        # one line, as a Windows tool reports a failed call
        sys.exit("%s failed: error %d - %s" % (details.funcname, details.winerror, details.strerror))
