package org.pywin32jvm.wnet.smb;

import com.hierynomus.security.AEADBlockCipher;
import com.hierynomus.security.Cipher;
import com.hierynomus.security.DerivationFunction;
import com.hierynomus.security.Mac;
import com.hierynomus.security.MessageDigest;
import com.hierynomus.security.SecurityException;
import com.hierynomus.security.SecurityProvider;
import com.hierynomus.security.bc.BCSecurityProvider;
import com.hierynomus.security.jce.JceSecurityProvider;

/**
 * smbj's cryptography, with the per-byte work of file data on the JDK's CPU-accelerated primitives: message
 * signatures (AES-CMAC for SMB 3.x, HMAC-SHA256 for SMB 2.x) and AES-GCM encryption. smbj's default
 * (BouncyCastle in Java) signs at well under 100 MB/s, and smbj signs every message of a session that has a
 * signing key, whether or not the server requires signing. The same algorithms, keys and checks: only the
 * implementation differs. Everything else (NTLM, key derivation, AES-CCM, which the JDK lacks) stays BouncyCastle.
 */
final class SmbCrypto implements SecurityProvider {
    private final SecurityProvider bc = new BCSecurityProvider();
    private final SecurityProvider jce = new JceSecurityProvider();

    @Override
    public MessageDigest getDigest(String name) throws SecurityException { return bc.getDigest(name); }

    @Override
    public Mac getMac(String name) throws SecurityException {
        if ("AesCmac".equalsIgnoreCase(name)) return new AesCmac();
        if ("HmacSHA256".equalsIgnoreCase(name)) return jce.getMac("HmacSHA256");
        return bc.getMac(name);
    }

    @Override
    public Cipher getCipher(String name) throws SecurityException { return bc.getCipher(name); }

    @Override
    public AEADBlockCipher getAEADBlockCipher(String name) throws SecurityException {
        return "AES/GCM/NoPadding".equals(name) ? jce.getAEADBlockCipher(name) : bc.getAEADBlockCipher(name);
    }

    @Override
    public DerivationFunction getDerivationFunction(String name) throws SecurityException {
        return bc.getDerivationFunction(name);
    }
}
