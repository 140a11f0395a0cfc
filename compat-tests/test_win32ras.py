"""win32ras: module surface, argument rules and error shapes (spec pywin32-api.md 1, 3, 4), both engines.

Runs against the phonebook backend with the `none` dialer and temporary files."""
import sys
import unittest

import pywintypes
import win32ras
from _rasfix import RasFixture
from _support import Case

PY2 = sys.version_info[0] == 2

FUNCTIONS = ['CreatePhonebookEntry', 'Dial', 'EditPhonebookEntry', 'EnumConnections', 'EnumEntries',
             'GetConnectStatus', 'GetEapUserIdentity', 'GetEntryDialParams', 'GetErrorString', 'HangUp',
             'IsHandleValid', 'RASDIALEXTENSIONS', 'SetEntryDialParams']

CONSTANTS = {
    'RASCS_OpenPort': 0, 'RASCS_PortOpened': 1, 'RASCS_ConnectDevice': 2, 'RASCS_DeviceConnected': 3,
    'RASCS_AllDevicesConnected': 4, 'RASCS_Authenticate': 5, 'RASCS_AuthNotify': 6, 'RASCS_AuthRetry': 7,
    'RASCS_AuthCallback': 8, 'RASCS_AuthChangePassword': 9, 'RASCS_AuthProject': 10,
    'RASCS_AuthLinkSpeed': 11, 'RASCS_AuthAck': 12, 'RASCS_ReAuthenticate': 13, 'RASCS_Authenticated': 14,
    'RASCS_PrepareForCallback': 15, 'RASCS_WaitForModemReset': 16, 'RASCS_WaitForCallback': 17,
    'RASCS_Projected': 18, 'RASCS_StartAuthentication': 19, 'RASCS_CallbackComplete': 20,
    'RASCS_LogonNetwork': 21, 'RASCS_Interactive': 4096, 'RASCS_RetryAuthentication': 4097,
    'RASCS_CallbackSetByCaller': 4098, 'RASCS_PasswordExpired': 4099, 'RASCS_Connected': 8192,
    'RASCS_Disconnected': 8193, 'RASEAPF_NonInteractive': 2, 'RASEAPF_Logon': 4, 'RASEAPF_Preview': 8,
}

NOT_UNICODE = "Objects of type '%s' can not be converted to Unicode."
NONE_STR = "None is not a valid string in this context"
NOT_HANDLE = "The object is not a PyHANDLE object"
BAD_LEN = "The RasDialParams sequence length must be less than 6"
NOT_A_WINDOW = "The first parameter must be a valid window handle"


class SurfaceTests(Case):
    def test_module_docstring(self):
        self.assertEqual(win32ras.__doc__, "A module encapsulating the Windows Remote Access Service (RAS) API.")

    def test_public_names_exactly(self):
        public = sorted(n for n in dir(win32ras) if not n.startswith('_'))
        self.assertEqual(public, sorted(FUNCTIONS + ['error'] + list(CONSTANTS)))

    def test_constant_values(self):
        for name, value in CONSTANTS.items():
            self.assertEqual(getattr(win32ras, name), value, name)
        self.assertEqual(len([n for n in dir(win32ras) if n.startswith('RASCS_')]), 28)

    def test_error_is_pywintypes_error(self):
        self.assertTrue(win32ras.error is pywintypes.error)

    def test_functions_document_pywin32s_signature(self):
        # pywin32 ships none; ours start with pywin32's signature line, for help() (issue 11)
        for name in FUNCTIONS:
            doc = getattr(win32ras, name).__doc__
            self.assertTrue(doc and doc.startswith(name + '('), name)
            self.assertTrue(len(doc.split('\n')) > 2, name)

    def test_types_not_exposed(self):
        self.assertFalse(hasattr(win32ras, 'PyRASDIALEXTENSIONS'))
        self.assertFalse(hasattr(win32ras, 'PyRASEAPUSERIDENTITY'))
        self.assertFalse(hasattr(win32ras, 'RASCS_PAUSED'))
        self.assertFalse(hasattr(win32ras, 'WM_RASDIALEVENT'))

    def test_no_keywords_anywhere(self):
        calls = [('Dial', {'callback': None}), ('HangUp', {'hras': 1}), ('EnumEntries', {'fileName': None}),
                 ('EnumConnections', {'x': 1}), ('GetConnectStatus', {'hrasconn': 1}),
                 ('GetEntryDialParams', {'fileName': None}), ('SetEntryDialParams', {'bRemovePassword': 0}),
                 ('GetErrorString', {'error': 1}), ('IsHandleValid', {'hras': 1}),
                 ('CreatePhonebookEntry', {'hWnd': 0}), ('EditPhonebookEntry', {'hWnd': 0}),
                 ('GetEapUserIdentity', {'hwnd': 0}), ('RASDIALEXTENSIONS', {'x': 1})]
        for name, kw in calls:
            self.assertRaises(TypeError, getattr(win32ras, name), **kw)

    def test_argument_counts(self):
        self.assertRaises(TypeError, win32ras.Dial, None, None, ())
        self.assertRaises(TypeError, win32ras.Dial, None, None, (), None, None)
        self.assertRaises(TypeError, win32ras.HangUp)
        self.assertRaises(TypeError, win32ras.EnumConnections, 1)
        self.assertRaises(TypeError, win32ras.EnumEntries, None, None, None)
        self.assertRaises(TypeError, win32ras.GetConnectStatus)
        self.assertRaises(TypeError, win32ras.GetEntryDialParams, None)
        self.assertRaises(TypeError, win32ras.SetEntryDialParams, None, ())
        self.assertRaises(TypeError, win32ras.GetErrorString)
        self.assertRaises(TypeError, win32ras.IsHandleValid)
        self.assertRaises(TypeError, win32ras.CreatePhonebookEntry)
        self.assertRaises(TypeError, win32ras.CreatePhonebookEntry, 0, 'a', 'b')
        self.assertRaises(TypeError, win32ras.EditPhonebookEntry, 0, None)
        self.assertRaises(TypeError, win32ras.GetEapUserIdentity, None, 'x')
        self.assertRaises(TypeError, win32ras.RASDIALEXTENSIONS, 1)


