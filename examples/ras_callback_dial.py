"""A callback-driven dialer in the style of pywin32's Demos/rastest.py.

usage: ras_callback_dial.py PHONEBOOK ENTRY USER PASSWORD [TIMEOUT_MS]

Dial returns at once; RAS calls Callback from its own thread for every state, and the main
thread waits on a win32event event that the callback sets when the dial ends.
"""
from __future__ import print_function

import sys

import pywintypes
import win32event
import win32ras

stateMap = {}
for name, val in win32ras.__dict__.items():
    if name[:6] == "RASCS_":
        stateMap[val] = name[6:]

callbackEvent = win32event.CreateEvent(None, 0, 0, None)
result = {}


def Callback(hras, msg, state, error, exterror):
    print("Callback: state", stateMap.get(state, state), "error", error)
    if error != 0 or state == win32ras.RASCS_Connected or state == win32ras.RASCS_Disconnected:
        result['error'] = error
        result['state'] = state
        win32event.SetEvent(callbackEvent)


def usage(problem):
    print("ras_callback_dial.py: %s" % problem, file=sys.stderr)
    print(__doc__, file=sys.stderr)
    return 2


def main(argv):
    if len(argv) < 4:
        return usage("PHONEBOOK, ENTRY, USER and PASSWORD are needed")
    if len(argv) > 5:
        return usage("too many arguments")
    phonebook, entry, user, password = argv[:4]
    timeout = 60000
    if len(argv) > 4:
        if not argv[4].isdigit():
            return usage("TIMEOUT_MS must be a number of milliseconds, not %r" % argv[4])
        timeout = int(argv[4])
    hras, rc = win32ras.Dial(None, phonebook, (entry, "", "", user, password, ""), Callback)
    print("Dial returned rc", rc)
    if rc:
        # the dial failed before it started: no callback comes
        print("Failed:", win32ras.GetErrorString(rc))
        if hras:
            win32ras.HangUp(hras)
        return 1
    rc = win32event.WaitForSingleObject(callbackEvent, timeout)
    if rc == win32event.WAIT_TIMEOUT:
        print("Timed out; status", win32ras.GetConnectStatus(hras))
        win32ras.HangUp(hras)
        return 1
    if result['error']:
        print("Failed:", win32ras.GetErrorString(result['error']))
        win32ras.HangUp(hras)
        return 1
    state, error, devType, devName = win32ras.GetConnectStatus(hras)
    print("Connected:", stateMap[state], "on", devName)
    win32ras.HangUp(hras)
    print("Hung up")
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except pywintypes.error as details:
        # one line, as a Windows tool reports a failed call
        sys.exit("%s failed: error %d - %s" % (details.funcname, details.winerror, details.strerror))
