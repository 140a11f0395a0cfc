"""WNetEnumResource's batch decoding: what NetResourceCodec packs comes back as PyNETRESOURCEs
exactly like user-made ones (every column form: constant, all-null, values, mixed null)."""
import sys
import unittest

import _jvm
import win32wnet
from _support import Case

PY2 = sys.version_info[0] == 2
_NetResource = _jvm.jclass('org.pywin32jvm.wnet.NetResource')
_Codec = _jvm.jclass('org.pywin32jvm.wnet.NetResourceCodec')
_ArrayList = _jvm.jclass('java.util.ArrayList')

NON_ASCII = u'\u00e9t\u00e9' if PY2 else '\u00e9t\u00e9'


def decode(rows):
    items = _ArrayList()
    for r in rows:
        items.add(_NetResource(*r))
    return win32wnet._from_columns(_Codec.pack(items))


def fields(nr):
    return (nr.dwScope, nr.dwType, nr.dwDisplayType, nr.dwUsage,
            nr.lpLocalName, nr.lpRemoteName, nr.lpComment, nr.lpProvider)


class EnumCodecTest(Case):
    ROWS = [
        # scope, type, display, usage (mixed / constant / negative), local (mixed null),
        # remote (values), comment (constant ""), provider (all null)
        (2, 1, -2147483648, 1, None, '\\\\srv\\a', '', None),
        (2, 2, 3, 1, 'Z:', '\\\\srv\\b', '', None),
        (2, 1, 2147483647, 1, '', '\\\\srv\\c' + NON_ASCII, '', None),
    ]

    def test_every_column_form(self):
        items = decode(self.ROWS)
        self.assertEqual(len(items), 3)
        self.assertEqual(fields(items[0]), (2, 1, -2147483648, 1, None, '\\\\srv\\a', '', None))
        self.assertEqual(fields(items[1]), (2, 2, 3, 1, 'Z:', '\\\\srv\\b', '', None))
        self.assertEqual(fields(items[2])[:5], (2, 1, 2147483647, 1, ''))
        self.assertEqual(items[2].lpRemoteName, u'\\\\srv\\c' + NON_ASCII)

    def test_constant_and_single_item(self):
        items = decode([(1, 0, 3, 0, 'X:', '\\\\s\\p', 'c', 'Microsoft Windows Network')])
        self.assertEqual(fields(items[0]), (1, 0, 3, 0, 'X:', '\\\\s\\p', 'c', 'Microsoft Windows Network'))

    def test_nul_cuts_a_string(self):
        items = decode([(0, 0, 0, 0, 'A:\0junk', 'r\0x', None, 'p'), (0, 0, 0, 0, None, 'q', 'c\0d', 'p')])
        self.assertEqual(fields(items[0])[4:], ('A:', 'r', None, 'p'))
        self.assertEqual(fields(items[1])[4:], (None, 'q', 'c', 'p'))

    def test_empty(self):
        self.assertEqual(decode([]), [])

    def test_items_are_ordinary_independent_netresources(self):
        a, b = decode([(2, 1, 3, 1, None, 'x', '', 'p'), (2, 1, 3, 1, None, 'y', '', 'p')])
        self.assertTrue(type(a) is win32wnet.NETRESOURCE)
        self.assertTrue(repr(a).startswith('<PyNETRESOURCE object at 0x'))
        self.assertEqual(type(a.dwType), int)
        a.dwType = 7
        a.lpComment = 'changed'
        self.assertEqual((b.dwType, b.lpComment), (1, ''))
        self.assertRaises(TypeError, setattr, a, 'dwType', 'x')
        self.assertRaises(TypeError, setattr, a, 'lpRemoteName', 5)
        self.assertRaises(AttributeError, delattr, a, 'dwType')
        self.assertRaises(AttributeError, setattr, a, 'other', 1)
        user = win32wnet.NETRESOURCE()
        user.dwType = 1
        self.assertEqual(sorted(dir(a)), sorted(dir(user)))


if __name__ == '__main__':
    unittest.main()
