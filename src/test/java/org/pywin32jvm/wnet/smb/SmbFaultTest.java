package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pywin32jvm.testing.Fixtures;
import org.pywin32jvm.win32.Win32Exception;
import org.pywin32jvm.wnet.NetResource;

/**
 * The fault suite (issue 13 items 3 and 4): a throwaway smbd of its own (scripts/fixtures/samba.sh in a private
 * directory, so the shared fixture is never disturbed) is stalled (SIGSTOP) and killed during connect, enumeration and
 * mapping. Each call must end within one deadline with the Win32 code, local calls and calls to the other server
 * (the shared fixture) must go on meanwhile, and the next call to the same server must succeed.
 */
class SmbFaultTest {
    static final int TIMEOUT = 3000;
    /** What one deadline may take beyond the timeout on a loaded 2-core machine. */
    static final long SLACK_MS = 1500;

    static Path fixtureDir;
    static Map<String, String> env;
    static int port;
    static Set<Long> baseChildren;

    @TempDir Path tmp;
    SmbWNet wnet;
    String mainPort;
    static int faults;

    @BeforeAll
    static void startOwnSamba() throws Exception {
        Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");          // the shared one: the "other server"
        fixtureDir = Files.createTempDirectory("pywin32jvm-faults");
        samba("start");
        readEnv();
        port = Integer.parseInt(env.get("PYWIN32JVM_TEST_SMB_PORT"));
    }

    /**
     * The fixture's settings (a restart appends new passwords: the last line of a key wins), and a first share list
     * with a generous timeout: smbd starts its srvsvc helpers (samba-dcerpcd) on first use, which takes seconds on a
     * loaded machine and is no fault of ours. Those helpers are in the base set, never stopped or killed.
     */
    static void readEnv() throws Exception {
        env = new java.util.HashMap<>();
        for (String l : Files.readAllLines(fixtureDir.resolve("env"))) {
            int eq = l.indexOf('=');
            if (eq > 0) env.put(l.substring(0, eq), l.substring(eq + 1));
        }
        HostMap hosts = HostMap.parse("FAULT=127.0.0.1:" + env.get("PYWIN32JVM_TEST_SMB_PORT"));
        try (SmbWNet warm = new SmbWNet(new SmbSettings(hosts, null, null, null, 30_000,
                fixtureDir.resolve("warm.properties"), false, List.of("FAULT")))) {
            long h = warm.openEnum(2, 0, 0, new NetResource(0, 1, 0, 0, null, "\\\\FAULT", null, null));
            warm.closeEnum(h);
        }
        Thread.sleep(200);
        baseChildren = children();
    }

