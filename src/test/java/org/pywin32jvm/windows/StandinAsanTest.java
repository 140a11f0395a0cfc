package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pywin32jvm.testing.Fixtures;

/**
 * The JNA path tests again, in a child JVM with AddressSanitizer preloaded and the ASan build of the
 * stand-in: any out-of-bounds read or write, use after free or double free on the native side while
 * our JNA code drives it (structures, buffers we size, callbacks) aborts the child and fails this test.
 * ASan sees only the stand-in's own accesses and the memory it allocates, not the JVM's heap.
 */
class StandinAsanTest {
    @Test
    void standinTestsPassUnderAddressSanitizer() throws Exception {
        String asanLib = Fixtures.require("PYWIN32JVM_TEST_STANDIN_ASAN_LIB");
        String libasan = Fixtures.require("PYWIN32JVM_TEST_LIBASAN");
        Path logs = Files.createTempDirectory("asan");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            MiniRunner.class.getName(), StandinRasTest.class.getName(), StandinWNetTest.class.getName(),
            StandinNetbiosTest.class.getName(), StandinNetApiTest.class.getName());
        pb.environment().put("PYWIN32JVM_TEST_STANDIN_LIB", asanLib);
        pb.environment().put("PYWIN32JVM_REQUIRE_FIXTURES", "1");
        pb.environment().put("LD_PRELOAD", libasan);
        // The JVM handles SIGSEGV itself (null checks, safepoints): ASan must leave it alone.
        pb.environment().put("ASAN_OPTIONS", "detect_leaks=0:handle_segv=0:allow_user_segv_handler=1:abort_on_error=1:log_path="
            + logs.resolve("asan"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(logs.resolve("out.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM hung");
        String out = Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8);
        StringBuilder asan = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("asan")).toList()) {
                asan.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertEquals("", asan.toString(), "AddressSanitizer report");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains(" 0 failed") && !out.contains(" 0 passed"), out);
        for (File f : List.of(logs.toFile().listFiles())) f.delete();
        logs.toFile().delete();
    }
}
