"""winerror and win32netcon: generated from the SDK headers; values as pywin32 writes them (spec 5.1, 5.2, 1.4)."""
import unittest

import win32netcon
import winerror

try:
    INT_TYPES = (int, long)
except NameError:
    INT_TYPES = (int,)

# spec 5.1: win32netcon's WNet names, high-bit values negative as pywin32 writes them
WNET = {
    'RESOURCE_CONNECTED': 1, 'RESOURCE_GLOBALNET': 2, 'RESOURCE_REMEMBERED': 3, 'RESOURCE_RECENT': 4,
    'RESOURCE_CONTEXT': 5,
    'RESOURCETYPE_ANY': 0, 'RESOURCETYPE_DISK': 1, 'RESOURCETYPE_PRINT': 2, 'RESOURCETYPE_RESERVED': 8,
    'RESOURCETYPE_UNKNOWN': -1,
    'RESOURCEUSAGE_CONNECTABLE': 1, 'RESOURCEUSAGE_CONTAINER': 2, 'RESOURCEUSAGE_NOLOCALDEVICE': 4,
    'RESOURCEUSAGE_SIBLING': 8, 'RESOURCEUSAGE_ATTACHED': 16, 'RESOURCEUSAGE_ALL': 19,
    'RESOURCEUSAGE_RESERVED': -2147483648,
    'RESOURCEDISPLAYTYPE_GENERIC': 0, 'RESOURCEDISPLAYTYPE_DOMAIN': 1, 'RESOURCEDISPLAYTYPE_SERVER': 2,
    'RESOURCEDISPLAYTYPE_SHARE': 3, 'RESOURCEDISPLAYTYPE_FILE': 4, 'RESOURCEDISPLAYTYPE_GROUP': 5,
    'RESOURCEDISPLAYTYPE_NETWORK': 6, 'RESOURCEDISPLAYTYPE_ROOT': 7, 'RESOURCEDISPLAYTYPE_SHAREADMIN': 8,
    'RESOURCEDISPLAYTYPE_DIRECTORY': 9, 'RESOURCEDISPLAYTYPE_TREE': 10, 'RESOURCEDISPLAYTYPE_NDSCONTAINER': 11,
    'NETPROPERTY_PERSISTENT': 1,
    'CONNECT_UPDATE_PROFILE': 1, 'CONNECT_UPDATE_RECENT': 2, 'CONNECT_TEMPORARY': 4, 'CONNECT_INTERACTIVE': 8,
    'CONNECT_PROMPT': 16, 'CONNECT_NEED_DRIVE': 32, 'CONNECT_REFCOUNT': 64, 'CONNECT_REDIRECT': 128,
    'CONNECT_LOCALDRIVE': 256, 'CONNECT_CURRENT_MEDIA': 512, 'CONNECT_DEFERRED': 1024,
    'CONNECT_RESERVED': -16777216,
    'CONNDLG_RO_PATH': 1, 'CONNDLG_CONN_POINT': 2, 'CONNDLG_USE_MRU': 4, 'CONNDLG_HIDE_BOX': 8,
    'CONNDLG_PERSIST': 16, 'CONNDLG_NOT_PERSIST': 32,
    'DISC_UPDATE_PROFILE': 1, 'DISC_NO_FORCE': 64,
    'UNIVERSAL_NAME_INFO_LEVEL': 1, 'REMOTE_NAME_INFO_LEVEL': 2,
    'WNFMT_MULTILINE': 1, 'WNFMT_ABBREVIATED': 2, 'WNFMT_INENUM': 16, 'WNFMT_CONNECTION': 32,
    'NETINFO_DLL16': 1, 'NETINFO_DISKRED': 4, 'NETINFO_PRINTERRED': 8,
    'RP_LOGON': 1, 'RP_INIFILE': 2, 'PP_DISPLAYERRORS': 1,
    'WNCON_FORNETCARD': 1, 'WNCON_NOTROUTED': 2, 'WNCON_SLOWLINK': 4, 'WNCON_DYNAMIC': 8,
}

WNNC_NET = {
    'MSNET': 65536, 'LANMAN': 131072, 'NETWARE': 196608, 'VINES': 262144, '10NET': 327680, 'LOCUS': 393216,
    'SUN_PC_NFS': 458752, 'LANSTEP': 524288, '9TILES': 589824, 'LANTASTIC': 655360, 'AS400': 720896,
    'FTP_NFS': 786432, 'PATHWORKS': 851968, 'LIFENET': 917504, 'POWERLAN': 983040, 'BWNFS': 1048576,
    'COGENT': 1114112, 'FARALLON': 1179648, 'APPLETALK': 1245184, 'INTERGRAPH': 1310720,
    'SYMFONET': 1376256, 'CLEARCASE': 1441792, 'FRONTIER': 1507328, 'BMC': 1572864, 'DCE': 1638400,
    'DECORB': 2097152, 'PROTSTOR': 2162688, 'FJ_REDIR': 2228224, 'DISTINCT': 2293760, 'TWINS': 2359296,
    'RDR2SAMPLE': 2424832,
}

