#!/usr/bin/env python3
"""Generates python-lib/winerror.py, win32netcon.py and win32con.py from the Windows SDK headers
that Debian's mingw-w64-common package ships (stdlib only, like pywin32's own h2py step).

    scripts/gen-constants.py [--include DIR] [--out DIR]

--include defaults to /usr/share/mingw-w64/include (or $MINGW_INCLUDE); --out to python-lib/.
Values are written the way pywin32's generated modules write them: decimal, and a 32-bit value
with the high bit set as its signed (negative) C `long` value, e.g. E_FAIL = -2147467259,
RESOURCETYPE_UNKNOWN = -1.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

DEFINE = re.compile(r'^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)(\(?)(.*)$')
WRAPPERS = re.compile(r'\b(?:__MSABI_LONG|_HRESULT_TYPEDEF_|_NDIS_ERROR_TYPEDEF_)\b')
CASTS = re.compile(r'\(\s*(?:HRESULT|DWORD|LONG|ULONG|SCODE|int|long|unsigned\s+long|NTSTATUS)\s*\)')
NUMBER = re.compile(r'\b(0[xX][0-9a-fA-F]+|\d+)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?)\b')
TOKEN = re.compile(r'\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|<<|>>|[-+|&~()^*])')


def read_defines(path):
    """(name, body) of every object-like #define, in file order; continuation lines joined."""
    out = []
    with open(path, encoding='latin-1') as f:
        text = f.read()
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    text = text.replace('\\\n', ' ')
    for line in text.splitlines():
        line = line.split('//', 1)[0]
        m = DEFINE.match(line)
        if not m or m.group(2) == '(':       # function-like macros are not constants
            continue
        out.append((m.group(1), m.group(3).strip()))
    return out


def evaluate(body, known):
    """The integer value of a #define body, or None when it is not a plain integer expression."""
    if not body:
        return None
    expr = CASTS.sub('', WRAPPERS.sub('', body))
    # HRESULT_FROM_WIN32(name): the winerror.h macro, for a positive Win32 code
    expr = re.sub(r'\bHRESULT_FROM_WIN32\s*\(\s*([A-Za-z_]\w*)\s*\)',
                  lambda m: '(%d)' % hresult_from_win32(known[m.group(1)]) if m.group(1) in known else m.group(0),
                  expr)
    pos, parts = 0, []
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m:
            if expr[pos:].strip() == '':
                break
            return None
        tok = m.group(1)
        pos = m.end()
        if tok[0].isdigit():
            # C: a leading 0 makes an octal literal
            parts.append(str(int(tok, 8) if len(tok) > 1 and tok[0] == '0' and tok[1] not in 'xX' else int(tok, 0)))
            # drop an integer suffix (L, UL, LL, U)
            sm = re.match(r'[uUlL]+', expr[pos:])
            if sm:
                pos += sm.end()
        elif tok[0].isalpha() or tok[0] == '_':
            if not isinstance(known.get(tok), int):
                return None
            parts.append('(%d)' % known[tok])
        else:
            parts.append(tok)
    try:
        value = eval(' '.join(parts), {'__builtins__': {}}, {})     # only digits and operators remain
    except Exception:
        return None
    return value if isinstance(value, int) else None


def hresult_from_win32(code):
    return code if code <= 0 else (code & 0xFFFF) | (7 << 16) | 0x80000000


def as_c_long(value):
    """pywin32's spelling: a 32-bit pattern with the high bit set is its negative C long."""
    if 0x80000000 <= value <= 0xFFFFFFFF:
        return value - 0x100000000
    return value


def constants(path, known=None, accept=lambda name: True, evaluator=evaluate):
    """Ordered (name, value) of the integer #defines of one header, resolving forward references."""
    known = dict(known or {})
    pending = [(n, b) for n, b in read_defines(path) if not n.startswith('_') and accept(n)]
    result, seen = [], set()
    progress = True
    while pending and progress:
        progress, later = False, []
        for name, body in pending:
            value = evaluator(body, known)
            if value is None:
                later.append((name, body))
                continue
            progress = True
            if name in seen:
                continue                  # alternative definitions under #if: the first one wins
            seen.add(name)
            known[name] = as_c_long(value) if isinstance(value, int) else value
            result.append((name, known[name]))
        pending = later
    return result


