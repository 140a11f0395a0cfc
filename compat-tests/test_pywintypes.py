"""pywintypes: the error class (spec 0.1) and PyHANDLE (spec 0.3), under both engines."""
import sys
import unittest

import pywintypes
import win32ras
import win32wnet

PY2 = sys.version_info[0] == 2


class ErrorTests(unittest.TestCase):
    def test_error_is_shared(self):
        self.assertTrue(win32ras.error is pywintypes.error)
        self.assertTrue(win32wnet.error is pywintypes.error)

    def test_module_and_base(self):
        self.assertEqual(pywintypes.error.__module__, 'pywintypes')
        self.assertTrue(issubclass(pywintypes.error, Exception))

    def test_attributes_and_args(self):
        e = pywintypes.error(1312, 'WNetAddConnection2', 'A specified logon session does not exist.')
        self.assertEqual(e.winerror, 1312)
        self.assertEqual(e.funcname, 'WNetAddConnection2')
        self.assertEqual(e.strerror, 'A specified logon session does not exist.')
        self.assertEqual(e.args, (1312, 'WNetAddConnection2', 'A specified logon session does not exist.'))

    def test_str_like_pywin32(self):
        e = pywintypes.error(5, 'WNetOpenEnum', 'Access is denied.')
        self.assertEqual(str(e), "(5, 'WNetOpenEnum', 'Access is denied.')")

    def test_missing_arguments_are_none(self):
        e = pywintypes.error(5)
        self.assertEqual((e.winerror, e.funcname, e.strerror), (5, None, None))
        e = pywintypes.error()
        self.assertEqual((e.winerror, e.funcname, e.strerror), (None, None, None))
        self.assertEqual(e.args, ())

    def test_catch_by_module_error(self):
        try:
            raise pywintypes.error(1219, 'WNetAddConnection2', 'x')
        except win32wnet.error as e:
            self.assertEqual(e.args[0], 1219)

    def test_tuple_unpacking_of_args(self):
        try:
            raise pywintypes.error(2250, 'WNetCancelConnection2', 'This network connection does not exist.')
        except pywintypes.error as e:
            code, fn, msg = e.args
            self.assertEqual((code, fn), (2250, 'WNetCancelConnection2'))

    def test_pseudo_error_shape(self):
        # spec 0.1: errors built by hand carry winerror 0 and a descriptive funcname
        e = pywintypes.error(0, '<RasDial callback>', 'The callback raised an exception')
        self.assertEqual(e.winerror, 0)
        self.assertEqual(str(e), "(0, '<RasDial callback>', 'The callback raised an exception')")

    def test_raised_from_java_through_the_adapter(self):
        import _jvm
        exc = _jvm.Win32Exception(1326, 'WNetAddConnection2')
        e = _jvm.error(exc)
        self.assertTrue(type(e) is pywintypes.error)
        self.assertEqual(e.args, (1326, 'WNetAddConnection2', 'The user name or password is incorrect.'))
        self.assertTrue(isinstance(e.funcname, str) and isinstance(e.strerror, str))
        ras = _jvm.error(_jvm.Win32Exception.ras(623, 'RasDial'))
        self.assertEqual(ras.strerror, 'The system could not find the phone book entry for this connection.')

    def test_no_message_text(self):
        import _jvm
        e = _jvm.error(_jvm.Win32Exception(0, 'WNetGetUser'))
        self.assertEqual(e.strerror, 'No error message is available')

    @unittest.skipUnless(PY2, 'exception indexing is Python 2 only')
    def test_indexing_on_python2(self):
        e = pywintypes.error(1219, 'WNetAddConnection2', 'conflict')
        self.assertEqual(e[0], 1219)
        self.assertEqual(e[2], 'conflict')


