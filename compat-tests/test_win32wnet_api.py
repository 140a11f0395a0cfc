"""win32wnet without a server: module contents, argument rules, NETRESOURCE and NCB (spec 0, 2, 3, 4)."""
import sys
import unittest
import warnings

import pywintypes
import win32wnet
import win32netcon
from _support import Case

PY2 = sys.version_info[0] == 2
FUNCTIONS = ['NCBBuffer', 'Netbios', 'WNetAddConnection2', 'WNetAddConnection3', 'WNetCancelConnection2',
             'WNetOpenEnum', 'WNetCloseEnum', 'WNetEnumResource', 'WNetGetUser', 'WNetGetUniversalName',
             'WNetGetResourceInformation', 'WNetGetLastError', 'WNetGetResourceParent', 'WNetGetConnection']
DOCS = {
    'NCBBuffer': "Creates a memory buffer",
    'Netbios': "Calls the windows Netbios function",
    'WNetAddConnection2': "WNetAddConnection2(NetResource, Password, UserName, Flags)",
    'WNetAddConnection3': "WNetAddConnection3(HwndParent, NetResource, Password, UserName, Flags)",
    'WNetCancelConnection2': "localname,dwflags,bforce",
    'WNetOpenEnum': "dwScope,dwType,dwUsage,NETRESOURCE - returns PyHANDLE",
    'WNetCloseEnum': "PyHANDLE from WNetOpenEnum()",
    'WNetEnumResource': "Enum",
    'WNetGetUser': "connectionName=None",
    'WNetGetUniversalName': "localPath, infoLevel=UNIVERSAL_NAME_INFO_LEVEL",
    'WNetGetResourceInformation': "Finds the type and provider of a network resource",
    'WNetGetLastError': "Retrieves extended error information set by a network provider when one of the WNet* functions fails",
    'WNetGetResourceParent': "Finds the parent resource of a network resource",
    'WNetGetConnection': "Retrieves the name of the network resource associated with a local device",
}
NONE_MSG = "None is not a valid string in this context"
NR_MSG = "The object is not a PyNETRESOURCE object"


def unicode_msg(tp):
    return "Objects of type '%s' can not be converted to Unicode." % tp


class ModuleTests(Case):
    def test_functions_and_docstrings(self):
        for name in FUNCTIONS:
            self.assertTrue(callable(getattr(win32wnet, name)), name)
            # pywin32's own one-line docs (DOCS) are replaced by its signature and our description (issue 11)
            doc = getattr(win32wnet, name).__doc__
            self.assertTrue(doc.startswith(name + '('), name)
            self.assertTrue(len(doc.split('\n')) > 2, name)

    def test_error_and_type_aliases(self):
        self.assertTrue(win32wnet.error is pywintypes.error)
        self.assertTrue(win32wnet.NETRESOURCE is win32wnet.NETRESOURCEType)
        self.assertTrue(win32wnet.NCB is win32wnet.NCBType)
        self.assertEqual(win32wnet.NETRESOURCE.__name__, 'PyNETRESOURCE')
        self.assertEqual(win32wnet.NCB.__name__, 'PyNCB')

    def test_no_integer_constants(self):
        for name in dir(win32wnet):
            if not name.startswith('_') and name.isupper() and isinstance(getattr(win32wnet, name), int):
                self.fail("win32wnet defines constant %s" % name)

    def test_win32netcon_values(self):
        self.assertEqual(win32netcon.RESOURCE_GLOBALNET, 2)
        self.assertEqual(win32netcon.RESOURCETYPE_UNKNOWN, -1)
        self.assertEqual(win32netcon.RESOURCEUSAGE_RESERVED, -2147483648)
        self.assertEqual(win32netcon.CONNECT_RESERVED, -16777216)
        self.assertEqual(win32netcon.RESOURCEUSAGE_ALL, 19)
        self.assertEqual(win32netcon.REMOTE_NAME_INFO_LEVEL, 2)
        self.assertEqual(win32netcon.WNNC_NET_LANMAN, 0x20000)
        self.assertEqual(win32netcon.WNNC_NET_RDR2SAMPLE, 2424832)

    def test_keywords_refused_by_varargs_functions(self):
        calls = [('WNetCancelConnection2', ("Z:", 0, 0)), ('WNetOpenEnum', (1, 0, 0, None)),
                 ('WNetGetUser', ()), ('WNetGetConnection', ()), ('WNetGetLastError', ()),
                 ('WNetGetUniversalName', ("Z:",)), ('NCBBuffer', (1,))]
        for name, args in calls:
            self.assertRaisesMsg(TypeError, "%s() takes no keyword arguments" % name,
                                 getattr(win32wnet, name), *args, **{'x': 1})

    def test_argument_counts(self):
        for name, args in [('WNetCancelConnection2', ("Z:", 0)), ('WNetOpenEnum', (1, 0, 0)),
                           ('WNetGetUser', (None, None)), ('WNetGetLastError', (1,)),
                           ('WNetGetUniversalName', ()), ('NCBBuffer', ()), ('Netbios', ()),
                           ('WNetCloseEnum', ()), ('WNetEnumResource', ()), ('WNetGetConnection', (1, 2))]:
            self.assertRaises(TypeError, getattr(win32wnet, name), *args)


