"""win32ras with the `nm` dialer against a mock NetworkManager on a private D-Bus bus
(scripts/fixtures/dbus.sh): entries from profiles, sync and callback dials, progress states, failure
codes from NetworkManager's reasons, remote drops, hang-ups, concurrency, faults (both engines)."""
import threading
import time
import unittest

import _jvm
import win32event
import win32ras
from _rasfix import DialCase, RasFixture, wait_until
from _support import fixture

OFFICE = ('Office VPN', '', '', 'alice', 's3cret', '')
DSL = ('DSL', '', '', 'dsluser', 'dslpass', '')
VPN_DEVICE = ('vpn', 'NetworkManager VPN (openvpn)')
VPN_STATES = [win32ras.RASCS_OpenPort, win32ras.RASCS_PortOpened, win32ras.RASCS_ConnectDevice,
              win32ras.RASCS_Authenticate, win32ras.RASCS_AuthNotify, win32ras.RASCS_AuthProject,
              win32ras.RASCS_Authenticated, win32ras.RASCS_Connected]
WM_RASDIALEVENT = 0xCCCD
NM_KEYS = ('ras.nm.bus', 'ras.nm.timeout', 'ras.nm.dialtimeout')


class NmFixture(RasFixture):
    """The RAS fixture with the nm dialer pointed at the mock's bus."""

    def start_nm(self, bus):
        self.nm_saved = dict((k, self.saved_value(k)) for k in NM_KEYS)
        self.start(dialer='nm')
        self.set('ras.nm.bus', bus)
        self.set('ras.nm.timeout', '3000')
        return self

    def saved_value(self, key):
        return _jvm.jclass('java.lang.System').getProperty('pywin32jvm.' + key)

    def stop(self):
        for k, v in self.nm_saved.items():
            self.set(k, v)
        RasFixture.stop(self)


class NmCase(DialCase):
    def setUp(self):
        self.bus = fixture('PYWIN32JVM_TEST_NM_BUS')
        self.fx = NmFixture().start_nm(self.bus)
        self.handles = []

    def mine(self, h):
        return [c for c in win32ras.EnumConnections() if c[0] == h]


class EntryTests(NmCase):
    def test_profiles_are_the_entries(self):
        names = [e[0] if isinstance(e, tuple) else e for e in win32ras.EnumEntries(None, None)]
        for n in ('Office VPN', 'Slow VPN', 'DSL', 'Tunnel'):
            self.assertTrue(n in names, names)
        self.assertFalse('Home WiFi' in names)          # not a dial-like profile

    def test_pbk_file_by_name_still_read(self):
        other = self.fx.write('other.pbk', u'[Lab]\nDEVICE=vpn\nDevice=Lab tunnel\n')
        names = [e[0] if isinstance(e, tuple) else e for e in win32ras.EnumEntries(None, other)]
        self.assertEqual(names, ['Lab'])
        # an entry dials the profile of the same name; Lab has none
        self.assertEqual(win32ras.Dial(None, other, ('Lab', '', '', '', 'x', ''), None), (0, 623))

    def test_unknown_entry_623(self):
        self.assertEqual(win32ras.Dial(None, None, ('No Such VPN', '', '', '', 'x', ''), None), (0, 623))

    def test_saved_password_dials(self):
        win32ras.SetEntryDialParams(None, OFFICE, 0)
        params, have = win32ras.GetEntryDialParams(None, 'Office VPN')
        self.assertTrue(have is True)
        self.assertEqual(params[3], 'alice')
        h, rc = self.dial(('Office VPN',))
        self.assertEqual(rc, 0)