def mingw_version(include):
    path = os.path.join(include, '_mingw_mac.h')
    parts = {}
    try:
        with open(path, encoding='latin-1') as f:
            for line in f:
                m = re.match(r'#define __MINGW64_VERSION_(MAJOR|MINOR|BUGFIX)\s+(\d+)', line)
                if m:
                    parts[m.group(1)] = m.group(2)
    except OSError:
        return 'unknown'
    return '.'.join(parts.get(k, '?') for k in ('MAJOR', 'MINOR', 'BUGFIX'))


def header(module, version, sources, doc):
    return ('# %s: generated by scripts/gen-constants.py from mingw-w64 %s headers (%s); do not edit.\n'
            '"""%s"""\n' % (module, version, ', '.join(sources), doc))


def lines(pairs):
    return ''.join('%s = %d\n' % (n, v) for n, v in pairs)


def prefix_groups(names):
    """{prefix: count} of names by the part before their first '_'."""
    counts = {}
    for n in names:
        key = n.split('_')[0]
        counts[key] = counts.get(key, 0) + 1
    return counts


def groups_doc(module, names, described):
    """The docstring lines of `described` ((prefix, text) pairs); every prefix group holding at least 1%
    of the module's names must be among them (test_docstrings.py checks the same of the module)."""
    counts = prefix_groups(names)
    missing = sorted(k for k, c in counts.items() if c * 100 >= len(names) and not any(
        p.split('_')[0] == k for p, _ in described))
    if missing:
        raise SystemExit('gen-constants: describe the large %s groups %s in the generator' % (module, missing))
    return ''.join('  %-14s %s\n' % (p + '_*', text) for p, text in described if p.split('_')[0] in counts)


WINERROR_HELPERS = '''
# The helper macros of winerror.h, as pywin32's winerror.py has them.
def SUCCEEDED(Status):
    """SUCCEEDED(Status) -> bool

    True when an HRESULT or SCODE reports success, i.e. its severity bit is clear (Status >= 0).
    Status: the code as a signed 32-bit int, the way pywin32 spells HRESULTs (E_FAIL < 0).
    """
    return Status >= 0


def FAILED(Status):
    """FAILED(Status) -> bool

    True when an HRESULT or SCODE reports a failure (its severity bit is set, so Status < 0).
    Status: the code as a signed 32-bit int.
    """
    return Status < 0


def HRESULT_CODE(hr):
    """HRESULT_CODE(hr) -> int

    The code part of an HRESULT: its low 16 bits (for HRESULT_FROM_WIN32(n), n itself).
    """
    return hr & 0xFFFF


def SCODE_CODE(sc):
    """SCODE_CODE(sc) -> int

    The code part of an SCODE: its low 16 bits (as HRESULT_CODE).
    """
    return sc & 0xFFFF


def HRESULT_FACILITY(hr):
    """HRESULT_FACILITY(hr) -> int

    The facility of an HRESULT (bits 16 to 28), to compare with the FACILITY_* constants,
    e.g. FACILITY_WIN32 for a code made by HRESULT_FROM_WIN32.
    """
    return (hr >> 16) & 0x1FFF


def SCODE_FACILITY(sc):
    """SCODE_FACILITY(sc) -> int

    The facility of an SCODE (bits 16 to 28), as HRESULT_FACILITY.
    """
    return (sc >> 16) & 0x1FFF


def HRESULT_SEVERITY(hr):
    """HRESULT_SEVERITY(hr) -> int

    The severity bit of an HRESULT: 1 for an error (SEVERITY_ERROR), 0 for success.
    """
    return (hr >> 31) & 0x1


def SCODE_SEVERITY(sc):
    """SCODE_SEVERITY(sc) -> int

    The severity bit of an SCODE: 1 for an error, 0 for success.
    """
    return (sc >> 31) & 0x1


def HRESULT_FROM_WIN32(scode):
    """HRESULT_FROM_WIN32(scode) -> int

    The HRESULT that carries a Win32 error code: FACILITY_WIN32 with the error bit set, as a
    negative int (HRESULT_FROM_WIN32(5) == -2147024891). scode: a Win32 error such as
    ERROR_ACCESS_DENIED; zero and negative values (already HRESULTs) come back unchanged.
    """
    if scode <= 0:
        return scode
    return -2147024896 | (scode & 0x0000FFFF)
'''


# Names of the current Windows SDK's winerror.h that pywin32's winerror.py has and the mingw-w64
# headers lack (value from the Windows SDK).
SDK_ONLY = [('FACILITY_RAS', 83)]

