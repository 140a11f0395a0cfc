"""Runs one compat-tests file with unittest and reports every test to a Java sink.

The sink has report(test_id, outcome, detail) with outcome pass | fail | error | skip and the
Python traceback (or skip reason) as detail. Used by CompatSuiteTest under both engines.
"""
import _loader
import sys
import traceback
import unittest


class _SinkResult(unittest.TestResult):
    def __init__(self, sink):
        unittest.TestResult.__init__(self)
        self._sink = sink

    def _name(self, test):
        return test.id().split('.', 1)[-1]

    def addSuccess(self, test):
        self._sink.report(self._name(test), 'pass', '')

    def addFailure(self, test, err):
        self._sink.report(self._name(test), 'fail', ''.join(traceback.format_exception(*err)))

    def addError(self, test, err):
        self._sink.report(self._name(test), 'error', ''.join(traceback.format_exception(*err)))

    def addSkip(self, test, reason):
        self._sink.report(self._name(test), 'skip', str(reason))

    def addExpectedFailure(self, test, err):
        self._sink.report(self._name(test), 'pass', '')

    def addUnexpectedSuccess(self, test):
        self._sink.report(self._name(test), 'fail', 'unexpected success')


def run_file(path, sink):
    module = _loader.load_source(path)
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    result = _SinkResult(sink)
    suite.run(result)
    for test, err in getattr(result, 'errors', []):
        # errors outside a test method (setUpClass, module fixtures) have no addError call per test
        if not isinstance(test, unittest.TestCase):
            sink.report(str(test), 'error', err)
    return result
