package org.pywin32jvm.constants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed winerror.py / win32netcon.py are exactly what scripts/gen-constants.py makes from
 * the mingw-w64 headers: regenerate into target/ and compare. Needs python3 and mingw-w64-common
 * (scripts/deps/spine.txt); missing them skips the test, except under scripts/test.sh.
 */
class GeneratedConstantsTest {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    static final Path HEADERS = Path.of(System.getenv().getOrDefault("MINGW_INCLUDE", "/usr/share/mingw-w64/include"));

    @Test
    void committedFilesMatchTheGenerator() throws Exception {
        if (!Files.isRegularFile(HEADERS.resolve("winerror.h"))) {
            String msg = "no mingw-w64 headers in " + HEADERS + " (apt-get install mingw-w64-common)";
            if ("1".equals(System.getenv("PYWIN32JVM_REQUIRE_FIXTURES"))) fail(msg);
            Assumptions.abort(msg);
        }
        Path out = REPO.resolve("target").resolve("gen-constants");
        Process p = new ProcessBuilder("python3", REPO.resolve("scripts/gen-constants.py").toString(),
                "--include", HEADERS.toString(), "--out", out.toString())
            .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator timed out");
        assertEquals(0, p.exitValue(), log);

        List<String> generated = pyFiles(out);
        assertTrue(generated.contains("winerror.py") && generated.contains("win32netcon.py"), generated.toString());
        Path lib = REPO.resolve("python-lib");
        for (String rel : generated) {
            Path committed = lib.resolve(rel);
            assertTrue(Files.exists(committed), "generated " + rel + " is not committed in python-lib/");
            assertEquals(Files.readString(out.resolve(rel)), Files.readString(committed),
                rel + " differs from scripts/gen-constants.py output: regenerate and commit it");
        }
        // no stale part left behind in python-lib
        assertEquals(new TreeSet<>(pyFiles(out.resolve("_pywin32jvm_constants"))),
            new TreeSet<>(pyFiles(lib.resolve("_pywin32jvm_constants"))));
    }

    private static List<String> pyFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".py"))
                .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                .sorted().collect(Collectors.toList());
        }
    }
}