PACKAGE = '_pywin32jvm_constants'
CHUNK = 800


# The large winerror.h groups (1% of its names or more), for the module docstring.
WINERROR_GROUPS = [
    ('ERROR', 'the Win32 error codes, and the RAS ones (ERROR_* of raserror.h, 600 to 999)'),
    ('RPC', 'RPC runtime errors and HRESULTs (RPC_S_*, RPC_X_*, RPC_E_*)'),
    ('CO', 'COM runtime HRESULTs (CO_E_*, CO_S_*)'),
    ('DNS', 'DNS client and server errors (DNS_ERROR_*, DNS_INFO_*)'),
    ('COMADMIN', 'COM+ catalogue HRESULTs'),
    ('SEC', 'security package (SSPI) HRESULTs: SEC_E_*, SEC_I_*'),
    ('SPAPI', 'SetupAPI (device installation) HRESULTs'),
    ('CRYPT', 'CryptoAPI HRESULTs: CRYPT_E_*, CRYPT_I_*'),
    ('SCARD', 'smart card subsystem HRESULTs'),
    ('XACT', 'distributed transaction (MS DTC) HRESULTs'),
    ('FWP', 'Windows Filtering Platform HRESULTs'),
    ('NTE', 'cryptographic service provider HRESULTs (NTE_BAD_KEY, ...)'),
    ('STG', 'structured storage HRESULTs: STG_E_*, STG_S_*'),
    ('D2DERR', 'Direct2D HRESULTs'),
    ('OSS', 'ASN.1 encoder and decoder HRESULTs'),
    ('DXGI', 'DirectX Graphics Infrastructure HRESULTs'),
    ('WINCODEC', 'Windows Imaging Component HRESULTs (WINCODEC_ERR_*)'),
    ('CERTSRV', 'certificate server HRESULTs'),
]


def gen_winerror(include, version):
    win = constants(os.path.join(include, 'winerror.h'))
    sdk_only = [(n, v) for n, v in SDK_ONLY if n not in dict(win)]
    win_names = dict(win + sdk_only)
    ras_all = constants(os.path.join(include, 'raserror.h'))
    ras, collisions = [], []
    for name, value in ras_all:
        if name in win_names:
            if win_names[name] != value:
                collisions.append((name, win_names[name], value))
            continue
        ras.append((name, value))
    text = header('winerror', version, ['winerror.h', 'raserror.h'],
                  'Win32 error codes (winerror.h) and the RAS error codes (raserror.h, RASBASE 600 to 999).\n\n'
                  'ERROR_* are the Win32 codes (pywintypes.error.winerror); E_*/S_* are HRESULTs, written as\n'
                  'signed 32-bit ints as pywin32 does, FACILITY_*/SEVERITY_* their parts; the functions SUCCEEDED,\n'
                  'FAILED, HRESULT_CODE, HRESULT_FACILITY, HRESULT_SEVERITY (and their SCODE_ twins) and\n'
                  'HRESULT_FROM_WIN32 take HRESULTs apart and make them.\n\n'
                  'The largest groups, by facility or component:\n'
                  + groups_doc('winerror', [n for n, _ in win + sdk_only + ras], WINERROR_GROUPS).rstrip('\n'))
    # Jython compiles a module's top level into one JVM method (at most 64 KB of bytecode), so the
    # 3,600 names of winerror.h live in parts that winerror.py star-imports.
    parts = [win[i:i + CHUNK] for i in range(0, len(win), CHUNK)]
    text += '\n# winerror.h, in %d parts\n' % len(parts)
    chunks = []
    for i, part in enumerate(parts):
        mod = 'winerror_%d' % i
        text += 'from %s.%s import *  # noqa: F401,F403\n' % (PACKAGE, mod)
        chunks.append((mod, header('%s.%s' % (PACKAGE, mod), version, ['winerror.h'],
                                   'Part %d of winerror.py (see there).' % i) + '\n' + lines(part)))
    text += '\n# Windows SDK winerror.h names that mingw-w64 lacks\n' + lines(sdk_only)
    text += ('\n# raserror.h: pywin32\'s own winerror.py has none of these; RAS scripts expect them.\n'
             '# Where a raserror.h name is also a winerror.h name, winerror.h\'s value is kept:\n')
    for name, wv, rv in collisions:
        text += '#   %s: winerror.h %d (raserror.h says %d)\n' % (name, wv, rv)
    if not collisions:
        text += '#   (no such name in these headers)\n'
    text += lines(ras)
    text += WINERROR_HELPERS
    return text, chunks, len(win), len(ras), collisions


