package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.ras.DialParams;
import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.RasApi.DialResult;
import org.pywin32jvm.ras.RasApi.Notifier;
import org.pywin32jvm.ras.RasBackends;
import org.pywin32jvm.ras.windows.JnaRasApi;
import org.pywin32jvm.win32.ErrorMessages;
import org.pywin32jvm.win32.Win32Exception;

/**
 * JnaRasApi through the RasApi interface against the native stand-in: the real JNA mappings, structures
 * and protocols, with rasapi32's documented behaviour imitated in C (native/standin/rasapi32.c).
 */
class StandinRasTest {
    static final int RASCS_AUTHENTICATE = 5;
    static final int RASCS_CONNECTED = 0x2000;
    static final DialParams GOOD = DialParams.of("Office VPN", "", "", "alice", "secret", "");

    static Standin.Control control;
    static JnaRasApi jna;
    static RasApi ras;

    @BeforeAll
    static void start() {
        control = Standin.control();
        System.setProperty("pywin32jvm.ras", "windows");
        try {
            ras = RasBackends.create();                      // the configuration switch the lead uses
        } finally {
            System.clearProperty("pywin32jvm.ras");
        }
        jna = (JnaRasApi) ras;
    }

    @AfterAll
    static void stop() {
        ErrorMessages.useNative(null, null);                 // leave no stand-in texts to later tests
    }

    @BeforeEach
    @AfterEach
    void reset() {
        control.pywin32jvm_standin_control(null, 0);
        control.pywin32jvm_standin_ras_reset();
    }

    static Win32Exception fails(int code, String funcname, org.junit.jupiter.api.function.Executable call) {
        Win32Exception e = assertThrows(Win32Exception.class, call);
        assertEquals(code, e.winerror, "winerror");
        assertEquals(funcname, e.funcname, "funcname");
        return e;
    }

    @Test
    void describesTheLibrary() {
        assertTrue(ras.describe().startsWith("windows (JNA, rasapi32 from libpywin32jvm-standin"), ras.describe());
    }

    @Test
    void enumEntriesUsesTheSizeNegotiation() {
        assertArrayEquals(new String[] {"Office VPN", "Home ISP"}, ras.enumEntries(null, null));
        control.pywin32jvm_standin_control("ras.entries.extra", 5);    // 7 names: more than the first 3-entry buffer
        String[] names = ras.enumEntries(null, null);
        assertEquals(7, names.length);
        assertEquals("Extra 5", names[6]);
        control.pywin32jvm_standin_control("ras.entries.extra", 0);
        fails(87, "RasEnumEntries", () -> ras.enumEntries("reserved", null));
        fails(621, "RasEnumEntries", () -> ras.enumEntries(null, "/tmp/other.pbk"));
        assertEquals(2, ras.enumEntries(null, "/any/dir/standin.pbk").length);
    }

    @Test
    void synchronousDialFailureStillReturnsAHandle() {
        DialResult r = ras.dial(null, null, DialParams.of("Office VPN", "", "", "alice", "wrong"), new Notifier.Sync());
        assertEquals(691, r.rc());
        assertNotEquals(0, r.handle());
        RasApi.ConnectStatus s = ras.getConnectStatus(r.handle());
        assertEquals(RASCS_AUTHENTICATE, s.state());
        assertEquals(691, s.error());
        assertEquals("vpn", s.deviceType());
        assertEquals("Stand-in VPN (PPTP)", s.deviceName());
        ras.hangUp(r.handle());
        fails(6, "RasHangup", () -> ras.hangUp(r.handle()));             // already closed
        fails(6, "RasGetConnectStatus", () -> ras.getConnectStatus(r.handle()));
    }

    @Test
    void unknownEntryAndPhonebook() {
        assertEquals(new DialResult(0, 623), ras.dial(null, null, DialParams.of("Nowhere"), new Notifier.Sync()));
        assertEquals(new DialResult(0, 621), ras.dial(null, "C:\\other.pbk", GOOD, new Notifier.Sync()));
    }

    @Test
    void dialExtensionsDwSize() {
        // pywin32's RASDIALEXTENSIONS() never sets dwSize: Windows answers 632 ERROR_INVALID_SIZE
        assertEquals(new DialResult(0, 632), ras.dial(new RasApi.DialExtensions(0, 0, 0, 0, 0), null, GOOD, new Notifier.Sync()));
        DialResult ok = ras.dial(new RasApi.DialExtensions(60, 0, 0, 0, 0), null, GOOD, new Notifier.Sync());
        assertEquals(0, ok.rc());
        ras.hangUp(ok.handle());
    }

    record Event(long handle, int msg, int state, int error, int ext, Thread thread) {}

