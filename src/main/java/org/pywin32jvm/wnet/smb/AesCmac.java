package org.pywin32jvm.wnet.smb;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.hierynomus.security.Mac;
import com.hierynomus.security.SecurityException;

/**
 * AES-CMAC (RFC 4493), the SMB 3.x signature, on the JDK's AES-CBC. The JDK's AES runs on the CPU's AES
 * instructions; BouncyCastle's CMac (smbj's default) runs table-driven AES in Java, which capped file reads and
 * writes at 30-70 MB/s: every SMB 3 message is signed, 1 MiB of file data per read or write.
 * CMAC is CBC-MAC with a zero IV whose last block is first XORed with a subkey, so all blocks but the last go
 * through the cipher as they arrive and the last is held back until {@link #doFinal()}.
 */
final class AesCmac implements Mac {
    private static final int BLOCK = 16;
    private static final byte[] ZERO_IV = new byte[BLOCK];
    /** Ciphertext nobody reads (the MAC is only the final block): written into this, a slice at a time. */
    private static final int SCRATCH = 8 * 1024;

    private Cipher cbc;
    private SecretKeySpec key;
    private final byte[] k1 = new byte[BLOCK], k2 = new byte[BLOCK];
    private final byte[] last = new byte[BLOCK];   // the held-back block (1-16 bytes once anything came)
    private int lastLen;
    private byte[] scratch = new byte[BLOCK];

    @Override
    public void init(byte[] keyBytes) throws SecurityException {
        try {
            key = new SecretKeySpec(keyBytes, "AES");
            Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, key);
            byte[] l = ecb.doFinal(new byte[BLOCK]);
            doubled(l, k1);
            doubled(k1, k2);
            cbc = Cipher.getInstance("AES/CBC/NoPadding");
            reset();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecurityException(e);
        }
    }

    /** {@code out} = {@code in} times x in GF(2^128) (a left shift, reduced by 0x87). */
    static void doubled(byte[] in, byte[] out) {
        int carry = 0;
        for (int i = BLOCK - 1; i >= 0; i--) {
            int b = in[i] & 0xff;
            out[i] = (byte) ((b << 1) | carry);
            carry = b >>> 7;
        }
        if (carry != 0) out[BLOCK - 1] ^= (byte) 0x87;
    }

    @Override
    public void update(byte b) {
        if (lastLen == BLOCK) {
            chain(last, 0, BLOCK);
            lastLen = 0;
        }
        last[lastLen++] = b;
    }

    @Override
    public void update(byte[] array) { update(array, 0, array.length); }

    @Override
    public void update(byte[] in, int off, int len) {
        if (len <= 0) return;
        if (lastLen + len <= BLOCK) {            // still fits in the held-back block
            System.arraycopy(in, off, last, lastLen, len);
            lastLen += len;
            return;
        }
        if (lastLen > 0) {                       // complete the held-back block: it is not the last one
            int n = BLOCK - lastLen;
            System.arraycopy(in, off, last, lastLen, n);
            chain(last, 0, BLOCK);
            off += n;
            len -= n;
        }
        int direct = (len - 1) / BLOCK * BLOCK;  // every whole block but the final 1-16 bytes
        chain(in, off, direct);
        lastLen = len - direct;
        System.arraycopy(in, off + direct, last, 0, lastLen);
    }

    private void chain(byte[] in, int off, int len) {
        // len is whole blocks, and so is every slice (SCRATCH is too): the cipher never holds a partial block back
        if (scratch.length < Math.min(len, SCRATCH)) scratch = new byte[Math.min(len, SCRATCH)];
        try {
            while (len > 0) {
                int n = Math.min(len, scratch.length);
                cbc.update(in, off, n, scratch, 0);
                off += n;
                len -= n;
            }
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);  // scratch always holds n bytes
        }
    }

    @Override
    public byte[] doFinal() {
        byte[] m = new byte[BLOCK];
        if (lastLen == BLOCK) {
            for (int i = 0; i < BLOCK; i++) m[i] = (byte) (last[i] ^ k1[i]);
        } else {                                 // padded with 0x80 0x00...
            System.arraycopy(last, 0, m, 0, lastLen);
            m[lastLen] = (byte) 0x80;
            for (int i = 0; i < BLOCK; i++) m[i] ^= k2[i];
        }
        try {
            byte[] mac = cbc.doFinal(m);
            reset();
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);  // 16 bytes, no padding: cannot fail
        }
    }

    @Override
    public void reset() {
        try {
            cbc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ZERO_IV));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);  // the key was accepted by init
        }
        lastLen = 0;
    }
}
