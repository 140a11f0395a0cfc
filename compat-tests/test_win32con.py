"""win32con: generated from the mingw-w64 SDK headers with pywin32's spelling (decimal, high-bit values negative)."""
import sys
import unittest

import win32con

try:
    INT_TYPES = (int, long)
except NameError:
    INT_TYPES = (int,)

# Plain literal #defines, each checked by hand against the header line named in the comment
# (hex or decimal as written there; bit 31 set -> the negative 32-bit value).
LITERALS = {
    'ABSOLUTE': 1,  # wingdi.h 1
    'AD_CLOCKWISE': 2,  # wingdi.h 2
    'ANSI_FIXED_FONT': 11,  # wingdi.h 11
    'ARABIC_CHARSET': 178,  # wingdi.h 178
    'ASPECTX': 40,  # wingdi.h 40
    'ATF_TIMEOUTON': 1,  # winuser.h 0x00000001
    'BACKUP_EA_DATA': 2,  # winbase.h 0x00000002
    'BF_RIGHT': 4,  # winuser.h 0x0004
    'BITSPIXEL': 12,  # wingdi.h 12
    'BM_SETCHECK': 241,  # winuser.h 0x00F1
    'BN_CLICKED': 0,  # winuser.h 0
    'BN_PAINT': 1,  # winuser.h 1
    'BOLD_FONTTYPE': 256,  # commdlg.h 0x100
    'BSF_QUERY': 1,  # winuser.h 0x00000001
    'BST_CHECKED': 1,  # winuser.h 0x0001
    'CBN_DBLCLK': 2,  # winuser.h 2
    'CBN_SELCHANGE': 1,  # winuser.h 1
    'CBR_110': 110,  # winbase.h 110
    'CD_LBSELCHANGE': 0,  # commdlg.h 0
    'CF_METAFILEPICT': 3,  # winuser.h 3
    'CHINESEBIG5_CHARSET': 136,  # wingdi.h 136
    'CLIP_CHARACTER_PRECIS': 1,  # wingdi.h 1
    'CLOSECHANNEL': 4112,  # wingdi.h 4112
    'CP_RECTANGLE': 1,  # wingdi.h 1
    'CP_REGION': 2,  # wingdi.h 2
    'CSOUND_SYSTEM': 16,  # winuser.h 16
    'CTLCOLOR_LISTBOX': 2,  # winuser.h 2
    'CTRL_CLOSE_EVENT': 2,  # wincon.h 2
    'CURSOR_SHOWING': 1,  # winuser.h 0x00000001
    'CURVECAPS': 28,  # wingdi.h 28
    'DBT_APPYBEGIN': 0,  # dbt.h 0x0000
    'DBT_DEVNODES_CHANGED': 7,  # dbt.h 0x0007
    'DCBA_FACEUPNONE': 0,  # wingdi.h 0x0000
    'DCB_ACCUMULATE': 2,  # wingdi.h 0x0002
    'DCB_ENABLE': 4,  # wingdi.h 0x0004
    'DDL_READONLY': 1,  # winuser.h 0x0001
    'DDL_READWRITE': 0,  # winuser.h 0x0000
    'DEVICEDATA': 19,  # wingdi.h 19
    'DFCS_CAPTIONMAX': 2,  # winuser.h 0x0002
    'DISPLAY_DEVICE_ATTACHED_TO_DESKTOP': 1,  # wingdi.h 0x00000001
    'DISP_CHANGE_RESTART': 1,  # winuser.h 1
    'DKGRAY_BRUSH': 3,  # wingdi.h 3
    'DLGC_WANTARROWS': 1,  # winuser.h 0x0001
    'DLL_PROCESS_ATTACH': 1,  # winnt.h 1
    'DLL_THREAD_ATTACH': 2,  # winnt.h 2
    'DMBIN_ONLYONE': 1,  # wingdi.h 1
    'DMCOLLATE_FALSE': 0,  # wingdi.h 0
    'DMDITHER_NONE': 1,  # wingdi.h 1
    'DMDO_DEFAULT': 0,  # wingdi.h 0
    'DMDUP_SIMPLEX': 1,  # wingdi.h 1
    'DMICMMETHOD_NONE': 1,  # wingdi.h 1
    'DMICMMETHOD_SYSTEM': 2,  # wingdi.h 2
    'DMICM_COLORIMETRIC': 3,  # wingdi.h 3
    'DMICM_CONTRAST': 2,  # wingdi.h 2
    'DMPAPER_LETTERSMALL': 2,  # wingdi.h 2
    'DMPAPER_TABLOID': 3,  # wingdi.h 3
    'DMTT_SUBDEV': 3,  # wingdi.h 3
    'DRAFT_QUALITY': 1,  # wingdi.h 1
    'DRAWPATTERNRECT': 25,  # wingdi.h 25
    'DSS_DISABLED': 32,  # winuser.h 0x0020
    'DST_TEXT': 1,  # winuser.h 0x0001
    'DT_LEFT': 0,  # winuser.h 0x00000000
    'DUPLICATE_CLOSE_SOURCE': 1,  # winnt.h 0x00000001
    'EC_LEFTMARGIN': 1,  # winuser.h 0x0001
    'EC_RIGHTMARGIN': 2,  # winuser.h 0x0002
    'EIMES_GETCOMPSTRATONCE': 1,  # winuser.h 0x0001
    'ELF_VENDOR_SIZE': 4,  # wingdi.h 4
    'EM_SETSEL': 177,  # winuser.h 0x00B1
    'ENCAPSULATED_POSTSCRIPT': 4116,  # wingdi.h 4116
    'EN_CHANGE': 768,  # winuser.h 0x0300
    'EPSPRINTING': 33,  # wingdi.h 33
    'ERROR_SEVERITY_INFORMATIONAL': 1073741824,  # winnt.h 0x40000000
    'EVENTLOG_FORWARDS_READ': 4,  # winnt.h 0x0004
    'EXCEPTION_DEBUG_EVENT': 1,  # minwinbase.h 1
    'EXTTEXTOUT': 512,  # wingdi.h 512
    'FEATURESETTING_OUTPUT': 1,  # wingdi.h 1
    'FEATURESETTING_PSLEVEL': 2,  # wingdi.h 2
    'FILE_SHARE_WRITE': 2,  # winnt.h 0x00000002
    'FLASHW_STOP': 0,  # winuser.h 0
    'FLUSHOUTPUT': 6,  # wingdi.h 6
    'FORMAT_MESSAGE_FROM_STRING': 1024,  # winbase.h 0x00000400
    'FRAME_TRAP': 1,  # winnt.h 1
    'FROM_LEFT_3RD_BUTTON_PRESSED': 8,  # wincon.h 0x8
    'FR_DOWN': 1,  # commdlg.h 0x1
    'GA_PARENT': 1,  # winuser.h 1
    'GETSETPRINTORIENT': 30,  # wingdi.h 30
    'GETTECHNOLOGY': 20,  # wingdi.h 20
    'GREEK_CHARSET': 161,  # wingdi.h 161
    'GW_HWNDNEXT': 2,  # winuser.h 2
    'HALFTONE': 4,  # wingdi.h 4
    'HANGEUL_CHARSET': 129,  # wingdi.h 129
    'HCBT_MOVESIZE': 0,  # winuser.h 0
    'HC_SKIP': 2,  # winuser.h 2
    'HEAP_GROWABLE': 2,  # winnt.h 0x00000002
    'HIDE_WINDOW': 0,  # winuser.h 0
    'HIGH_PRIORITY_CLASS': 128,  # winbase.h 0x80
    'HS_FDIAGONAL': 2,  # wingdi.h 2
    'HTBOTTOM': 15,  # winuser.h 15
    'HTCAPTION': 2,  # winuser.h 2
    'HTHSCROLL': 6,  # winuser.h 6
    'IDANI_OPEN': 1,  # winuser.h 1
    'IDCLOSE': 8,  # winuser.h 8
    'IDH_MISSING_CONTEXT': 28441,  # winuser.h 28441
    'IDIGNORE': 5,  # winuser.h 5
    'IDOK': 1,  # winuser.h 1
    'ILLUMINANT_DEVICE_DEFAULT': 0,  # wingdi.h 0
    'IMAGE_CURSOR': 2,  # winuser.h 2
    'ISMEX_NOTIFY': 2,  # winuser.h 0x00000002
    'IS_TEXT_UNICODE_ASCII16': 1,  # winnt.h 0x0001
    'JOHAB_CHARSET': 130,  # wingdi.h 130
    'KEYEVENTF_KEYUP': 2,  # winuser.h 0x0002
    'LAYOUT_VBH': 4,  # wingdi.h 0x00000004
    'LBN_SELCANCEL': 3,  # winuser.h 3
    'LB_ADDSTRING': 384,  # winuser.h 0x0180
    'LEFT_ALT_PRESSED': 2,  # wincon.h 0x2
    'LF_FULLFACESIZE': 64,  # wingdi.h 64
    'LINECAPS': 30,  # wingdi.h 30
    'LOGON32_LOGON_BATCH': 4,  # winbase.h 4
    'LOGON32_LOGON_INTERACTIVE': 2,  # winbase.h 2
    'LOGPIXELSX': 88,  # wingdi.h 88
    'LOGPIXELSY': 90,  # wingdi.h 90
    'LR_DEFAULTCOLOR': 0,  # winuser.h 0x0000
    'LWA_ALPHA': 2,  # winuser.h 0x00000002
    'MAXBYTE': 255,  # winnt.h 0xff
    'MAXINTATOM': 49152,  # winbase.h 0xc000
    'MAXWORD': 65535,  # winnt.h 0xffff
    'MA_ACTIVATEANDEAT': 2,  # winuser.h 2
    'MESSAGE_RESOURCE_UNICODE': 1,  # winnt.h 0x0001
    'MIIM_ID': 2,  # winuser.h 0x00000002
    'MKF_AVAILABLE': 2,  # winuser.h 0x00000002
    'MM_LOMETRIC': 2,  # wingdi.h 2
    'MNC_EXECUTE': 2,  # winuser.h 2
    'MND_CONTINUE': 0,  # winuser.h 0
    'MOD_ALT': 1,  # winuser.h 0x0001
    'MSGF_MENU': 2,  # winuser.h 2
    'MWT_RIGHTMULTIPLY': 3,  # wingdi.h 3
    'NEWFRAME': 1,  # wingdi.h 1
    'NEXTBAND': 3,  # wingdi.h 3
    'NLS_ALPHANUMERIC': 0,  # wincon.h 0x0
    'NLS_DBCSCHAR': 65536,  # wincon.h 0x10000
    'NMPWAIT_NOWAIT': 1,  # winbase.h 0x1
    'NMPWAIT_WAIT_FOREVER': -1,  # winbase.h 0xffffffff
    'NOPARITY': 0,  # winbase.h 0
    'N_TMASK1': 192,  # winnt.h 0x00C0
    'ODA_FOCUS': 4,  # winuser.h 0x0004
    'ODDPARITY': 1,  # winbase.h 1
    'ODS_GRAYED': 2,  # winuser.h 0x0002
    'ODT_COMBOBOX': 3,  # winuser.h 3
    'OFN_READONLY': 1,  # commdlg.h 0x1
    'OIC_SAMPLE': 32512,  # winuser.h 32512
    'ONESTOPBIT': 0,  # winbase.h 0
    'OUT_DEFAULT_PRECIS': 0,  # wingdi.h 0
    'PAGE_READONLY': 2,  # winnt.h 0x02
    'PAN_FAMILYTYPE_INDEX': 0,  # wingdi.h 0
    'PBT_APMQUERYSTANDBY': 1,  # winuser.h 0x0001
    'PC_NOCOLLAPSE': 4,  # wingdi.h 0x04
    'PD_SELECTION': 1,  # commdlg.h 0x1
    'PHYSICALHEIGHT': 111,  # wingdi.h 111
    'PIPE_ACCESS_INBOUND': 1,  # winbase.h 0x1
    'POSTSCRIPT_DATA': 37,  # wingdi.h 37
    'PR_JOBSTATUS': 0,  # wingdi.h 0x0000
    'PS_SOLID': 0,  # wingdi.h 0
    'PT_BEZIERTO': 4,  # wingdi.h 0x04
    'PT_LINETO': 2,  # wingdi.h 0x02
    'R2_NOTMERGEPEN': 2,  # wingdi.h 2
    'RASTER_FONTTYPE': 1,  # wingdi.h 0x0001
    'RDW_ERASE': 4,  # winuser.h 0x0004
    'RDW_INTERNALPAINT': 2,  # winuser.h 0x0002
    'REALTIME_PRIORITY_CLASS': 256,  # winbase.h 0x100
    'RESTORE_CTM': 4100,  # wingdi.h 4100
    'RES_CURSOR': 2,  # winuser.h 2
    'RES_ICON': 1,  # winuser.h 1
    'RTL_RESOURCE_TYPE': 1,  # winnt.h 1
    'RTS_CONTROL_ENABLE': 1,  # winbase.h 0x1
    'SAVE_CTM': 4101,  # wingdi.h 4101
    'SBM_SETPOS': 224,  # winuser.h 0x00E0
    'SCROLLLOCK_ON': 64,  # wincon.h 0x40
    'SEC_RESERVE': 67108864,  # winnt.h 0x4000000
    'SEM_NOALIGNMENTFAULTEXCEPT': 4,  # winbase.h 0x0004
    'SEM_NOGPFAULTERRORBOX': 2,  # winbase.h 0x0002
    'SERKF_SERIALKEYSON': 1,  # winuser.h 0x00000001
    'SETALLJUSTVALUES': 771,  # wingdi.h 771
    'SET_ARC_DIRECTION': 4102,  # wingdi.h 4102
    'SHADEBLENDCAPS': 120,  # wingdi.h 120
    'SHIFTJIS_CHARSET': 128,  # wingdi.h 128
    'SHOW_OPENWINDOW': 1,  # winuser.h 1
    'SIF_RANGE': 1,  # winuser.h 0x0001
    'SIMULATED_FONTTYPE': 32768,  # commdlg.h 0x8000
    'SLE_MINORERROR': 2,  # winuser.h 0x00000002
    'SMTO_ABORTIFHUNG': 2,  # winuser.h 0x0002
    'SMTO_NORMAL': 0,  # winuser.h 0x0000
    'SORT_DEFAULT': 0,  # winnt.h 0x0
    'SOUND_SYSTEM_BEEP': 3,  # winuser.h 3
    'SOUND_SYSTEM_STARTUP': 1,  # winuser.h 1
    'SPACEPARITY': 4,  # winbase.h 4
    'SPIF_SENDWININICHANGE': 2,  # winuser.h 0x0002
    'SPI_SETBEEP': 2,  # winuser.h 0x0002
    'SP_NOTREPORTED': 16384,  # wingdi.h 0x4000
    'SSF_AVAILABLE': 2,  # winuser.h 0x00000002
    'SSGF_NONE': 0,  # winuser.h 0
    'SSTF_NONE': 0,  # winuser.h 0
    'SSWF_TITLE': 1,  # winuser.h 1
    'SSWF_WINDOW': 2,  # winuser.h 2
    'STARTDOC': 10,  # wingdi.h 10
    'STARTF_USESIZE': 2,  # winbase.h 0x00000002
    'STATE_SYSTEM_FOCUSED': 4,  # winuser.h 0x00000004
    'STN_ENABLE': 2,  # winuser.h 2
    'STREAM_NORMAL_ATTRIBUTE': 0,  # winbase.h 0x00000000
    'SWP_NOSIZE': 1,  # winuser.h 0x0001
    'SYSTEM_FIXED_FONT': 16,  # wingdi.h 16
    'S_ALLTHRESHOLD': 2,  # winbase.h 2
    'S_THRESHOLD': 1,  # winbase.h 1
    'TAPE_DRIVE_SELECT': 2,  # winnt.h 0x00000002
    'TEXTCAPS': 34,  # wingdi.h 34
    'THAI_CHARSET': 222,  # wingdi.h 222
    'THREAD_BASE_PRIORITY_MAX': 2,  # winnt.h 2
    'TIME_ZONE_ID_DAYLIGHT': 2,  # winnt.h 2
    'TKF_TOGGLEKEYSON': 1,  # winuser.h 0x00000001
    'TOKEN_SOURCE_LENGTH': 8,  # winnt.h 8
    'TRUETYPE_FONTTYPE': 4,  # wingdi.h 0x004
    'TRUNCATE_EXISTING': 5,  # fileapi.h 5
    'UOI_FLAGS': 1,  # winuser.h 1
    'UOI_NAME': 2,  # winuser.h 2
    'UOI_TYPE': 3,  # winuser.h 3
    'VOLUME_NAME_DOS': 0,  # winbase.h 0x0
    'WA_CLICKACTIVE': 2,  # winuser.h 2
    'WB_LEFT': 0,  # winuser.h 0
    'WINEVENT_SKIPOWNTHREAD': 1,  # winuser.h 0x0001
    'WMSZ_LEFT': 1,  # winuser.h 1
    'WVR_ALIGNTOP': 16,  # winuser.h 0x0010
}

