package org.pywin32jvm.reliability;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar (or a class of it) in a child JVM with extra properties and environment. */
final class ChildJvm {
    static final Path JAR = Path.of(System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private ChildJvm() {}

    record Result(int status, String out, String err) {
        boolean javaTrace() {
            String all = out + err;
            return all.contains("\tat org.") || all.contains("\tat java.") || all.contains("Exception in thread")
                || all.contains("ExceptionInInitializerError") || all.contains("NoClassDefFoundError");
        }

        @Override public String toString() { return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err; }
    }

    /** {@code java [jvmArgs] -jar JAR args...} with env added; fails after timeoutSec. */
    static Result jar(List<String> jvmArgs, Map<String, String> env, int timeoutSec, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-Dpolyglot.engine.WarnInterpreterOnly=false"));
        if (Runtime.version().feature() >= 23) cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, env, timeoutSec);
    }

    static Result run(List<String> cmd, Map<String, String> env, int timeoutSec) throws Exception {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException("no " + JAR + ": run mvn package first");
        Path out = Files.createTempFile("pywin32jvm-out", ".txt");
        Path err = Files.createTempFile("pywin32jvm-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
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
        }
    }
}
