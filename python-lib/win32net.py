"""win32net: the share and connection functions of pywin32's win32net (LAN Manager, netapi32).

NetShareEnum / NetShareGetInfo / NetShareAdd / NetShareDel, NetServerGetInfo, NetWkstaGetInfo and
NetUseAdd / NetUseDel / NetUseEnum / NetUseGetInfo with pywin32's signatures, info levels, dict keys,
paging protocol and errors (pywintypes.error(code, 'NetShareEnum', text)). The NetUse* functions
work on the same connection table as win32wnet's WNetAddConnection2/WNetCancelConnection2.

Constants (more LAN Manager constants are in win32netcon):
  SERVICE_*   the service names NetServerGetInfo and friends refer to: SERVICE_SERVER ('LanmanServer'),
              SERVICE_WORKSTATION ('LanmanWorkstation').
  USE_*       the force levels of NetUseDel: USE_NOFORCE (fail while files are open), USE_FORCE,
              USE_LOTS_OF_FORCE (close open files too).
"""
import _backendcall
import _jvm
import _winargs as _args
import pywintypes as _pywintypes

error = _pywintypes.error

SERVICE_SERVER = u'LanmanServer'
SERVICE_WORKSTATION = u'LanmanWorkstation'
USE_NOFORCE = 0
USE_FORCE = 1
USE_LOTS_OF_FORCE = 2

_ShareInfo = _jvm.jclass('org.pywin32jvm.wnet.ShareInfo')
_UseInfo = _jvm.jclass('org.pywin32jvm.net.NetApi$UseInfo')

_MAX_PREFERRED_LENGTH = 0xFFFFFFFF
_ERROR_INVALID_LEVEL = 124
_BAD_LEVEL = "This information level is not supported"

# info level -> (key, kind); kinds: s = WSTR, d = DWORD, l = LONG, b = BOOL, sd = SECURITY_DESCRIPTOR
_SHARE_2 = [('netname', 's'), ('type', 'd'), ('remark', 's'), ('permissions', 'd'), ('max_uses', 'd'),
            ('current_uses', 'd'), ('path', 's'), ('passwd', 's')]
_SHARE_INFOS = {
    0: [('netname', 's')],
    1: [('netname', 's'), ('type', 'd'), ('remark', 's')],
    2: _SHARE_2,
    501: [('netname', 's'), ('type', 'd'), ('remark', 's'), ('flags', 'd')],
    502: _SHARE_2 + [('reserved', 'd'), ('security_descriptor', 'sd')],
}
_USE_1 = [('local', 's'), ('remote', 's'), ('password', 's'), ('status', 'd'), ('asg_type', 'd'),
          ('refcount', 'd'), ('usecount', 'd')]
_USE_INFOS = {
    0: [('local', 's'), ('remote', 's')],
    1: _USE_1,
    2: _USE_1 + [('username', 's'), ('domainname', 's')],
    3: _USE_1 + [('username', 's'), ('domainname', 's'), ('flags', 'd')],
}
_SERVER_LEVELS = (100, 101, 102, 402, 403, 502, 503)
_WKSTA_LEVELS = (100, 101, 102, 502)
# bytes of one fixed entry of the Windows structure (x64), for the prefLen paging arithmetic
_SHARE_SIZE = {0: 8, 1: 24, 2: 56, 501: 32, 502: 72}
_USE_SIZE = {0: 16, 1: 48, 2: 64, 3: 72}


_backend = _backendcall.Backend('org.pywin32jvm.net.NetBackends')
_call = _backend.call
_fail = _backendcall.fail
_cut = _backendcall.cut


def _wstr(ob, none_ok=False):
    return _cut(_args.as_wstr(ob, none_ok))


def _level(level, table):
    if level not in table:
        raise ValueError(_BAD_LEVEL)
    return table[level]


def _dword(value):
    return int(int(value) & 0xFFFFFFFF)


# ---- struct <-> dict ---------------------------------------------------------------------------

def _share_dict(info, level):
    values = {'netname': _jvm.s(info.netname()), 'type': _dword(info.type()), 'remark': _jvm.s(info.remark()),
              'permissions': _dword(info.permissions()), 'max_uses': _dword(info.maxUses()),
              'current_uses': _dword(info.currentUses()), 'path': _jvm.s(info.path()),
              'passwd': _jvm.s(info.passwd()), 'flags': 0, 'reserved': 0, 'security_descriptor': None}
    return dict((k, values[k]) for k, _ in _SHARE_INFOS[level])


