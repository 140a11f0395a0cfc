"""A rasdial-like tool in pywin32 style: runs its commands in order.

usage: rasdial.py [-p PHONEBOOK] COMMAND...
  entries                     the phonebook's entries
  connect NAME [USER PASSWORD]  dial and wait (the saved credentials when USER is omitted)
  status NAME                 the state of NAME's connection
  list                        the active connections
  hangup NAME                 hang up NAME's connection (names compare case-insensitively)
"""
from __future__ import print_function

import sys

import win32ras

stateNames = dict((v, k[6:]) for k, v in win32ras.__dict__.items() if k.startswith('RASCS_'))


def find(name):
    for hcon, entry, devType, devName in win32ras.EnumConnections():
        if entry.lower() == name.lower():
            return hcon
    return None


def connect(phonebook, name, user=None, password=None):
    if user is None:
        params, have_password = win32ras.GetEntryDialParams(phonebook, name)
        if not have_password:
            print("No saved password for", name)
            return 1
    else:
        params = (name, '', '', user, password, '')
    print("Connecting to %s..." % name)
    hras, rc = win32ras.Dial(None, phonebook, params, None)
    if rc:
        print("Remote Access error %d - %s" % (rc, win32ras.GetErrorString(rc)))
        if hras:
            win32ras.HangUp(hras)
        return rc
    print("Connected to", name)
    return 0


def main(argv):
    phonebook = None
    if argv[:1] == ['-p']:
        phonebook, argv = (argv[1] if len(argv) > 1 else None), argv[2:]
    if not argv:
        print(__doc__)
        return 2
    while argv:
        cmd, argv = argv[0], argv[1:]
        if cmd in ('connect', 'status', 'hangup') and not argv:
            print("%s needs an entry name\n" % cmd)
            print(__doc__)
            return 2
        if cmd == 'entries':
            for name in win32ras.EnumEntries(None, phonebook):
                print("Entry:", name)
        elif cmd == 'connect':
            name, argv = argv[0], argv[1:]
            user = password = None
            if len(argv) >= 2 and argv[0] not in ('entries', 'connect', 'status', 'list', 'hangup'):
                user, password, argv = argv[0], argv[1], argv[2:]
            rc = connect(phonebook, name, user, password)
            if rc:
                return 1
        elif cmd == 'status':
            name, argv = argv[0], argv[1:]
            hcon = find(name)
            if hcon is None:
                print("%s: not connected" % name)
                continue
            state, err, devType, devName = win32ras.GetConnectStatus(hcon)
            print("%s: %s (error %d) on %s device %s" % (name, stateNames.get(state, state), err, devType, devName))
        elif cmd == 'list':
            conns = win32ras.EnumConnections()
            if not conns:
                print("No connections")
            for hcon, entry, devType, devName in conns:
                print("Connected: %s (%s, %s)" % (entry, devType, devName))
        elif cmd == 'hangup':
            name, argv = argv[0], argv[1:]
            hcon = find(name)
            if hcon is None:
                print("%s: not connected" % name)
                return 1
            win32ras.HangUp(hcon)
            print("Disconnected", name)
        else:
            print("unknown command", cmd)
            return 2
    print("Command completed successfully.")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