class WithFixture(Case):
    dialer = 'none'

    def setUp(self):
        self.fx = RasFixture().start(dialer=self.dialer)

    def tearDown(self):
        self.fx.stop()


class DialParamsRuleTests(WithFixture):
    """The RASDIALPARAMS sequence (spec 1.5.1), through SetEntryDialParams and Dial."""

    def set(self, params):
        return win32ras.SetEntryDialParams(None, params, 0)

    def test_int_item(self):
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'int', self.set, ('Work VPN', 5))

    def test_none_item(self):
        self.assertRaisesMsg(TypeError, NONE_STR, self.set, ('Work VPN', None))

    def test_bytes_item(self):
        if PY2:
            self.skipTest("Python 2 str is bytes and accepted")
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'bytes', self.set, (b'Work VPN',))

    def test_overlong_fields(self):
        limits = [256, 128, 128, 256, 256, 15]
        for i, m in enumerate(limits):
            params = [''] * 6
            params[i] = 'x' * (m + 1)
            self.assertRaisesMsg(ValueError, "<RasDialParams conversion>: String size (%d) greater than "
                                 "acceptable size (%d)" % (m + 1, m), self.set, tuple(params))

    def test_limits_are_inclusive(self):
        # max-length items convert; the entry is then simply unknown (623)
        self.assertWinError(623, 'SetEntryDialParams', self.set, ('e' * 256, 'p' * 128, 'c' * 128,
                                                                  'u' * 256, 'w' * 256, 'd' * 15))

    def test_seven_items(self):
        e = self.assertRaisesMsg(pywintypes.error, "(0, '<RasDialParams conversion>', '%s')" % BAD_LEN,
                                 self.set, ('Work VPN', '', '', '', '', '', ''))
        self.assertEqual(e.args, (0, '<RasDialParams conversion>', BAD_LEN))

    def test_item_errors_beat_length_error(self):
        self.assertRaises(TypeError, self.set, ('Work VPN', '', 3, '', '', '', ''))

    def test_items_after_six_not_converted(self):
        self.assertRaises(pywintypes.error, self.set, ('Work VPN', '', '', '', '', '', 3))

    def test_not_a_sequence(self):
        self.assertRaises(TypeError, self.set, 5)
        self.assertRaises(TypeError, self.set, None)

    def test_list_accepted(self):
        self.assertEqual(self.set(['Work VPN', '', '', 'alice']), None)

    def test_str_subclass_and_other_iterables(self):
        class Name(str):
            pass
        self.assertEqual(self.set((Name('Work VPN'), '', '', Name('alice'))), None)
        self.assertEqual(self.set(iter(['Work VPN', '', '', 'alice'])), None)
        self.assertEqual(win32ras.GetEntryDialParams(None, 'Work VPN')[0][3], 'alice')

    def test_empty_sequence_is_empty_entry(self):
        self.assertWinError(623, 'SetEntryDialParams', self.set, ())

    def test_params_converted_before_filename(self):
        self.assertRaisesMsg(TypeError, NONE_STR, win32ras.SetEntryDialParams, 5, (None,), 0)
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'int', win32ras.SetEntryDialParams, 5, ('Work VPN',), 0)

    def test_flag_must_be_int(self):
        self.assertRaises(TypeError, win32ras.SetEntryDialParams, None, ('Work VPN',), 'x')
        self.assertRaises(TypeError, win32ras.SetEntryDialParams, None, ('Work VPN',), 1.5)
        self.assertRaises(OverflowError, win32ras.SetEntryDialParams, None, ('Work VPN',), 2 ** 31)

    def test_dial_uses_the_same_rules(self):
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'int', win32ras.Dial, None, None, (1,), None)
        self.assertRaises(pywintypes.error, win32ras.Dial, None, None, ('a',) * 7, None)
        self.assertRaises(ValueError, win32ras.Dial, None, None, ('a' * 257,), None)