def _use_dict(info, level):
    values = {'local': _jvm.s(info.local()), 'remote': _jvm.s(info.remote()), 'password': None,
              'status': _dword(info.status()), 'asg_type': _dword(info.asgType()),
              'refcount': _dword(info.refcount()), 'usecount': _dword(info.usecount()),
              'username': _jvm.s(info.username()), 'domainname': _jvm.s(info.domainname()), 'flags': 0}
    return dict((k, values[k]) for k, _ in _USE_INFOS[level])


def _from_mapping(data, items):
    """pywin32's dict -> struct conversion: every key optional, unknown keys ignored, types checked."""
    if not (hasattr(data, 'keys') and hasattr(data, '__getitem__')):
        raise TypeError("The object must be a mapping")
    out = {}
    for key, kind in items:
        if key not in data:
            out[key] = None if kind in ('s', 'sd') else 0
            continue
        value = data[key]
        if kind == 's':
            if value is not None and not isinstance(value, _jvm.text_types):
                raise TypeError("The mapping attribute '%s' must be a string or None" % key)
            out[key] = _cut(value)
        elif kind == 'd':
            if not isinstance(value, _jvm.int_types):
                raise TypeError("The mapping attribute '%s' must be an unsigned 32 bit int" % key)
            out[key] = int(value & 0xFFFFFFFF)
        elif kind == 'l':
            if not isinstance(value, _jvm.int_types):
                raise TypeError("The mapping attribute '%s' must be an integer" % key)
            out[key] = int(value)
        else:
            out[key] = value
    return out


def _page(items, resume, pref_len, size, funcname):
    """pywin32's (list, total, resume) protocol: entries from `resume` while they fit in prefLen bytes."""
    total = len(items)
    if resume >= total:
        return [], total, 0
    if pref_len == _MAX_PREFERRED_LENGTH:
        return items[resume:], total, 0
    end, used = resume, 0
    while end < total:
        used += size(items[end])
        if used > pref_len and end > resume:
            break
        end += 1
    return items[resume:end], total, (end if end < total else 0)


def _strings_bytes(d):
    return sum([(len(v) + 1) * 2 for v in d.values() if isinstance(v, _jvm.text_types)])


# ---- shares -------------------------------------------------------------------------------------

def NetShareEnum(*args, **kw):
    """NetShareEnum(server, level, resumeHandle=None, prefLen=MAX_PREFERRED_LENGTH) or NetShareEnum(server)

    The shares of a server (None: this machine). The new form returns (list_of_dicts, total,
    resumeHandle) at info level 0, 1, 2, 501 or 502; call again with the handle while it is non-zero.
    The old one-argument form returns a list of (netname, type, remark) tuples.
    """
    _args.no_keywords('NetShareEnum', kw)
    if len(args) == 1:
        server = _wstr(args[0], True)
        out = []
        for info in _call('shareEnum', server, 1):
            t = int(info.type()) & 0xFFFFFFFF
            out.append((_jvm.s(info.netname()), t - (1 << 32) if t & 0x80000000 else t, _jvm.s(info.remark())))
        return out
    _args.arity('NetShareEnum', args, 2, 4)
    server = _wstr(args[0], True)
    level = _args.as_int(args[1])
    resume = args[2] if len(args) > 2 else None
    resume = 0 if resume is None else _args.as_handle(resume) & 0xFFFFFFFFFFFFFFFF
    pref_len = (_args.as_int(args[3]) & 0xFFFFFFFF) if len(args) > 3 else _MAX_PREFERRED_LENGTH
    _level(level, _SHARE_INFOS)
    ask = 1 if level == 501 else (2 if level == 502 else level)
    dicts = [_share_dict(i, level) for i in _call('shareEnum', server, ask)]
    return _page(dicts, resume, pref_len, lambda d: _SHARE_SIZE[level] + _strings_bytes(d), 'NetShareEnum')


