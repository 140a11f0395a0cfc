package org.pywin32jvm.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pywin32jvm.testing.Fixtures;

/** The win32wnet examples, run through the runnable jar under both engines, with their output checked. */
class WnetExamplesIT {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    static final Path JAR = Path.of(System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar"));

    record Run(int status, String out) {}

    static Run run(String engine, Map<String, String> env, boolean clearConfig, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", JAR.toString(), "--engine", engine));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(REPO.toFile()).redirectErrorStream(true);
        if (clearConfig) pb.environment().keySet().removeIf(k -> k.startsWith("PYWIN32JVM_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static Set<String> sysMacs() throws IOException {
        Set<String> macs = new HashSet<>();
        Path net = Path.of("/sys/class/net");
        if (!Files.isDirectory(net)) return macs;
        try (Stream<Path> s = Files.list(net)) {
            for (Path p : s.toList()) {
                try {
                    macs.add(Files.readString(p.resolve("address")).trim().toUpperCase(Locale.ROOT).replace(':', '-'));
                } catch (IOException ignored) {
                    // an interface without an address file
                }
            }
        }
        return macs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void netbiosMacNeedsNoServerAndNoConfiguration(String engine) throws Exception {
        Run r = run(engine, Map.of(), true, "examples/netbios_mac.py");
        assertEquals(0, r.status(), r.out());
        Matcher m = Pattern.compile("LANA (\\d+): ([0-9A-F]{2}(?:-[0-9A-F]{2}){5})").matcher(r.out());
        Set<String> sys = sysMacs();
        int n = 0;
        while (m.find()) {
            n++;
            if (!sys.isEmpty()) assertTrue(sys.contains(m.group(2)), m.group(2) + " not in " + sys);
        }
        assertTrue(n >= 1, r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void mapShare(String engine) throws Exception {
        String server = Fixtures.require("PYWIN32JVM_TEST_SMB_SERVER");
        String user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER");
        String password = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        Run r = run(engine, Map.of("SHARE_PASSWORD", password), false,
            "examples/map_share.py", "\\\\" + server + "\\data", user, "Y:");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("Y: is mapped to \\\\" + server + "\\data"), r.out());
        assertTrue(r.out().contains("Connected as " + user), r.out());
        assertTrue(r.out().contains("\\\\" + server + "\\data\\docs"), r.out());
        assertFalse(r.out().contains(password));
        Run bad = run(engine, Map.of("SHARE_PASSWORD", "wrong-" + password), false,
            "examples/map_share.py", "\\\\" + server + "\\data", user, "Y:");
        assertEquals(1, bad.status(), bad.out());
        assertTrue(bad.out().contains("error 1326"), bad.out());
        assertFalse(bad.out().contains("Traceback"), bad.out());
        // as its usage says: user and password as arguments, the drive omitted (Z:)
        Run positional = run(engine, Map.of(), false, "examples/map_share.py", "\\\\" + server + "\\data", user, password);
        assertEquals(0, positional.status(), positional.out());
        assertTrue(positional.out().contains("Z: is mapped to \\\\" + server + "\\data"), positional.out());
        assertTrue(positional.out().contains("Z: unmapped"), positional.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void listShares(String engine) throws Exception {
        String server = Fixtures.require("PYWIN32JVM_TEST_SMB_SERVER");
        Run r = run(engine, Map.of(), false, "examples/list_shares.py", "\\\\" + server);
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("\\\\" + server + "\\public"), r.out());
        assertTrue(r.out().contains("Public share"), r.out());
        assertTrue(r.out().contains("4 shares"), r.out());
        assertFalse(r.out().contains("hidden$"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void mappedDrives(String engine) throws Exception {
        String server = Fixtures.require("PYWIN32JVM_TEST_SMB_SERVER");
        String user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER");
        String password = Fixtures.require("PYWIN32JVM_TEST_SMB_PASSWORD");
        Run r = run(engine, Map.of("SHARE_PASSWORD", password), false,
            "examples/mapped_drives.py", "\\\\" + server + "\\data", user, "X:");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("Drives: X:\\"), r.out());
        assertTrue(Pattern.compile("X:\\s+\\\\\\\\" + server + "\\\\data\\s+as " + user).matcher(r.out()).find(), r.out());
        // the second map fails (nothing listens there): one line and status 1, the report is not printed
        Run bad = run(engine, Map.of("SHARE_PASSWORD", password), false, "examples/mapped_drives.py",
            "\\\\" + server + "\\data", user, "X:", "\\\\127.0.0.1:1\\data", user, "W:");
        assertEquals(1, bad.status(), bad.out());
        assertEquals("Could not map \\\\127.0.0.1:1\\data: error 53 (The network path was not found.)",
            bad.out().trim(), bad.out());
        assertFalse(bad.out().contains("Traceback") || bad.out().contains("Drives:"), bad.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void listSharesWithAFailedLogonSaysSoOnOneLine(String engine) throws Exception {
        String server = Fixtures.require("PYWIN32JVM_TEST_SMB_SERVER");
        String user = Fixtures.require("PYWIN32JVM_TEST_SMB_USER");
        Run r = run(engine, Map.of("SHARE_PASSWORD", "not-the-password"), false, "examples/list_shares.py",
            "\\\\" + server, user);
        assertEquals(1, r.status(), r.out());
        assertEquals("Cannot list \\\\" + server + ": error 1326 (The user name or password is incorrect.)", r.out().trim());
    }
}
