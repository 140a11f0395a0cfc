package org.pywin32jvm.ras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The RAS examples run unchanged from the jar, under both engines, against the sim dialer. */
class RasExamplesIT {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    static final Path JAR = Path.of(System.getProperty("pywin32jvm.jar", "target/pywin32-jvm.jar"));

    @TempDir
    Path tmp;

    record Run(int status, String out) {}

    Run run(String engine, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dpywin32jvm.ras.dialer=sim",
            "-Dpywin32jvm.ras.sim.scenario=" + REPO.resolve("examples/ras/office.scenario"),
            "-Dpywin32jvm.ras.store=" + tmp.resolve("store"),
            "-Dpywin32jvm.ras.phonebook=" + tmp.resolve("default.pbk"),
            "-jar", JAR.toString(), "--engine", engine));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(REPO.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out.replace("\r\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void rasdialConnectsListsAndHangsUpByName(String engine) throws Exception {
        Run r = run(engine, "examples/rasdial.py", "-p", "examples/ras/office.pbk", "entries",
            "connect", "Office VPN", "alice", "s3cret", "status", "office vpn", "list", "hangup", "Office VPN", "list");
        assertEquals(0, r.status(), r.out());
        assertEquals("Entry: Office VPN\nEntry: Dial-up ISP\nConnecting to Office VPN...\nConnected to Office VPN\n"
            + "office vpn: Connected (error 0) on vpn device WAN Miniport (IKEv2)\n"
            + "Connected: Office VPN (vpn, WAN Miniport (IKEv2))\nDisconnected Office VPN\nNo connections\n"
            + "Command completed successfully.\n", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void rasdialReportsFailures(String engine) throws Exception {
        Run bad = run(engine, "examples/rasdial.py", "-p", "examples/ras/office.pbk", "connect", "Office VPN", "alice", "wrong");
        assertEquals(1, bad.status(), bad.out());
        assertTrue(bad.out().contains("Remote Access error 691 - "), bad.out());
        assertTrue(!bad.out().contains("wrong"), "password echoed: " + bad.out());
        Run busy = run(engine, "examples/rasdial.py", "-p", "examples/ras/office.pbk", "connect", "Dial-up ISP", "u", "p");
        assertTrue(busy.out().contains("Remote Access error 676 - "), busy.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void callbackDialerSeesEveryStateInOrder(String engine) throws Exception {
        Run r = run(engine, "examples/ras_callback_dial.py", "examples/ras/office.pbk", "Office VPN", "alice", "s3cret", "10000");
        assertEquals(0, r.status(), r.out());
        List<String> callbacks = r.out().lines().filter(l -> l.startsWith("Callback: ")).toList();
        assertEquals(List.of("OpenPort", "PortOpened", "ConnectDevice", "DeviceConnected", "AllDevicesConnected",
            "Authenticate", "Authenticated", "Connected").stream().map(s -> "Callback: state " + s + " error 0").toList(),
            callbacks);
        assertTrue(r.out().contains("Dial returned rc 0\n"), r.out());
        assertTrue(r.out().endsWith("Connected: Connected on WAN Miniport (IKEv2)\nHung up\n"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void callbackDialerSeesTheFailure(String engine) throws Exception {
        Run r = run(engine, "examples/ras_callback_dial.py", "examples/ras/office.pbk", "Office VPN", "alice", "nope", "10000");
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("Callback: state Authenticate error 691\n"), r.out());
        assertTrue(r.out().contains("Failed: "), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void versionShowsTheDialer(String engine) throws Exception {
        Run r = run(engine, "--version");
        assertTrue(r.out().contains("sim (scenario: "), r.out());
        assertTrue(Files.exists(REPO.resolve("examples/ras/office.scenario")));
    }
}