WIN32NETCON_DOC = """Network constants: WNet (winnetwk.h, wnnc.h) and LAN Manager (lmcons.h, lmaccess.h, lmserver.h, lmshare.h).

The groups, by prefix, and the functions that take or return them:

WNet (win32wnet):
  RESOURCE_*             dwScope of WNetOpenEnum: connected, remembered, the whole network (GLOBALNET), ...
  RESOURCETYPE_*         dwType of a NETRESOURCE and of WNetOpenEnum: ANY, DISK, PRINT.
  RESOURCEUSAGE_*        dwUsage of a NETRESOURCE: CONNECTABLE (a share), CONTAINER (a server or domain), ...
  RESOURCEDISPLAYTYPE_*  dwDisplayType of a NETRESOURCE: how a browser should show it (DOMAIN, SERVER, SHARE, ...).
  CONNECT_*              dwFlags of WNetAddConnection2/3 and WNetCancelConnection2: UPDATE_PROFILE,
                         INTERACTIVE, PROMPT, TEMPORARY, REDIRECT, ...
  CONNDLG_*, DISC_*      options of the connect and disconnect dialogs.
  UNIVERSAL_NAME_INFO_LEVEL, REMOTE_NAME_INFO_LEVEL
                         the info level of WNetGetUniversalName.
  WNFMT_*, NETPROPERTY_*, WNCON_*
                         name formatting, connection properties and connection-information flags.
  WNNC_*                 network provider types and capabilities (wnnc.h), e.g. WNNC_NET_LANMAN.

LAN Manager (win32net):
  CNLEN, UNLEN, PWLEN, NNLEN, DNLEN, GNLEN, QNLEN, RMLEN, SNLEN, STXTLEN, PATHLEN, DEVLEN, EVLEN,
  UNCLEN, SHPWLEN, CLTYPE_LEN, ALERTSZ, MAXCOMMENTSZ, NETBIOS_NAME_LEN, ENCRYPTED_PWLEN,
  SESSION_PWLEN, SESSION_CRYPT_KLEN, CRYPT_KEY_LEN, CRYPT_TXT_LEN
                         the maximum lengths of computer, user, password, share, domain, group, queue,
                         path, device and other names and fields (lmcons.h).
  LM20_*                 the same lengths as LAN Manager 2.0 had them.
  PARMNUM_*, PARM_ERROR_*
                         parameter numbers and parm_err results of the Net*SetInfo functions.
  MAX_PREFERRED_LENGTH   prefLen of the Net*Enum functions: "as much as you have".
  UF_*, USER_PRIV_*, FILTER_*, USER_*_PARMNUM, MODALS_*, GROUP_*, LOCALGROUP_*
                         user accounts: flags, privilege levels, enumeration filters, parameter numbers.
  ACCESS_*, PERM_*       share and file access rights.
  SV_*                   server information: SV_TYPE_* bits for NetServerEnum, SV_PLATFORM_ID_*, SV_*_PARMNUM.
  STYPE_*, SHI_*, SHARE_*, SESS_*
                         share types (STYPE_DISKTREE, STYPE_IPC, the STYPE_SPECIAL bit) and share/session fields.
  SHI1005_*, CSC_*       the share flags of info level 1005 (DFS, access-based enumeration, ...) and the
                         offline (client-side) caching modes of a share.
  SESI1_*, SESI2_*, SHI1_*, SHI2_*, SVI1_*, SVI2_*, SVI3_*, SVTI2_REMAP_PIPE_NAMES
                         the field counts (*_NUM_ELEMENTS) of the session, share and server info levels.
  DEF_*, UNITS_PER_*, MAXPERMENTRIES, GROUPIDMASK, NULL
                         account policy defaults (password length, history, bad-password lockout), time
                         units of the logon hours, the limits of access lists.
  PASSWORD_EXPIRED, VALID_LOGOFF, VALIDATED_LOGON, NON_VALIDATED_LOGON
                         the results of a LAN Manager logon or logoff.
  UAS_ROLE_*, AF_OP_*, AF_SETTABLE_BITS
                         a server's role in its domain and the operator privileges of an account.
  NETLOGON_*             the NetLogon service's control codes and status flags.
  SW_AUTOPROF_*, RP_*, PP_DISPLAYERRORS, NETINFO_*, SERVICE_ACCOUNT_*, MAJOR_VERSION_MASK
                         workstation profile, server-information and service-account bits.
"""