    @AfterAll
    static void stopOwnSamba() throws Exception {
        if (fixtureDir == null) return;
        if (faults > 0) {         // DroppedServerIT borrows the server and counts nothing here
            System.out.println("fault suite: " + faults + " faulted calls, each ended within its deadline with its Win32 code");
        }
        signal("CONT", master());
        for (long c : children()) signal("CONT", c);
        samba("stop");
        try (var all = Files.walk(fixtureDir)) {          // its own throwaway server: nothing of it is left behind
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void samba(String what) throws Exception {
        Path script = Path.of(System.getProperty("pywin32jvm.repo", ".")).resolve("scripts/fixtures/samba.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), what).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PYWIN32JVM_FIXTURES", fixtureDir.toString());
        if (port != 0) pb.environment().put("SAMBA_PORT", String.valueOf(port));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "samba.sh " + what);
        assertEquals(0, p.exitValue(), "samba.sh " + what);
    }

    static long master() throws Exception {
        return Long.parseLong(Files.readString(fixtureDir.resolve("samba/smbd.pid")).trim());
    }

    static Set<Long> children() throws Exception {
        Set<Long> out = new HashSet<>();
        ProcessHandle.of(master()).ifPresent(h -> h.children().forEach(c -> out.add(c.pid())));
        return out;
    }

    /**
     * The smbd processes serving client connections (forked after start; not the samba-dcerpcd that smbd starts on
     * demand for srvsvc, whose loss would break share lists of every later connection, which is not our fault).
     */
    static List<Long> connectionProcesses() throws Exception {
        List<Long> out = new ArrayList<>();
        for (long c : children()) {
            if (baseChildren.contains(c)) continue;
            String cmd = ProcessHandle.of(c).flatMap(h -> h.info().commandLine()).orElse("");
            if (cmd.contains("smbd") && !cmd.contains("dcerpcd") && !cmd.contains("rpcd")) out.add(c);
        }
        return out;
    }

    static void signal(String sig, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + sig, String.valueOf(pid)).start().waitFor(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void setUp() {
        mainPort = Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        HostMap hosts = HostMap.parse("FAULT=127.0.0.1:" + port + ",TESTSRV=127.0.0.1:" + mainPort);
        wnet = new SmbWNet(new SmbSettings(hosts, null, null, null, TIMEOUT, tmp.resolve("r.properties"), false,
            List.of("FAULT", "TESTSRV")));
    }

    @AfterEach
    void tearDown() throws Exception {
        signal("CONT", master());
        for (long c : children()) signal("CONT", c);
        if (wnet != null) wnet.close();
    }

    NetResource disk(String local, String remote) { return new NetResource(0, 1, 0, 0, local, remote, null, null); }

    String user() { return env.get("PYWIN32JVM_TEST_SMB_USER"); }

    String password() { return env.get("PYWIN32JVM_TEST_SMB_PASSWORD"); }

    /** The call fails within one deadline with one of the codes (or succeeds when null is among them). */
    void endsInTime(String what, Runnable call, Integer... codes) {
        long t0 = System.nanoTime();
        Integer got = null;
        try {
            call.run();
        } catch (Win32Exception e) {
            got = e.winerror;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < TIMEOUT + SLACK_MS, what + " took " + ms + " ms (one deadline is " + TIMEOUT + ")");
        assertTrue(java.util.Arrays.asList(codes).contains(got), what + " ended with " + got + ", expected one of " + java.util.Arrays.asList(codes));
        faults++;
    }

    void shares(String server) {
        long h = wnet.openEnum(2, 0, 0, disk(null, "\\\\" + server));
        try {
            assertTrue(wnet.enumResource(h, 100).length > 0);
        } finally {
            wnet.closeEnum(h);
        }
    }

    void otherServerAndLocalCallsWork() {
        shares("TESTSRV");
        wnet.getUser(null);
    }

    @Test
    void stallDuringConnectIs121WithinOneDeadlineAndOthersGoOn() throws Exception {
        signal("STOP", master());                       // accepts nothing: negotiate never answers
        CompletableFuture<Void> stalled = CompletableFuture.runAsync(() ->
            endsInTime("map during a stalled connect", () -> wnet.addConnection2(disk("S:", "\\\\FAULT\\data"),
                password(), user(), 0), 121));
        Thread.sleep(200);
        long t0 = System.nanoTime();
        wnet.getUser(null);                             // a local call does not wait for the stalled server
        assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(300), "WNetGetUser waited for a stalled server");
        otherServerAndLocalCallsWork();                 // nor does another server
        stalled.get(30, TimeUnit.SECONDS);
        signal("CONT", master());
        wnet.addConnection2(disk("S:", "\\\\FAULT\\data"), password(), user(), 0);   // the first call after the stall
        assertEquals("\\\\FAULT\\data", wnet.getConnection("S:"));
        wnet.cancelConnection2("S:", 0, true);
    }

    @Test
    void stallDuringEnumerationIs121OnceThenWorks() throws Exception {
        wnet.addConnection2(disk("E:", "\\\\FAULT\\data"), password(), user(), 0);
        for (long c : connectionProcesses()) signal("STOP", c);
        endsInTime("share list of a stalled server", () -> shares("FAULT"), 121);
        long t0 = System.nanoTime();
        wnet.cancelConnection2("E:", 0, true);           // cancelling on a stalled server does not wait for it
        assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(500), "cancel waited for a stalled server");
        otherServerAndLocalCallsWork();
        for (long c : connectionProcesses()) signal("CONT", c);
        shares("FAULT");                                // the first call after the stall resumes
        wnet.addConnection2(disk("E:", "\\\\FAULT\\data"), password(), user(), 0);
        wnet.cancelConnection2("E:", 0, true);
    }

    @Test
    void killedServerProcessIsReplacedOnTheNextCall() throws Exception {
        wnet.addConnection2(disk("K:", "\\\\FAULT\\data"), password(), user(), 0);
        shares("FAULT");
        for (long c : connectionProcesses()) signal("KILL", c);
        Thread.sleep(100);
        // the dead connection is noticed (at once, or when the call meets it) and the drive's session logs on again
        endsInTime("share list after the server process died", () -> shares("FAULT"), (Integer) null);
        endsInTime("map after the server process died", () -> wnet.addConnection2(disk("J:", "\\\\FAULT\\data"),
            password(), user(), 0), null, 1219);
        wnet.addConnection2(disk(null, "\\\\FAULT\\public"), null, null, 0);
        assertEquals(user(), wnet.getUser("K:"));       // the mapped drive is still reported
        otherServerAndLocalCallsWork();
    }