class StringRuleTests(Case):
    def test_bytes_int_none_rejected_where_no_none(self):
        self.assertRaisesMsg(TypeError, NONE_MSG, win32wnet.WNetCancelConnection2, None, 0, 0)
        self.assertRaisesMsg(TypeError, unicode_msg('int'), win32wnet.WNetCancelConnection2, 5, 0, 0)
        self.assertRaisesMsg(TypeError, NONE_MSG, win32wnet.WNetGetUniversalName, None)
        self.assertRaisesMsg(TypeError, unicode_msg('list'), win32wnet.WNetGetUniversalName, [])
        self.assertRaisesMsg(TypeError, unicode_msg('int'), win32wnet.WNetGetUser, 3)
        self.assertRaisesMsg(TypeError, unicode_msg('float'), win32wnet.WNetGetConnection, 1.5)

    @unittest.skipIf(PY2, "Python 2 strings are bytes")
    def test_bytes_are_not_strings(self):
        self.assertRaisesMsg(TypeError, unicode_msg('bytes'), win32wnet.WNetGetUser, b"Z:")
        self.assertRaisesMsg(TypeError, unicode_msg('bytes'), win32wnet.WNetCancelConnection2, b"Z:", 0, 0)
        nr = win32wnet.NETRESOURCE()
        self.assertRaisesMsg(TypeError, unicode_msg('bytes'), setattr, nr, 'lpRemoteName', b"\\\\x")

    def test_int_formats(self):
        self.assertRaises(TypeError, win32wnet.WNetCancelConnection2, "Z:", "0", 0)
        self.assertRaises(TypeError, win32wnet.WNetCancelConnection2, "Z:", 0, 1.0)
        self.assertRaises(OverflowError, win32wnet.WNetOpenEnum, 0xFFFFFFFF, 0, 0, None)
        self.assertRaises(OverflowError, win32wnet.WNetOpenEnum, 1, -0x80000001, 0, None)
        self.assertRaises(TypeError, win32wnet.WNetOpenEnum, 1.0, 0, 0, None)
        self.assertRaises(TypeError, win32wnet.WNetGetUniversalName, "Z:", "1")
        self.assertRaises(OverflowError, win32wnet.NCBBuffer, 1 << 31)

    def test_k_format_is_masked_not_overflow(self):
        # "k": a huge flags value is masked; the call then fails on the connection, not on the argument
        try:
            win32wnet.WNetCancelConnection2("Q:", 1 << 40, 0)
        except pywintypes.error as e:
            self.assertIn(e.winerror, (2250, 1222))

    def test_netresource_arguments(self):
        self.assertRaisesMsg(TypeError, NR_MSG, win32wnet.WNetAddConnection2, None)
        self.assertRaisesMsg(TypeError, NR_MSG, win32wnet.WNetAddConnection2, "x")
        self.assertRaisesMsg(TypeError, NR_MSG, win32wnet.WNetAddConnection3, 0, None)
        self.assertRaisesMsg(TypeError, NR_MSG, win32wnet.WNetOpenEnum, 2, 0, 0, 5)
        self.assertRaisesMsg(TypeError, NR_MSG, win32wnet.WNetGetResourceParent, None)
        self.assertRaises(TypeError, win32wnet.WNetGetResourceInformation, None)
        self.assertRaises(TypeError, win32wnet.WNetGetResourceInformation, "x")

    def test_handle_arguments(self):
        self.assertRaisesMsg(TypeError, "argument 1 must be PyHANDLE, not int", win32wnet.WNetEnumResource, 5)
        self.assertRaisesMsg(TypeError, "Not a handle object", win32wnet.WNetCloseEnum, 5)
        self.assertRaisesMsg(TypeError, "Not a handle object", win32wnet.WNetCloseEnum, None)
        self.assertRaisesMsg(TypeError, "The object is not a PyHANDLE object",
                             win32wnet.WNetAddConnection3, "abc", win32wnet.NETRESOURCE())


