package org.pywin32jvm.windows;

import java.util.Arrays;
import java.util.Locale;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

import org.pywin32jvm.ras.DialParams;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.windows.JnaRasApi;
import org.pywin32jvm.ras.windows.RASCONNSTATUSW;
import org.pywin32jvm.ras.windows.Rasapi32;
import org.pywin32jvm.runtime.PythonEngine;
import org.pywin32jvm.runtime.Pywin32Jvm;
import org.pywin32jvm.win32.jna.Handles;
import org.pywin32jvm.win32.jna.Wide;
import org.pywin32jvm.wnet.windows.JnaWNetApi;
import org.pywin32jvm.wnet.windows.Mpr;

/**
 * Benchmark (not a test), run by scripts/bench/windows.sh against the stand-in: the per-call cost of
 * WNetGetUser and RasGetConnectStatus
 * <ol>
 * <li>straight from Java through JNA (the raw interface, doing what pywin32 does: size probe + call, or
 *   dwSize + call + reading the fields, written as fast as we know how),</li>
 * <li>through the backend (JnaWNetApi / JnaRasApi),</li>
 * <li>through the Python face (win32wnet.WNetGetUser / win32ras.GetConnectStatus) under each engine.</li>
 * </ol>
 * Median of several rounds, all in one JVM, side by side. Usage: WindowsBench [rounds].
 */
public final class WindowsBench {
    private WindowsBench() {}

    interface Body { void run(int n); }

