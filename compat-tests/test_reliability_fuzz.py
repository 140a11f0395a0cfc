"""The bounded fuzz run (issue 13): random calls of every public function and type of every module with random
arguments (bad values, plausible ones, objects of the modules' own types), 20,000 per engine by default.
PYWIN32JVM_FUZZ_CALLS sets the number (the README's longer run uses 200,000). The seed changes with every run
(from the clock) and is printed first; PYWIN32JVM_FUZZ_SEED=N replays a run. 0 Java exceptions, 0 hangs, every
exception of a type pywin32 raises."""
import os
import random
import sys
import time
import unittest

import _badinput
import win32netcon
import win32wnet
from _rasfix import RasFixture
from _support import Case

SKIP = _badinput.NOT_CALLED


class Fuzz(Case):
    def setUp(self):
        self.fx = RasFixture().start(dialer='sim')

    def tearDown(self):
        _badinput.cleanup()
        self.fx.stop()

    def plausible(self):
        nr = win32wnet.NETRESOURCE()
        nr.dwType = win32netcon.RESOURCETYPE_DISK
        nr.lpRemoteName = r'\\127.0.0.1\nosuchshare'
        server = os.environ.get('PYWIN32JVM_TEST_SMB_SERVER')
        out = [0, 1, 2, 3, 4, 5, 8, 16, 64, nr, win32wnet.NCB(), win32wnet.NCBBuffer(16), 'Work VPN', 'ISP',
               self.fx.phonebook, None, ('Work VPN', '', '', 'alice', 's3cret', ''), 'M:', 'Z:\\dir']
        if server:
            shared = win32wnet.NETRESOURCE()
            shared.dwType = win32netcon.RESOURCETYPE_DISK
            shared.lpRemoteName = '\\\\%s\\public' % server
            out += [shared, '\\\\%s\\public' % server, '\\\\%s' % server]
        return out

    def test_fuzz(self):
        calls = int(os.environ.get('PYWIN32JVM_FUZZ_CALLS', '20000'))
        seed = os.environ.get('PYWIN32JVM_FUZZ_SEED')
        seed = int(seed) if seed else int(time.time() * 1000) % 1000000007
        # first, so that a run which never ends still tells how to replay it
        sys.stdout.write('\nfuzz: seed %d (%s); replay with PYWIN32JVM_FUZZ_SEED=%d\n' % (seed, _badinput.ENGINE, seed))
        sys.stdout.flush()
        rnd = random.Random(seed)
        targets = []
        for module in _badinput.modules():
            for name, ob in _badinput.public(module):
                if module.__name__ + '.' + name not in SKIP:
                    targets.append((ob, _badinput.keywords(ob) + ['bogus']))
        pool = _badinput.values() + self.plausible() * 3
        tally = _badinput.Tally()
        for _ in range(calls):
            fn, names = rnd.choice(targets)
            values = pool
            args = tuple(rnd.choice(values) for _ in range(rnd.choice((0, 1, 2, 3, 3, 4, 4, 5, 7))))
            kw = {}
            if rnd.random() < 0.05:
                kw[rnd.choice(names)] = rnd.choice(values)
            tally.run(fn, args, kw)
        tally.report('fuzz seed %d' % seed)
        self.assertEqual(tally.bad[:20], [], 'seed %d' % seed)


if __name__ == '__main__':
    unittest.main()