class AddConnection2ParseTests(Case):
    def test_legacy_remote_none(self):
        self.assertRaisesMsg(TypeError, NONE_MSG, win32wnet.WNetAddConnection2, 1, "Z:", None)

    def test_legacy_bad_strings(self):
        self.assertRaisesMsg(TypeError, unicode_msg('int'), win32wnet.WNetAddConnection2, 1, 5, "\\\\s\\x")
        self.assertRaisesMsg(TypeError, unicode_msg('int'), win32wnet.WNetAddConnection2, 1, None, "\\\\s\\x", None, 5)

    def test_keyword_form_errors(self):
        self.assertRaises(TypeError, win32wnet.WNetAddConnection2)
        self.assertRaises(TypeError, win32wnet.WNetAddConnection2, NetResource=win32wnet.NETRESOURCE(), Bogus=1)
        self.assertRaises(TypeError, win32wnet.WNetAddConnection2, win32wnet.NETRESOURCE(),
                          NetResource=win32wnet.NETRESOURCE())
        self.assertRaisesMsg(TypeError, unicode_msg('int'), win32wnet.WNetAddConnection2,
                             NetResource=win32wnet.NETRESOURCE(), UserName=5)
        self.assertRaises(TypeError, win32wnet.WNetAddConnection2, win32wnet.NETRESOURCE(), None, None, "0")

    def test_seven_legacy_args_with_bad_flags_reports_the_keyword_parse(self):
        # spec 7.2 item 10: the second parse's error ("at most 4 arguments")
        self.assertRaises(TypeError, win32wnet.WNetAddConnection2, 1, None, "\\\\s\\x", None, None, None, "bad")

    def test_legacy_form_ignores_keywords(self):
        # bug-compatible (spec 7.2 item 10): a bogus keyword does not stop the legacy form; the call
        # then fails on the network with a Win32 code, not with a TypeError
        try:
            win32wnet.WNetAddConnection2(1, None, "\\\\nosuchhost.invalid\\x", Bogus=1)
        except pywintypes.error as e:
            self.assertEqual(e.funcname, 'WNetAddConnection2')
            self.assertIn(e.winerror, (53, 1222))


class NetresourceTests(Case):
    def test_fresh_is_zero_and_none(self):
        nr = win32wnet.NETRESOURCE()
        for a in ('dwScope', 'dwType', 'dwDisplayType', 'dwUsage'):
            self.assertEqual(getattr(nr, a), 0)
        for a in ('lpLocalName', 'lpRemoteName', 'lpComment', 'lpProvider'):
            self.assertTrue(getattr(nr, a) is None)

    def test_constructor_takes_nothing(self):
        self.assertRaises(TypeError, win32wnet.NETRESOURCE, 1)
        self.assertRaises(TypeError, win32wnet.NETRESOURCE, dwType=1)

    def test_round_trips_and_signed_reads(self):
        nr = win32wnet.NETRESOURCE()
        nr.dwType = -1
        self.assertEqual(nr.dwType, -1)
        nr.dwUsage = -2147483648
        self.assertEqual(nr.dwUsage, -2147483648)
        nr.dwScope = 2147483647
        self.assertEqual(nr.dwScope, 2147483647)
        nr.lpRemoteName = "\\\\srv\\share"
        self.assertEqual(nr.lpRemoteName, "\\\\srv\\share")
        nr.lpRemoteName = None
        self.assertTrue(nr.lpRemoteName is None)
        nr.lpComment = "a\0b"
        self.assertEqual(nr.lpComment, "a\0b")

    def test_int_rules(self):
        nr = win32wnet.NETRESOURCE()
        self.assertRaises(TypeError, setattr, nr, 'dwType', "1")
        self.assertRaises(TypeError, setattr, nr, 'dwType', 1.0)
        self.assertRaises(TypeError, setattr, nr, 'dwType', None)
        self.assertRaises(OverflowError, setattr, nr, 'dwType', 0xFFFFFFFF)

    def test_string_rules(self):
        nr = win32wnet.NETRESOURCE()
        self.assertRaisesMsg(TypeError, unicode_msg('int'), setattr, nr, 'lpLocalName', 5)

    def test_delete_and_unknown(self):
        nr = win32wnet.NETRESOURCE()
        self.assertRaisesMsg(AttributeError, "can't delete NETRESOURCE attributes", delattr, nr, 'dwType')
        self.assertRaisesMsg(AttributeError, "can't delete NETRESOURCE attributes", delattr, nr, 'nosuch')
        self.assertRaises(AttributeError, setattr, nr, 'nosuch', 1)
        self.assertFalse(hasattr(nr, '__dict__'))

    def test_dir_lists_members(self):
        names = dir(win32wnet.NETRESOURCE())
        for a in ('dwScope', 'dwType', 'dwDisplayType', 'dwUsage', 'lpLocalName', 'lpRemoteName',
                  'lpComment', 'lpProvider'):
            self.assertIn(a, names)

    def test_identity_equality_and_repr(self):
        # spec 7.2 item 8, bug-compatible: no value comparison
        a, b = win32wnet.NETRESOURCE(), win32wnet.NETRESOURCE()
        self.assertFalse(a == b)
        self.assertTrue(a == a)
        self.assertTrue(repr(a).startswith('<PyNETRESOURCE object at 0x'))

    def test_not_subclassable(self):
        def make():
            class Sub(win32wnet.NETRESOURCE):
                pass
        self.assertRaises(TypeError, make)


