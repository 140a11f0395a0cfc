package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/pywin32-jvm: the JDK it picks, the start-up cache it records once per jar+JDK+engine (in the
 * background, with a one-line notice) and then uses, and --jit. "Uses" is checked in the JVM's own
 * class-loading log: classes whose source is the "shared objects file" came from the cache.
 */
class LauncherIT {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    static final Path LAUNCHER = REPO.resolve("bin/pywin32-jvm");
    static final String NOTICE = "pywin32-jvm: recording the start-up cache";
    static final String CODE = "import pywintypes, win32ras, win32wnet; print(1)";

    @TempDir Path tmp;

    record Result(int status, String out, String err) {
        @Override public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA");
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("PYWIN32JVM_JAVA_OPTS");
        pb.environment().put("PYWIN32JVM_JAR", System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar"));
        pb.environment().put("PYWIN32JVM_CDS_DIR", tmp.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The recorded cache of an engine, once no recording is under way any more (at most 5 minutes). */
    private Path awaitCache(String engine) throws Exception {
        Path dir = tmp.resolve("cache");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> files = s.toList();
                Optional<Path> failed = files.stream().filter(f -> f.toString().endsWith(".failed")).findFirst();
                if (failed.isPresent()) fail("recording failed:\n" + Files.readString(failed.get()));
                boolean busy = files.stream().anyMatch(f -> f.toString().endsWith(".lock"));
                Optional<Path> cache = files.stream()
                    .filter(f -> f.getFileName().toString().matches("pywin32-jvm-.*-" + engine + "\\.(aot|jsa)")).findFirst();
                if (!busy && cache.isPresent()) return cache.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no start-up cache recorded in 5 minutes");
    }

    /** Runs CODE with the JVM's class-loading log on; true when some of our classes came from the cache. */
    private boolean loadsFromCache(Map<String, String> env, String engine) throws Exception {
        Path log = tmp.resolve("classes.log");
        Files.deleteIfExists(log);
        Map<String, String> e = new java.util.HashMap<>(env);
        e.put("PYWIN32JVM_JAVA_OPTS", "-Xmx512m -Xlog:class+load=info:file=" + log);
        Result r = launch(e, "--engine", engine, "-c", CODE);
        assertEquals(0, r.status(), r.toString());
        assertEquals("1", r.out().trim(), r.toString());
        assertFalse(r.err().contains(NOTICE), "recorded again:\n" + r);
        try (Stream<String> lines = Files.lines(log)) {
            return lines.anyMatch(l -> l.contains("org.pywin32jvm.runtime.Main source: shared objects file"));
        }
    }

    /** The test JVM's java: JDK 17-24 takes the AppCDS path, even where a JDK 25 is installed. */
    private static String testJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The cache file the test JVM's feature version records. */
    private static String cacheKind() {
        return Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
    }

    @Test
    void recordsTheCacheInTheBackgroundOnceThenUsesItAndANewJarRecordsAgain() throws Exception {
        // a copy of the jar, so that the test can "rebuild" it (a new modification time) without disturbing others
        Path jar = tmp.resolve("pywin32-jvm.jar");
        Files.copy(Path.of(System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar")), jar);
        Map<String, String> env = Map.of("PYWIN32JVM_JAR", jar.toString(), "JAVA", testJava());

        Path cache = recordsInTheBackgroundThenUses(env, "jython");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Result rebuilt = launch(env, "--engine", "jython", "-c", CODE);
        assertTrue(rebuilt.err().contains(NOTICE), "a new jar must record a new cache:\n" + rebuilt);
        Path again = awaitCache("jython");
        assertFalse(again.equals(cache), "same cache for a new jar");
        assertFalse(Files.exists(cache), "the old jar's cache was left behind: " + cache);
    }

    @Test
    void graalPyRecordsItsCacheOnceThenUsesIt() throws Exception {
        // GraalPy's recording takes one to two minutes on a loaded machine (awaitCache allows five)
        recordsInTheBackgroundThenUses(Map.of("JAVA", testJava()), "graalpy");
    }

    /** The first run prints one notice and records in the background; the next start loads from the cache. */
    private Path recordsInTheBackgroundThenUses(Map<String, String> env, String engine) throws Exception {
        Result first = launch(env, "--engine", engine, "-c", CODE);
        assertEquals(0, first.status(), first.toString());
        assertEquals("1", first.out().trim(), first.toString());
        assertEquals(1, first.err().lines().filter(l -> l.startsWith(NOTICE)).count(), "one-line notice:\n" + first);
        Path cache = awaitCache(engine);
        assertTrue(cache.toString().endsWith(cacheKind()), "JDK " + Runtime.version().feature() + " records " + cacheKind()
            + ": " + cache);
        assertTrue(loadsFromCache(env, engine), "second start did not use " + cache);
        return cache;
    }

    @Test
    void onJdk25RecordsAndUsesTheAotCacheAndJitRunsOptimized() throws Exception {
        Optional<Path> jdk25 = findJdk(25);
        if (jdk25.isEmpty()) {
            String msg = "LauncherIT: no JDK 25+ found (PYWIN32JVM_TEST_JDK25, /usr/lib/jvm, ...): "
                + "the AOT cache and --jit are not tested";
            System.err.println(msg);
            Assumptions.abort(msg);
        }
        Map<String, String> env = Map.of("JAVA", jdk25.get().resolve("bin/java").toString(), "PYWIN32JVM_CDS", "wait");
        Result first = launch(env, "--engine", "jython", "-c", CODE);
        assertEquals(0, first.status(), first.toString());
        assertEquals("1", first.out().trim(), first.toString());
        assertTrue(awaitCache("jython").toString().endsWith(".aot"), "JDK 25 records an AOT cache");
        assertTrue(loadsFromCache(env, "jython"), "the AOT cache was not used");

        Result jit = launch(env, "--jit", "--version");
        assertEquals(0, jit.status(), jit.toString());
        assertTrue(jit.out().contains("optimizing runtime"), jit.toString());
        assertFalse(jit.err().contains("warning"), jit.toString());
    }

    @Test
    void javaHomeIsHonouredAndJitBelowJdk25WarnsOnceAndRunsInterpreted() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        Assumptions.assumeTrue(Runtime.version().feature() < 25, "the test JVM is JDK 25+: nothing to refuse");
        Result r = launch(Map.of("JAVA_HOME", home.toString(), "PYWIN32JVM_CDS", "0"),
            "--jit", "--engine", "graalpy", "-c", "import sys; print(sys.implementation.name)");
        assertEquals(0, r.status(), r.toString());
        assertEquals("graalpy", r.out().trim(), r.toString());
        assertEquals(List.of("pywin32-jvm: warning: --jit ignored, running GraalPy interpreted: this is JDK "
            + Runtime.version().feature() + ", it needs JDK 25+"), r.err().lines().toList(), r.toString());
    }

    /** A JDK of at least this feature version: PYWIN32JVM_TEST_JDK25, else one under /usr/lib/jvm or /opt/java. */
    static Optional<Path> findJdk(int feature) throws IOException {
        String given = System.getenv("PYWIN32JVM_TEST_JDK25");
        if (given != null && !given.isEmpty()) return Optional.of(Path.of(given));
        for (String root : new String[] {"/usr/lib/jvm", "/opt/java", "/usr/java"}) {
            Path r = Path.of(root);
            if (!Files.isDirectory(r)) continue;
            try (Stream<Path> homes = Files.list(r)) {
                for (Path h : homes.sorted().toList()) {
                    if (Files.isExecutable(h.resolve("bin/java")) && featureOf(h) >= feature) return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }

    private static int featureOf(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Integer.parseInt(line.substring(14).split("[.\"]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