# Expressions and casts, each worked out by hand from the header text.
EXPRESSIONS = {
    # winnt.h: (STANDARD_RIGHTS_READ 0x20000 | KEY_QUERY_VALUE 1 | KEY_ENUMERATE_SUB_KEYS 8 | KEY_NOTIFY 0x10) & ~SYNCHRONIZE
    'KEY_READ': 131097, 'KEY_EXECUTE': 131097,
    'KEY_WRITE': 131078,            # (0x20000 | KEY_SET_VALUE 2 | KEY_CREATE_SUB_KEY 4) & ~SYNCHRONIZE
    'KEY_ALL_ACCESS': 983103,       # 0xF003F
    # winreg.h: ((HKEY) (ULONG_PTR)((LONG)0x8000000n))
    'HKEY_CLASSES_ROOT': -2147483648, 'HKEY_CURRENT_USER': -2147483647, 'HKEY_LOCAL_MACHINE': -2147483646,
    'HKEY_USERS': -2147483645, 'HKEY_PERFORMANCE_DATA': -2147483644, 'HKEY_CURRENT_CONFIG': -2147483643,
    'HKEY_DYN_DATA': -2147483642,
    'GENERIC_READ': -2147483648, 'GENERIC_WRITE': 1073741824, 'GENERIC_EXECUTE': 536870912,
    'GENERIC_ALL': 268435456,
    'STANDARD_RIGHTS_REQUIRED': 983040, 'SYNCHRONIZE': 1048576,
    'FILE_ALL_ACCESS': 2032127,     # STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF
    'FILE_GENERIC_READ': 1179785,   # 0x120089
    'TOKEN_ALL_ACCESS': 983551,     # 0xF01FF
    'WS_OVERLAPPEDWINDOW': 13565952, 'WS_POPUP': -2147483648, 'CW_USEDEFAULT': -2147483648,
    'IDC_ARROW': 32512, 'RT_ICON': 3,                  # MAKEINTRESOURCE(n)
    'HWND_TOPMOST': -1, 'HWND_NOTOPMOST': -2, 'HWND_BROADCAST': 65535,
    'WM_USER': 1024,
    'EXCEPTION_ACCESS_VIOLATION': -1073741819,         # STATUS_ACCESS_VIOLATION ((DWORD)0xC0000005)
    'STILL_ACTIVE': 259, 'WAIT_TIMEOUT': 258, 'WAIT_OBJECT_0': 0, 'WAIT_FAILED': -1, 'WAIT_ABANDONED': 128,
    'DRIVE_REMOTE': 4, 'DRIVE_NO_ROOT_DIR': 1, 'MAX_PATH': 260, 'MB_OK': 0, 'SW_SHOW': 5, 'SW_SHOWNORMAL': 1,
    'FILE_ATTRIBUTE_DIRECTORY': 16, 'FILE_ATTRIBUTE_REPARSE_POINT': 1024, 'FILE_ATTRIBUTE_VIRTUAL': 65536,
    # enums: secext.h EXTENDED_NAME_FORMAT, sysinfoapi.h COMPUTER_NAME_FORMAT
    'NameSamCompatible': 2, 'NameDisplay': 3, 'NameUserPrincipal': 8, 'NameFullyQualifiedDN': 1,
    'ComputerNameNetBIOS': 0, 'ComputerNameDnsHostname': 1, 'ComputerNamePhysicalDnsFullyQualified': 7,
}

