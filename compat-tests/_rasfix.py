"""RAS test fixture: a temporary phonebook, scenario and dial-parameter store, and the
pywin32jvm.ras.* settings pointed at them for the duration of a test (restored afterwards)."""
import os
import shutil
import sys
import tempfile
import threading
import time

import _jvm
import win32event
import win32ras
from _support import Case

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO

_System = _jvm.jclass('java.lang.System')
_Files = _jvm.jclass('java.nio.file.Files')
_File = _jvm.jclass('java.io.File')
_PosixFilePermissions = _jvm.jclass('java.nio.file.attribute.PosixFilePermissions')

KEYS = ('ras.dialer', 'ras.phonebook', 'ras.store', 'ras.sim.scenario')

PHONEBOOK = u"""; written by hand, like rasphone.pbk
[Work VPN]
Encoding=1
Type=2
AutoLogon=0
SomeFutureKey=kept as is
MEDIA=rastapi
Port=VPN2-0
Device=WAN Miniport (IKEv2)
DEVICE=vpn
PhoneNumber=vpn.example.com
AreaCode=
PhoneNumber=backup.example.com

[ISP]
Type=1
MEDIA=serial
DEVICE=modem
Device=Standard 56000 bps Modem
PhoneNumber=555-0100

[EAP Office]
Type=2
CustomAuthKey=13
DEVICE=vpn
Device=WAN Miniport (SSTP)
"""

SCENARIO = u"""# pywin32-jvm sim scenario used by the compat tests
[Work VPN]
states = OpenPort, PortOpened, ConnectDevice, DeviceConnected, AllDevicesConnected, Authenticate, Authenticated, Connected
accept = alice:s3cret
accept = CORP\\bob:hunter2

[ISP]
fail = busy

[*]
states = OpenPort, ConnectDevice, Connected
"""


class RasFixture(object):
    """Use as: f = RasFixture(); f.start(dialer='sim'); ...; f.stop()."""

    def start(self, dialer='sim', phonebook=PHONEBOOK, scenario=SCENARIO):
        self.dir = tempfile.mkdtemp(prefix='pywin32jvm-ras-')
        self.saved = dict((k, _System.getProperty('pywin32jvm.' + k)) for k in KEYS)
        self.phonebook = self.write('rasphone.pbk', phonebook)
        self.store = os.path.join(self.dir, 'private', 'dialparams.properties')
        self.scenario_n = 0
        self.set('ras.dialer', dialer)
        self.set('ras.phonebook', self.phonebook)
        self.set('ras.store', self.store)
        self.use_scenario(scenario)
        return self

    def use_scenario(self, text):
        self.scenario_n += 1          # a new file each time: no stale cache by size/mtime
        self.set('ras.sim.scenario', self.write('sim%d.scenario' % self.scenario_n, text))

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        f = open(path, 'wb')
        f.write(text.encode('utf-8'))
        f.close()
        return path

    def set(self, key, value):
        if value is None:
            _System.clearProperty('pywin32jvm.' + key)
        else:
            _System.setProperty('pywin32jvm.' + key, value)

    def stop(self):
        for k, v in self.saved.items():
            self.set(k, v)
        shutil.rmtree(self.dir, True)


def permissions(path):
    """'rw-------' style permissions of a file, through Java (same on both engines)."""
    perms = set(_jvm.s(p.name()) for p in _Files.getPosixFilePermissions(_File(path).toPath()))
    out = ''
    for who in ('OWNER', 'GROUP', 'OTHERS'):
        for what, ch in (('READ', 'r'), ('WRITE', 'w'), ('EXECUTE', 'x')):
            out += ch if '%s_%s' % (who, what) in perms else '-'
    return out


def set_permissions(path, text):
    _Files.setPosixFilePermissions(_File(path).toPath(), _PosixFilePermissions.fromString(text))


def wait_until(pred, timeout=5.0):
    """Polls pred() until it is true (True) or timeout seconds passed (False)."""
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.005)
    return False


class DialCase(Case):
    """Dials that tearDown hangs up (setUp sets self.fx and self.handles = [])."""

    def tearDown(self):
        for h in self.handles:
            try:
                win32ras.HangUp(h)
            except win32ras.error:
                pass
        self.fx.stop()

    def dial(self, params, callback=None, ext=None, fileName=None):
        h, rc = win32ras.Dial(ext, fileName, params, callback)
        if h:
            self.handles.append(h)
        return h, rc

    def callback_dial(self, params, timeout=5000):
        """A callback dial; returns (handle, rc, [(h, msg, state, err, exterr)], thread names)."""
        done = win32event.CreateEvent(None, 1, 0, None)
        calls = []
        threads = []

        def cb(h, msg, state, err, exterr):
            calls.append((h, msg, state, err, exterr))
            threads.append(threading.current_thread().name)
            if err or state == win32ras.RASCS_Connected:
                win32event.SetEvent(done)
        h, rc = self.dial(params, cb)
        self.assertEqual(win32event.WaitForSingleObject(done, timeout), win32event.WAIT_OBJECT_0)
        return h, rc, calls, threads

    def raising_callback_dial(self, params):
        """A callback dial whose callable raises at OpenPort; returns (states seen, stderr text)."""
        seen = []
        done = win32event.CreateEvent(None, 1, 0, None)

        def cb(h, msg, state, err, exterr):
            seen.append(state)
            if state == win32ras.RASCS_Connected:
                win32event.SetEvent(done)
            if state == win32ras.RASCS_OpenPort:
                raise ValueError("boom in callback")
        old = sys.stderr
        sys.stderr = buf = StringIO()
        try:
            self.dial(params, cb)
            self.assertEqual(win32event.WaitForSingleObject(done, 5000), win32event.WAIT_OBJECT_0)
        finally:
            sys.stderr = old
        return seen, buf.getvalue()
