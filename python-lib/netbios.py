"""netbios: the nb30.h constants and the structure helpers pywin32 scripts import by name.

NCB command codes, NRC_* return codes, and NCBStruct: a structure (LANA_ENUM, ADAPTER_STATUS, ...)
packed into a win32wnet.NCBBuffer, so that `ncb.Buffer = netbios.ADAPTER_STATUS()` works and the
`Netbios()` wrapper below packs before and unpacks after the call.

The constant groups: NCBNAMSZ/MAX_LANA and the name flags of a NAME_BUFFER (NAME_FLAGS_MASK,
GROUP_NAME, UNIQUE_NAME, and the states REGISTERING, REGISTERED, DEREGISTERED, DUPLICATE,
DUPLICATE_DEREG); the session states of a SESSION_BUFFER (LISTEN_OUTSTANDING, CALL_PENDING,
SESSION_ESTABLISHED, HANGUP_PENDING, HANGUP_COMPLETE, SESSION_ABORTED); the transports
(ALL_TRANSPORTS, MS_NBF); the commands NCB* (NCBENUM, NCBRESET, NCBASTAT, ..., ASYNCH to OR in); the
return codes NRC_* (NRC_GOODRET is success); and the *_ITEMS field lists, (struct format, field name)
pairs, one per structure builder.

The struct formats use Windows' layout ("<": little-endian, DWORD "L" is 4 bytes, no padding; every field of these
structures is naturally aligned, so the offsets are those of the C structures on Windows).
"""
import struct as _struct

import win32wnet

# Sizes and name flags
NCBNAMSZ = 16
MAX_LANA = 254
NAME_FLAGS_MASK = 0x87
GROUP_NAME = 0x80
UNIQUE_NAME = 0x00
REGISTERING = 0x00
REGISTERED = 0x04
DEREGISTERED = 0x05
DUPLICATE = 0x06
DUPLICATE_DEREG = 0x07

# Session states
LISTEN_OUTSTANDING = 0x01
CALL_PENDING = 0x02
SESSION_ESTABLISHED = 0x03
HANGUP_PENDING = 0x04
HANGUP_COMPLETE = 0x05
SESSION_ABORTED = 0x06

# Transports
ALL_TRANSPORTS = "M\0\0\0"
MS_NBF = "MNBF"

# Commands
NCBCALL = 0x10
NCBLISTEN = 0x11
NCBHANGUP = 0x12
NCBSEND = 0x14
NCBRECV = 0x15
NCBRECVANY = 0x16
NCBCHAINSEND = 0x17
NCBDGSEND = 0x20
NCBDGRECV = 0x21
NCBDGSENDBC = 0x22
NCBDGRECVBC = 0x23
NCBADDNAME = 0x30
NCBDELNAME = 0x31
NCBRESET = 0x32
NCBASTAT = 0x33
NCBSSTAT = 0x34
NCBCANCEL = 0x35
NCBADDGRNAME = 0x36
NCBENUM = 0x37
NCBUNLINK = 0x70
NCBSENDNA = 0x71
NCBCHAINSENDNA = 0x72
NCBLANSTALERT = 0x73
NCBACTION = 0x77
NCBFINDNAME = 0x78
NCBTRACE = 0x79
ASYNCH = 0x80

# Return codes
NRC_GOODRET = 0x00
NRC_BUFLEN = 0x01
NRC_ILLCMD = 0x03
NRC_CMDTMO = 0x05
NRC_INCOMP = 0x06
NRC_BADDR = 0x07
NRC_SNUMOUT = 0x08
NRC_NORES = 0x09
NRC_SCLOSED = 0x0A
NRC_CMDCAN = 0x0B
NRC_DUPNAME = 0x0D
NRC_NAMTFUL = 0x0E
NRC_ACTSES = 0x0F
NRC_LOCTFUL = 0x11
NRC_REMTFUL = 0x12
NRC_ILLNN = 0x13
NRC_NOCALL = 0x14
NRC_NOWILD = 0x15
NRC_INUSE = 0x16
NRC_NAMERR = 0x17
NRC_SABORT = 0x18
NRC_NAMCONF = 0x19
NRC_IFBUSY = 0x21
NRC_TOOMANY = 0x22
NRC_BRIDGE = 0x23
NRC_CANOCCR = 0x24
NRC_CANCEL = 0x26
NRC_DUPENV = 0x30
NRC_ENVNOTDEF = 0x34
NRC_OSRESNOTAV = 0x35
NRC_MAXAPPS = 0x36
NRC_NOSAPS = 0x37
NRC_NORESOURCES = 0x38
NRC_INVADDRESS = 0x39
NRC_INVDDID = 0x3B
NRC_LOCKFAIL = 0x3C
NRC_OPENERR = 0x3F
NRC_SYSTEM = 0x40
NRC_PENDING = 0xFF

