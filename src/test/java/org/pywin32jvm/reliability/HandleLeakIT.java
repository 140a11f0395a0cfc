package org.pywin32jvm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pywin32jvm.cli.JarRunner;

/**
 * Issue 13 item 8: handles a script never closes (win32event.CreateEvent, WNetOpenEnum) are freed when collected, on
 * both engines: 100,000 unclosed handles (50,000 of each) with a bounded heap, the Java-side tables end (nearly) empty and the heap flat.
 */
class HandleLeakIT {
    static final int N = Integer.getInteger("pywin32jvm.leak.n", 50_000);   // pairs: 100,000 handles

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void unclosedHandlesAreFreed(String engine) throws Exception {
        Path script = Path.of(System.getProperty("pywin32jvm.repo", ".")).resolve("src/test/resources/reliability/unclosed_handles.py");
        JarRunner.Result r = JarRunner.run(JarRunner.command(List.of("-Xmx384m"),
            "--engine", engine, script.toString(), String.valueOf(N)), Map.of("PYWIN32JVM_WNET", "smb"), null, 600);
        assertEquals(0, r.status(), r.toString());
        Matcher m = Pattern.compile("HANDLES (\\d+) LEFT (\\d+) GROWTH_KB (-?\\d+) KEPT_OK 1").matcher(r.out());
        assertTrue(m.find(), r.toString());
        System.out.println(engine + ": " + m.group());
        assertTrue(Integer.parseInt(m.group(2)) <= 1000, "handles left open: " + r.out());
        assertTrue(Integer.parseInt(m.group(3)) < 16 * 1024, "heap grew: " + r.out());
    }
}
