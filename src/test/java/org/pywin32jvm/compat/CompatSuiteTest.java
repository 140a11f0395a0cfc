package org.pywin32jvm.compat;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Assumptions;
import org.pywin32jvm.runtime.PythonEngine;
import org.pywin32jvm.runtime.Pywin32Jvm;

/**
 * Runs every {@code compat-tests/*.py} (plain unittest files, Python 2/3) under both engines.
 * Each file runs once per engine in a fresh interpreter; each Python test method becomes its
 * own JUnit test, with the Python traceback as the failure message.
 * {@code -Dcompat.only=name} limits the run to files whose name contains {@code name} (several: comma-separated).
 */
class CompatSuiteTest {
    static final Path DIR = Path.of(System.getProperty("pywin32jvm.repo", ".")).resolve("compat-tests");

    @TestFactory
    Stream<DynamicNode> jython() throws IOException {
        return suite("jython");
    }

    @TestFactory
    Stream<DynamicNode> graalpy() throws IOException {
        return suite("graalpy");
    }

    private static Stream<DynamicNode> suite(String engine) throws IOException {
        String only = System.getProperty("compat.only", "");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().matches("test_.*\\.py"))
                .filter(p -> java.util.Arrays.stream(only.split(",", -1))
                    .anyMatch(n -> p.getFileName().toString().contains(n)))
                .sorted().toList();
        }
        return files.stream().map(f -> DynamicContainer.dynamicContainer(
            f.getFileName().toString(), f.toUri(),
            // lazy: the file runs when JUnit reaches it
            Stream.of(f).flatMap(file -> runFile(engine, file).stream())));
    }

    private static List<DynamicNode> runFile(String engine, Path file) {
        List<Result> results = new ArrayList<>();
        String loadError = null;
        try (PythonEngine py = Pywin32Jvm.engine(engine)) {
            py.put("_compat_sink", (ResultSink) (id, outcome, detail) -> results.add(new Result(id, outcome, detail)));
            py.exec("import sys\nsys.path.insert(0, " + pyString(DIR.toString()) + ")\n"
                + "import _harness\n_harness.run_file(" + pyString(file.toString()) + ", _compat_sink)");
        } catch (RuntimeException e) {
            loadError = e.toString();
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (Result r : results) {
            tests.add(DynamicTest.dynamicTest(r.id(), () -> {
                switch (r.outcome()) {
                    case "pass" -> { }
                    case "skip" -> Assumptions.abort(r.detail());
                    default -> fail(r.outcome() + " in " + engine + ":\n" + r.detail());
                }
            }));
        }
        if (loadError != null || results.isEmpty()) {
            String why = loadError != null ? loadError : "the file ran no test";
            tests.add(DynamicTest.dynamicTest("load " + file.getFileName(), () -> fail(why)));
        }
        return tests;
    }

    static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Called from Python for every finished test. */
    @FunctionalInterface
    public interface ResultSink {
        void report(String id, String outcome, String detail);
    }

    record Result(String id, String outcome, String detail) {}
}
