"""win32ras against the `sim` dialer: sync and callback dials, every failure code, states seen by
the callback, status during and after, dial parameters and the store file, concurrency (both engines)."""
import sys
import threading
import time
import unittest

import pywintypes
import win32event
import win32ras
from _rasfix import DialCase, RasFixture, permissions, set_permissions, wait_until

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO

WORK = ['OpenPort', 'PortOpened', 'ConnectDevice', 'DeviceConnected', 'AllDevicesConnected', 'Authenticate',
        'Authenticated', 'Connected']
WORK_STATES = [getattr(win32ras, 'RASCS_' + n) for n in WORK]
ALICE = ('Work VPN', '', '', 'alice', 's3cret', '')
SAVED = '****************'


class SimCase(DialCase):
    def setUp(self):
        self.fx = RasFixture().start(dialer='sim')
        self.handles = []


class SyncDialTests(SimCase):
    def test_connect_status_enum_hangup(self):
        h, rc = self.dial(ALICE)
        self.assertEqual(rc, 0)
        self.assertTrue(h != 0 and isinstance(h, int))
        self.assertEqual(win32ras.GetConnectStatus(h), (win32ras.RASCS_Connected, 0, 'vpn', 'WAN Miniport (IKEv2)'))
        self.assertTrue((h, 'Work VPN', 'vpn', 'WAN Miniport (IKEv2)') in win32ras.EnumConnections())
        win32ras.HangUp(h)
        self.handles.remove(h)
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, h)
        self.assertEqual([c for c in win32ras.EnumConnections() if c[0] == h], [])
        self.assertWinError(6, 'RasHangup', win32ras.HangUp, h)

    def test_domain_credentials(self):
        self.assertEqual(self.dial(('Work VPN', '', '', 'bob', 'hunter2', 'corp'))[1], 0)
        self.assertEqual(self.dial(('Work VPN', '', '', 'bob', 'hunter2', 'OTHER'))[1], 691)

    def test_wrong_password_691_keeps_a_handle(self):
        h, rc = self.dial(('Work VPN', '', '', 'alice', 'wrong', ''))
        self.assertEqual(rc, 691)
        self.assertTrue(win32ras.IsHandleValid(h))
        self.assertEqual(win32ras.GetConnectStatus(h)[:2], (win32ras.RASCS_Authenticate, 691))
        self.assertEqual([c for c in win32ras.EnumConnections() if c[0] == h], [])
        win32ras.HangUp(h)
        self.handles.remove(h)
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, h)

    def test_every_failure_code(self):
        cases = [('fail = busy', 676, win32ras.RASCS_ConnectDevice),
                 ('fail = no-answer', 678, win32ras.RASCS_ConnectDevice),
                 ('fail = timeout', 718, win32ras.RASCS_Authenticate),
                 ('fail = 651 at DeviceConnected', 651, win32ras.RASCS_DeviceConnected)]
        for line, code, state in cases:
            self.fx.use_scenario(u'[Work VPN]\n%s\n' % line)
            h, rc = self.dial(ALICE)
            self.assertEqual(rc, code, line)
            self.assertEqual(win32ras.GetConnectStatus(h)[:2], (state, code), line)
            self.assertTrue(win32ras.GetErrorString(rc))

    def test_busy_entry_from_shared_scenario(self):
        h, rc = self.dial(('ISP',))
        self.assertEqual(rc, 676)
        self.assertEqual(win32ras.GetConnectStatus(h), (win32ras.RASCS_ConnectDevice, 676, 'modem',
                                                        'Standard 56000 bps Modem'))

    def test_remote_drop_629(self):
        self.fx.use_scenario(u'[Work VPN]\ndrop-after = 40\n')
        h, rc = self.dial(ALICE)
        self.assertEqual(rc, 0)
        self.assertTrue(wait_until(lambda: win32ras.GetConnectStatus(h)[0] == win32ras.RASCS_Disconnected))
        self.assertEqual(win32ras.GetConnectStatus(h)[:2], (win32ras.RASCS_Disconnected, 629))
        self.assertEqual([c for c in win32ras.EnumConnections() if c[0] == h], [])

    def test_unknown_entry_623(self):
        self.assertEqual(win32ras.Dial(None, None, ('Nope',), None), (0, 623))
        self.assertEqual(win32ras.Dial(None, None, (), None), (0, 623))

    def test_phone_number_only_dial_uses_fallback_plan(self):
        h, rc = self.dial(('', '555-0199'))
        self.assertEqual(rc, 0)
        self.assertEqual(win32ras.EnumConnections()[-1][:2], (h, '555-0199'))

    def test_explicit_phonebook_file(self):
        other = self.fx.write('other.pbk', u'[Lab]\nDEVICE=vpn\nDevice=Lab tunnel\n')
        self.assertEqual(win32ras.Dial(None, None, ('Lab',), None), (0, 623))
        h, rc = self.dial(('Lab',), fileName=other)
        self.assertEqual(rc, 0)
        self.assertEqual(win32ras.GetConnectStatus(h)[2:], ('vpn', 'Lab tunnel'))

    def test_dial_extensions_accepted(self):
        x = win32ras.RASDIALEXTENSIONS()
        x.dwfOptions = 0x40
        self.assertEqual(self.dial(ALICE, ext=x)[1], 0)

    def test_hwnd_notifier_dials_without_messages(self):
        h, rc = self.dial(ALICE, callback=0x1234)
        self.assertEqual(rc, 0)
        self.assertTrue(wait_until(lambda: win32ras.GetConnectStatus(h)[0] == win32ras.RASCS_Connected))

    def test_unusable_scenario_711(self):
        self.fx.use_scenario(u'[Work VPN]\nstates = OpenPort, Bogus, Connected\n')
        old = sys.stderr
        sys.stderr = StringIO()
        try:
            self.assertEqual(win32ras.Dial(None, None, ALICE, None), (0, 711))
        finally:
            sys.stderr = old


