package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.netbios.Ncb;
import org.pywin32jvm.netbios.NetbiosApi;
import org.pywin32jvm.netbios.NetbiosBackends;
import org.pywin32jvm.netbios.windows.JnaNetbios;

/** JnaNetbios through NetbiosApi against the stand-in (native/standin/netapi32.c): pywin32's MAC recipe. */
class StandinNetbiosTest {
    static final byte NCBENUM = 0x37;
    static final byte NCBRESET = 0x32;
    static final byte NCBASTAT = 0x33;

    static NetbiosApi nb;

    @BeforeAll
    static void start() {
        Standin.library();
        System.setProperty("pywin32jvm.netbios", "windows");
        try {
            nb = NetbiosBackends.create();
        } finally {
            System.clearProperty("pywin32jvm.netbios");
        }
        assertTrue(nb instanceof JnaNetbios);
    }

    static Ncb ncb(byte command, int lana, int bufferSize) {
        Ncb n = new Ncb();
        n.command = command;
        n.lanaNum = (byte) lana;
        n.buffer = bufferSize < 0 ? null : new byte[bufferSize];
        return n;
    }

    @Test
    void macAddressRecipe() {
        Ncb e = ncb(NCBENUM, 0, 256);
        assertEquals(0, nb.netbios(e));
        assertEquals(0, e.retcode);
        assertEquals(1, e.buffer[0]);                                  // one LANA
        int lana = e.buffer[1];
        assertEquals(0, nb.netbios(ncb(NCBRESET, lana, -1)));
        Ncb a = ncb(NCBASTAT, lana, 600);
        Arrays.fill(a.callname, (byte) ' ');
        a.callname[0] = '*';
        assertEquals(0, nb.netbios(a));
        assertArrayEquals(new byte[] {0x02, 0x00, 0x5E, 0x10, 0x20, 0x30}, Arrays.copyOf(a.buffer, 6));
        assertEquals('*', a.callname[0]);
    }

    @Test
    void returnCodesAsWindowsGivesThem() {
        Ncb small = ncb(NCBASTAT, 0, 20);
        assertEquals(0x06, nb.netbios(small));                           // NRC_INCOMP, partial answer copied back
        assertEquals(0x02, small.buffer[0]);
        assertEquals(0x23, nb.netbios(ncb(NCBRESET, 1, -1)));            // NRC_BRIDGE: no such LANA
        Ncb ill = ncb((byte) 0x7F, 0, -1);
        assertEquals(0x03, nb.netbios(ill));                            // NRC_ILLCMD
        assertEquals(0x03, ill.retcode);
        assertEquals(0x03, ill.cmdCplt);
        assertEquals(0x01, nb.netbios(ncb(NCBENUM, 0, -1)));            // NRC_BUFLEN: no buffer
        assertEquals(0x01, nb.netbios(ncb(NCBENUM, 0, 70_000)));         // longer than a WORD
    }

    @Test
    void asynchCommandsCompleteBeforeReturning() {
        Ncb e = ncb((byte) (NCBENUM | 0x80), 0, 256);
        e.post = 0x1234;                                                // never handed to Windows as code
        assertEquals(0, nb.netbios(e));
        assertEquals(1, e.buffer[0]);
    }
}