class NcbTests(Case):
    INTS = ('Command', 'Retcode', 'Lsn', 'Num', 'Rto', 'Sto', 'Lana_num', 'Cmd_cplt', 'Event', 'Post')

    def test_fresh(self):
        ncb = win32wnet.NCB()
        for a in self.INTS:
            self.assertEqual(getattr(ncb, a), 0)
        self.assertEqual(ncb.Bufflen, 0)
        self.assertEqual(ncb.Callname, "")
        self.assertEqual(ncb.Name, "")
        self.assertTrue(ncb.Buffer is None)
        self.assertRaises(TypeError, win32wnet.NCB, 1)

    def test_byte_fields_are_signed(self):
        ncb = win32wnet.NCB()
        ncb.Command = -73
        self.assertEqual(ncb.Command, -73)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            ncb.Command = 0xB7
            self.assertEqual(ncb.Command, -73)
            self.assertTrue(any(issubclass(x.category, RuntimeWarning) for x in w))
            self.assertEqual(str(w[-1].message), "Truncation of value to char")
        self.assertRaises(OverflowError, setattr, ncb, 'Command', 1 << 40)
        self.assertRaises(TypeError, setattr, ncb, 'Lana_num', "1")

    def test_event_post_are_32_bit(self):
        # spec 7.2 item 7, bug-compatible: 32-bit C long views
        ncb = win32wnet.NCB()
        ncb.Event = -1
        self.assertEqual(ncb.Event, -1)
        self.assertRaises(OverflowError, setattr, ncb, 'Post', 1 << 32)

    def test_bufflen_readonly(self):
        ncb = win32wnet.NCB()
        self.assertRaisesMsg(AttributeError, "readonly attribute", setattr, ncb, 'Bufflen', 5)

    def test_callname_padding(self):
        ncb = win32wnet.NCB()
        ncb.Callname = "abc"
        self.assertEqual(ncb.Callname, "abc" + " " * 13)
        ncb.Callname = b"*               "
        self.assertEqual(ncb.Callname, "*" + " " * 15)
        ncb.Callname = "x" * 20
        self.assertEqual(ncb.Callname, "x" * 16)
        ncb.Callname = b"ab\0cd"
        self.assertEqual(ncb.Callname, "ab")
        ncb.Callname = ""
        self.assertEqual(ncb.Callname, "")

    def test_callname_types(self):
        ncb = win32wnet.NCB()
        self.assertRaisesMsg(TypeError, NONE_MSG, setattr, ncb, 'Callname', None)
        self.assertRaisesMsg(TypeError, "Expected 'bytes', got 'int'", setattr, ncb, 'Name', 5)

    def test_empty_name_fixed(self):
        # spec 7.2 item 6: pywin32 NULs Callname[0]; fixed here, Name itself becomes ""
        ncb = win32wnet.NCB()
        ncb.Callname = "keep"
        ncb.Name = "abc"
        ncb.Name = ""
        self.assertEqual(ncb.Name, "")
        self.assertEqual(ncb.Callname, "keep" + " " * 12)

    def test_buffer_rules(self):
        ncb = win32wnet.NCB()
        self.assertRaisesMsg(TypeError, "Buffer cannot be None", setattr, ncb, 'Buffer', None)
        if not PY2:
            self.assertRaises(BufferError, setattr, ncb, 'Buffer', b"abc")
        self.assertRaises(TypeError, setattr, ncb, 'Buffer', 5)
        self.assertRaisesMsg(ValueError, "Buffer can be at most 65535 bytes", setattr, ncb, 'Buffer',
                             bytearray(65536))
        buf = win32wnet.NCBBuffer(100)
        ncb.Buffer = buf
        self.assertTrue(ncb.Buffer is buf)
        self.assertEqual(ncb.Bufflen, 100)
        ncb.Buffer = bytearray(40000)
        self.assertEqual(ncb.Bufflen, 40000 - 65536)     # T_SHORT: signed 16-bit

    def test_reset(self):
        ncb = win32wnet.NCB()
        ncb.Command = 5
        ncb.Callname = "x"
        ncb.Buffer = bytearray(10)
        self.assertTrue(ncb.Reset() is None)
        self.assertEqual((ncb.Command, ncb.Bufflen, ncb.Callname), (0, 0, ""))
        self.assertTrue(ncb.Buffer is None)

    def test_dir_and_delete(self):
        names = dir(win32wnet.NCB())
        for a in self.INTS + ('Bufflen', 'Callname', 'Name', 'Reset'):
            self.assertIn(a, names)
        self.assertNotIn('Buffer', names)
        self.assertRaisesMsg(AttributeError, "can't delete NCB attributes", delattr, win32wnet.NCB(), 'Lsn')

    def test_ncbbuffer(self):
        buf = win32wnet.NCBBuffer(6)
        self.assertEqual(len(buf), 6)
        buf[0:2] = b"ab"
        self.assertRaises(SystemError, win32wnet.NCBBuffer, -1)
        self.assertRaises(TypeError, win32wnet.NCBBuffer, "6")
        if not PY2:
            self.assertTrue(isinstance(buf, memoryview))
            self.assertFalse(buf.readonly)

    def test_netbios_needs_an_ncb(self):
        self.assertRaises(TypeError, win32wnet.Netbios, None)
        self.assertRaises(TypeError, win32wnet.Netbios, win32wnet.NETRESOURCE())