def NetShareGetInfo(*args, **kw):
    """NetShareGetInfo(server, netname, level)

    One share of a server as a dict of info level 0, 1, 2, 501 or 502; an unknown share raises
    error(2310, 'NetShareGetInfo') (NERR_NetNameNotFound).
    """
    _args.no_keywords('NetShareGetInfo', kw)
    _args.arity('NetShareGetInfo', args, 3, 3)
    server = _wstr(args[0], True)
    netname = _wstr(args[1])
    level = _args.as_int(args[2])
    _level(level, _SHARE_INFOS)
    ask = 1 if level == 501 else (2 if level == 502 else level)
    return _share_dict(_call('shareGetInfo', server, netname, ask), level)


def NetShareAdd(*args, **kw):
    """NetShareAdd(server, level, data)

    Creates a share from a dict of info level 2 or 502 (netname, type, remark, permissions,
    max_uses, path, passwd). Returns None.
    """
    _args.no_keywords('NetShareAdd', kw)
    _args.arity('NetShareAdd', args, 3, 3)
    server = _wstr(args[0], True)
    level = _args.as_int(args[1])
    items = _level(level, _SHARE_INFOS)
    d = _from_mapping(args[2], items)
    info = _ShareInfo(d.get('netname'), _args.as_dword_signed(d.get('type') or 0), d.get('remark'),
                      _args.as_dword_signed(d.get('permissions') or 0), _args.as_dword_signed(d.get('max_uses') or 0),
                      _args.as_dword_signed(d.get('current_uses') or 0), d.get('path'), d.get('passwd'))
    _call('shareAdd', server, level, info)


def NetShareDel(*args, **kw):
    """NetShareDel(server, shareName, reserved=0)

    Removes a share from a server. Returns None.
    """
    _args.no_keywords('NetShareDel', kw)
    _args.arity('NetShareDel', args, 2, 3)
    server = _wstr(args[0], True)
    name = _wstr(args[1])
    if len(args) > 2:
        _args.as_long(args[2])
    _call('shareDel', server, name)


# ---- server and workstation ---------------------------------------------------------------------

def NetServerGetInfo(*args, **kw):
    """NetServerGetInfo(server, level)

    A server's information as a dict: level 100 (platform_id, name) or 101 (adds version_major,
    version_minor, type, comment).
    """
    _args.no_keywords('NetServerGetInfo', kw)
    _args.arity('NetServerGetInfo', args, 2, 2)
    server = _wstr(args[0], True)
    level = _args.as_int(args[1])
    if level not in _SERVER_LEVELS:
        raise ValueError(_BAD_LEVEL)
    if level not in (100, 101):
        raise _fail(_ERROR_INVALID_LEVEL, 'NetServerGetInfo')
    info = _call('serverGetInfo', server, level)
    d = {'platform_id': _dword(info.platformId()), 'name': _jvm.s(info.name())}
    if level == 101:
        d['version_major'] = _dword(info.versionMajor())
        d['version_minor'] = _dword(info.versionMinor())
        d['type'] = _dword(info.type())
        d['comment'] = _jvm.s(info.comment())
    return d


def NetWkstaGetInfo(*args, **kw):
    """NetWkstaGetInfo(server, level)

    A workstation's information as a dict of level 100: platform_id, computername, langroup,
    ver_major, ver_minor.
    """
    _args.no_keywords('NetWkstaGetInfo', kw)
    _args.arity('NetWkstaGetInfo', args, 2, 2)
    server = _wstr(args[0], True)
    level = _args.as_int(args[1])
    if level not in _WKSTA_LEVELS:
        raise ValueError(_BAD_LEVEL)
    if level != 100:
        raise _fail(_ERROR_INVALID_LEVEL, 'NetWkstaGetInfo')
    info = _call('wkstaGetInfo', server, level)
    return {'platform_id': _dword(info.platformId()), 'computername': _jvm.s(info.computername()),
            'langroup': _jvm.s(info.langroup()), 'ver_major': _dword(info.verMajor()),
            'ver_minor': _dword(info.verMinor())}


# ---- connections ---------------------------------------------------------------------------------

