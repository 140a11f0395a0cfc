package org.pywin32jvm.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code mypy --strict} over python-lib/*.pyi (Debian's python3-mypy, scripts/deps/spine.txt). That each
 * stub names exactly its module's public names is compat-tests/test_stubs.py, under both engines.
 */
class StubsTest {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    static final Path PYTHON = Path.of("/usr/bin/python3");
    // mypy's cache goes under the build directory: left in python-lib it would be packed into the jar
    static final Path CACHE = Path.of(System.getProperty("pywin32jvm.target", "target")).resolve("mypy-cache");

    @Test
    void stubsPassMypyStrict() throws Exception {
        if (!hasMypy()) {
            String msg = "mypy is not installed (apt-get install python3-mypy)";
            if ("1".equals(System.getenv("PYWIN32JVM_REQUIRE_FIXTURES"))) fail(msg);
            Assumptions.abort(msg);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", CACHE.toAbsolutePath().toString()));
        try (Stream<Path> files = Files.list(REPO.resolve("python-lib"))) {
            files.filter(p -> p.toString().endsWith(".pyi")).sorted().forEach(p -> cmd.add(p.getFileName().toString()));
        }
        Process p = new ProcessBuilder(cmd).directory(REPO.resolve("python-lib").toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("mypy did not finish");
        }
        assertEquals(0, p.exitValue(), out);
    }

    private static boolean hasMypy() throws Exception {
        if (!Files.isExecutable(PYTHON)) return false;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import mypy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