STRINGS = {
    'SE_SHUTDOWN_NAME': 'SeShutdownPrivilege',          # winnt.h TEXT("...")
    'SE_CREATE_TOKEN_NAME': 'SeCreateTokenPrivilege',
    'FILEOKSTRING': 'commdlg_FileNameOK',               # commdlg.h, __MINGW_NAME_AW -> the A string
}


class Win32conTest(unittest.TestCase):
    def test_literal_values(self):
        self.assertTrue(len(LITERALS) >= 200)
        wrong = [(n, getattr(win32con, n, None), v) for n, v in sorted(LITERALS.items())
                 if getattr(win32con, n, None) != v]
        self.assertEqual(wrong, [])

    def test_expression_values(self):
        wrong = [(n, getattr(win32con, n, None), v) for n, v in sorted(EXPRESSIONS.items())
                 if getattr(win32con, n, None) != v]
        self.assertEqual(wrong, [])

    def test_types(self):
        for n in list(LITERALS) + list(EXPRESSIONS):
            self.assertTrue(isinstance(getattr(win32con, n), INT_TYPES), n)
            self.assertFalse(isinstance(getattr(win32con, n), bool), n)
        for n, v in STRINGS.items():
            self.assertEqual(getattr(win32con, n), v)
            self.assertTrue(isinstance(getattr(win32con, n), str), n)

    def test_high_bit_spelling(self):
        # no value in the 0x80000000..0xFFFFFFFF range: pywin32 writes those negative
        names = [n for n in dir(win32con) if not n.startswith('_')]
        self.assertTrue(len(names) > 9000, len(names))
        for n in names:
            v = getattr(win32con, n)
            if isinstance(v, INT_TYPES):
                self.assertFalse(0x80000000 <= v <= 0xFFFFFFFF, n)

    def test_unknown_name(self):
        self.assertRaises(AttributeError, getattr, win32con, 'NO_SUCH_CONSTANT_X')
        self.assertFalse(hasattr(win32con, 'WM_'))       # a prefix of a name is not a name
        self.assertFalse(hasattr(win32con, ''))
        self.assertEqual(getattr(win32con, 'WM_USER', 'x'), 1024)

    def test_star_import_and_dir(self):
        ns = {}
        exec('from win32con import *', ns)
        for n in list(LITERALS)[:50] + ['HKEY_LOCAL_MACHINE', 'SE_SHUTDOWN_NAME', 'GetRValue']:
            self.assertTrue(n in ns, n)
        self.assertFalse('_DATA' in ns)
        self.assertFalse('_sys' in ns)
        d = dir(win32con)
        self.assertTrue('WM_USER' in d and 'PRIMARYLANGID' in d)
        self.assertFalse('_DATA' in d)

    def test_macros(self):
        self.assertEqual(win32con.PRIMARYLANGID(0x0409), 9)
        self.assertEqual(win32con.SUBLANGID(0x0409), 1)
        self.assertEqual(win32con.PALETTEINDEX(3), 0x01000003)
        self.assertEqual((win32con.GetRValue(0x123456), win32con.GetGValue(0x123456),
                          win32con.GetBValue(0x123456)), (0x56, 0x34, 0x12))
        self.assertEqual(win32con.IMAGE_ORDINAL(0x12345), 0x2345)
        self.assertTrue(win32con.IMAGE_SNAP_BY_ORDINAL(win32con.IMAGE_ORDINAL_FLAG | 5))
        self.assertFalse(win32con.IMAGE_SNAP_BY_ORDINAL(5))


if __name__ == '__main__':
    unittest.main()
