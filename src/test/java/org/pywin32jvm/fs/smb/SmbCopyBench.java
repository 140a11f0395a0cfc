package org.pywin32jvm.fs.smb;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;

import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;

import org.pywin32jvm.fs.WinPath;
import org.pywin32jvm.wnet.NetResource;
import org.pywin32jvm.wnet.smb.HostMap;
import org.pywin32jvm.wnet.smb.SmbSettings;
import org.pywin32jvm.wnet.smb.SmbWNet;

/**
 * Not a test: the Java half of the file benchmark, for profiling the data path without Python
 * (by hand, e.g. under JDK Flight Recorder: java -XX:StartFlightRecording=... -cp target/classes:target/test-classes:DEPS).
 * Args: FILE_ON_SHARE LOCAL_FILE ROUNDS; environment: the Samba fixture's (scripts/fixtures/samba.sh).
 * Reads the file off \\TESTSRV\data through {@link SmbChannel} in 1 MiB pieces into
 * a local file, then writes the local file back to the share under another name; prints KEY VALUE lines.
 */
public final class SmbCopyBench {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        Path local = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String port = System.getenv("PYWIN32JVM_TEST_SMB_PORT");
        SmbSettings settings = new SmbSettings(HostMap.parse("TESTSRV=127.0.0.1:" + port), null, null, null, 10000,
            Path.of(args[1] + ".remembered"), true, List.of("TESTSRV"));
        try (SmbWNet wnet = new SmbWNet(settings)) {
            wnet.addConnection2(new NetResource(0, 1, 0, 0, "Z:", "\\\\TESTSRV\\data", null, null),
                System.getenv("PYWIN32JVM_TEST_SMB_PASSWORD"), System.getenv("PYWIN32JVM_TEST_SMB_USER"), 0);
            SmbFiles files = new SmbFiles(wnet);
            DiskShare share = wnet.diskShare("TESTSRV", "data", "bench");
            Session s = share.getTreeConnect().getSession();
            var proto = s.getConnection().getNegotiatedProtocol();
            System.out.println("dialect " + proto.getDialect());
            System.out.println("max_read " + proto.getMaxReadSize() + " max_write " + proto.getMaxWriteSize());
            System.out.println("signing_required " + s.isSigningRequired()
                + " signing_key " + (s.getSessionContext().getSigningKey() != null)
                + " encrypt " + s.getSessionContext().isEncryptData());
            // measurement only: BENCH_NOSIGN=1 drops the session's signing key (as smbclient, which signs only the
            // logon when the server does not require signing), to show what the signatures cost
            if (System.getenv("BENCH_NOSIGN") != null) s.getSessionContext().setSigningKey(null);
            WinPath src = files.route("Z:\\" + name);
            WinPath back = files.route("Z:\\" + name + ".back");
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime(), n = 0;
                cpu0 = OS.getProcessCpuTime();
                try (SmbChannel in = files.open(src, "rb", "bench");
                     FileChannel out = FileChannel.open(local, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                    for (int r; (r = in.read(buf.clear())) > 0; ) {
                        n += r;
                        out.write(buf.flip());
                    }
                }
                report("read", n, t0);
                t0 = System.nanoTime();
                n = 0;
                try (FileChannel in = FileChannel.open(local);
                     SmbChannel out = files.open(back, EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING), "bench")) {
                    for (int r; (r = in.read(buf.clear())) > 0; ) {
                        n += r;
                        out.write(buf.flip());
                    }
                }
                report("write", n, t0);
            }
            files.delete(back, "bench");
            wnet.cancelConnection2("Z:", 0, true);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static long cpu0 = OS.getProcessCpuTime();

    /** Wall time, throughput and the process's CPU time (all threads, GC included): CPU is what load does not skew. */
    private static void report(String what, long bytes, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        long cpu = OS.getProcessCpuTime();
        System.out.printf("%s_s %.3f %s_mb_s %.1f %s_cpu_s %.3f%n", what, s, what, bytes / 1048576.0 / s, what,
            (cpu - cpu0) / 1e9);
        cpu0 = cpu;
    }
}
