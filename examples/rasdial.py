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

import pywintypes
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


COMMANDS = ('entries', 'connect', 'status', 'list', 'hangup')


def usage(problem):
    print("rasdial.py: %s" % problem, file=sys.stderr)
    print(__doc__, file=sys.stderr)
    return 2


def parse(argv):
    """The commands as (command, arguments) pairs, or a usage problem (a string)."""
    commands = []
    while argv:
        cmd, argv = argv[0], argv[1:]
        if cmd not in COMMANDS:
            return "unknown command %r" % cmd
        args = []
        if cmd in ('connect', 'status', 'hangup'):
            if not argv:
                return "%s needs an entry name" % cmd
            args, argv = [argv[0]], argv[1:]
        if cmd == 'connect' and argv and argv[0] not in COMMANDS:
            # USER and PASSWORD come together: a lone USER would be taken for a command otherwise
            if len(argv) < 2:
                return "connect %s %s needs a PASSWORD after the USER" % (args[0], argv[0])
            args, argv = args + argv[:2], argv[2:]
        commands.append((cmd, args))
    return commands


def main(argv):
    phonebook = None
    if argv[:1] == ['-p']:
        if len(argv) < 2:
            return usage("-p needs a phonebook file")
        phonebook, argv = argv[1], argv[2:]
    if not argv:
        return usage("no command given")
    commands = parse(argv)
    if not isinstance(commands, list):
        return usage(commands)
    for cmd, args in commands:
        if cmd == 'entries':
            for name in win32ras.EnumEntries(None, phonebook):
                print("Entry:", name)
        elif cmd == 'connect':
            if connect(phonebook, *args):
                return 1
        elif cmd == 'status':
            name = args[0]
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
            name = args[0]
            hcon = find(name)
            if hcon is None:
                print("%s: not connected" % name)
                return 1
            win32ras.HangUp(hcon)
            print("Disconnected", name)
    print("Command completed successfully.")
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except pywintypes.error as details:
        # one line, as rasdial.exe reports a failed call
        sys.exit("Remote Access error %d - %s (%s)" % (details.winerror, details.strerror, details.funcname))