    @Test
    void func1CallbackSequenceArrivesOnTheNativeThread() throws Exception {
        List<Event> events = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        int kept = jna.liveCallbackCount();           // earlier tests' dials hung up mid-way keep theirs
        DialResult r = ras.dial(null, null, GOOD, new Notifier.Func1((h, msg, state, err, ext) -> {
            events.add(new Event(h, msg, state, err, ext, Thread.currentThread()));
            if (state == RASCS_CONNECTED) done.countDown();
        }));
        assertEquals(0, r.rc());
        assertTrue(done.await(10, TimeUnit.SECONDS), "Connected never arrived: " + events);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 14, RASCS_CONNECTED), events.stream().map(Event::state).toList());
        for (Event e : events) {
            assertEquals(r.handle(), e.handle());
            assertEquals(RasApi.WM_RASDIALEVENT, e.msg());
            assertEquals(0, e.error());
            assertNotEquals(Thread.currentThread(), e.thread());
        }
        waitFor(() -> jna.liveCallbackCount() == kept);   // released after the terminal state
        assertEquals(RASCS_CONNECTED, ras.getConnectStatus(r.handle()).state());
        ras.hangUp(r.handle());
    }

    @Test
    void callbackStaysReachableThroughGarbageCollection() throws Exception {
        control.pywin32jvm_standin_control("ras.dial.step_ms", 30);
        CountDownLatch done = new CountDownLatch(1);
        DialResult r = ras.dial(null, null, GOOD, new Notifier.Func1((h, msg, state, err, ext) -> {
            if (state == RASCS_CONNECTED) done.countDown();
        }));
        for (int i = 0; i < 20 && done.getCount() > 0; i++) {
            System.gc();
            byte[][] garbage = new byte[200][];
            for (int j = 0; j < garbage.length; j++) garbage[j] = new byte[10_000];
            Thread.sleep(15);
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        ras.hangUp(r.handle());
    }

    @Test
    void failedAuthenticationIsReportedThroughTheCallback() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        int[] last = new int[2];
        DialResult r = ras.dial(null, null, DialParams.of("Office VPN", "", "", "alice", "nope"),
            new Notifier.Func1((h, msg, state, err, ext) -> {
                if (err != 0) { last[0] = state; last[1] = err; done.countDown(); }
            }));
        assertEquals(0, r.rc());
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(RASCS_AUTHENTICATE, last[0]);
        assertEquals(691, last[1]);
        ras.hangUp(r.handle());
    }

    @Test
    void aCallbackThatThrowsDoesNotReachNativeCode() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        DialResult r = ras.dial(null, null, GOOD, new Notifier.Func1((h, msg, state, err, ext) -> {
            if (state == RASCS_CONNECTED) done.countDown();
            throw new IllegalStateException("script error in callback");
        }));
        assertTrue(done.await(10, TimeUnit.SECONDS), "the sequence went on after the exceptions");
        assertEquals(RASCS_CONNECTED, ras.getConnectStatus(r.handle()).state());
        ras.hangUp(r.handle());
    }

    @Test
    void aHangingCallbackDoesNotBlockHangUp() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> states = java.util.Collections.synchronizedList(new ArrayList<>());
        DialResult r = ras.dial(null, null, GOOD, new Notifier.Func1((h, msg, state, err, ext) -> {
            states.add(state);
            entered.countDown();
            try { release.await(10, TimeUnit.SECONDS); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }));
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        assertEquals(0, ras.getConnectStatus(r.handle()).state());
        ras.hangUp(r.handle());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "hang-up waited for the callback");
        release.countDown();
        Thread.sleep(100);
        assertEquals(List.of(0), states, "no notification after the hang-up");
    }

    @Test
    void hwndNotifierDialsAsynchronously() {
        DialResult r = ras.dial(null, null, GOOD, new Notifier.Hwnd(0x1234));
        assertEquals(0, r.rc());
        waitFor(() -> ras.getConnectStatus(r.handle()).state() == RASCS_CONNECTED);
        ras.hangUp(r.handle());
    }

    @Test
    void enumConnectionsGrowsTheBufferAndReadsPackedHandles() {
        DialResult a = ras.dial(null, null, GOOD, new Notifier.Sync());
        DialResult b = ras.dial(null, null, DialParams.of("Home ISP", "", "", "bob", "secret"), new Notifier.Sync());
        RasApi.Connection[] c = ras.enumConnections();                    // first buffer holds one: 603, retry
        assertEquals(2, c.length);
        assertEquals(new RasApi.Connection(a.handle(), "Office VPN", "vpn", "Stand-in VPN (PPTP)"), c[0]);
        assertEquals(new RasApi.Connection(b.handle(), "Home ISP", "modem", "Stand-in Modem"), c[1]);
        ras.hangUp(a.handle());
        ras.hangUp(b.handle());
        assertEquals(0, ras.enumConnections().length);
    }

    @Test
    void aLibraryThatAnswersWrongSizesGivesWin32Errors() {
        DialResult a = ras.dial(null, null, GOOD, new Notifier.Sync());
        control.pywin32jvm_standin_control("ras.enum.size", 1);           // claims 1000 more entries than fit
        fails(632, "RasEnumConnections", ras::enumConnections);
        control.pywin32jvm_standin_control("ras.enum.size", 2);           // "too small" with size 0
        fails(603, "RasEnumConnections buffer size is invalid", ras::enumConnections);   // code: GetLastError()
        control.pywin32jvm_standin_control("ras.enum.size", 3);           // grows forever
        fails(603, "RasEnumConnections", ras::enumConnections);
        control.pywin32jvm_standin_control("ras.enum.size", 0);
        assertEquals(1, ras.enumConnections().length);
        ras.hangUp(a.handle());
    }

    @Test
    void handlesFromElsewhereAreInvalidHandles() {
        for (long h : new long[] {0, 0x7fff1234L, -2, Long.MIN_VALUE, 0x10000}) {
            fails(6, "RasGetConnectStatus", () -> ras.getConnectStatus(h));
            fails(6, "RasHangup", () -> ras.hangUp(h));
        }
    }

    @Test
    void entryDialParamsRoundTripWithAnOpaquePassword() {
        ras.setEntryDialParams(null, DialParams.of("Office VPN", "", "", "alice", "secret", "CORP"), false);
        RasApi.EntryDialParams got = ras.getEntryDialParams(null, "Office VPN");
        assertTrue(got.passwordRetrieved());
        assertEquals("alice", got.params().userName());
        assertEquals("CORP", got.params().domain());
        assertNotEquals("secret", got.params().password());               // Windows hands back a token
        DialResult r = ras.dial(null, null, got.params(), new Notifier.Sync());   // which RasDial accepts
        assertEquals(0, r.rc());
        ras.hangUp(r.handle());
        ras.setEntryDialParams(null, DialParams.of("Office VPN", "", "", "alice"), true);
        assertFalse(ras.getEntryDialParams(null, "Office VPN").passwordRetrieved());
        fails(623, "RasGetEntryDialParams", () -> ras.getEntryDialParams(null, "Nowhere"));
        fails(623, "SetEntryDialParams", () -> ras.setEntryDialParams(null, DialParams.of("Nowhere"), false));
        // pywin32 silently cuts the entry name to 256 characters here
        fails(623, "RasGetEntryDialParams", () -> ras.getEntryDialParams(null, "x".repeat(5000)));
    }

    @Test
    void wideStringsRoundTripAsUtf16() {
        String user = "J\u00fcrgen \u4e2d\u6587 \ud83d\ude00";             // Latin-1, CJK, a surrogate pair
        ras.setEntryDialParams(null, DialParams.of("Home ISP", "", "", user, "", "\u00c4\u00d6"), false);
        RasApi.EntryDialParams got = ras.getEntryDialParams(null, "Home ISP");
        assertEquals(user, got.params().userName());
        assertEquals("\u00c4\u00d6", got.params().domain());
        assertEquals("Home ISP", got.params().entryName());
    }

    @Test
    void tooLongStringsNeverReachTheStructure() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ras.dial(null, null, DialParams.of("Office VPN", "", "", "", "", "D".repeat(16)), new Notifier.Sync()));
        assertEquals("<RasDialParams conversion>: String size (16) greater than acceptable size (15)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
            () -> ras.setEntryDialParams(null, DialParams.of("E".repeat(257)), false));
        assertEquals("<RasDialParams conversion>: String size (257) greater than acceptable size (256)", e.getMessage());
        // exactly at the limit is fine
        assertEquals(623, ras.dial(null, null, DialParams.of("E".repeat(256)), new Notifier.Sync()).rc());
    }

    @Test
    void embeddedNulEndsTheStringAsForAWideApi() {
        DialResult r = ras.dial(null, null, DialParams.of("Office VPN\0junk", "", "", "alice", "secret"), new Notifier.Sync());
        assertEquals(0, r.rc());
        ras.hangUp(r.handle());
    }

    @Test
    void errorStringsComeFromRasGetErrorString() {
        assertEquals("The system could not find the phone book entry for this connection.", ras.getErrorString(623));
        fails(87, "RasGetErrorString", () -> ras.getErrorString(5));
        control.pywin32jvm_standin_control("ras.errorstring.mark", 1);
        assertEquals("[stand-in] The structure size is incorrect.", Win32Exception.ras(632, "RasDial").strerror);
        assertEquals("[stand-in] The structure size is incorrect.", ErrorMessages.rasOnly(632));
    }

    @Test
    void phonebookDialogsAndEapIdentity() {
        ras.createPhonebookEntry(0, null);
        ras.editPhonebookEntry(0, null, "Home ISP");
        fails(623, "RasEditPhonebookEntry", () -> ras.editPhonebookEntry(0, null, "Nowhere"));
        fails(621, "RasCreatePhonebookEntry", () -> ras.createPhonebookEntry(0, "C:\\x.pbk"));
        RasApi.EapUserIdentity id = ras.getEapUserIdentity(null, "Office VPN", 0, 0);
        assertEquals("eapuser", id.userName());
        assertArrayEquals(new byte[] {(byte) 0xEA, 1, 2, 3}, id.eapInfo());
        fails(812, "RasGetEapUserIdentity", () -> ras.getEapUserIdentity(null, "Home ISP", 0, 0));
    }

    static void waitFor(java.util.function.BooleanSupplier cond) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out");
            try { Thread.sleep(5); } catch (InterruptedException e) { throw new AssertionError(e); }
        }
    }

    static String show(Object[] a) { return Arrays.toString(a); }
}
