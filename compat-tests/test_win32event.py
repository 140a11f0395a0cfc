"""win32event subset (CreateEvent, SetEvent, ResetEvent, WaitForSingleObject) across threads, both engines."""
import threading
import time
import unittest

import pywintypes
import win32event
from _support import Case


class EventTests(Case):
    def test_constants(self):
        self.assertEqual(win32event.INFINITE, 0xFFFFFFFF)
        self.assertEqual(win32event.WAIT_OBJECT_0, 0)
        self.assertEqual(win32event.WAIT_TIMEOUT, 258)

    def test_create_returns_handle(self):
        h = win32event.CreateEvent(None, 0, 0, None)
        self.assertEqual(type(h).__name__, 'PyHANDLE')
        self.assertTrue(int(h) != 0)

    def test_timeout(self):
        h = win32event.CreateEvent(None, 1, 0, None)
        t = time.time()
        self.assertEqual(win32event.WaitForSingleObject(h, 50), win32event.WAIT_TIMEOUT)
        self.assertTrue(time.time() - t >= 0.04)
        self.assertEqual(win32event.WaitForSingleObject(h, 0), win32event.WAIT_TIMEOUT)

    def test_initial_state_and_manual_reset(self):
        h = win32event.CreateEvent(None, 1, 1, None)
        self.assertEqual(win32event.WaitForSingleObject(h, 0), win32event.WAIT_OBJECT_0)
        self.assertEqual(win32event.WaitForSingleObject(h, 0), win32event.WAIT_OBJECT_0)
        win32event.ResetEvent(h)
        self.assertEqual(win32event.WaitForSingleObject(h, 0), win32event.WAIT_TIMEOUT)

    def test_auto_reset(self):
        h = win32event.CreateEvent(None, 0, 0, None)
        win32event.SetEvent(h)
        self.assertEqual(win32event.WaitForSingleObject(h, 0), win32event.WAIT_OBJECT_0)
        self.assertEqual(win32event.WaitForSingleObject(h, 0), win32event.WAIT_TIMEOUT)

    def test_set_from_another_thread_releases_infinite_wait(self):
        h = win32event.CreateEvent(None, 0, 0, None)
        t = threading.Timer(0.05, win32event.SetEvent, (h,))
        t.start()
        self.assertEqual(win32event.WaitForSingleObject(h, win32event.INFINITE), win32event.WAIT_OBJECT_0)
        t.join()

    def test_minus_one_is_infinite(self):
        h = win32event.CreateEvent(None, 0, 0, None)
        t = threading.Timer(0.05, win32event.SetEvent, (h,))
        t.start()
        self.assertEqual(win32event.WaitForSingleObject(h, -1), win32event.WAIT_OBJECT_0)
        t.join()

    def test_named_event_is_shared(self):
        a = win32event.CreateEvent(None, 1, 0, u'pywin32jvm-test-event')
        b = win32event.CreateEvent(None, 1, 0, u'pywin32jvm-test-event')
        win32event.SetEvent(a)
        self.assertEqual(win32event.WaitForSingleObject(b, 0), win32event.WAIT_OBJECT_0)

    def test_bad_handles(self):
        self.assertWinError(6, 'SetEvent', win32event.SetEvent, 999999)
        self.assertWinError(6, 'WaitForSingleObject', win32event.WaitForSingleObject, 999999, 0)
        h = win32event.CreateEvent(None, 0, 0, None)
        value = int(h)
        h.Close()
        self.assertWinError(6, 'ResetEvent', win32event.ResetEvent, value)
        self.assertRaisesMsg(TypeError, "The object is not a PyHANDLE object", win32event.SetEvent, 'abc')

    def test_bad_arguments(self):
        self.assertRaises(TypeError, win32event.CreateEvent, None, 0, 0)
        self.assertRaises(TypeError, win32event.CreateEvent, None, 'x', 0, None)
        self.assertRaises(TypeError, win32event.CreateEvent, None, 0, 0, 5)
        h = win32event.CreateEvent(None, 0, 0, None)
        self.assertRaises(TypeError, win32event.WaitForSingleObject, h, 'x')
        self.assertRaises(TypeError, win32event.SetEvent, h, bManualReset=1)


if __name__ == '__main__':
    unittest.main()