def gen_win32netcon(include, version):
    parts, sources = [], []
    wnet = constants(os.path.join(include, 'winnetwk.h'))
    parts.append(('winnetwk.h', wnet))
    sources.append('winnetwk.h')
    wnnc = constants(os.path.join(include, 'wnnc.h'))
    parts.append(('wnnc.h', wnnc))
    sources.append('wnnc.h')
    known = dict(wnet + wnnc)
    for extra in ('lmcons.h', 'lmaccess.h', 'lmserver.h', 'lmshare.h'):
        path = os.path.join(include, extra)
        if not os.path.exists(path):
            continue
        pairs = constants(path, known)
        pairs = [(n, v) for n, v in pairs if n not in known]
        known.update(pairs)
        parts.append((extra, pairs))
        sources.append(extra)
    text = header('win32netcon', version, sources, WIN32NETCON_DOC)
    for src, pairs in parts:
        text += '\n# %s\n' % src + lines(pairs)
    return text, sum(len(p) for _, p in parts)


# ---- win32con -------------------------------------------------------------------------------
# pywin32's win32con.py was made by h2py from these headers (commdlg.h, winreg.h, winuser.h, winnt.h,
# wingdi.h, dbt.h and pieces of winbase.h/windef.h); today's SDK has moved part of winbase.h into the
# *api.h headers, and some of pywin32's groups (console, IME, property sheets, rich edit, the mouse
# wheel) come from their own headers. Every integer and string #define of these is taken.
WIN32CON_HEADERS = [
    'minwindef.h', 'winuser.h', 'commdlg.h', 'cderr.h', 'winreg.h', 'winnt.h', 'winbase.h', 'minwinbase.h',
    'fileapi.h', 'libloaderapi.h', 'processthreadsapi.h', 'sysinfoapi.h', 'wingdi.h', 'dbt.h',
    'windef.h', 'wincon.h', 'imm.h', 'prsht.h', 'richedit.h', 'zmouse.h',
]
# Enumerations (not #defines) whose members pywin32's win32con has: (header, typedef name).
WIN32CON_ENUMS = [('secext.h', 'EXTENDED_NAME_FORMAT'), ('sysinfoapi.h', 'COMPUTER_NAME_FORMAT')]
# Status codes winbase.h/minwinbase.h refer to (STILL_ACTIVE, EXCEPTION_*); of these only the wait
# results (WAIT_TIMEOUT) are exported, as they belong with winbase.h's WAIT_OBJECT_0.
WIN32CON_SUPPORT = ['winerror.h']
WIN32CON_FROM_SUPPORT = re.compile(r'^WAIT_')

STRING_BODY = re.compile(r'^(?:TEXT\s*\(\s*|__TEXT\s*\(\s*)?L?"((?:[^"\\]|\\.)*)"\s*\)?$')
NAME_AW = re.compile(r'\b__MINGW_NAME_AW\s*\(\s*([A-Za-z_]\w*)\s*\)')
MAKEINTRESOURCE = re.compile(r'\bMAKEINTRESOURCE[AW]?\b')
CAST = re.compile(r'\(\s*(?:(?:unsigned|signed|const|CONST)\s+)*([A-Za-z_]\w*)\s*\**\s*\)\s*(?=[\w(~-])')


def win32con_evaluator(macro_names):
    """An evaluator that also reads what h2py read by hand: string literals (TEXT("..."), L"..."),
    casts to handle and pointer types ((HKEY)(ULONG_PTR)((LONG)0x80000002), (HWND)-1),
    MAKEINTRESOURCE(n) and the A spelling of __MINGW_NAME_AW(NAME)."""
    def strip_casts(body):
        while True:
            new = CAST.sub(lambda m: m.group(0) if m.group(1) in macro_names else '', body)
            if new == body:
                return body
            body = new

    def evaluator(body, known):
        body = NAME_AW.sub(lambda m: m.group(1) + 'A', body).strip()
        sm = STRING_BODY.match(body)
        if sm:
            return sm.group(1).encode('latin-1').decode('unicode_escape')
        if re.fullmatch(r'\(?\s*([A-Za-z_]\w*)\s*\)?', body):
            ref = re.fullmatch(r'\(?\s*([A-Za-z_]\w*)\s*\)?', body).group(1)
            if isinstance(known.get(ref), str):
                return known[ref]
        body = strip_casts(MAKEINTRESOURCE.sub('', body))
        return evaluate(body, known)
    return evaluator