class CallbackDialTests(SimCase):
    def test_states_seen_equal_the_scenario(self):
        h, rc, calls, threads = self.callback_dial(ALICE)
        self.assertEqual(rc, 0)
        self.assertEqual([c[2] for c in calls], WORK_STATES)
        for c in calls:
            self.assertEqual((c[0], c[1], c[3], c[4]), (h, 0xCCCD, 0, 0))
        main = threading.current_thread().name
        self.assertTrue(all(t != main for t in threads), threads)

    def test_dial_returns_at_once(self):
        self.fx.use_scenario(u'[Work VPN]\ndelay = 30\n')
        started = time.time()
        h, rc, calls, threads = self.callback_dial(ALICE)
        # status was observable while dialling, and Dial itself did not wait for the states
        self.assertEqual(rc, 0)
        self.assertEqual(calls[-1][2], win32ras.RASCS_Connected)
        self.assertTrue(time.time() - started >= 0.2)

    def test_status_during_dial(self):
        self.fx.use_scenario(u'[Work VPN]\nstates = OpenPort, ConnectDevice:300, Connected:300\n')
        h, rc = self.dial(ALICE, lambda *a: None)
        self.assertEqual(rc, 0)
        self.assertTrue(wait_until(lambda: win32ras.GetConnectStatus(h)[0] == win32ras.RASCS_OpenPort, 1))
        self.assertTrue((h, 'Work VPN', 'vpn', 'WAN Miniport (IKEv2)') in win32ras.EnumConnections())
        self.assertTrue(wait_until(lambda: win32ras.GetConnectStatus(h)[0] == win32ras.RASCS_Connected, 5))

    def test_failure_seen_by_callback(self):
        h, rc, calls, _ = self.callback_dial(('Work VPN', '', '', 'alice', 'nope', ''))
        self.assertEqual(rc, 0)
        self.assertEqual([c[2] for c in calls], WORK_STATES[:6])
        self.assertEqual(calls[-1][3], 691)
        self.assertEqual([c[3] for c in calls[:-1]], [0] * 5)

    def test_hangup_stops_notifications(self):
        self.fx.use_scenario(u'[Work VPN]\nstates = OpenPort, ConnectDevice:200, Connected\n')
        calls = []
        h, rc = self.dial(ALICE, lambda *a: calls.append(a))
        self.assertTrue(wait_until(lambda: len(calls) == 1, 2))
        win32ras.HangUp(h)
        self.handles.remove(h)
        time.sleep(0.4)
        self.assertEqual([c[2] for c in calls], [win32ras.RASCS_OpenPort])

    def test_raising_callback_is_printed_and_dial_goes_on(self):
        seen, text = self.raising_callback_dial(('Work VPN', '', '', 'alice', 's3cret', ''))
        self.assertTrue('ValueError' in text and 'boom in callback' in text, text)
        self.assertTrue("(0, '<RAS Callback handler>', 'RAS callback failed!')" in text, text)
        self.assertFalse('s3cret' in text)
        self.assertEqual(seen, WORK_STATES)

    def test_rastest_style_hangup_inside_the_callback(self):
        done = win32event.CreateEvent(None, 0, 0, None)
        texts = []

        def cb(hras, msg, state, error, exterror):
            if error != 0 or state == win32ras.RASCS_Disconnected:
                texts.append(win32ras.GetErrorString(error))
                win32ras.HangUp(hras)
                win32event.SetEvent(done)
        h, rc = win32ras.Dial(None, None, ('Work VPN', '', '', 'alice', 'bad', ''), cb)
        self.assertEqual(win32event.WaitForSingleObject(done, 5000), win32event.WAIT_OBJECT_0)
        self.assertTrue(texts and texts[0])
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, h)

    def test_starting_slot_released_after_immediate_failure(self):
        for _ in range(3):
            self.assertEqual(win32ras.Dial(None, None, ('Nope',), lambda *a: None), (0, 623))
        self.assertFalse(win32ras._starting[0])


