package org.pywin32jvm.wnet.smb;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import java.util.Random;

import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** The JDK-backed AES-CMAC against RFC 4493's vectors and against BouncyCastle's CMac (smbj's default). */
class AesCmacTest {
    static final HexFormat HEX = HexFormat.of();
    static final byte[] KEY = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
    static final byte[] MSG = HEX.parseHex("6bc1bee22e409f96e93d7e117393172a" + "ae2d8a571e03ac9c9eb76fac45af8e51"
        + "30c81c46a35ce411e5fbc1191a0a52ef" + "f69f2445df4f9b17ad2b417be66c3710");

    static byte[] cmac(byte[] key, byte[] msg, int len) throws Exception {
        AesCmac m = new AesCmac();
        m.init(key);
        m.update(msg, 0, len);
        return m.doFinal();
    }

    @Test
    void rfc4493Vectors() throws Exception {
        assertEquals("bb1d6929e95937287fa37d129b756746", HEX.formatHex(cmac(KEY, MSG, 0)));
        assertEquals("070a16b46b4d4144f79bdd9dd04a287c", HEX.formatHex(cmac(KEY, MSG, 16)));
        assertEquals("dfa66747de9ae63030ca32611497c827", HEX.formatHex(cmac(KEY, MSG, 40)));
        assertEquals("51f0bebf7e3b9d92fc49741779363cfe", HEX.formatHex(cmac(KEY, MSG, 64)));
    }

    @Test
    void subkeyDoublingCarriesAndReduces() {
        byte[] out = new byte[16];
        byte[] in = new byte[16];
        in[0] = (byte) 0x80;                  // the top bit leaves: 0x87 comes in at the bottom
        in[15] = 0x01;
        AesCmac.doubled(in, out);
        assertEquals("00000000000000000000000000000085", HEX.formatHex(out));
        in[0] = 0x40;                          // no carry out: a plain shift, bits crossing bytes
        in[1] = (byte) 0x80;
        AesCmac.doubled(in, out);
        assertEquals("81000000000000000000000000000002", HEX.formatHex(out));
    }

    @Test
    void anySplitOfUpdatesGivesBouncyCastlesMac() throws Exception {
        Random r = new Random(4493);
        for (int round = 0; round < 300; round++) {
            byte[] key = new byte[16];
            r.nextBytes(key);
            // sizes around block and scratch boundaries, and a 1 MiB read's worth
            int len = switch (round % 5) {
                case 0 -> r.nextInt(48);
                case 1 -> 16 * (1 + r.nextInt(8));
                case 2 -> 64 * 1024 + r.nextInt(33) - 16;
                case 3 -> (1 << 20) + 64 + 16 * r.nextInt(3);
                default -> r.nextInt(200_000);
            };
            byte[] msg = new byte[len];
            r.nextBytes(msg);
            CMac bc = new CMac(AESEngine.newInstance());
            bc.init(new KeyParameter(key));
            bc.update(msg, 0, len);
            byte[] want = new byte[16];
            bc.doFinal(want, 0);

            AesCmac m = new AesCmac();
            m.init(key);
            for (int off = 0; off < len; ) {     // as smbj feeds it: single bytes, headers, whole payloads
                int kind = r.nextInt(4);
                if (kind == 0) {
                    m.update(msg[off++]);
                    continue;
                }
                int n = Math.min(len - off, kind == 1 ? 1 + r.nextInt(20) : kind == 2 ? 64 : 1 + r.nextInt(len));
                m.update(msg, off, n);
                off += n;
            }
            assertArrayEquals(want, m.doFinal(), "length " + len + " round " + round);
            m.update(msg, 0, Math.min(len, 40));  // doFinal resets: the next message starts afresh
            assertArrayEquals(cmac(key, msg, Math.min(len, 40)), m.doFinal());
        }
    }
}