class DialArgumentTests(WithFixture):
    def test_none_dialer_returns_711(self):
        self.assertEqual(win32ras.Dial(None, None, ('Work VPN',), None), (0, 711))
        self.assertEqual(win32ras.EnumConnections(), [])

    def test_none_dialer_with_callback(self):
        calls = []
        self.assertEqual(win32ras.Dial(None, None, ('Work VPN',), lambda *a: calls.append(a)), (0, 711))
        self.assertEqual(calls, [])

    def test_bad_extensions(self):
        self.assertRaisesMsg(TypeError, "The object is not a PyRASDIALEXTENSIONS object",
                             win32ras.Dial, 5, None, ('Work VPN',), None)

    def test_bad_callback(self):
        e = self.assertRaisesMsg(pywintypes.error, "(0, '<Dial param parsing>', 'The callback object must be an "
                                 "integer handle, None, or a callable object')",
                                 win32ras.Dial, None, None, ('Work VPN',), 'abc')
        self.assertEqual(e.winerror, 0)

    def test_conversion_order(self):
        # params first, then extensions, then the callback
        self.assertRaisesMsg(TypeError, NONE_STR, win32ras.Dial, 5, None, (None,), 'abc')
        self.assertRaisesMsg(TypeError, "The object is not a PyRASDIALEXTENSIONS object",
                             win32ras.Dial, 5, None, ('x',), 'abc')

    def test_filename_type(self):
        self.assertRaises(TypeError, win32ras.Dial, None, 5, ('Work VPN',), None)
        self.assertRaises(ValueError, win32ras.Dial, None, 'a\0b', ('Work VPN',), None)

    def test_starting_slot_rule(self):
        win32ras._starting[0] = True
        try:
            self.assertRaisesMsg(RuntimeError, "Another RAS callback is in the process of starting",
                                 win32ras.Dial, None, None, ('Work VPN',), lambda *a: None)
            self.assertEqual(win32ras.Dial(None, None, ('Work VPN',), None), (0, 711))
        finally:
            win32ras._starting[0] = False
        self.assertEqual(win32ras.Dial(None, None, ('Work VPN',), lambda *a: None), (0, 711))


class HandleTests(WithFixture):
    def test_hangup_bad_handle(self):
        self.assertWinError(6, 'RasHangup', win32ras.HangUp, 12345)
        self.assertWinError(6, 'RasHangup', win32ras.HangUp, 0)
        self.assertWinError(6, 'RasHangup', win32ras.HangUp, None)

    def test_hangup_not_a_handle(self):
        self.assertRaisesMsg(TypeError, NOT_HANDLE, win32ras.HangUp, 'abc')
        self.assertRaisesMsg(TypeError, NOT_HANDLE, win32ras.HangUp, [])

    def test_connect_status_bad_handle(self):
        self.assertWinError(6, 'RasGetConnectStatus', win32ras.GetConnectStatus, 777)
        self.assertRaisesMsg(TypeError, NOT_HANDLE, win32ras.GetConnectStatus, object())

    def test_is_handle_valid_build_312(self):
        self.assertTrue(win32ras.IsHandleValid(0) is False)
        self.assertTrue(win32ras.IsHandleValid(None) is False)
        self.assertTrue(win32ras.IsHandleValid(12345) is True)
        self.assertTrue(win32ras.IsHandleValid(pywintypes.HANDLE(7)) is True)
        self.assertTrue(win32ras.IsHandleValid('123') is True)
        self.assertTrue(win32ras.IsHandleValid(-1) is True)
        self.assertRaisesMsg(TypeError, NOT_HANDLE, win32ras.IsHandleValid, 'abc')


