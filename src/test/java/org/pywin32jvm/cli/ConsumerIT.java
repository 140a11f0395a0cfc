package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Maven project that depends on pywin32-jvm by its coordinates (the thin jar; its dependencies come
 * from the product's POM) builds and runs the README's embedding lines: src/test/consumer (both engines,
 * and the JSR-223 engine pywin32-graalpy found by name on the consumer's classpath). The artifact is
 * published to a throw-away file repository under a version of its own, so no stale copy is used, and
 * removed from the local repository afterwards.
 */
class ConsumerIT {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    @TempDir Path tmp;

    @Test
    void mavenConsumerEmbedsTheProduct() throws Exception {
        Path thin = JarRunner.JAR.resolveSibling("pywin32-jvm-thin.jar");
        Assumptions.assumeTrue(Files.isRegularFile(thin), "no thin jar: run mvn package");
        String version = "0.0.0-it" + System.currentTimeMillis();
        Path dir = tmp.resolve("repo/org/pywin32jvm/pywin32-jvm/" + version);
        Files.createDirectories(dir);
        Files.copy(thin, dir.resolve("pywin32-jvm-" + version + ".jar"));
        String pom = Files.readString(REPO.resolve("pom.xml"))
            .replaceFirst("<version>[^<]*</version>", "<version>" + version + "</version>");
        Files.writeString(dir.resolve("pywin32-jvm-" + version + ".pom"), pom);
        Path project = tmp.resolve("consumer");
        copyTree(REPO.resolve("src/test/consumer"), project);

        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "pywin32jvm", "pywin32-jvm", version);
        try {
            Process p = new ProcessBuilder("mvn", "-B", "-ntp", "-q",
                "-Dproduct.repo=" + tmp.resolve("repo").toUri(), "-Dproduct.version=" + version, "compile", "exec:java")
                .directory(project.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the consumer build did not end");
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("embedded jython: true 1"), out);
            assertTrue(out.contains("embedded graalpy: true 1"), out);
            assertTrue(out.contains("jsr223 pywin32-graalpy: true"), out);
        } finally {
            deleteTree(local);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().contains(File.separator + "target")) continue;
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
