package org.pywin32jvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** Pywin32Jvm.Option.JIT in a JVM without the Graal compiler (the test JVM): one warning line, then interpreted. */
class JitOptionTest {
    @Test
    void jitWithoutTheCompilerWarnsOnceAndRuns() {
        try (Engine probe = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build()) {
            org.junit.jupiter.api.Assumptions.assumeFalse(JitCheck.optimizing(probe), "this JVM runs GraalPy optimized");
        }
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 2; i++) {
                try (PythonEngine py = Pywin32Jvm.graalpy(Pywin32Jvm.Option.JIT)) {
                    assertEquals(1, py.eval("1 if __import__('win32ras').IsHandleValid(1) else 0"));
                }
            }
        } finally {
            System.setErr(old);
        }
        String err = buf.toString(StandardCharsets.UTF_8);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("pywin32-jvm: warning: --jit ignored, running GraalPy interpreted: "), err);
    }
}