# spec 5.2
WIN32 = {
    'ERROR_SUCCESS': 0, 'NO_ERROR': 0, 'ERROR_ACCESS_DENIED': 5, 'ERROR_INVALID_HANDLE': 6,
    'ERROR_NOT_ENOUGH_MEMORY': 8, 'ERROR_NOT_SUPPORTED': 50, 'ERROR_BAD_NETPATH': 53, 'ERROR_BAD_DEV_TYPE': 66,
    'ERROR_BAD_NET_NAME': 67, 'ERROR_REDIR_PAUSED': 72, 'ERROR_ALREADY_ASSIGNED': 85,
    'ERROR_INVALID_PASSWORD': 86, 'ERROR_INVALID_PARAMETER': 87, 'ERROR_CALL_NOT_IMPLEMENTED': 120,
    'ERROR_INSUFFICIENT_BUFFER': 122, 'ERROR_INVALID_LEVEL': 124, 'ERROR_BUSY': 170, 'ERROR_MORE_DATA': 234,
    'ERROR_NO_MORE_ITEMS': 259, 'ERROR_INVALID_ADDRESS': 487, 'ERROR_BAD_DEVICE': 1200,
    'ERROR_CONNECTION_UNAVAIL': 1201, 'ERROR_DEVICE_ALREADY_REMEMBERED': 1202, 'ERROR_NO_NET_OR_BAD_PATH': 1203,
    'ERROR_BAD_PROVIDER': 1204, 'ERROR_CANNOT_OPEN_PROFILE': 1205, 'ERROR_BAD_PROFILE': 1206,
    'ERROR_NOT_CONTAINER': 1207, 'ERROR_EXTENDED_ERROR': 1208, 'ERROR_SESSION_CREDENTIAL_CONFLICT': 1219,
    'ERROR_NO_NETWORK': 1222, 'ERROR_CANCELLED': 1223, 'ERROR_NO_SUCH_LOGON_SESSION': 1312,
    'ERROR_LOGON_FAILURE': 1326, 'ERROR_BAD_USERNAME': 2202, 'ERROR_NOT_CONNECTED': 2250,
    'ERROR_OPEN_FILES': 2401, 'ERROR_DEVICE_IN_USE': 2404,
    'FACILITY_RAS': 83,
}

# raserror.h (spec 1.4 and the codes RAS scripts test for)
RAS = {
    'RASBASE': 600, 'ERROR_BUFFER_TOO_SMALL': 603, 'ERROR_CANNOT_OPEN_PHONEBOOK': 621,
    'ERROR_CANNOT_FIND_PHONEBOOK_ENTRY': 623, 'ERROR_INVALID_SIZE': 632, 'ERROR_AUTHENTICATION_FAILURE': 691,
    'ERROR_RASMAN_CANNOT_INITIALIZE': 711, 'ERROR_INTERACTIVE_MODE': 703, 'ERROR_PPP_TIMEOUT': 718,
    'ERROR_NO_CERTIFICATE': 766, 'ERROR_AUTOMATIC_VPN_FAILED': 800, 'ERROR_SERVER_NOT_RESPONDING': 650,
    'ERROR_NO_ANSWER': 678, 'ERROR_DNSNAME_NOT_RESOLVABLE': 868, 'PENDING': 600,
}


class Win32NetConTests(unittest.TestCase):
    def test_wnet_names_as_win32netcon(self):
        for name, value in sorted(WNET.items()):
            self.assertEqual(getattr(win32netcon, name), value, name)

    def test_provider_types(self):
        for name, value in sorted(WNNC_NET.items()):
            self.assertEqual(getattr(win32netcon, 'WNNC_NET_' + name), value, name)

    def test_high_bit_values_are_negative_ints(self):
        for name in ('RESOURCETYPE_UNKNOWN', 'RESOURCEUSAGE_RESERVED', 'CONNECT_RESERVED'):
            value = getattr(win32netcon, name)
            self.assertTrue(value < 0, name)
            # Jython's int is 32 bits, so -2147483648 may be a long there, as in a 32-bit CPython 2
            self.assertTrue(isinstance(value, INT_TYPES), '%s is %s' % (name, type(value).__name__))

    def test_lan_manager_names(self):
        self.assertEqual(win32netcon.MAX_PREFERRED_LENGTH, -1)
        self.assertEqual(win32netcon.UNLEN, 256)
        self.assertEqual(win32netcon.CNLEN, 15)
        self.assertEqual(win32netcon.UF_SCRIPT, 1)
        self.assertEqual(win32netcon.USER_PRIV_ADMIN, 2)


class WinErrorTests(unittest.TestCase):
    def test_win32_codes(self):
        for name, value in sorted(WIN32.items()):
            self.assertEqual(getattr(winerror, name), value, name)

    def test_hresults_negative_like_pywin32(self):
        self.assertEqual(winerror.S_OK, 0)
        self.assertEqual(winerror.E_FAIL, -2147467259)
        self.assertEqual(winerror.E_ACCESSDENIED, -2147024891)
        self.assertEqual(winerror.E_NOT_SUFFICIENT_BUFFER, -2147024774)

    def test_names_by_reference_and_base(self):
        self.assertEqual(winerror.WSAEINTR, 10004)
        self.assertEqual(winerror.WSAECONNREFUSED, 10061)

    def test_ras_codes(self):
        for name, value in sorted(RAS.items()):
            self.assertEqual(getattr(winerror, name), value, name)

    def test_ras_range(self):
        codes = [v for n, v in vars(winerror).items() if n.startswith('ERROR_') and 600 <= v < 1000]
        self.assertTrue(len(codes) > 200, len(codes))

    def test_helpers(self):
        self.assertEqual(winerror.HRESULT_FROM_WIN32(5), winerror.E_ACCESSDENIED)
        self.assertEqual(winerror.HRESULT_FROM_WIN32(0), 0)
        self.assertEqual(winerror.HRESULT_CODE(winerror.E_ACCESSDENIED), 5)
        self.assertEqual(winerror.HRESULT_FACILITY(winerror.E_ACCESSDENIED), winerror.FACILITY_WIN32)
        self.assertTrue(winerror.FAILED(winerror.E_FAIL))
        self.assertTrue(winerror.SUCCEEDED(winerror.S_OK))


if __name__ == '__main__':
    unittest.main()
