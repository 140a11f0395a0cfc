package org.pywin32jvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain Python callable passed where Java wants a functional interface, called from another Java
 * thread: while Python waits in the Java call, and later while Python runs (RasDial's notifier).
 * Both engines coerce the callable themselves; _jvm needs no helper for it.
 */
class CrossThreadCallbackTest {
    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void callableCalledFromAnotherThread(String engine) {
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            py.exec(String.join("\n",
                "import threading, time, _jvm",
                "Probe = _jvm.jclass('org.pywin32jvm.runtime.CallbackProbe')",
                "main_thread = threading.current_thread()",
                "seen = []",
                "def cb(a, b):",
                "    seen.append((a, _jvm.s(b), threading.current_thread() is not main_thread))",
                "    return '%d-%s' % (a, b)",
                "r = _jvm.s(Probe.callOnNewThread(cb, 7, 'x'))",
                "async_seen = []",
                "Probe.startOnNewThread(lambda i, b: async_seen.append(i), 5, 'y')",
                "deadline = time.time() + 30",
                "while len(async_seen) < 5 and time.time() < deadline:",
                "    time.sleep(0.005)",
                ""));
            assertEquals("7-x", py.eval("r"));
            assertEquals("[(7, 'x', True)]", py.eval("repr(seen)"));
            assertEquals("[0, 1, 2, 3, 4]", py.eval("repr(async_seen)"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void exceptionInCallbackReachesJava(String engine) {
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            py.exec(String.join("\n",
                "import _jvm",
                "Probe = _jvm.jclass('org.pywin32jvm.runtime.CallbackProbe')",
                "def bad(a, b):",
                "    raise ValueError('from callback')",
                "outcome = _jvm.s(Probe.callOnNewThread(bad, 1, 'x'))",
                ""));
            String outcome = (String) py.eval("outcome");
            assertTrue(outcome.startsWith("error: ") && outcome.contains("ValueError") && outcome.contains("from callback"),
                outcome);
        }
    }
}
