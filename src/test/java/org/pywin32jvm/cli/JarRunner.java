package org.pywin32jvm.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar target/pywin32-jvm.jar ...} as a user would, for the *IT tests. */
final class JarRunner {
    static final Path JAR = Path.of(System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private JarRunner() {}

    record Result(int status, String out, String err) {
        /** No Java stack trace: what a user must never see for bad input or a Python error. */
        boolean javaTrace() {
            return err.contains("\tat org.") || err.contains("\tat java.") || err.contains("Exception in thread")
                || out.contains("\tat org.");
        }

        @Override public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-Dpolyglot.engine.WarnInterpreterOnly=false"));
        // as bin/pywin32-jvm does: JDK 23+ warns about Truffle's sun.misc.Unsafe use otherwise
        if (Runtime.version().feature() >= 23) cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Result run(String... args) throws Exception {
        return runWithInput(null, args);
    }

    /** Runs with {@code input} piped into standard input (null: /dev/null). */
    static Result runWithInput(String input, String... args) throws Exception {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException("no " + JAR + ": run mvn package first");
        Path out = Files.createTempFile("pywin32jvm-out", ".txt");
        Path err = Files.createTempFile("pywin32jvm-err", ".txt");
        Path in = input == null ? null : Files.createTempFile("pywin32jvm-in", ".txt");
        try {
            if (in != null) Files.writeString(in, input, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(command(args))
                .redirectInput(ProcessBuilder.Redirect.from(in == null ? new File("/dev/null") : in.toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", args));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            if (in != null) Files.deleteIfExists(in);
        }
    }
}