class ErrorStringTests(WithFixture):
    def test_ras_codes_have_texts(self):
        for code in (621, 623, 629, 631, 676, 678, 691, 711, 718):
            text = win32ras.GetErrorString(code)
            self.assertTrue(isinstance(text, str) and text, code)

    def test_unknown_code(self):
        self.assertWinError(87, 'RasGetErrorString', win32ras.GetErrorString, -5)
        self.assertWinError(87, 'RasGetErrorString', win32ras.GetErrorString, 0)

    def test_argument_is_a_c_int(self):
        self.assertRaises(TypeError, win32ras.GetErrorString, '691')
        self.assertRaises(TypeError, win32ras.GetErrorString, 691.0)
        self.assertRaises(OverflowError, win32ras.GetErrorString, 2 ** 31)


class ExtensionsTests(Case):
    def test_defaults(self):
        x = win32ras.RASDIALEXTENSIONS()
        self.assertEqual(type(x).__name__, 'PyRASDIALEXTENSIONS')
        self.assertEqual((x.dwfOptions, x.fOptions, x.hwndParent, x.reserved, x.reserved1), (0, 0, 0, 0, 0))
        self.assertTrue(x.RasEapInfo is None)

    def test_set_and_alias(self):
        x = win32ras.RASDIALEXTENSIONS()
        x.fOptions = 0x41
        self.assertEqual(x.dwfOptions, 0x41)
        x.reserved = -5
        self.assertEqual(x.reserved, -5)
        x.hwndParent = -1
        self.assertEqual(x.hwndParent, 2 ** 64 - 1)          # PyLong_FromVoidPtr: unsigned

    def test_bad_values(self):
        x = win32ras.RASDIALEXTENSIONS()
        self.assertRaises(OverflowError, setattr, x, 'dwfOptions', 2 ** 31)
        self.assertRaises(TypeError, setattr, x, 'dwfOptions', 'x')
        self.assertRaisesMsg(TypeError, NOT_HANDLE, setattr, x, 'hwndParent', 'abc')
        self.assertRaisesMsg(TypeError, "The object is not a PyRASEAPUSERIDENTITY object",
                             setattr, x, 'RasEapInfo', 5)

    def test_delete_message_is_pywin32s(self):
        x = win32ras.RASDIALEXTENSIONS()
        self.assertRaisesMsg(AttributeError, "can't delete OVERLAPPED attributes", delattr, x, 'dwfOptions')

    def test_unknown_attribute(self):
        x = win32ras.RASDIALEXTENSIONS()
        self.assertRaises(AttributeError, getattr, x, 'dwSize')
        self.assertRaises(AttributeError, setattr, x, 'nothing', 1)

    def test_eap_none_is_accepted(self):
        x = win32ras.RASDIALEXTENSIONS()
        x.RasEapInfo = None
        self.assertTrue(x.RasEapInfo is None)