NCB = win32wnet.NCB

ADAPTER_STATUS_ITEMS = [
    ("6s", "adapter_address"),
    ("B", "rev_major"),
    ("B", "reserved0"),
    ("B", "adapter_type"),
    ("B", "rev_minor"),
    ("H", "duration"),
    ("H", "frmr_recv"),
    ("H", "frmr_xmit"),
    ("H", "iframe_recv_err"),
    ("H", "xmit_aborts"),
    ("L", "xmit_success"),
    ("L", "recv_success"),
    ("H", "iframe_xmit_err"),
    ("H", "recv_buff_unavail"),
    ("H", "t1_timeouts"),
    ("H", "ti_timeouts"),
    ("L", "reserved1"),
    ("H", "free_ncbs"),
    ("H", "max_cfg_ncbs"),
    ("H", "max_ncbs"),
    ("H", "xmit_buf_unavail"),
    ("H", "max_dgram_size"),
    ("H", "pending_sess"),
    ("H", "max_cfg_sess"),
    ("H", "max_sess"),
    ("H", "max_sess_pkt_size"),
    ("H", "name_count"),
]

NAME_BUFFER_ITEMS = [
    (str(NCBNAMSZ) + "s", "name"),
    ("B", "name_num"),
    ("B", "name_flags"),
]

SESSION_HEADER_ITEMS = [
    ("B", "sess_name"),
    ("B", "num_sess"),
    ("B", "rcv_dg_outstanding"),
    ("B", "rcv_any_outstanding"),
]

SESSION_BUFFER_ITEMS = [
    ("B", "lsn"),
    ("B", "state"),
    (str(NCBNAMSZ) + "s", "local_name"),
    (str(NCBNAMSZ) + "s", "remote_name"),
    ("B", "rcvs_outstanding"),
    ("B", "sends_outstanding"),
]

LANA_ENUM_ITEMS = [
    ("B", "length"),
    (str(MAX_LANA + 1) + "s", "lana"),
]

FIND_NAME_HEADER_ITEMS = [
    ("H", "node_count"),
    ("B", "reserved"),
    ("B", "unique_group"),
]

FIND_NAME_BUFFER_ITEMS = [
    ("B", "length"),
    ("B", "access_control"),
    ("B", "frame_control"),
    ("6s", "destination_addr"),
    ("6s", "source_addr"),
    ("18s", "routing_info"),
]

ACTION_HEADER_ITEMS = [
    ("L", "transport_id"),
    ("H", "action_code"),
    ("H", "reserved"),
]


def _raw(buf):
    """The bytes of an NCBBuffer (a memoryview, or a bytearray under Jython)."""
    if hasattr(buf, 'tobytes'):
        return buf.tobytes()
    return bytes(buf)


class NCBStruct:
    """NCBStruct(items)

    A NetBIOS structure whose fields are Python attributes, packed into `_buffer_` (a
    win32wnet.NCBBuffer of the structure's exact size). items: a list of (struct format, field
    name) pairs such as ADAPTER_STATUS_ITEMS; every field starts as 0 (or zero bytes). Assign
    one to an NCB's Buffer and call netbios.Netbios(ncb): the fields are packed before the call
    and read back after it. Setting a name that is not a field raises AttributeError.
    """

    def __init__(self, items):
        self._format = "<" + "".join([item[0] for item in items])
        self._items = items
        self._buffer_ = win32wnet.NCBBuffer(_struct.calcsize(self._format))
        for fmt, name in self._items:
            if len(fmt) == 1:
                value = b"\0" if fmt == "c" else 0
            else:
                value = b"\0" * int(fmt[:-1])
            self.__dict__[name] = value

    def _pack(self):
        values = [self.__dict__.get(name) for fmt, name in self._items]
        self._buffer_[:] = _struct.pack(self._format, *values)

    def _unpack(self):
        values = _struct.unpack(self._format, _raw(self._buffer_))
        assert len(values) == len(self._items), "unexpected number of items to unpack!"
        for (fmt, name), value in zip(self._items, values):
            self.__dict__[name] = value

    def __setattr__(self, attr, value):
        if attr not in self.__dict__ and attr[0] != "_":
            for fmt, name in self._items:
                if attr == name:
                    break
            else:
                raise AttributeError(attr)
        self.__dict__[attr] = value


