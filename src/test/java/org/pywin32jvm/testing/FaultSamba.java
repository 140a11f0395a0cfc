package org.pywin32jvm.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.smb.HostMap;
import org.pywin32jvm.wnet.smb.SmbSettings;
import org.pywin32jvm.wnet.smb.SmbWNet;

/**
 * A throwaway smbd of the fault suites' own (scripts/fixtures/samba.sh in a private directory, so the shared
 * fixture is never disturbed) that they stall (SIGSTOP), kill (SIGKILL), stop and start again. Used by SmbFaultTest
 * and, through the Python engines, by compat-tests/test_reliability_faults.py.
 */
public final class FaultSamba implements AutoCloseable {
    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private int port;
    private Set<Long> baseChildren = Set.of();

    public FaultSamba() throws Exception {
        dir = Files.createTempDirectory("pywin32jvm-faults");
        start();
    }

    public int port() { return port; }

    public String user() { return env.get("PYWIN32JVM_TEST_SMB_USER"); }

    public String password() { return env.get("PYWIN32JVM_TEST_SMB_PASSWORD"); }

    public void setPassword(String pw) { env.put("PYWIN32JVM_TEST_SMB_PASSWORD", pw); }

    public Path dir() { return dir; }

    /** Starts it (again, on the same port), reads its settings and lets its srvsvc helpers start. */
    public void start() throws Exception {
        samba("start");
        env.clear();
        for (String l : Files.readAllLines(dir.resolve("env"))) {      // a restart appends: the last line wins
            int eq = l.indexOf('=');
            if (eq > 0) env.put(l.substring(0, eq), l.substring(eq + 1));
        }
        port = Integer.parseInt(env.get("PYWIN32JVM_TEST_SMB_PORT"));
        // a first share list with a generous timeout: smbd starts its srvsvc helpers (samba-dcerpcd) on first use,
        // which takes seconds on a loaded machine and is no fault of ours; those helpers are never stopped or killed
        try (SmbWNet warm = wnet("FAULT=127.0.0.1:" + port, 30_000, dir.resolve("warm.properties").toString())) {
            long h = warm.openEnum(2, 0, 0, new NetResource(0, 1, 0, 0, null, "\\\\FAULT", null, null));
            warm.closeEnum(h);
        }
        Thread.sleep(200);
        baseChildren = children();
    }

    /** Stops the whole server (every process, by PID). */
    public void stop() throws Exception {
        contAll();
        samba("stop");
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var all = Files.walk(dir)) {          // nothing of it is left behind
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** An SMB backend of its own: hosts as wnet.hosts spells them, one deadline of timeoutMs per call. */
    public static SmbWNet wnet(String hosts, int timeoutMs, String rememberedFile) {
        HostMap map = HostMap.parse(hosts);
        return new SmbWNet(new SmbSettings(map, null, null, null, timeoutMs, Path.of(rememberedFile), false, map.names()));
    }

    private void samba(String what) throws Exception {
        Path script = Path.of(System.getProperty("pywin32jvm.repo", ".")).resolve("scripts/fixtures/samba.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), what).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PYWIN32JVM_FIXTURES", dir.toString());
        if (port != 0) pb.environment().put("SAMBA_PORT", String.valueOf(port));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("samba.sh " + what + " failed");
    }

    /** smbd's master process (it accepts the connections). */
    public long master() throws Exception {
        return Long.parseLong(Files.readString(dir.resolve("samba/smbd.pid")).trim());
    }

    private Set<Long> children() throws Exception {
        Set<Long> out = new HashSet<>();
        ProcessHandle.of(master()).ifPresent(h -> h.children().forEach(c -> out.add(c.pid())));
        return out;
    }

    /**
     * The smbd processes serving client connections (forked after start; not the samba-dcerpcd that smbd starts on
     * demand for srvsvc, whose loss would break share lists of every later connection, which is not our fault).
     */
    public List<Long> connectionProcesses() throws Exception {
        List<Long> out = new ArrayList<>();
        for (long c : children()) {
            if (baseChildren.contains(c)) continue;
            String cmd = ProcessHandle.of(c).flatMap(h -> h.info().commandLine()).orElse("");
            if (cmd.contains("smbd") && !cmd.contains("dcerpcd") && !cmd.contains("rpcd")) out.add(c);
        }
        return out;
    }

    public static void signal(String sig, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + sig, String.valueOf(pid)).start().waitFor(10, TimeUnit.SECONDS);
    }

    /** Sends sig to every connection process; how many there were. */
    public int signalConnections(String sig) throws Exception {
        List<Long> all = connectionProcesses();
        for (long c : all) signal(sig, c);
        return all.size();
    }

    /** Sends sig to the master process. */
    public void signalMaster(String sig) throws Exception {
        signal(sig, master());
    }

    /** Lets every stopped process of it go on. */
    public void contAll() throws Exception {
        if (!Files.exists(dir.resolve("samba/smbd.pid"))) return;
        signal("CONT", master());
        for (long c : children()) signal("CONT", c);
    }
}