def NetUseAdd(*args, **kw):
    """NetUseAdd(server, level, data)

    Connects a local device (or none) to a share from a dict of info level 1, 2 or 3: remote,
    local, password, asg_type (USE_DISKDEV 0, USE_SPOOLDEV 1, USE_IPC 3), username, domainname.
    The connection is the one win32wnet.WNetGetConnection/WNetCancelConnection2 see. Returns None.
    """
    _args.no_keywords('NetUseAdd', kw)
    _args.arity('NetUseAdd', args, 3, 3)
    server = _wstr(args[0], True)
    level = _args.as_int(args[1])
    items = _level(level, _USE_INFOS)
    d = _from_mapping(args[2], items)
    if level == 0:
        raise _fail(_ERROR_INVALID_LEVEL, 'NetUseAdd')
    asg = d.get('asg_type') or 0
    asg = asg - (1 << 32) if asg & 0x80000000 else asg
    use = _UseInfo(d.get('local'), d.get('remote'), 0, asg, 0, 0, d.get('username'), d.get('domainname'))
    _call('useAdd', server, use, d.get('password'))


def NetUseDel(*args, **kw):
    """NetUseDel(server, useName, forceCond=0)

    Ends a connection named by its local device ("Z:") or remote name; forceCond is USE_NOFORCE,
    USE_FORCE or USE_LOTS_OF_FORCE. Not connected: error(2250, 'NetUseDel').
    """
    _args.no_keywords('NetUseDel', kw)
    _args.arity('NetUseDel', args, 2, 3)
    server = _wstr(args[0], True)
    name = _wstr(args[1])
    force = _args.as_int(args[2]) if len(args) > 2 else USE_NOFORCE
    _call('useDel', server, name, force)


def NetUseEnum(*args, **kw):
    """NetUseEnum(server, level, resumeHandle=0, prefLen=MAX_PREFERRED_LENGTH)

    This machine's connections as (list_of_dicts, total, resumeHandle) at info level 0, 1, 2 or 3;
    call again with the handle while it is non-zero.
    """
    _args.no_keywords('NetUseEnum', kw)
    _args.arity('NetUseEnum', args, 2, 4)
    server = _wstr(args[0], True)
    level = _args.as_int(args[1])
    resume = _args.as_int(args[2]) & 0xFFFFFFFF if len(args) > 2 else 0
    pref_len = (_args.as_int(args[3]) & 0xFFFFFFFF) if len(args) > 3 else _MAX_PREFERRED_LENGTH
    _level(level, _USE_INFOS)
    dicts = [_use_dict(u, level) for u in _call('useEnum', server)]
    items, total, nxt = _page(dicts, resume, pref_len, lambda d: _USE_SIZE[level] + _strings_bytes(d), 'NetUseEnum')
    return items, total, nxt


def NetUseGetInfo(*args, **kw):
    """NetUseGetInfo(server, usename, level=0)

    One connection (by local device or remote name) as a dict of info level 0, 1, 2 or 3; not
    connected: error(2250, 'NetUseGetInfo').
    """
    _args.no_keywords('NetUseGetInfo', kw)
    _args.arity('NetUseGetInfo', args, 2, 3)
    server = _wstr(args[0], True)
    name = _wstr(args[1], True)
    level = _args.as_int(args[2]) if len(args) > 2 else 0
    _level(level, _USE_INFOS)
    return _use_dict(_call('useGetInfo', server, name), level)


# inspect.signature() and help() read these on Python 3: pywin32's parameters instead of (*args, **kw).
# test_docstrings checks that they match the docstrings' first lines (the first form where there are two;
# a constant default is given by its value, MAX_PREFERRED_LENGTH by win32netcon's -1).
NetServerGetInfo.__text_signature__ = '(server, level, /)'
NetShareAdd.__text_signature__ = '(server, level, data, /)'
NetShareDel.__text_signature__ = '(server, shareName, reserved=0, /)'
NetShareEnum.__text_signature__ = '(server, level, resumeHandle=None, prefLen=-1, /)'
NetShareGetInfo.__text_signature__ = '(server, netname, level, /)'
NetUseAdd.__text_signature__ = '(server, level, data, /)'
NetUseDel.__text_signature__ = '(server, useName, forceCond=0, /)'
NetUseEnum.__text_signature__ = '(server, level, resumeHandle=0, prefLen=-1, /)'
NetUseGetInfo.__text_signature__ = '(server, usename, level=0, /)'
NetWkstaGetInfo.__text_signature__ = '(server, level, /)'