def ADAPTER_STATUS():
    """ADAPTER_STATUS() -> NCBStruct

    A new, zeroed ADAPTER_STATUS structure: the status of an adapter, filled by NCBASTAT: adapter_address (6 bytes, the MAC
    address), the adapter's version, counters and limits, and name_count (the NAME_BUFFERs that follow
    it in a larger buffer).
    """
    return NCBStruct(ADAPTER_STATUS_ITEMS)


def NAME_BUFFER():
    """NAME_BUFFER() -> NCBStruct

    A new, zeroed NAME_BUFFER structure: one name in a name table (after ADAPTER_STATUS): name (16 bytes), name_num and
    name_flags (GROUP_NAME, REGISTERED, ...).
    """
    return NCBStruct(NAME_BUFFER_ITEMS)


def SESSION_HEADER():
    """SESSION_HEADER() -> NCBStruct

    A new, zeroed SESSION_HEADER structure: the header NCBSSTAT fills: sess_name, num_sess (the SESSION_BUFFERs that
    follow), rcv_dg_outstanding and rcv_any_outstanding.
    """
    return NCBStruct(SESSION_HEADER_ITEMS)


def SESSION_BUFFER():
    """SESSION_BUFFER() -> NCBStruct

    A new, zeroed SESSION_BUFFER structure: one session in an NCBSSTAT answer: lsn, state (SESSION_ESTABLISHED, ...),
    local_name, remote_name and the receive/send counts outstanding.
    """
    return NCBStruct(SESSION_BUFFER_ITEMS)


def LANA_ENUM():
    """LANA_ENUM() -> NCBStruct

    A new, zeroed LANA_ENUM structure: the LAN adapter numbers NCBENUM returns: length (how many) and lana (a byte
    string whose first `length` bytes are the numbers to put in an NCB's Lana_num).
    """
    return NCBStruct(LANA_ENUM_ITEMS)


def FIND_NAME_HEADER():
    """FIND_NAME_HEADER() -> NCBStruct

    A new, zeroed FIND_NAME_HEADER structure: the header NCBFINDNAME fills: node_count (the FIND_NAME_BUFFERs that follow)
    and unique_group (0 unique name, 1 group name).
    """
    return NCBStruct(FIND_NAME_HEADER_ITEMS)


def FIND_NAME_BUFFER():
    """FIND_NAME_BUFFER() -> NCBStruct

    A new, zeroed FIND_NAME_BUFFER structure: one node that answered NCBFINDNAME: its destination_addr and source_addr
    (6-byte addresses), frame and access control bytes and routing_info.
    """
    return NCBStruct(FIND_NAME_BUFFER_ITEMS)


def ACTION_HEADER():
    """ACTION_HEADER() -> NCBStruct

    A new, zeroed ACTION_HEADER structure: the header of an NCBACTION request: transport_id, action_code and reserved.
    """
    return NCBStruct(ACTION_HEADER_ITEMS)


def Netbios(ncb):
    """Netbios(ncb) -> int

    Runs win32wnet.Netbios(ncb) and returns its NRC_* code (NRC_GOODRET on success). When
    ncb.Buffer is one of this module's structures (an NCBStruct), its fields are packed into the
    buffer before the call and read back from it afterwards, even when the call fails.
    ncb: a win32wnet.NCB with Command, Lana_num and the other fields the command needs.
    """
    ob = ncb.Buffer
    is_ours = hasattr(ob, "_pack")
    if is_ours:
        ob._pack()
    try:
        return win32wnet.Netbios(ncb)
    finally:
        if is_ours:
            ob._unpack()


def _print_adapter_addresses():
    """`-m netbios`: each LANA's adapter (MAC) address, by NCBENUM, NCBRESET and NCBASTAT "*"."""
    ncb = NCB()
    ncb.Command = NCBENUM
    lanas = LANA_ENUM()
    ncb.Buffer = lanas
    rc = Netbios(ncb)
    if rc != NRC_GOODRET:
        raise RuntimeError("Unexpected result %d" % (rc,))
    for i in range(lanas.length):
        lana = bytearray(lanas.lana)[i]
        ncb.Reset()
        ncb.Command = NCBRESET
        ncb.Lana_num = lana
        rc = Netbios(ncb)
        if rc != NRC_GOODRET:
            raise RuntimeError("Unexpected result %d" % (rc,))
        ncb.Reset()
        ncb.Command = NCBASTAT
        ncb.Lana_num = lana
        ncb.Callname = "*".ljust(16)
        adapter = ADAPTER_STATUS()
        ncb.Buffer = adapter
        Netbios(ncb)
        print("Adapter address: " + " ".join(["%02x" % b for b in bytearray(adapter.adapter_address)]))


if __name__ == "__main__":
    _print_adapter_addresses()