class DialTests(NmCase):
    def test_sync_dial_status_enum_hangup(self):
        h, rc = self.dial(OFFICE)
        self.assertEqual(rc, 0)
        self.assertTrue(h != 0)
        self.assertEqual(win32ras.GetConnectStatus(h), (win32ras.RASCS_Connected, 0) + VPN_DEVICE)
        self.assertEqual(self.mine(h), [(h, 'Office VPN') + VPN_DEVICE])
        win32ras.HangUp(h)
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, h)
        self.assertTrue(wait_until(lambda: self.mine(h) == []))
        win32ras.HangUp(h)                                # hanging up twice is harmless

    def test_callback_dial_sees_every_state_from_another_thread(self):
        h, rc, calls, threads = self.callback_dial(OFFICE)
        self.assertEqual(rc, 0)
        self.assertEqual([c[2] for c in calls], VPN_STATES)
        self.assertEqual(set((c[0], c[1], c[3], c[4]) for c in calls), set([(h, WM_RASDIALEVENT, 0, 0)]))
        self.assertFalse(threading.current_thread().name in threads)

    def test_pppoe_profile(self):
        h, rc, calls, _ = self.callback_dial(DSL)
        self.assertEqual(win32ras.GetConnectStatus(h), (win32ras.RASCS_Connected, 0, 'PPPoE', 'NetworkManager pppoe'))
        states = [c[2] for c in calls]
        self.assertEqual(states[0], win32ras.RASCS_OpenPort)
        self.assertTrue(win32ras.RASCS_Authenticate in states, states)

    def test_status_polling_during_slow_activation(self):
        h, rc = self.dial(('Slow VPN', '', '', 'alice', 's3cret', ''), lambda *a: None)
        self.assertEqual(rc, 0)
        seen = []
        end = time.time() + 10
        while time.time() < end:
            st = win32ras.GetConnectStatus(h)
            if not seen or seen[-1] != st[0]:
                seen.append(st[0])
            if st[0] == win32ras.RASCS_Connected or st[1]:
                break
            time.sleep(0.02)
        self.assertEqual(seen[-1], win32ras.RASCS_Connected)
        self.assertTrue(len(seen) >= 4, seen)              # intermediate states were visible
        self.assertEqual(seen, sorted(seen))               # and never went backwards

    def test_wrong_password_691(self):
        h, rc = self.dial(('Office VPN', '', '', 'alice', 'wrong', ''))
        self.assertEqual(rc, 691)
        self.assertEqual(win32ras.GetConnectStatus(h)[1], 691)
        h2, rc2, calls, _ = self.callback_dial(('DSL', '', '', 'dsluser', 'wrong', ''))
        self.assertEqual(calls[-1][3], 691)
        self.assertEqual(self.mine(h) + self.mine(h2), [])

    def test_no_password_703(self):
        h, rc = self.dial(('Office VPN', '', '', 'alice', '', ''))
        self.assertEqual(rc, 703)

    def test_remote_drop_629(self):
        h, rc = self.dial(('Flaky VPN', '', '', '', 's3cret', ''))
        self.assertEqual(rc, 0)
        self.assertTrue(wait_until(lambda: win32ras.GetConnectStatus(h)[:2] == (win32ras.RASCS_Disconnected, 629)))
        self.assertEqual(self.mine(h), [])

    def test_hang_up_by_name(self):
        h, rc = self.dial(DSL)
        self.assertEqual(rc, 0)
        # rasutil.py's way: find the entry's connection, hang up its handle
        found = [c[0] for c in win32ras.EnumConnections() if c[1] == 'DSL' and c[0] == h]
        self.assertEqual(found, [h])
        win32ras.HangUp(found[0])
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, h)

    def test_two_sync_dials_at_once(self):
        results = {}

        def run(params):
            results[params[0]] = win32ras.Dial(None, None, params, None)
        ts = [threading.Thread(target=run, args=(p,)) for p in (('Slow VPN',) + OFFICE[1:], DSL)]
        for t in ts:
            t.start()
        for t in ts:
            t.join(15)
        self.handles.extend(h for h, rc in results.values())
        self.assertEqual(sorted(results), ['DSL', 'Slow VPN'])
        self.assertEqual([rc for h, rc in results.values()], [0, 0])
        listed = dict((c[1], c[0]) for c in win32ras.EnumConnections() if c[0] in self.handles)
        self.assertEqual(listed, dict((k, v[0]) for k, v in results.items()))

    def test_interrupted_sync_dial_leaves_no_connection(self):
        # Ctrl-C interrupts the thread that dials (runtime/Interrupts): here another thread's interrupt
        Thread = _jvm.jclass('java.lang.Thread')
        result = {}

        def run():
            result['thread'] = Thread.currentThread()
            try:
                result['dial'] = win32ras.Dial(None, None, ('Slow VPN',) + OFFICE[1:], None)
            except KeyboardInterrupt:
                result['dial'] = 'KeyboardInterrupt'
            finally:
                result['flag'] = Thread.interrupted()
        t = threading.Thread(target=run)
        t.start()
        self.assertTrue(wait_until(lambda: [c for c in win32ras.EnumConnections() if c[1] == 'Slow VPN']),
                        'the dial never started')
        result['thread'].interrupt()
        t.join(10)
        self.assertFalse(t.is_alive(), 'the interrupted dial did not return')
        # KeyboardInterrupt, or pywin32's (0, 631) with the interrupt kept for the engine to raise
        self.assertTrue(result['dial'] == 'KeyboardInterrupt' or (result['dial'] == (0, 631) and result['flag']),
                        result)
        # neither in the dialer's table nor active in NetworkManager (EnumConnections lists both)
        self.assertEqual([c for c in win32ras.EnumConnections() if c[1] == 'Slow VPN'], [])

    def test_two_callback_dials_overlap(self):
        # pywin32 lets one callback dial start at a time: the second starts once the first was called
        first = win32event.CreateEvent(None, 1, 0, None)
        done = [win32event.CreateEvent(None, 1, 0, None) for _ in range(2)]
        calls = [[], []]
        order = []

        def cb_for(i):
            def cb(h, msg, state, err, exterr):
                calls[i].append((h, state, err))
                order.append((i, state))
                win32event.SetEvent(first)
                if err or state == win32ras.RASCS_Connected:
                    win32event.SetEvent(done[i])
            return cb
        h0, rc0 = self.dial(('Slow VPN',) + OFFICE[1:], cb_for(0))
        self.assertEqual(win32event.WaitForSingleObject(first, 5000), win32event.WAIT_OBJECT_0)
        h1, rc1 = self.dial(DSL, cb_for(1))
        for e in done:
            self.assertEqual(win32event.WaitForSingleObject(e, 10000), win32event.WAIT_OBJECT_0)
        self.assertNotEqual(h0, h1)
        self.assertEqual((rc0, rc1), (0, 0))
        for h, c in ((h0, calls[0]), (h1, calls[1])):
            self.assertEqual(set(x[0] for x in c), set([h]))
            self.assertEqual(c[-1][1:], (win32ras.RASCS_Connected, 0))
        # DSL connected while Slow VPN was still dialling
        self.assertTrue(order.index((1, win32ras.RASCS_Connected)) < order.index((0, win32ras.RASCS_Connected)), order)

    def test_raising_callback_is_printed_and_dial_goes_on(self):
        seen, text = self.raising_callback_dial(OFFICE)
        self.assertTrue('boom in callback' in text, text)
        self.assertFalse('s3cret' in text)
        self.assertEqual(seen, VPN_STATES)