class HandleTests(unittest.TestCase):
    def test_type_name(self):
        self.assertEqual(type(pywintypes.HANDLE(1)).__name__, 'PyHANDLE')

    def test_value_int_bool(self):
        h = pywintypes.HANDLE(42)
        self.assertEqual(h.handle, 42)
        self.assertEqual(int(h), 42)
        self.assertTrue(h)
        self.assertFalse(pywintypes.HANDLE(0))
        self.assertFalse(pywintypes.HANDLE())

    def test_accepts_like_PyWinObject_AsHANDLE(self):
        self.assertEqual(int(pywintypes.HANDLE(None)), 0)
        self.assertEqual(int(pywintypes.HANDLE(True)), 1)
        self.assertEqual(int(pywintypes.HANDLE(7.9)), 7)
        self.assertEqual(int(pywintypes.HANDLE("123")), 123)
        self.assertEqual(int(pywintypes.HANDLE(pywintypes.HANDLE(9))), 9)

    def test_rejects_non_numbers(self):
        for bad in ("abc", [], object()):
            try:
                pywintypes.HANDLE(bad)
            except TypeError as e:
                self.assertEqual(str(e), "The object is not a PyHANDLE object")
            else:
                self.fail("no TypeError for %r" % (bad,))

    def test_unsigned_pointer_values_become_signed(self):
        self.assertEqual(int(pywintypes.HANDLE(0xFFFFFFFFFFFFFFFF)), -1)
        self.assertEqual(int(pywintypes.HANDLE(-5)), -5)

    def test_detach(self):
        h = pywintypes.HANDLE(12)
        self.assertEqual(h.Detach(), 12)
        self.assertEqual(int(h), 0)

    def test_close_and_close_synonym(self):
        h = pywintypes.HANDLE(3)
        h.Close()
        self.assertEqual(int(h), 0)
        h = pywintypes.HANDLE(3)
        h.close()
        self.assertEqual(h.handle, 0)

    def test_equality(self):
        self.assertTrue(pywintypes.HANDLE(5) == 5)
        self.assertTrue(pywintypes.HANDLE(5) == pywintypes.HANDLE(5))
        self.assertTrue(pywintypes.HANDLE(5) != 6)
        self.assertFalse(pywintypes.HANDLE(5) == "5")

    def test_hash_is_identity(self):
        a, b = pywintypes.HANDLE(5), pywintypes.HANDLE(5)
        self.assertEqual(hash(a), object.__hash__(a))
        self.assertNotEqual(object.__hash__(a), object.__hash__(b))

    def test_str_and_repr(self):
        self.assertEqual(str(pywintypes.HANDLE(77)), '<PyHANDLE:77>')
        self.assertEqual(repr(pywintypes.HANDLE(77)), '<PyHANDLE:77>')

    def test_arithmetic_is_bad_operand(self):
        h = pywintypes.HANDLE(4)
        ops = [lambda: h + 1, lambda: 1 + h, lambda: h - 1, lambda: h * 2, lambda: h % 2,
               lambda: divmod(h, 2), lambda: h ** 2, lambda: h << 1, lambda: h >> 1,
               lambda: h & 1, lambda: h ^ 1, lambda: h | 1, lambda: -h, lambda: +h,
               lambda: ~h, lambda: abs(h), lambda: float(h)]
        for op in ops:
            try:
                op()
            except TypeError as e:
                self.assertEqual(str(e), "bad operand type")
            else:
                self.fail("no TypeError")

    def test_handle_is_read_only(self):
        h = pywintypes.HANDLE(4)
        try:
            h.handle = 5
        except AttributeError:
            pass
        else:
            self.fail("handle is writable")
        self.assertEqual(h.handle, 4)

    def test_plain_handle_close_is_harmless(self):
        h = pywintypes.HANDLE(9)
        del h                       # nothing to release: no finalizer runs, no error
        h = pywintypes.HANDLE(9)
        h.Close()
        h.Close()
        self.assertEqual(int(h), 0)

    def test_handles_with_their_own_closer(self):
        closed = []
        h = pywintypes.PyHANDLE._make(21, closed.append, 'PyNetEnumHANDLE')
        self.assertEqual(type(h).__name__, 'PyHANDLE')
        self.assertTrue(isinstance(h, pywintypes.PyHANDLE))
        self.assertEqual(repr(h), '<PyNetEnumHANDLE:21>')
        self.assertEqual(int(pywintypes.HANDLE(h)), 21)
        self.assertTrue(h == 21 and h == pywintypes.HANDLE(21))
        h.Close()
        h.Close()                   # closes once
        self.assertEqual(closed, [21])
        self.assertEqual(h.handle, 0)
        d = pywintypes.PyHANDLE._make(22, closed.append, 'PyNetEnumHANDLE')
        self.assertEqual(d.Detach(), 22)
        d.Close()
        self.assertEqual(closed, [21])

    def test_keywords_and_arity(self):
        self.assertRaises(TypeError, pywintypes.HANDLE, 1, 2)
        self.assertEqual(int(pywintypes.HANDLE()), 0)
        self.assertEqual(int(pywintypes.HANDLE(-(1 << 63))), -(1 << 63))
        self.assertRaises(OverflowError, pywintypes.HANDLE, 1 << 64)
        self.assertRaises(OverflowError, pywintypes.HANDLE, -(1 << 63) - 1)

    def test_division_and_index_are_type_errors(self):
        h = pywintypes.HANDLE(4)
        self.assertRaises(TypeError, lambda: h // 2)
        self.assertRaises(TypeError, lambda: hex(h))
        import operator
        self.assertRaises(TypeError, operator.index, h)


if __name__ == '__main__':
    unittest.main()
