package org.pywin32jvm.ras.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.dialer.DialRequest;
import org.pywin32jvm.win32.Win32Exception;

class SimDialerTest {
    // these tests are about the built-in plan: a scenario another test of this JVM left set must not apply
    private String savedScenario;

    @BeforeEach
    void builtInScenario() {
        savedScenario = System.clearProperty("pywin32jvm.ras.sim.scenario");
    }

    @AfterEach
    void restoreScenario() {
        if (savedScenario != null) System.setProperty("pywin32jvm.ras.sim.scenario", savedScenario);
    }

    static DialRequest req(String entry, String user, String pw) {
        return new DialRequest(entry, "", "vpn", "dev", user, pw, "");
    }

    @Test
    void parsesEveryKey() throws Exception {
        Scenario s = ScenarioParser.parse("[Work]\nstates = OpenPort, RASCS_ConnectDevice:20, 3, Authenticate, Connected\n"
            + "accept = CORP\\alice:pa:ss\ndevice-type = pppoe\ndevice-name = eth0\ndrop-after = 100\n"
            + "fail = 651 at 3\n[*]\ndelay = 5\n");
        Scenario.Plan p = s.planFor("WORK");
        assertEquals(List.of(new Scenario.Step(0, 0), new Scenario.Step(2, 20), new Scenario.Step(3, 0),
            new Scenario.Step(5, 0), new Scenario.Step(0x2000, 0)), p.steps());
        assertTrue(p.accepts("corp", "ALICE", "pa:ss"));
        assertFalse(p.accepts("other", "alice", "pa:ss"));
        assertEquals(651, p.failCode());
        assertEquals(3, p.failState());
        assertEquals(100, p.dropAfterMs());
        assertEquals("pppoe", p.deviceType());
        assertEquals(5, s.planFor("anything").steps().get(0).delayMs());
        assertFalse(p.accepted().toString().contains("pa:ss"));
    }

    @Test
    void rejectsBadScenarios() {
        for (String bad : new String[] {"[x]\nstates = OpenPort\n", "[x]\nstates = Nope, Connected\n",
            "[x]\nfail = sometimes\n", "[x]\nfail = 651 at Projected\n", "[x]\ndelay = -1\n",
            "[x]\naccept = nocolon\n", "garbage\n", "[x]\nstates = OpenPort:abc, Connected\n"}) {
            assertThrows(ScenarioParser.ScenarioException.class, () -> ScenarioParser.parse(bad), bad);
        }
    }

    @Test
    void callbacksInOrderFromOtherThreadsAndPoolStaysBounded() throws Exception {
        SimDialer d = new SimDialer();
        int dials = 64;
        CountDownLatch done = new CountDownLatch(dials);
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread main = Thread.currentThread();
        for (int i = 0; i < dials; i++) {
            List<Integer> states = new CopyOnWriteArrayList<>();
            RasApi.DialResult r = d.dial(req("x", "u", "p"), new RasApi.Notifier.Func1((h, msg, st, err, ext) -> {
                if (Thread.currentThread() == main) problems.add("callback on the dialling thread");
                if (msg != RasApi.WM_RASDIALEVENT) problems.add("msg " + msg);
                states.add(st);
                if (st == 0x2000) {
                    if (!states.equals(List.of(0, 1, 2, 3, 4, 5, 6, 10, 14, 0x2000))) problems.add("order " + states);
                    done.countDown();
                }
            }));
            assertEquals(0, r.rc());
            assertTrue(d.poolThreads() <= SimDialer.THREADS);
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(), problems);
        assertEquals(dials, d.enumConnections().length);
        for (RasApi.Connection c : d.enumConnections()) d.hangUp(c.handle());
        assertEquals(0, d.enumConnections().length);
        assertEquals(6, assertThrows(Win32Exception.class, () -> d.getConnectStatus(0x10000)).winerror);
        // idle pool threads go away: no thread outlives the dials by more than the 2 s keep-alive
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (d.poolThreads() > 0 && System.nanoTime() < end) Thread.sleep(50);
        assertEquals(0, d.poolThreads());
    }

    @Test
    void syncDialWithoutScenarioConnects() {
        SimDialer d = new SimDialer();
        RasApi.DialResult r = d.dial(req("x", "", ""), new RasApi.Notifier.Sync());
        assertEquals(0, r.rc());
        assertEquals(0x2000, d.getConnectStatus(r.handle()).state());
        d.hangUp(r.handle());
        assertFalse(d.owns(r.handle()));
    }

    @Test
    void interruptedSyncDialLeavesNoConnection() {
        SimDialer d = new SimDialer();
        Thread.currentThread().interrupt();     // as Ctrl-C does to a dial waiting between states
        RasApi.DialResult r;
        try {
            r = d.dial(req("x", "", ""), new RasApi.Notifier.Sync());
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is left for the engine");
        }
        assertEquals(0, r.handle());
        assertEquals(631, r.rc());
        assertEquals(0, d.enumConnections().length);
    }
}
