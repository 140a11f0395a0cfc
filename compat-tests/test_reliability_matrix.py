"""The bad-input matrix (issue 13): every public function and type of every module, called with wrong types, None,
wrong arity, their real keyword names (from their signatures) and a bogus one, overlong strings, NULs, surrogates and extreme integers, and every type's attributes set to
them and bogus ones read. 0 Java exceptions, 0 hangs, every exception of a type pywin32 raises; the counts are
printed."""
import sys
import unittest

import _badinput
from _rasfix import RasFixture
from _support import Case

# functions that would wait as long as they are told (an INFINITE wait on a handle the matrix happens to hit)
SKIP = _badinput.NOT_CALLED


class BadInputMatrix(Case):
    def setUp(self):
        self.fx = RasFixture().start(dialer='none')   # files the calls may write go to a throwaway directory

    def tearDown(self):
        _badinput.cleanup()
        self.fx.stop()

    def test_matrix(self):
        tally = _badinput.Tally()
        run = tally.run
        pool = _badinput.values()

        for module in _badinput.modules():
            for name, ob in _badinput.public(module):
                if module.__name__ + '.' + name in SKIP:
                    continue
                run(ob, (), {'bogus': 1})
                names = _badinput.keywords(ob)
                for v in pool:
                    for n in (1, 2, 3, 4, 7):
                        run(ob, (v,) * n)
                    run(ob, (0, v, None, 0))
                    # the real argument names, each with the bad value, alone, and all of them at once
                    for kw in names:
                        run(ob, (), {kw: v})
                    if names:
                        run(ob, (), dict((kw, v) for kw in names))
                if isinstance(ob, type):
                    self._attributes(ob, pool, run)
        tally.report('bad-input matrix')
        self.assertEqual(tally.bad, [])
        self.assertTrue(tally.counts['calls'] > 1000)

    def _attributes(self, cls, pool, run):
        try:
            inst = cls()
        except Exception:
            return
        names = [n for n in dir(inst) if not n.startswith('_') and not callable(getattr(inst, n, None))]
        for attr in names:
            for v in pool:
                run(setattr, (inst, attr, v))
                run(getattr, (inst, attr))
        run(getattr, (inst, 'no_such_attribute'))
        run(setattr, (inst, 'no_such_attribute', 1))


if __name__ == '__main__':
    unittest.main()