class PackedResultTests(SimCase):
    """The faces read multi-field results as one packed string (RasFace); the record path they fall
    back to (a string the packing cannot carry) must give the very same values and types."""

    def unpacked(self, fn, *args):
        saved = (win32ras._face_status, win32ras._face_conns, win32ras._face_entry_params)
        win32ras._face_status = win32ras._face_conns = win32ras._face_entry_params = lambda *a: None
        try:
            return fn(*args)
        finally:
            win32ras._face_status, win32ras._face_conns, win32ras._face_entry_params = saved

    def assertSame(self, fn, *args):
        packed = fn(*args)
        slow = self.unpacked(fn, *args)
        self.assertEqual(packed, slow)
        self.assertEqual(repr(packed), repr(slow))      # the same types (str/int/bool) too
        return packed

    def test_packed_equals_records(self):
        win32ras.SetEntryDialParams(None, ('Work VPN', '555', '', 'alice', 's3cret', 'CORP'), 0)
        h, rc = self.dial(ALICE)
        self.assertEqual(rc, 0)
        self.assertEqual(self.assertSame(win32ras.GetConnectStatus, h)[:2], (win32ras.RASCS_Connected, 0))
        self.assertTrue(len(self.assertSame(win32ras.EnumConnections)) >= 1)
        self.assertEqual(self.assertSame(win32ras.GetEntryDialParams, None, 'Work VPN')[1], True)
        win32ras.HangUp(h)
        self.handles.remove(h)
        self.assertEqual(self.assertSame(win32ras.EnumConnections), [])
        self.assertWinError(6, 'RasGetConnectStatus', self.unpacked, win32ras.GetConnectStatus, h)

    def test_non_ascii_fields(self):
        name = u'caf\xe9 \u2603'
        win32ras.SetEntryDialParams(None, ('Work VPN', '', '', name, 's3cret', ''), 0)
        params, have = self.assertSame(win32ras.GetEntryDialParams, None, 'Work VPN')
        self.assertEqual(params[3], name)
        self.assertTrue(type(params[0]) is str)         # ASCII fields stay str on Python 2 as well