class OfflineCallTests(Case):
    """Calls that need no server: unknown local devices, bad levels, closed handles."""

    def test_get_user_no_args_is_a_string(self):
        import win32api
        self.assertEqual(win32wnet.WNetGetUser(), win32api.GetUserName())
        self.assertEqual(win32wnet.WNetGetUser(None), win32wnet.WNetGetUser())

    def test_unmapped_drive(self):
        self.assertWinError(2250, "WNetGetUser", win32wnet.WNetGetUser, "Q:")
        self.assertWinError(2250, "WNetGetConnection", win32wnet.WNetGetConnection, "Q:")
        self.assertWinError(2250, "WNetCancelConnection2", win32wnet.WNetCancelConnection2, "Q:", 0, 0)
        self.assertWinError(2250, "WNetGetUniversalName (for buffer size)", win32wnet.WNetGetUniversalName, "Q:\\x")
        self.assertWinError(124, "WNetGetUniversalName (for buffer size)", win32wnet.WNetGetUniversalName, "Q:\\x", 7)
        self.assertWinError(1200, "WNetGetConnection", win32wnet.WNetGetConnection, "not a device")

    def test_add_connection_local_errors(self):
        nr = win32wnet.NETRESOURCE()
        nr.lpRemoteName = "\\\\srv\\share"
        nr.lpLocalName = "bad device"
        self.assertWinError(1200, "WNetAddConnection2", win32wnet.WNetAddConnection2, nr)
        nr.lpLocalName = "Q:"
        nr.lpProvider = "Some Other Network"
        self.assertWinError(1204, "WNetAddConnection3", win32wnet.WNetAddConnection3, None, nr)
        nr.lpProvider = None
        nr.lpRemoteName = "not unc"
        self.assertWinError(67, "WNetAddConnection2", win32wnet.WNetAddConnection2, nr)
        nr.lpRemoteName = "\\\\" + "s" * 300 + "\\x"
        self.assertWinError(67, "WNetAddConnection2", win32wnet.WNetAddConnection2, nr)

    def test_embedded_nul_ends_the_name_as_in_c(self):
        self.assertWinError(2250, "WNetGetConnection", win32wnet.WNetGetConnection, "Q:\0junk")
        self.assertWinError(1200, "WNetGetConnection", win32wnet.WNetGetConnection, "\0Q:")

    def test_no_such_host_is_53(self):
        self.assertWinError(53, "WNetAddConnection2", win32wnet.WNetAddConnection2,
                            1, None, "\\\\nosuchhost.invalid\\share", None, "u", "secret-pw")

    def test_strerror_is_the_windows_text(self):
        e = self.assertWinError(2250, "WNetGetConnection", win32wnet.WNetGetConnection, "Q:")
        self.assertEqual(e.strerror, "This network connection does not exist.")
        self.assertEqual(str(e), "(2250, 'WNetGetConnection', 'This network connection does not exist.')")

    def test_password_never_in_message(self):
        try:
            win32wnet.WNetAddConnection2(1, None, "\\\\nosuchhost.invalid\\share", None, "u", "Pa55-secret")
        except pywintypes.error as e:
            self.assertNotIn("Pa55-secret", repr(e.args) + str(e))

    def test_connected_enumeration_and_handle(self):
        h = win32wnet.WNetOpenEnum(1, 0, 0, None)
        self.assertEqual(type(h).__name__, 'PyHANDLE')
        self.assertTrue(repr(h).startswith('<PyNetEnumHANDLE:'))
        self.assertTrue(isinstance(win32wnet.WNetEnumResource(h), list))
        h.Close()
        self.assertEqual(int(h), 0)
        h.Close()                                       # closing twice is a no-op
        self.assertEqual(win32wnet.WNetEnumResource(h), [])  # a closed handle: [] (never raises)

    def test_enum_on_a_foreign_handle_returns_empty(self):
        self.assertEqual(win32wnet.WNetEnumResource(pywintypes.HANDLE(12345), 5), [])

    def test_close_enum_function(self):
        h = win32wnet.WNetOpenEnum(3, 0, 0, None)
        self.assertTrue(win32wnet.WNetCloseEnum(h) is None)
        self.assertEqual(int(h), 0)

    def test_bad_scope(self):
        self.assertWinError(87, "WNetOpenEnum", win32wnet.WNetOpenEnum, 9, 0, 0, None)

    def test_global_root_and_parent(self):
        h = win32wnet.WNetOpenEnum(2, 0, 0, None)
        try:
            items = win32wnet.WNetEnumResource(h, 0)
        finally:
            h.Close()
        self.assertEqual(len(items), 1)
        self.assertEqual(items[0].lpProvider, "Microsoft Windows Network")
        self.assertEqual(items[0].dwUsage & 2, 2)
        nr = win32wnet.NETRESOURCE()
        nr.lpRemoteName = "\\\\srv\\share\\dir"
        parent = win32wnet.WNetGetResourceParent(nr)
        self.assertEqual(parent.lpRemoteName, "\\\\srv\\share")
        self.assertEqual(win32wnet.WNetGetResourceParent(parent).lpRemoteName, "\\\\srv")
        nr.lpRemoteName = "nonsense"
        self.assertWinError(1203, "WNetGetResourceParent", win32wnet.WNetGetResourceParent, nr)

    def test_last_error_shape(self):
        code, desc, provider = win32wnet.WNetGetLastError()
        self.assertTrue(code >= 0)
        self.assertTrue(isinstance(desc, str) and isinstance(provider, str))

    def test_packed_results_equal_the_long_way(self):
        # WNetFace packs multi-field results into one string; the long way (taken when a string holds
        # a NUL) must give the same values, types and errors
        packed = win32wnet.WNetGetLastError()
        saved = win32wnet._face_last_error, win32wnet._face_universal
        win32wnet._face_last_error = win32wnet._face_universal = lambda *a: None
        try:
            self.assertEqual(repr(win32wnet.WNetGetLastError()), repr(packed))
            self.assertWinError(2250, "WNetGetUniversalName (for buffer size)",
                                win32wnet.WNetGetUniversalName, "Q:\\x", 2)
        finally:
            win32wnet._face_last_error, win32wnet._face_universal = saved


if __name__ == '__main__':
    unittest.main()
