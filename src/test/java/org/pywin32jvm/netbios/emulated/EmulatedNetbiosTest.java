package org.pywin32jvm.netbios.emulated;

import static org.junit.jupiter.api.Assertions.*;

import java.net.NetworkInterface;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pywin32jvm.netbios.Ncb;

/** The Netbios emulation against this machine's interfaces. */
class EmulatedNetbiosTest {
    final EmulatedNetbios nb = new EmulatedNetbios();

    static Ncb ncb(int command, int lana, int buflen) {
        Ncb n = new Ncb();
        n.command = (byte) command;
        n.lanaNum = (byte) lana;
        n.buffer = buflen < 0 ? null : new byte[buflen];
        return n;
    }

    @Test
    void enumResetAstatGiveTheRealMacs() throws Exception {
        Set<String> real = new HashSet<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            byte[] mac = ni.getHardwareAddress();
            if (!ni.isLoopback() && !ni.isVirtual() && mac != null && mac.length == 6) real.add(hex(mac));
        }
        Ncb e = ncb(0x37, 0, 256);
        assertEquals(0, nb.netbios(e));
        int count = e.buffer[0];
        assertEquals(real.size(), count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            assertEquals(0, nb.netbios(ncb(0x32, e.buffer[1 + i], -1)));
            Ncb a = ncb(0x33, e.buffer[1 + i], 60);
            a.callname[0] = '*';
            assertEquals(0, nb.netbios(a));
            assertEquals(0, a.retcode);
            seen.add(hex(java.util.Arrays.copyOf(a.buffer, 6)));
        }
        assertEquals(real, seen);
    }

    @Test
    void failuresAreReturnCodes() {
        assertEquals(0x01, nb.netbios(ncb(0x37, 0, 0)));          // short LANA_ENUM buffer
        assertEquals(0x23, nb.netbios(ncb(0x32, 250, -1)));        // bad LANA
        assertEquals(0x03, nb.netbios(ncb(0x10, 0, -1)));          // NCBCALL
        Ncb a = ncb(0x33, 0, 10);
        a.callname[0] = '*';
        int rc = nb.netbios(a);
        assertTrue(rc == 0x01 || rc == 0x23, "rc " + rc);          // short buffer (or no adapter at all)
        assertEquals((byte) rc, a.retcode);
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) s.append(String.format("%02x", x));
        return s.toString();
    }
}