class DialParamsStoreTests(SimCase):
    def test_saved_password(self):
        win32ras.SetEntryDialParams(None, ('Work VPN', '555', '777', 'alice', 's3cret', 'CORP'), 0)
        params, have = win32ras.GetEntryDialParams(None, 'Work VPN')
        self.assertTrue(have is True)
        self.assertEqual(params, ('Work VPN', '555', '777', 'alice', SAVED, 'CORP'))
        self.assertEqual(permissions(self.fx.store), 'rw-------')
        # rasutil.py style: the returned tuple dials; so does the entry name alone (stored values)
        self.assertEqual(self.dial(params)[1], 0)
        self.assertEqual(self.dial(('Work VPN',))[1], 0)

    def test_remove_password(self):
        win32ras.SetEntryDialParams(None, ALICE, 0)
        win32ras.SetEntryDialParams(None, ('Work VPN', '', '', 'alice', 'ignored', ''), 1)
        params, have = win32ras.GetEntryDialParams(None, 'Work VPN')
        self.assertTrue(have is False)
        self.assertEqual(params, ('Work VPN', '', '', 'alice', '', ''))
        self.assertEqual(self.dial(('Work VPN',))[1], 691)
        text = open(self.fx.store).read()
        self.assertFalse('s3cret' in text or 'ignored' in text)

    def test_saved_token_keeps_password(self):
        win32ras.SetEntryDialParams(None, ALICE, 0)
        params, _ = win32ras.GetEntryDialParams(None, 'Work VPN')
        win32ras.SetEntryDialParams(None, params, 0)
        self.assertEqual(win32ras.GetEntryDialParams(None, 'Work VPN')[1], True)
        self.assertEqual(self.dial(('Work VPN',))[1], 0)

    def test_per_phonebook(self):
        other = self.fx.write('other.pbk', u'[Work VPN]\nDEVICE=vpn\n')
        win32ras.SetEntryDialParams(None, ALICE, 0)
        self.assertEqual(win32ras.GetEntryDialParams(other, 'Work VPN'), (('Work VPN', '', '', '', '', ''), False))

    def test_wide_permissions_repaired(self):
        win32ras.SetEntryDialParams(None, ALICE, 0)
        set_permissions(self.fx.store, 'rw-r--r--')
        old = sys.stderr
        sys.stderr = StringIO()
        try:
            self.assertEqual(win32ras.GetEntryDialParams(None, 'Work VPN')[1], True)
        finally:
            sys.stderr = old
        self.assertEqual(permissions(self.fx.store), 'rw-------')

    def test_password_never_in_errors(self):
        win32ras.SetEntryDialParams(None, ALICE, 0)
        for fn, args in [(win32ras.SetEntryDialParams, (None, ('Nope', '', '', 'alice', 's3cret', ''), 0)),
                         (win32ras.GetEntryDialParams, (None, 'Nope'))]:
            try:
                fn(*args)
            except win32ras.error as e:
                self.assertFalse('s3cret' in repr(e) + str(e))
        h, rc = self.dial(('Work VPN', '', '', 'alice', 'wrong-pw', ''))
        self.assertFalse('wrong-pw' in repr(win32ras.GetConnectStatus(h)) + repr(win32ras.EnumConnections()))


class ConcurrencyTests(SimCase):
    def test_sixteen_threads_sync(self):
        errors = []
        counts = []

        def worker():
            try:
                n = 0
                for _ in range(25):
                    h, rc = win32ras.Dial(None, None, ALICE, None)
                    if rc == 0:
                        n += 1
                    win32ras.HangUp(h)
                counts.append(n)
            except Exception as e:              # noqa: any failure is reported
                errors.append(repr(e))
        threads = [threading.Thread(target=worker) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        self.assertEqual(errors, [])
        self.assertEqual(counts, [25] * 16)
        self.assertEqual(win32ras.EnumConnections(), [])

    def test_sixteen_threads_callbacks(self):
        results = []
        connected = []
        lock = threading.Lock()

        def cb(h, msg, state, err, exterr):
            if state == win32ras.RASCS_Connected:
                with lock:
                    connected.append(h)

        def worker():
            try:
                results.append(win32ras.Dial(None, None, ALICE, cb))
            except RuntimeError as e:
                results.append(str(e))
            except Exception as e:              # noqa
                results.append(repr(e))
        threads = [threading.Thread(target=worker) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        dialled = [r for r in results if isinstance(r, tuple)]
        others = [r for r in results if not isinstance(r, tuple)]
        self.assertEqual(len(results), 16)
        self.assertTrue(dialled)
        self.assertTrue(all(r == "Another RAS callback is in the process of starting" for r in others), others)
        self.assertTrue(all(rc == 0 for _, rc in dialled))
        self.assertTrue(wait_until(lambda: len(connected) == len(dialled), 10))
        self.assertEqual(sorted(connected), sorted(h for h, _ in dialled))
        for h, _ in dialled:
            win32ras.HangUp(h)


if __name__ == '__main__':
    unittest.main()
