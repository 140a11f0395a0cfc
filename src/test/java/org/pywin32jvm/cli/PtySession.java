package org.pywin32jvm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A console session through a pseudo-terminal (script(1)), driven like expect: {@link #send} keys,
 * {@link #expect} output. The terminal is in the state a user's is: raw at the prompt (JLine), cooked
 * while a statement runs (Ctrl-C is SIGINT then).
 */
final class PtySession implements AutoCloseable {
    static final Path SCRIPT = Path.of("/usr/bin/script");

    /** Skips the calling test class when script(1) is missing; fails under scripts/test.sh. */
    static void requireScript() {
        if (java.nio.file.Files.isExecutable(SCRIPT)) return;
        String msg = "script(1) is not installed (apt-get install bsdutils)";
        if ("1".equals(System.getenv("PYWIN32JVM_REQUIRE_FIXTURES"))) throw new AssertionError(msg);
        org.junit.jupiter.api.Assumptions.abort(msg);
    }

    private final Process process;
    private final OutputStream keys;
    private final StringBuilder seen = new StringBuilder();
    private int mark;

    PtySession(String engine, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(JarRunner.command("--engine", engine));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = terminal(cmd);
        pb.environment().putAll(env);
        process = pb.start();
        keys = process.getOutputStream();
        Thread reader = new Thread(() -> pump(process.getInputStream()), "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * {@code script(1)} running {@code cmd} in a new pseudo-terminal, output and errors merged. script
     * runs it through $SHELL -c; dash (Debian's sh, CI's $SHELL) stays as java's parent in the
     * terminal's process group and a Ctrl-C would kill it (status 130), hence exec and a fixed shell.
     */
    static ProcessBuilder terminal(List<String> cmd) {
        String command = "exec " + cmd.stream().map(PtySession::shellQuote).collect(Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "-qfec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().put("TERM", "xterm");
        pb.environment().put("SHELL", "/bin/sh");
        return pb;
    }

    private void pump(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (seen) {
                    seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    seen.notifyAll();
                }
            }
        } catch (IOException e) {
            // the session ended
        }
    }

    PtySession send(String typed) throws IOException {
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Waits until {@code text} appears after what the previous expect matched; returns the output up to it. */
    String expect(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        long endedAt = 0;
        synchronized (seen) {
            int at;
            while ((at = seen.indexOf(text, mark)) < 0) {
                long now = System.nanoTime();
                if (!process.isAlive() && endedAt == 0) endedAt = now;
                boolean gone = endedAt != 0 && now - endedAt > TimeUnit.SECONDS.toNanos(1);
                if (now > end || gone) {
                    throw new AssertionError("no '" + text + "' in the console output:\n" + seen.substring(mark));
                }
                seen.wait(200);
            }
            String before = seen.substring(mark, at);
            mark = at + text.length();
            return before;
        }
    }

    /** Waits for the end of the session; returns its exit status. */
    int exitStatus() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("the console did not end:\n" + all());
        return process.exitValue();
    }

    String all() {
        synchronized (seen) {
            return seen.toString();
        }
    }

    @Override
    public void close() throws IOException {
        keys.close();
        process.destroyForcibly();
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
