package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pywin32jvm.cli.JarRunner;
import org.pywin32jvm.testing.FaultSamba;
import org.pywin32jvm.testing.Fixtures;

/**
 * A dropped server, as a script sees it (both engines, the jar as a user runs it): a drive mapped to a throwaway
 * smbd of its own (FaultSamba) works, then the server goes away (its connection processes killed, smbd stopped); each file
 * operation on the drive and on the UNC name then raises the Windows-shaped error (errno ENOENT, winerror 53 for os
 * calls; open() as Windows' C runtime: errno, no winerror) within one deadline, never a hang or Java text.
 */
class DroppedServerIT {
    static final int TIMEOUT = SmbFaultTest.TIMEOUT;

    @TempDir Path tmp;

    static FaultSamba samba;

    @BeforeAll
    static void startOwnSamba() throws Exception {
        Fixtures.require("PYWIN32JVM_TEST_SMB_PORT");
        samba = new FaultSamba();
    }

    @AfterAll
    static void stopOwnSamba() throws Exception {
        if (samba != null) samba.close();
    }

    static final String SCRIPT = String.join("\n",
        "import os, sys, time, win32wnet, win32netcon",
        "nr = win32wnet.NETRESOURCE()",
        "nr.dwType, nr.lpLocalName, nr.lpRemoteName = win32netcon.RESOURCETYPE_DISK, 'Y:', r'\\\\FAULT\\data'",
        "win32wnet.WNetAddConnection2(nr, os.environ['FAULT_PASSWORD'], os.environ['FAULT_USER'])",
        "print('before %s' % ('readme.txt' in os.listdir('Y:\\\\')))",
        "sys.stdout.write('READY\\n'); sys.stdout.flush()",
        "while not os.path.exists(sys.argv[1]): time.sleep(0.05)",
        "calls = [('listdir', lambda: os.listdir('Y:\\\\')), ('stat', lambda: os.stat(r'Y:\\readme.txt')),",
        "         ('unc', lambda: os.listdir(r'\\\\FAULT\\data')), ('open', lambda: open(r'Y:\\readme.txt').read())]",
        "for name, fn in calls:",
        "    t0 = time.time()",
        "    try:",
        "        fn()",
        "        print('%s no error' % name)",
        "    except (IOError, OSError) as e:",
        "        java = 'java' in (str(e) + repr(e)).lower()",
        "        print('%s errno=%s winerror=%s ms=%d java=%s' % (name, e.errno, getattr(e, 'winerror', None),",
        "              (time.time() - t0) * 1000, java))",
        "win32wnet.WNetCancelConnection2('Y:', 0, True)",
        "");

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void fileOperationsOnADroppedServerFailAsOnWindows(String engine) throws Exception {
        Path script = tmp.resolve("dropped.py");
        Path go = tmp.resolve("go");
        Files.writeString(script, SCRIPT);
        ProcessBuilder pb = new ProcessBuilder(JarRunner.command(List.of(), "--engine", engine, script.toString(),
            go.toString())).redirectErrorStream(true);
        pb.environment().put("PYWIN32JVM_WNET_HOSTS", "FAULT=127.0.0.1:" + samba.port());
        pb.environment().put("PYWIN32JVM_WNET_SERVERS", "FAULT");
        pb.environment().put("PYWIN32JVM_WNET_TIMEOUT", String.valueOf(TIMEOUT));
        pb.environment().put("PYWIN32JVM_WNET_REMEMBERED", tmp.resolve("remembered.properties").toString());
        pb.environment().put("FAULT_USER", samba.user());
        pb.environment().put("FAULT_PASSWORD", samba.password());
        Process p = pb.start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                out.add(l);
                if (!l.equals("READY")) continue;
                // the server goes away: its connections die and nothing listens any more
                samba.signalConnections("KILL");
                samba.stop();
                Files.writeString(go, "");
            }
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join("\n", out));
        } finally {
            p.destroyForcibly();
            if (!Files.exists(samba.dir().resolve("samba/smbd.pid"))
                || !ProcessHandle.of(samba.master()).map(ProcessHandle::isAlive).orElse(false)) {
                samba.start();       // back for the other engine
            }
        }
        String all = String.join("\n", out);
        assertEquals(0, p.exitValue(), all);
        assertTrue(out.contains("before True"), all);
        for (String[] want : new String[][] {{"listdir", "2", "53"}, {"stat", "2", "53"}, {"unc", "2", "53"},
            {"open", "2", "None"}}) {
            String line = out.stream().filter(l -> l.startsWith(want[0] + " ")).findFirst().orElse(null);
            assertTrue(line != null && line.startsWith(want[0] + " errno=" + want[1] + " winerror=" + want[2] + " ")
                && line.endsWith(" java=False"), want[0] + ": " + line + "\n" + all);
            long ms = Long.parseLong(line.replaceAll(".* ms=(\\d+) .*", "$1"));
            assertTrue(ms < TIMEOUT + SmbFaultTest.SLACK_MS, want[0] + " took " + ms + " ms\n" + all);
        }
    }
}