def enum_members(path, typedef):
    """(name, value) of the members of `typedef enum [tag] { ... } typedef` in a header."""
    with open(path, encoding='latin-1') as f:
        text = re.sub(r'/\*.*?\*/|//[^\n]*', ' ', f.read(), flags=re.S)
    m = re.search(r'typedef\s+enum\s*\w*\s*\{([^}]*)\}\s*' + typedef + r'\b', text)
    if not m:
        return []
    out, value = [], -1
    for item in m.group(1).split(','):
        item = item.strip()
        if not item:
            continue
        name, _, expr = item.partition('=')
        value = int(expr.strip(), 0) if expr.strip() else value + 1
        out.append((name.strip(), value))
    return out


WIN32CON_LOADER_DOC = """
# The integer constants, one "NAME VALUE" per line (decimal; a 32-bit value with the high bit set as
# its negative C long, as pywin32 writes it). Binding 9,000 names one by one costs GraalPy's
# interpreter far more than the 50 ms an import may take, so on Python 3 a name is looked up in this
# text when it is first used (PEP 562 module __getattr__) and then kept; dir(), star imports and
# __all__ see every name. Python 2 (Jython) has no module __getattr__, so there the module puts a
# module subclass with one in its place.
"""

WIN32CON_LOADER = r"""

_values = {}
_misses = [0]


def _bind_all():
    words = _DATA.split()
    _values.update(zip(words[0::2], map(int, words[1::2])))
    _values['__all__'] = sorted([n for n in globals() if not n.startswith('_')] + words[0::2])


def _lookup(name):
    # one constant: find its line in _DATA and keep the value; a script that reads many (a loop
    # over dir()) gets them all at once after the first 64. Values are kept in a dict of their own:
    # adding thousands of names to a module's globals costs GraalPy seconds.
    value = _values.get(name)
    if value is not None:
        return value
    if name == '__all__' or _misses[0] >= 64:
        if '__all__' not in _values:
            _bind_all()
        if name in _values:
            return _values[name]
        raise AttributeError("module 'win32con' has no attribute '%s'" % name)
    _misses[0] += 1
    at = _DATA.find('\n' + name + ' ') if name and ' ' not in name and '\n' not in name else -1
    if at < 0:
        raise AttributeError("module 'win32con' has no attribute '%s'" % name)
    start = at + len(name) + 2
    end = _DATA.find('\n', start)
    value = _values[name] = int(_DATA[start:end] if end >= 0 else _DATA[start:])
    return value


def _names(namespace):
    public = [n for n in namespace if not n.startswith('_') or n.startswith('__')]
    return sorted(set(public + _DATA.split()[0::2]))


if _sys.version_info[0] >= 3:
    def __getattr__(name):
        return _lookup(name)

    def __dir__():
        return _names(globals())
"""

# Python 2 has no module __getattr__: the module replaces itself by an instance of a module subclass
# that has one (done last, once every other name is defined).
WIN32CON_LOADER_PY2 = r"""

if _sys.version_info[0] < 3:
    class _ConstantsModule(type(_sys.modules[__name__])):
        def __getattr__(self, name):
            if name.startswith('__') and name != '__all__':
                raise AttributeError(name)
            value = self.__dict__[name] = _lookup(name)
            return value

        def __dir__(self):
            return _names(self.__dict__)

    _module = _ConstantsModule(__name__, __doc__)
    _module.__dict__.update(globals())
    del _module.__dict__['_module']
    _module._home = _sys.modules[__name__]      # keeps this module (the functions' globals) alive
    _sys.modules[__name__] = _module
"""
WIN32CON_HELPERS = """

# The function-like macros that pywin32's win32con.py defines as functions.
def PRIMARYLANGID(lgid):
    \"\"\"PRIMARYLANGID(lgid): the primary language of a LANGID (its low 10 bits).\"\"\"
    return lgid & 0x3FF


def SUBLANGID(lgid):
    \"\"\"SUBLANGID(lgid): the sublanguage of a LANGID (the bits above the low 10).\"\"\"
    return lgid >> 10


def IMAGE_SNAP_BY_ORDINAL(Ordinal):
    \"\"\"IMAGE_SNAP_BY_ORDINAL(Ordinal): True when an import thunk names its function by ordinal.\"\"\"
    return (Ordinal & _sys.modules[__name__].IMAGE_ORDINAL_FLAG) != 0


def IMAGE_ORDINAL(Ordinal):
    \"\"\"IMAGE_ORDINAL(Ordinal): the ordinal number (low 16 bits) of an import thunk.\"\"\"
    return Ordinal & 0xFFFF


def PALETTEINDEX(i):
    \"\"\"PALETTEINDEX(i): the COLORREF that selects logical palette entry i.\"\"\"
    return 0x01000000 | i


def GetRValue(rgb):
    \"\"\"GetRValue(rgb): the red byte of a COLORREF.\"\"\"
    return rgb & 0xFF


def GetGValue(rgb):
    \"\"\"GetGValue(rgb): the green byte of a COLORREF.\"\"\"
    return (rgb >> 8) & 0xFF


def GetBValue(rgb):
    \"\"\"GetBValue(rgb): the blue byte of a COLORREF.\"\"\"
    return (rgb >> 16) & 0xFF
"""


