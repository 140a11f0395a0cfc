"""The fault suite through win32wnet (issue 13), on both engines: a throwaway smbd of its own (FaultSamba, the helper
SmbFaultTest uses too) is stalled (SIGSTOP) and killed (SIGKILL) while a call waits for its answer. Each call ends
within one deadline (wnet.timeout, 3 s here) with pywintypes.error and the Win32 code the README documents, and the
next call -- to the same server once it is back, and to the other server (the shared fixture) -- succeeds.

The calls go through the real win32wnet functions; only the backend under them is one of the test's own, with a
hosts map that names the throwaway server (the JVM's own backend was made with the shared fixture's settings)."""
import os
import shutil
import sys
import tempfile
import threading
import time
import unittest

import _jvm
import pywintypes
import win32netcon
import win32wnet
from _support import SmbCase, fixture

TIMEOUT_MS = 3000
SLACK = 1.5                 # what one deadline may take beyond the timeout on a loaded 2-core machine
IN_FLIGHT = 0.6             # a started call has sent its request by then; the kill comes while it waits


class Faults(SmbCase):
    samba = None
    faults = 0

    @classmethod
    def setUpClass(cls):
        fixture('PYWIN32JVM_TEST_SMB_PORT')
        cls.samba = _jvm.jclass('org.pywin32jvm.testing.FaultSamba')()

    @classmethod
    def tearDownClass(cls):
        if cls.samba is None:
            return
        engine = 'jython' if sys.platform.startswith('java') else 'graalpy'
        sys.stdout.write('\nfault suite: %d faulted calls through win32wnet (%s), each ended within its deadline '
                         'with its Win32 code\n' % (cls.faults, engine))
        sys.stdout.flush()
        cls.samba.close()

    def setUp(self):
        SmbCase.setUp(self)
        self.saved = win32wnet._api
        hosts = 'FAULT=127.0.0.1:%d,TESTSRV=127.0.0.1:%s' % (self.samba.port(), fixture('PYWIN32JVM_TEST_SMB_PORT'))
        self.dir = tempfile.mkdtemp(prefix='pywin32jvm-faults-')
        remembered = os.path.join(self.dir, 'remembered.properties')
        win32wnet._api = _jvm.jclass('org.pywin32jvm.testing.FaultSamba').wnet(hosts, TIMEOUT_MS, remembered)

    def tearDown(self):
        self.samba.contAll()
        try:
            SmbCase.tearDown(self)
        finally:
            win32wnet._api.close()
            win32wnet._api = self.saved
            shutil.rmtree(self.dir, True)

    def fault_nr(self, local, share):
        nr = win32wnet.NETRESOURCE()
        nr.dwType = win32netcon.RESOURCETYPE_DISK
        nr.lpLocalName = local
        nr.lpRemoteName = '\\\\FAULT\\' + share
        return nr

    def shares(self, server):
        nr = win32wnet.NETRESOURCE()
        nr.lpRemoteName = server
        h = win32wnet.WNetOpenEnum(win32netcon.RESOURCE_GLOBALNET, win32netcon.RESOURCETYPE_DISK, 0, nr)
        try:
            names = [r.lpRemoteName for r in win32wnet.WNetEnumResource(h, 100)]
        finally:
            h.Close()
        self.assertTrue(names, server)
        return names

    def ends_in_time(self, codes, funcname, fn, *args):
        """fn(*args) raises pywintypes.error with one of codes (an int or a tuple) and funcname, within the deadline."""
        codes = codes if isinstance(codes, tuple) else (codes,)
        t0 = time.time()
        try:
            fn(*args)
            self.fail('%s succeeded; expected one of %r' % (funcname, codes))
        except pywintypes.error as e:
            self.assertTrue(e.winerror in codes and e.funcname == funcname, repr(e.args))
        took = time.time() - t0
        self.assertTrue(took < TIMEOUT_MS / 1000.0 + SLACK, '%s took %.1fs' % (funcname, took))
        type(self).faults += 1

    def killed_in_flight(self, whom, codes, funcname, fn, *args):
        """Stops the server's processes (whom: 'connections' or 'all'), starts the call and kills them while it
        waits for its answer."""
        if whom == 'all':
            self.samba.signalMaster('STOP')
        self.assertTrue(self.samba.signalConnections('STOP') > 0, 'no connection process to stop')

        def kill():
            self.samba.signalConnections('KILL')
            if whom == 'all':
                self.samba.signalMaster('KILL')
        timer = threading.Timer(IN_FLIGHT, kill)
        timer.start()
        try:
            self.ends_in_time(codes, funcname, fn, *args)
        finally:
            timer.join()

    def other_server_works(self):
        self.assertTrue(self.server + '\\public' in self.shares(self.server))
        win32wnet.WNetGetUser()

    def test_stall_during_add_connection_is_121_within_the_deadline(self):
        self.samba.signalMaster('STOP')             # accepts nothing: the negotiate is never answered
        try:
            self.ends_in_time(121, 'WNetAddConnection2', win32wnet.WNetAddConnection2, self.fault_nr('S:', 'data'),
                              self.samba.password(), self.samba.user())
            self.other_server_works()
        finally:
            self.samba.contAll()
        win32wnet.WNetAddConnection2(self.fault_nr('S:', 'data'), self.samba.password(), self.samba.user())
        self.mapped.append('S:')
        self.assertEqual(win32wnet.WNetGetConnection('S:'), '\\\\FAULT\\data')

    def test_kill_during_enumeration_is_an_error_then_works_after_a_restart(self):
        self.shares('\\\\FAULT')                    # its connection process exists now
        try:
            self.killed_in_flight('all', 53, 'WNetOpenEnum', self.shares, '\\\\FAULT')
            self.other_server_works()
        finally:
            self.samba.stop()
            self.samba.start()
        self.assertTrue('\\\\FAULT\\data' in self.shares('\\\\FAULT'))

    def test_kill_during_add_connection_then_the_next_call_works(self):
        self.shares('\\\\FAULT')
        try:
            # the whole server stopped, then killed while the mapping's request waits for its answer
            self.killed_in_flight('all', (59, 53), 'WNetAddConnection2', win32wnet.WNetAddConnection2,
                                  self.fault_nr('K:', 'data'), self.samba.password(), self.samba.user())
            self.ends_in_time(53, 'WNetAddConnection2', win32wnet.WNetAddConnection2, self.fault_nr('K:', 'data'),
                              self.samba.password(), self.samba.user())
            self.other_server_works()
        finally:
            self.samba.stop()
            self.samba.start()
        win32wnet.WNetAddConnection2(self.fault_nr('K:', 'data'), self.samba.password(), self.samba.user())
        self.mapped.append('K:')
        self.assertEqual(win32wnet.WNetGetConnection('K:'), '\\\\FAULT\\data')

if __name__ == '__main__':
    unittest.main()
