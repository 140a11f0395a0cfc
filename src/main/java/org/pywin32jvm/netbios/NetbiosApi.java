package org.pywin32jvm.netbios;

/**
 * Netbios(ncb): runs the command in {@code ncb.command} and returns the NRC_* code (0..255).
 * Never throws for a Netbios failure: failures are return codes, as on Windows.
 */
public interface NetbiosApi {
    String describe();

    int netbios(Ncb ncb);
}