def value_lines(pairs):
    return ''.join('%s = %s\n' % (n, repr(v) if isinstance(v, str) else '%d' % v) for n, v in pairs)


# The win32con groups its docstring names: those of 1% of its names or more (the generator checks), and the
# ones networking and RAS scripts use most.
WIN32CON_GROUPS = [
    ('WM', 'window messages (winuser.h)'),
    ('WS', 'window styles; WS_EX_* the extended ones'),
    ('SW', 'ShowWindow commands'),
    ('MB', 'MessageBox buttons, icons and options'),
    ('VK', 'virtual-key codes'),
    ('SM', 'GetSystemMetrics indices'),
    ('SPI', 'SystemParametersInfo actions'),
    ('EM', 'edit and rich edit control messages'),
    ('HKEY', 'the predefined registry keys (HKEY_LOCAL_MACHINE, ...)'),
    ('KEY', 'registry access rights (KEY_READ, ...)'),
    ('REG', 'registry value types and options (REG_SZ, REG_DWORD, ...)'),
    ('GENERIC', 'generic access rights (GENERIC_READ, ...)'),
    ('FILE', 'file access rights, attributes, share modes, flags and notifications (winnt.h, winbase.h)'),
    ('PROCESS', 'process access rights and creation flags, process mitigation policies'),
    ('SECURITY', 'well-known SID authorities and relative IDs, security QoS flags (winnt.h)'),
    ('IMAGE', 'the PE executable image format: machine types, section flags, directory entries (winnt.h)'),
    ('LANG', 'primary language IDs (with SUBLANG_* the sublanguages, for MAKELANGID)'),
    ('SUBLANG', 'sublanguage IDs'),
    ('PRODUCT', 'the product types of GetProductInfo (PRODUCT_PROFESSIONAL, ...)'),
    ('EMR', 'enhanced metafile record types (wingdi.h)'),
    ('DMPAPER', 'the paper sizes of a DEVMODE'),
    ('PAN', 'PANOSE font classification values'),
]


def wrap(text, width=100):
    """text broken at its spaces into lines of at most `width` characters."""
    lines, line = [], ''
    for word in text.split(' '):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    return '\n'.join(lines + [line])