class FailureTests(NmCase):
    def test_reasons_become_ras_codes(self):
        for entry, code in (('Broken VPN', 800), ('Stuck VPN', 718)):
            h, rc = self.dial((entry, '', '', '', 's3cret', ''))
            self.assertEqual((entry, rc), (entry, code))
            self.assertEqual(win32ras.GetConnectStatus(h)[1], code)

    def test_polkit_denial_is_access_denied(self):
        self.assertEqual(self.dial(('Locked VPN', '', '', '', 's3cret', '')), (0, 5))

    def test_profile_deleted_mid_dial_623(self):
        names = lambda: [e[0] if isinstance(e, tuple) else e for e in win32ras.EnumEntries(None, None)]
        self.assertTrue(wait_until(lambda: 'Doomed VPN' in names()))
        h, rc = self.dial(('Doomed VPN', '', '', '', 's3cret', ''))
        self.assertEqual(rc, 623)

    def test_network_manager_not_running_711(self):
        self.fx.set('ras.nm.bus', fixture('PYWIN32JVM_TEST_NM_EMPTY_BUS'))
        t = time.time()
        self.assertEqual(win32ras.Dial(None, None, OFFICE, None), (0, 711))
        self.assertWinError(711, 'RasEnumEntries', win32ras.EnumEntries, None, None)
        self.assertEqual(win32ras.EnumConnections(), [])
        self.assertTrue(time.time() - t < 10)

    def test_no_bus_711(self):
        self.fx.set('ras.nm.bus', 'unix:path=' + self.fx.dir + '/no-bus.sock')
        t = time.time()
        self.assertEqual(win32ras.Dial(None, None, OFFICE, None), (0, 711))
        self.assertTrue(time.time() - t < 10)

    def test_password_never_in_errors(self):
        for bus in (self.bus, 'unix:path=' + self.fx.dir + '/no-bus.sock'):
            self.fx.set('ras.nm.bus', bus)
            try:
                win32ras.HangUp(12345)
            except win32ras.error as e:
                self.assertFalse('s3cret' in repr(e.args))
            h, rc = self.dial(('Office VPN', '', '', 'alice', 'wrong-s3cret', ''))
            if h:
                self.assertFalse('wrong-s3cret' in repr(win32ras.GetConnectStatus(h)))


if __name__ == '__main__':
    unittest.main()
