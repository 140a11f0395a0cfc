package org.pywin32jvm.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar target/pywin32-jvm.jar ...} (or any command) as a user would, for the *IT tests. */
public final class JarRunner {
    public static final Path JAR = Path.of(System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private JarRunner() {}

    public record Result(int status, String out, String err) {
        /** A Java stack trace or Java error type: what a user must never see for bad input or a Python error. */
        public boolean javaTrace() {
            String all = out + err;
            return all.contains("\tat org.") || all.contains("\tat java.") || all.contains("Exception in thread")
                || all.contains("ExceptionInInitializerError") || all.contains("NoClassDefFoundError");
        }

        @Override public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static List<String> command(String... args) {
        return command(List.of(), args);
    }

    /** {@code java [jvmArgs] -jar JAR args...}. */
    public static List<String> command(List<String> jvmArgs, String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-Dpolyglot.engine.WarnInterpreterOnly=false"));
        // as bin/pywin32-jvm does: JDK 23+ warns about Truffle's sun.misc.Unsafe use otherwise
        if (Runtime.version().feature() >= 23) cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Result run(String... args) throws Exception {
        return runWithInput(null, args);
    }

    /** Runs with {@code input} piped into standard input (null: /dev/null). */
    static Result runWithInput(String input, String... args) throws Exception {
        return run(command(args), Map.of(), input, 120);
    }

    /**
     * Runs {@code cmd} (the jar, or a launcher script that starts it) with {@code env} added and {@code input} on
     * standard input (null: /dev/null); fails after {@code timeoutSec}.
     */
    public static Result run(List<String> cmd, Map<String, String> env, String input, int timeoutSec) throws Exception {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException("no " + JAR + ": run mvn package first");
        Path out = Files.createTempFile("pywin32jvm-out", ".txt");
        Path err = Files.createTempFile("pywin32jvm-err", ".txt");
        Path in = input == null ? null : Files.createTempFile("pywin32jvm-in", ".txt");
        try {
            if (in != null) Files.writeString(in, input, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(in == null ? new File("/dev/null") : in.toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeoutSec, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSec + " s: " + String.join(" ", cmd));
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