def gen_win32con(include, version):
    macro_names = set()
    for h in WIN32CON_HEADERS + WIN32CON_SUPPORT:
        macro_names.update(n for n, _ in read_defines(os.path.join(include, h)))
    evaluator = win32con_evaluator(macro_names)
    known, names, pairs = {}, set(), []
    for h in WIN32CON_SUPPORT:
        for n, v in constants(os.path.join(include, h), known):
            known[n] = v
            if WIN32CON_FROM_SUPPORT.match(n):
                names.add(n)
                pairs.append((n, v))
    for h in WIN32CON_HEADERS:
        for n, v in constants(os.path.join(include, h), known, evaluator=evaluator):
            if isinstance(v, str) and not v:
                continue                    # empty strings are include guards and switches, not constants
            if n not in names:
                names.add(n)
                pairs.append((n, v))
                known[n] = v
    for h, typedef in WIN32CON_ENUMS:
        for n, v in enum_members(os.path.join(include, h), typedef):
            if n not in names:
                names.add(n)
                pairs.append((n, v))
    sources = WIN32CON_HEADERS + [h for h, _ in WIN32CON_ENUMS if h not in WIN32CON_HEADERS]
    text = header('win32con', version, sources,
                  'Windows constants (window messages and styles, registry, security, files, GDI, ...): the '
                  '#defines of the listed headers.\n\n'
                  '%s.\n\n'
                  'The largest groups, and the ones networking scripts use most:\n%s'
                  % (wrap('Headers (mingw-w64 %s): %s' % (version, ', '.join(sources))), groups_doc('win32con', [n for n, _ in pairs], WIN32CON_GROUPS)))
    ints = [(n, v) for n, v in pairs if isinstance(v, int)]
    strs = [(n, v) for n, v in pairs if isinstance(v, str)]
    text += WIN32CON_LOADER_DOC
    # string literals of at most ~60 KB each: a JVM class file cannot hold a longer string constant
    literals, part, size = [], [], 0
    for n, v in ints:
        line = '\n%s %d' % (n, v)
        if size + len(line) > 60000:
            literals.append(''.join(part))
            part, size = [], 0
        part.append(line)
        size += len(line)
    literals.append(''.join(part))
    text += "import sys as _sys\n\n_DATA = ''.join([\n" + ''.join("    '''%s''',\n" % lit for lit in literals) + '])\n'
    text += WIN32CON_LOADER
    text += '\n# string constants\n' + value_lines(strs)
    text += WIN32CON_HELPERS
    text += WIN32CON_LOADER_PY2
    return text, ints, strs


def win32con_stub(version, ints, strs):
    out = '# win32con.pyi: generated by scripts/gen-constants.py from mingw-w64 %s headers; do not edit.\n' % version
    out += '"""Windows constants from the SDK headers (see win32con.py)."""\n\n'
    out += ''.join('%s: int\n' % n for n, _ in ints) + ''.join('%s: str\n' % n for n, _ in strs)
    for fn in ('PRIMARYLANGID(lgid: int)', 'SUBLANGID(lgid: int)', 'IMAGE_SNAP_BY_ORDINAL(Ordinal: int)',
               'IMAGE_ORDINAL(Ordinal: int)', 'PALETTEINDEX(i: int)', 'GetRValue(rgb: int)',
               'GetGValue(rgb: int)', 'GetBValue(rgb: int)'):
        out += '\n\ndef %s -> %s: ...\n' % (fn, 'bool' if 'SNAP' in fn else 'int')
    return out


def write(path, text):
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--include', default=os.environ.get('MINGW_INCLUDE', '/usr/share/mingw-w64/include'))
    ap.add_argument('--out', default=os.path.join(REPO, 'python-lib'))
    args = ap.parse_args(argv)
    if not os.path.exists(os.path.join(args.include, 'winerror.h')):
        sys.exit('gen-constants: no winerror.h in %s (install mingw-w64-common or pass --include)' % args.include)
    version = mingw_version(args.include)
    os.makedirs(args.out, exist_ok=True)
    text, chunks, n_win, n_ras, collisions = gen_winerror(args.include, version)
    write(os.path.join(args.out, 'winerror.py'), text)
    pkg = os.path.join(args.out, PACKAGE)
    os.makedirs(pkg, exist_ok=True)
    for old in os.listdir(pkg):
        if old.endswith('.py'):
            os.remove(os.path.join(pkg, old))
    write(os.path.join(pkg, '__init__.py'),
          '# generated by scripts/gen-constants.py; do not edit.\n"""The parts of the generated constant modules."""\n')
    for mod, chunk in chunks:
        write(os.path.join(pkg, mod + '.py'), chunk)
    text, n_net = gen_win32netcon(args.include, version)
    write(os.path.join(args.out, 'win32netcon.py'), text)
    text, con_ints, con_strs = gen_win32con(args.include, version)
    write(os.path.join(args.out, 'win32con.py'), text)
    write(os.path.join(args.out, 'win32con.pyi'), win32con_stub(version, con_ints, con_strs))
    n_con = len(con_ints) + len(con_strs)
    print('winerror.py: %d winerror.h + %d raserror.h names (%d collisions kept from winerror.h); '
          'win32netcon.py: %d names; win32con.py: %d names' % (n_win, n_ras, len(collisions), n_net, n_con))


if __name__ == '__main__':
    main()