    static double perCallNanos(Body body, int n, int rounds) {
        body.run(n);                                           // warm-up
        body.run(n);
        double[] r = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            body.run(n);
            r[i] = (System.nanoTime() - t0) / (double) n;
        }
        Arrays.sort(r);
        return r[rounds / 2];
    }

    static void row(String what, double ns, double base) {
        System.out.printf(Locale.ROOT, "  %-46s %10.2f us/call  %6.2fx%n", what, ns / 1000, ns / base);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String lib = System.getProperty("pywin32jvm.windows.library");
        if (lib == null) throw new IllegalStateException("-Dpywin32jvm.windows.library=<stand-in> is required");
        Mpr mpr = Native.load(lib, Mpr.class);
        Rasapi32 ras = Native.load(lib, Rasapi32.class);
        JnaWNetApi wnet = new JnaWNetApi(mpr, "bench");
        JnaRasApi rasApi = new JnaRasApi(ras, "bench");
        RasApi.DialResult dial = rasApi.dial(null, null, DialParams.of("Office VPN", "", "", "alice", "secret"),
            new RasApi.Notifier.Sync());
        long h = dial.handle();

        double rawUser = perCallNanos(n -> {
            for (int i = 0; i < n; i++) {
                IntByReference len = new IntByReference(0);
                mpr.WNetGetUserW(null, null, len);
                Memory buf = new Memory(len.getValue() * 2L);
                if (mpr.WNetGetUserW(null, buf, len) != 0) throw new AssertionError();
                Wide.read(buf, len.getValue());
            }
        }, 20_000, rounds);
        double rawStatus = perCallNanos(n -> {
            Pointer hp = Handles.pointer(h);
            for (int i = 0; i < n; i++) {
                Memory s = new Memory(RASCONNSTATUSW.SIZE);
                s.clear();
                s.setInt(0, RASCONNSTATUSW.SIZE);
                if (ras.RasGetConnectStatusW(hp, s) != 0) throw new AssertionError();
                s.getInt(RASCONNSTATUSW.OFF_STATE);
                s.getInt(RASCONNSTATUSW.OFF_ERROR);
                Wide.read(s.share(RASCONNSTATUSW.OFF_DEVICE_TYPE), 16);
                Wide.read(s.share(RASCONNSTATUSW.OFF_DEVICE_NAME), 128);
            }
        }, 20_000, rounds);
        double apiUser = perCallNanos(n -> { for (int i = 0; i < n; i++) wnet.getUser(null); }, 20_000, rounds);
        double apiStatus = perCallNanos(n -> { for (int i = 0; i < n; i++) rasApi.getConnectStatus(h); }, 20_000, rounds);

        System.out.println("WNetGetUser() against the stand-in (median of " + rounds + " rounds):");
        row("Java -> JNA (raw interface, same protocol)", rawUser, rawUser);
        row("Java -> JnaWNetApi.getUser", apiUser, rawUser);
        double[] faceUser = new double[2];
        double[] faceStatus = new double[2];
        double[] bareUser = new double[2];
        double[] bareStatus = new double[2];
        System.setProperty("pywin32jvm.wnet", "windows");       // what _jvm.backend() hands the faces
        System.setProperty("pywin32jvm.ras", "windows");
        String[] engines = {"jython", "graalpy"};
        for (int e = 0; e < 2; e++) {
            try (PythonEngine py = Pywin32Jvm.engine(engines[e])) {
                String[] setups = {
                    "import win32wnet\nf = win32wnet.WNetGetUser\n",
                    "import win32ras\nf = win32ras.GetConnectStatus\nh = " + h + "\n",
                    // the Java call a face makes, from Python, without the face's argument rules and tuples
                    "import _jvm\nf = _jvm.backend('wnet').getUser\n",
                    "import _jvm\nf = _jvm.backend('ras').getConnectStatus\nh = " + h + "\n"};
                String[] calls = {"f()", "f(h)", "f(None)",
                    "r = f(h); (r.state(), r.error(), r.deviceType(), r.deviceName())"};
                double[] r = faces(py, setups, calls, rounds);
                faceUser[e] = r[0];
                faceStatus[e] = r[1];
                bareUser[e] = r[2];
                bareStatus[e] = r[3];
            }
        }
        for (int e = 0; e < 2; e++) row(engines[e] + ": _jvm.backend('wnet').getUser(None)", bareUser[e], rawUser);
        for (int e = 0; e < 2; e++) {
            if (faceUser[e] > 0) row(engines[e] + ": win32wnet.WNetGetUser()", faceUser[e], rawUser);
            else System.out.println("  " + engines[e] + ": win32wnet.WNetGetUser() not available in this tree");
        }
        System.out.println("RasGetConnectStatus(h) against the stand-in:");
        row("Java -> JNA (raw interface, same protocol)", rawStatus, rawStatus);
        row("Java -> JnaRasApi.getConnectStatus", apiStatus, rawStatus);
        for (int e = 0; e < 2; e++) row(engines[e] + ": _jvm.backend('ras').getConnectStatus(h)", bareStatus[e], rawStatus);
        for (int e = 0; e < 2; e++) {
            if (faceStatus[e] > 0) row(engines[e] + ": win32ras.GetConnectStatus(h)", faceStatus[e], rawStatus);
            else System.out.println("  " + engines[e] + ": win32ras.GetConnectStatus(h) not available in this tree");
        }
        double again = perCallNanos(n -> { for (int i = 0; i < n; i++) wnet.getUser(null); }, 20_000, rounds);
        row("(Java -> JnaWNetApi.getUser again, after the engines ran)", again, rawUser);
        rasApi.hangUp(h);
    }

    /**
     * Per-call nanoseconds of each {@code calls[i]} (run after {@code setups[i]}) timed inside Python, median of
     * rounds, or -1 where it fails. Every body is warmed up first (an interpreted engine gets much faster over its
     * first tens of thousands of calls, as HotSpot compiles the interpreter's own paths) and the rounds interleave
     * the bodies, so none is measured colder or under different load than the others.
     */
    static double[] faces(PythonEngine py, String[] setups, String[] calls, int rounds) {
        double[][] r = new double[calls.length][rounds];
        boolean[] ok = new boolean[calls.length];
        for (int i = 0; i < calls.length; i++) {
            try {
                py.exec("def _setup_" + i + "():\n    global f, h\n"
                    + setups[i].lines().map(l -> "    " + l + "\n").reduce("", String::concat)
                    + "    return f, globals().get('h')\n"
                    + "import time\n"
                    + "def _bench_" + i + "(n, _s=_setup_" + i + "()):\n    f, h = _s\n    t0 = time.time()\n"
                    + "    for _ in range(n):\n        " + calls[i] + "\n"
                    + "    return (time.time() - t0) * 1e9 / n\n"
                    + "for _ in range(10):\n    _bench_" + i + "(2000)\n");
                ok[i] = true;
            } catch (RuntimeException e) {
                System.out.println("  (" + py.name() + ": " + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        for (int k = 0; k < rounds; k++) {
            for (int i = 0; i < calls.length; i++) {
                if (ok[i]) r[i][k] = ((Number) py.eval("_bench_" + i + "(5000)")).doubleValue();
            }
        }
        double[] med = new double[calls.length];
        for (int i = 0; i < calls.length; i++) {
            Arrays.sort(r[i]);
            med[i] = ok[i] ? r[i][rounds / 2] : -1;
        }
        return med;
    }
}