class PhonebookTests(WithFixture):
    def test_enum_entries_tuple_of_str(self):
        names = win32ras.EnumEntries()
        self.assertEqual(names, ('Work VPN', 'ISP', 'EAP Office'))
        self.assertTrue(isinstance(names, tuple))
        self.assertEqual(win32ras.EnumEntries(None, self.fx.phonebook), names)

    def test_enum_entries_argument_types(self):
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'int', win32ras.EnumEntries, None, 5)
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'int', win32ras.EnumEntries, 5)
        self.assertWinError(87, 'RasEnumEntries', win32ras.EnumEntries, 'reserved')

    def test_missing_default_phonebook_is_empty(self):
        self.fx.set('ras.phonebook', self.fx.dir + '/nothing-here.pbk')
        self.assertEqual(win32ras.EnumEntries(), ())

    def test_missing_named_phonebook(self):
        self.assertWinError(621, 'RasEnumEntries', win32ras.EnumEntries, None, self.fx.dir + '/missing.pbk')
        self.assertWinError(621, 'RasEnumEntries', win32ras.EnumEntries, None, self.fx.dir)

    def test_garbage_phonebook(self):
        bad = self.fx.write('bad.pbk', u'[ok]\nthis is not a key value line\n')
        self.assertWinError(625, 'RasEnumEntries', win32ras.EnumEntries, None, bad)
        binary = self.fx.dir + '/binary.pbk'
        f = open(binary, 'wb')
        f.write(b'\x00\x01\x02[\xff\xfe')
        f.close()
        self.assertWinError(625, 'RasEnumEntries', win32ras.EnumEntries, None, binary)
        self.assertWinError(625, 'RasGetEntryDialParams', win32ras.GetEntryDialParams, binary, 'x')

    def test_unknown_entry(self):
        self.assertWinError(623, 'RasGetEntryDialParams', win32ras.GetEntryDialParams, None, 'Nope')
        self.assertWinError(623, 'SetEntryDialParams', win32ras.SetEntryDialParams, None, ('Nope',), 0)

    def test_entry_name_rules(self):
        self.assertRaisesMsg(TypeError, NONE_STR, win32ras.GetEntryDialParams, None, None)
        self.assertRaisesMsg(TypeError, NOT_UNICODE % 'int', win32ras.GetEntryDialParams, 1, 'ISP')
        # silently truncated to 256 characters, then unknown
        self.assertWinError(623, 'RasGetEntryDialParams', win32ras.GetEntryDialParams, None, 'x' * 1000)

    def test_entry_names_case_insensitive(self):
        params, _ = win32ras.GetEntryDialParams(None, 'work vpn')
        self.assertEqual(params[0], 'Work VPN')

    def test_nothing_saved(self):
        self.assertEqual(win32ras.GetEntryDialParams(None, 'ISP'), (('ISP', '', '', '', '', ''), False))

    def test_create_entry_needs_a_dialog(self):
        self.assertWinError(703, 'RasCreatePhonebookEntry', win32ras.CreatePhonebookEntry, 0)
        self.assertWinError(703, 'RasCreatePhonebookEntry', win32ras.CreatePhonebookEntry, None, self.fx.phonebook)
        e = self.assertRaises(pywintypes.error, win32ras.CreatePhonebookEntry, 0x1234)
        self.assertRaises(TypeError, win32ras.CreatePhonebookEntry, 0, None)
        self.assertRaisesMsg(TypeError, NOT_HANDLE, win32ras.CreatePhonebookEntry, 'abc')
        try:
            win32ras.CreatePhonebookEntry(0x1234)
        except pywintypes.error as e:
            self.assertEqual(e.args, (0, '<CreatePhonebookEntry param conversion>', NOT_A_WINDOW))

    def test_edit_entry(self):
        self.assertWinError(703, 'RasEditPhonebookEntry', win32ras.EditPhonebookEntry, 0, None, 'ISP')
        self.assertWinError(623, 'RasEditPhonebookEntry', win32ras.EditPhonebookEntry, 0, None, 'Nope')
        self.assertRaises(TypeError, win32ras.EditPhonebookEntry, 0, None, None)
        try:
            win32ras.EditPhonebookEntry(99, None, 'ISP')
            self.fail("no error")
        except pywintypes.error as e:
            self.assertEqual(e.args, (0, '<EditPhonebookEntry param parsing>', NOT_A_WINDOW))

    def test_eap_identity(self):
        self.assertWinError(623, 'RasGetEapUserIdentity', win32ras.GetEapUserIdentity, None, 'Nope', 0)
        self.assertWinError(780, 'RasGetEapUserIdentity', win32ras.GetEapUserIdentity, None, 'ISP', 0)
        self.assertWinError(703, 'RasGetEapUserIdentity', win32ras.GetEapUserIdentity, None, 'EAP Office',
                            win32ras.RASEAPF_NonInteractive)
        win32ras.SetEntryDialParams(None, ('EAP Office', '', '', 'carol', 'pw', 'CORP'), 0)
        ident = win32ras.GetEapUserIdentity(None, 'EAP Office', win32ras.RASEAPF_NonInteractive, None)
        self.assertEqual(type(ident).__name__, 'PyRASEAPUSERIDENTITY')
        self.assertEqual(ident.szUserName, 'CORP\\carol')
        self.assertEqual(ident.userName, 'CORP\\carol')
        self.assertTrue(isinstance(ident.pbEapInfo, memoryview))
        self.assertTrue(ident.eapInfo.readonly)
        self.assertRaises(AttributeError, setattr, ident, 'szUserName', 'x')
        x = win32ras.RASDIALEXTENSIONS()
        x.RasEapInfo = ident
        self.assertTrue(x.RasEapInfo is ident)

    def test_eap_argument_rules(self):
        self.assertRaises(TypeError, win32ras.GetEapUserIdentity, None, 'ISP', 'x')
        self.assertRaisesMsg(TypeError, NONE_STR, win32ras.GetEapUserIdentity, None, None, 0)
        self.assertRaisesMsg(TypeError, NOT_HANDLE, win32ras.GetEapUserIdentity, None, 'ISP', 0, 'abc')


if __name__ == '__main__':
    unittest.main()