    @Test
    void killDuringMappingThenServerDownIs53ThenBackWorks() throws Exception {
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 40 && connectionProcesses().isEmpty(); i++) Thread.sleep(5);
                for (long c : connectionProcesses()) signal("KILL", c);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        endsInTime("map while the server process is killed", () -> wnet.addConnection2(disk("M:", "\\\\FAULT\\data"),
            password(), user(), 0), null, 59, 64, 53, 121);
        killer.get(30, TimeUnit.SECONDS);
        try {
            wnet.cancelConnection2("M:", 0, true);
        } catch (Win32Exception e) {
            assertEquals(2250, e.winerror);
        }
        samba("stop");
        try {
            endsInTime("map to a server that is down", () -> wnet.addConnection2(disk("M:", "\\\\FAULT\\data"),
                password(), user(), 0), 53);
            endsInTime("share list of a server that is down", () -> shares("FAULT"), 53);
            otherServerAndLocalCallsWork();
        } finally {
            samba("start");
            readEnv();
        }
        // back: the first call after the restart works (the killed connection, and every session and tree on it,
        // was dropped, so nothing stale is handed out again)
        wnet.addConnection2(disk("M:", "\\\\FAULT\\data"), password(), user(), 0);
        shares("FAULT");
        wnet.cancelConnection2("M:", 0, true);
    }

    /**
     * smbj's connection cache hands a connection out again for as long as its socket is open, and a connection
     * that smbj leased more than once is not closed by smbj when its server dies: the first logon after a kill or a
     * restart met the dead connection and answered 59. Two drives on one connection make that certain.
     */
    @Test
    void aConnectionWhoseServerDiedIsNotHandedOutAgain() throws Exception {
        wnet.addConnection2(disk("A:", "\\\\FAULT\\data"), password(), user(), 0);
        wnet.addConnection2(disk("B:", "\\\\FAULT\\data"), password(), user(), 0);   // the same connection again
        for (long c : connectionProcesses()) signal("KILL", c);
        Thread.sleep(100);
        wnet.cancelConnection2("A:", 0, true);
        wnet.cancelConnection2("B:", 0, true);
        wnet.addConnection2(disk("C:", "\\\\FAULT\\data"), password(), user(), 0);   // a fresh connection
        wnet.addConnection2(disk("D:", "\\\\FAULT\\data"), password(), user(), 0);
        for (long c : connectionProcesses()) signal("KILL", c);
        samba("stop");
        try {
            endsInTime("map to a server that is down after its connection died", () -> wnet.addConnection2(
                disk("E:", "\\\\FAULT\\data"), password(), user(), 0), 53);
        } finally {
            samba("start");
            readEnv();
        }
        wnet.addConnection2(disk("E:", "\\\\FAULT\\data"), password(), user(), 0);   // the restarted server
        for (String d : new String[] {"C:", "D:", "E:"}) wnet.cancelConnection2(d, 0, true);
    }

    /**
     * A mapped drive keeps the credentials it was mapped with and, like Windows' redirector, logs on again on its
     * next use when its session died: after the server process was killed, and after the whole server restarted.
     * While the server is down its files answer 53, never 59, within one deadline.
     */
    @Test
    void aMappedDriveWhoseSessionDiedLogsOnAgainOnItsNextUse() throws Exception {
        String pw = password();
        wnet.addConnection2(disk("Z:", "\\\\FAULT\\data"), pw, user(), 0);
        org.pywin32jvm.fs.smb.SmbFiles files = new org.pywin32jvm.fs.smb.SmbFiles(wnet);
        org.pywin32jvm.fs.WinPath root = files.route("Z:\\");
        assertTrue(List.of(files.names(root, "FindFirstFile")).contains("readme.txt"));
        for (long c : connectionProcesses()) signal("KILL", c);
        Thread.sleep(200);                              // the reader has seen the socket close
        assertTrue(List.of(files.names(root, "FindFirstFile")).contains("readme.txt"), "after a kill");
        for (long c : connectionProcesses()) signal("KILL", c);
        samba("stop");
        try {
            endsInTime("list a mapped drive while its server is down", () -> files.names(root, "FindFirstFile"), 53);
            endsInTime("share list while the server is down", () -> shares("FAULT"), 53);
        } finally {
            samba("start");
            readEnv();
            // the restarted fixture made a new password; the drive was mapped with the old one, which the account has
            // again (a real server restarts with its accounts as they were)
            ProcessBuilder pb = new ProcessBuilder("smbpasswd", "-c", fixtureDir.resolve("samba/smb.conf").toString(),
                "-s", "-a", user()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
            Process p = pb.start();
            p.getOutputStream().write((pw + "\n" + pw + "\n").getBytes());
            p.getOutputStream().close();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "smbpasswd");
            env.put("PYWIN32JVM_TEST_SMB_PASSWORD", pw);
        }
        assertTrue(List.of(files.names(root, "FindFirstFile")).contains("readme.txt"), "after a restart");
        assertEquals("\\\\FAULT\\data", wnet.getConnection("Z:"));
        shares("FAULT");
        wnet.cancelConnection2("Z:", 0, true);
    }
}
